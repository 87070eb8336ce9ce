#!/usr/bin/env python3
"""The closing lines of compare.sh, from its artifacts (re-runnable): usage summary.py OUT_DIR."""
import glob
import json
import os
import re
import sys

out = sys.argv[1]
runs = {}
for path in glob.glob("BenchmarkDotNet.Artifacts/results/*-report*.json"):
    for b in json.load(open(path, encoding="utf-8"))["Benchmarks"]:
        runs[(b["Type"], b["Method"], b.get("Parameters", ""))] = (b["Statistics"]["Mean"], b["Memory"]["BytesAllocatedPerOperation"])
hand, compiled = runs[("ScoringBenchmarks", "HandWritten", "")], runs[("ScoringBenchmarks", "Compiled", "")]
for units in (1000, 10000, 100000):
    h, c = runs[("SyntheticScoringBenchmarks", "HandWritten", f"Units={units}")], runs[("SyntheticScoringBenchmarks", "Compiled", f"Units={units}")]
    print(f"scoring {units} units: time ratio {c[0] / h[0]:.2f}, allocation ratio {c[1] / h[1]:.2f}, {c[0] / units:.0f} ns per unit compiled, {h[0] / units:.0f} hand-written")
numpy = {int(m.group(1)): float(m.group(2)) * 1e9 for m in re.finditer(r"numpy samples=(\d+) seconds=([\d.]+)", open(f"{out}/numpy.txt").read())}
memory = {int(m.group(1)): float(m.group(2)) for m in re.finditer(r"samples=(\d+) peak-mb=([\d.]+)", open(f"{out}/memory.txt").read())}
cores = os.cpu_count()
print(f"scoring: time ratio {compiled[0] / hand[0]:.2f}, allocation ratio {compiled[1] / hand[1]:.2f}")
for n in (10000, 100000, 1000000):
    for method, threads in (("OneThread", 1), ("AllCores", cores)):
        print(f"monte-carlo {n}: ratio {runs[('MonteCarloBenchmarks', method, f'Samples={n}')][0] / numpy[n]:.2f} (threads {threads})")
print(f"monte-carlo peak memory: 10^4 {memory[10000]:.1f} MB, 10^7 {memory[10000000]:.1f} MB")
