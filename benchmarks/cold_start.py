#!/usr/bin/env python3
"""Wall time of fresh processes: runs a command RUNS times (after one unmeasured run that warms the disk cache) and
prints `median-ms=M min-ms=N` and the command's last output line.

usage: cold_start.py RUNS COMMAND [ARGS...]
"""
import statistics
import subprocess
import sys
import time

runs, command = int(sys.argv[1]), sys.argv[2:]
subprocess.run(command, check=True, capture_output=True)
times, output = [], ""
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    times.append((time.perf_counter() - start) * 1000)
    output = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
print(f"median-ms={statistics.median(times):.0f} min-ms={min(times):.0f} | {output}")
