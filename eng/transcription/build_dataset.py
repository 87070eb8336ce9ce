#!/usr/bin/env python3
"""Assembles src/MuhanRubric/Editions/Y2016/Data/evaluation-2016.json and discrepancies-2016.json from the reviewed
transcription parts in eng/transcription/parts/. Development-time only; the library never runs it.

Cells are written as {"value", "percent"?, "printed"}: `printed` is the exact printed text, `value` the
number it denotes with the printed digits kept (trailing zeros included).
"""
import json, re, sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).parent
PARTS = HERE / "parts"
OUT = HERE.parent.parent / "src" / "MuhanRubric" / "Editions" / "Y2016" / "Data"

CODES = ["Suwon","Seongnam","Bucheon","Yongin","Ansan","Anyang","Pyeongtaek","Siheung","Hwaseong","Gwangmyeong","Gunpo","Gwangju","Gimpo","Icheon","Anseong","Osan","Hanam","Uiwang","Yeoju","Yangpyeong","Gwacheon","Goyang","Namyangju","Uijeongbu","Paju","Guri","Yangju","Pocheon","Dongducheon","Gapyeong","Yeoncheon"]

CELL = re.compile(r"^(?P<n>[0-9][0-9,]*\.?[0-9]*)(?:\((?P<p>[0-9.]+)%\))?\)?(?P<unit>%|명)?$")

class Raw(float):
    """A JSON number written with exactly the given digits."""
    def __new__(cls, text):
        obj = super().__new__(cls, float(text)); obj.text = text; return obj
    def __repr__(self): return self.text

def number(text):
    t = text.replace(",", "")
    if t.endswith("."): t = t[:-1]            # "1." prints a lost digit; the value is the integer part
    return Raw(t)

def cell(printed):
    if printed is None:
        return None
    m = CELL.match(printed)
    if not m:
        raise ValueError(f"unparsable cell {printed!r}")
    c = {"value": number(m.group("n"))}
    if m.group("p"):
        c["percent"] = Raw(m.group("p"))
    c["printed"] = printed
    return c

def dumps(obj):
    # json.dumps cannot keep "18.80" or "21251.0"; Raw floats are written through a placeholder.
    marks = {}
    def walk(o):
        if isinstance(o, Raw):
            key = f"@@RAW{len(marks)}@@"; marks[key] = o.text; return key
        if isinstance(o, dict): return {k: walk(v) for k, v in o.items()}
        if isinstance(o, list): return [walk(v) for v in o]
        if isinstance(o, float) and not isinstance(o, Raw):
            return o
        return o
    text = json.dumps(walk(obj), ensure_ascii=False, indent=2)
    for key, raw in marks.items():
        text = text.replace(f'"{key}"', raw)
    # One line per cell keeps the file readable and its diffs small.
    text = re.sub(r'\{\s*"value": ([^,\n]+),\s*(?:"percent": ([^,\n]+),\s*)?"printed": ("(?:[^"\\\n]|\\.)*")\s*\}',
                  lambda m: '{ "value": ' + m.group(1) + (', "percent": ' + m.group(2) if m.group(2) else '') + ', "printed": ' + m.group(3) + ' }', text)
    return text + "\n"

def raw_numbers(o):
    """Re-reads hand-written parts so their numbers keep their printed digits."""
    if isinstance(o, dict): return {k: raw_numbers(v) for k, v in o.items()}
    if isinstance(o, list): return [raw_numbers(v) for v in o]
    return o

def load_part(name, default):
    p = PARTS / name
    if not p.exists():
        return default
    return json.loads(p.read_text(encoding="utf-8"), parse_float=Raw, parse_int=Raw)

def main():
    cities = json.loads((PARTS / "city-tables.json").read_text(encoding="utf-8"))
    assert len(cities) == 31
    municipality_tables = []
    for code, t in zip(CODES, cities):
        municipality_tables.append({
            "municipality": code,
            "table": t["table"],
            "page": t["page"],
            "printedName": t["headerName"],
            "cells": {r["measure"]: cell(r["printed"]) for r in t["rows"]},
            "provinceAverage": {r["measure"]: cell(r["provinceAverage"]) for r in t["rows"]},
        })
    iv = load_part("tables-iv.json", [])
    ii_iii = load_part("tables-ii-iii.json", {"tables": [], "rubric": None})
    tables = sorted(ii_iii["tables"] + iv, key=table_order)
    dataset = {
        "schemaVersion": 1,
        "report": {
            "id": "GGWF Report 2017-15",
            "title": "2016년 경기도 무한돌봄센터 운영 평가 연구",
            "englishTitle": "Evaluation of the operation of the Gyeonggi Province Muhan Care Centers in 2016",
            "publisher": "경기복지재단 (Gyeonggi Welfare Foundation)",
            "evaluatedYear": 2016,
            "statisticsSoftware": "SPSS (p.6)",
        },
        "municipalityTables": municipality_tables,
        "tables": tables,
        "rubric": ii_iii.get("rubric"),
        "claims": load_part("claims.json", []),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "evaluation-2016.json").write_text(dumps(dataset), encoding="utf-8")
    discrepancies = []
    for name in ["discrepancies-ii-iii.json", "discrepancies-tables-iv.json", "discrepancies-prose.json", "discrepancies-reproduction.json", "discrepancies-extra.json"]:
        discrepancies += load_part(name, [])
    links = load_part("reproduction-links.json", {})
    by_id = {d["id"]: d for d in discrepancies}
    for discrepancy_id, checks in links.items():
        if discrepancy_id not in by_id:
            sys.exit(f"reproduction-links.json names unknown discrepancy {discrepancy_id}")
        by_id[discrepancy_id].setdefault("reproductionChecks", []).extend(checks)
    for discrepancy_id, cells in load_part("discrepancy-cells.json", {}).items():
        if discrepancy_id not in by_id:
            sys.exit(f"discrepancy-cells.json names unknown discrepancy {discrepancy_id}")
        by_id[discrepancy_id]["cells"] = cells
    ids = [d["id"] for d in discrepancies]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        sys.exit(f"duplicate discrepancy ids: {sorted(dupes)}")
    (OUT / "discrepancies-2016.json").write_text(dumps({"schemaVersion": 1, "discrepancies": discrepancies}), encoding="utf-8")
    print(f"{len(municipality_tables)} municipality tables, {len(tables)} tables, {len(dataset['claims'])} claims, {len(discrepancies)} discrepancies")

ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5}
def table_order(t):
    roman, num = t["id"].split("-")
    return (ROMAN[roman], int(num), t["page"])

if __name__ == "__main__":
    main()
