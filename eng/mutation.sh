#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0, a local tool in .config/dotnet-tools.json), configured by
# stryker-config.json: it mutates src/MuhanRubric/Rubrics/ and src/MuhanRubric/Scoring/ and runs
# tests/MuhanRubric.Tests (without the samples and the README compilation, which start processes and never cover a
# mutant) on each mutant, only the tests that cover it. Reports (HTML, JSON, Markdown-free text) go to
# artifacts/mutation/<folder>/. Not part of .ci/run: a full run takes about an hour on 2 cores.
#
#   eng/mutation.sh                 both folders, one after the other (each its own report and score)
#   eng/mutation.sh Scoring         one folder
#   eng/mutation.sh Rubrics/Scales.cs   one file (any path under src/MuhanRubric/)
#
# Extra arguments after the first go to dotnet stryker (for example --concurrency 1).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet tool restore >/dev/null

run() {
  local target="$1"
  shift
  local pattern name
  if [[ "$target" == *.cs ]]; then
    pattern="**/${target}"
    name="$(basename "$target" .cs)"
  else
    pattern="**/${target}/**/*.cs"
    name="$target"
  fi

  local out="$PWD/artifacts/mutation/${name}"
  rm -rf "$out"
  mkdir -p "$out"
  echo "== mutating src/MuhanRubric/${target} (report in artifacts/mutation/${name}/)"
  # Stryker runs from the test project's folder: at the root it would take the solution and every test project.
  (cd tests/MuhanRubric.Tests && dotnet stryker --config-file ../../stryker-config.json --mutate "$pattern" --output "$out" --skip-version-check "$@") \
    | tee "${out}/stryker.log"
  # The score line of the clear-text report, for the README's testing section.
  grep -E "The final mutation score is" "${out}/stryker.log" || true
}

if [ $# -eq 0 ]; then
  run Rubrics
  run Scoring
else
  target="$1"
  shift
  run "$target" "$@"
fi
