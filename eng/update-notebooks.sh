#!/usr/bin/env bash
# Re-runs every notebook of samples/Notebooks in the .NET Interactive C# kernel (tests/MuhanRubric.Notebooks.Tests,
# against the MuhanRubric package packed for the run) and writes the outputs the kernel produced into each notebook whose
# committed outputs differ. Review the diff (git diff samples/Notebooks) and commit it with the change that caused it.
# Never in CI: there the tests only compare, and fail on a notebook whose committed outputs are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
MUHAN_UPDATE_NOTEBOOKS=true dotnet test tests/MuhanRubric.Notebooks.Tests "$@"
