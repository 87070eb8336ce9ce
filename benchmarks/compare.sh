#!/usr/bin/env bash
# Everything of the performance issue, back to back, on this machine: scoring against hand-written code (31 and
# 10³–10⁵ units), the Monte Carlo against NumPy (10⁴–10⁶ samples, one thread and all cores), the Monte Carlo's peak
# memory (10⁴ and 10⁷ samples, fresh processes), and cold start (fresh processes). Ends with lines a script can read:
#   scoring: time ratio R1, allocation ratio R2
#   monte-carlo N: ratio R (threads T)
#   monte-carlo peak memory: 10^4 A MB, 10^7 B MB
# Takes 15–25 minutes on 2 cores; run it alone.
set -euo pipefail
cd "$(dirname "$0")/.."
out=BenchmarkDotNet.Artifacts/compare
rm -rf "$out" BenchmarkDotNet.Artifacts/results
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# NumPy from Debian, run with Debian's interpreter (the default python3 may be another one).
if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  apt-get update -qq && apt-get install -y -qq python3-numpy >/dev/null
fi

echo "== build"
dotnet build -c Release benchmarks/MuhanRubric.Benchmarks -v quiet -nologo | tail -1
dotnet publish -c Release benchmarks/MuhanRubric.Probes -o "$out/probe" -v quiet -nologo | tail -1
probe="dotnet $out/probe/MuhanRubric.Probes.dll"
$probe export-model "$out/model.json"

echo "== BenchmarkDotNet: scoring (31 and synthetic units) and the Monte Carlo"
dotnet run -c Release --no-build --project benchmarks/MuhanRubric.Benchmarks -- \
  --filter '*.ScoringBenchmarks.*' '*.SyntheticScoringBenchmarks.*' '*.MonteCarloBenchmarks.*' --exporters json | tee "$out/bdn.txt" | grep -E '^\|' || true

echo "== NumPy Monte Carlo"
for n in 10000:7 100000:5 1000000:3; do
  /usr/bin/python3 benchmarks/numpy/monte_carlo.py "$out/model.json" "${n%%:*}" "${n##*:}" | tee -a "$out/numpy.txt"
done

echo "== Monte Carlo peak memory (fresh processes, all cores)"
for n in 10000 10000000; do $probe peak-memory $n | tee -a "$out/memory.txt"; done

echo "== cold start (fresh processes, median of 10)"
dotnet publish -c Release benchmarks/MuhanRubric.Probes -o "$out/probe-r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true -v quiet -nologo | tail -1
dotnet publish -c Release src/MuhanRubric.Cli -o "$out/cli" -v quiet -nologo | tail -1
dotnet publish -c Release src/MuhanRubric.Cli -o "$out/cli-r2r" -r linux-x64 --self-contained false -v quiet -nologo | tail -1
{
  echo "probe, JIT:        $(/usr/bin/python3 benchmarks/cold_start.py 10 dotnet "$out/probe/MuhanRubric.Probes.dll" cold-start)"
  echo "probe, ReadyToRun: $(/usr/bin/python3 benchmarks/cold_start.py 10 "$out/probe-r2r/MuhanRubric.Probes" cold-start)"
  echo "CLI score, JIT:        $(/usr/bin/python3 benchmarks/cold_start.py 10 dotnet "$out/cli/muhan-rubric.dll" score --data 2016 --rubric reference-2016)"
  echo "CLI score, ReadyToRun: $(/usr/bin/python3 benchmarks/cold_start.py 10 "$out/cli-r2r/muhan-rubric" score --data 2016 --rubric reference-2016)"
} | tee "$out/cold-start.txt"

echo "== summary"
/usr/bin/python3 benchmarks/summary.py "$out"
