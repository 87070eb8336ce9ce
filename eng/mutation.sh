#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0, a local tool in .config/dotnet-tools.json), configured by
# stryker-config.json: it mutates src/MuhanRubric/Rubrics/ and src/MuhanRubric/Scoring/ and runs tests/MuhanRubric.Tests
# (less the samples and the README compilation, which start processes and cover no mutant), on each mutant only the
# tests that cover it. Each run's reports (HTML, JSON, the log with the score) go to artifacts/mutation/<name>/.
# Not part of .ci/run: on 2 cores Scoring/ takes about 25 minutes, Rubrics/ (about 1,400 mutants) about 55.
# eng/mutation-survivors.py then lists what a run left alive, each with its reason (docs/mutation-equivalents.tsv).
#
#   eng/mutation.sh                          Rubrics/, then Scoring/ (a run and a report each)
#   eng/mutation.sh Scoring                  one folder under src/MuhanRubric/
#   eng/mutation.sh Rubrics/Scales.cs Rubrics/BandRange.cs    files (or folders), mutated together in one run
#
# Arguments that start with '-' go to dotnet stryker (for example --concurrency 1).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

dotnet tool restore >/dev/null

run() {
  local -a patterns=() options=()
  local name=""
  for arg in "$@"; do
    if [[ "$arg" == -* ]]; then
      options+=("$arg")
    elif [[ "$arg" == *.cs ]]; then
      patterns+=(--mutate "**/${arg}")
      name="${name:+${name}+}$(basename "$arg" .cs)"
    else
      patterns+=(--mutate "**/${arg}/**/*.cs")
      name="${name:+${name}+}${arg//\//-}"
    fi
  done

  local out="$PWD/artifacts/mutation/${name}"
  rm -rf "$out"
  mkdir -p "$out"
  echo "== mutating ${name} (report in artifacts/mutation/${name}/)"
  # Stryker runs from the test project's folder: at the root it would take the solution and every test project.
  (cd tests/MuhanRubric.Tests && dotnet stryker --config-file ../../stryker-config.json "${patterns[@]}" --output "$out" --skip-version-check "${options[@]}") \
    | tee "${out}/stryker.log"
  # The score line of the clear-text report, for the README's testing section.
  grep -E "The final mutation score is" "${out}/stryker.log" || true
}

targets=()
options=()
for arg in "$@"; do
  if [[ "$arg" == -* ]]; then options+=("$arg"); else targets+=("$arg"); fi
done

if [ ${#targets[@]} -eq 0 ]; then
  run Rubrics "${options[@]}"
  run Scoring "${options[@]}"
else
  run "${targets[@]}" "${options[@]}"
fi
