#!/usr/bin/env python3
"""Lists the mutants a Stryker run left alive, each with why it may stay alive.

    eng/mutation-survivors.py artifacts/mutation/Scoring artifacts/mutation/Rubrics > docs/mutation-survivors.md

Reads each run's reports/mutation-report.json and docs/mutation-equivalents.tsv, the reasons: one line per known
equivalent mutant, tab-separated: file (under src/MuhanRubric/), mutator, replacement, the mutated line's text
(stripped), the reason. A survivor matches a reason by those four, not by line number, so reasons survive edits
elsewhere in the file. Survivors without a reason are listed first, as gaps; the exit code is the number of gaps
(capped at 100), so a script can tell.
"""
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REASONS = os.path.join(ROOT, "docs", "mutation-equivalents.tsv")


def relative(path):
    marker = "src/MuhanRubric/"
    return path[path.index(marker) + len(marker):] if marker in path else path


def load_reasons():
    reasons = {}
    with open(REASONS, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 5:
                sys.exit(f"{REASONS}: expected 5 tab-separated fields, found {len(row)}: {row!r}")
            reasons[tuple(row[:4])] = row[4]
    return reasons


def survivors(run):
    with open(os.path.join(run, "reports", "mutation-report.json"), encoding="utf-8") as f:
        report = json.load(f)
    counts = {}
    found = []
    for path, entry in sorted(report["files"].items()):
        lines = entry["source"].split("\n")
        for m in entry["mutants"]:
            counts[m["status"]] = counts.get(m["status"], 0) + 1
            if m["status"] not in ("Survived", "NoCoverage"):
                continue
            line = m["location"]["start"]["line"]
            found.append((relative(path), line, m["mutatorName"], m.get("replacement", "").replace("\t", " ").replace("\n", " "),
                          lines[line - 1].strip().replace("\t", " "), m["status"]))
    found.sort(key=lambda s: (s[0], s[1]))
    return counts, found


def cell(text, width=110):
    text = text if len(text) <= width else text[: width - 1] + "…"
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def main(runs):
    reasons = load_reasons()
    used = set()
    gaps = 0
    out = ["# Surviving mutants, each with why it survives", "",
           "Written by `eng/mutation-survivors.py` from the runs' reports and `docs/mutation-equivalents.tsv` (the reasons).", ""]
    for run in runs:
        counts, found = survivors(run)
        valid = sum(v for k, v in counts.items() if k not in ("CompileError", "Ignored"))
        killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
        name = os.path.basename(os.path.normpath(run))
        out += [f"## `{name}/`", "",
                f"{valid} mutants that compile, {killed} killed or timed out: **{100 * killed / valid:.2f} %**; "
                f"{len(found)} left alive.", ""]
        rows = []
        for file, line, mutator, replacement, text, status in found:
            key = (file, mutator, replacement, text)
            reason = reasons.get(key)
            if reason is None:
                gaps += 1
                reason = "**no reason recorded: a gap a test should close**"
            else:
                used.add(key)
            rows.append(f"| `{file}:{line}` | {mutator} | {cell(replacement, 60)} | {cell(text)} | {status} | {reason} |")
        out += ["| where | mutator | mutated to | the line | status | why it survives |", "|---|---|---|---|---|---|"] + rows + [""]
    stale = [k for k in reasons if k not in used]
    if stale:
        out += [f"{len(stale)} recorded reasons matched no survivor of these runs (their mutants are killed now, or the"
                " line changed): `docs/mutation-equivalents.tsv` can drop them.", ""]
    print("\n".join(out))
    print(f"{gaps} survivors without a reason", file=sys.stderr)
    return min(gaps, 100)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
