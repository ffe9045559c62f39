"""Side by side with LibreOffice Calc (issue 12): `pk-desk score FILE.json` on the 30,000-IKU /
6,000-sasaran scenario against Calc recalculating the same job as a Tim SAKIP workbook.

Usage: python bench/score_calc.py [--repeat 3] [--period TW4] [--sasaran 6000] [--keep]

The scenario is bench/scenario_file.py's (the one bench/score_cli.py times). The workbook is
laid out as an office would: sheet IKU has one row per IKU, sasaran by sasaran, with its
metadata, its targets TW1..TW4 (a range's upper bounds in their own four columns), its
realisations TW1..TW4 and its annual target as values, the period in cell B1, and formulas
that compute what the command computes for that period (SPEC §6):

- due or not (measuring period: a semester IKU only at TW2/TW4; a target of the period's own)
  and reported or not (a realisation of the period's own), else no capaian;
- target, upper bound and realisation up to the period by the IKU's consolidation rule: Sum,
  Average, or Take Last Known (`LOOKUP(2,1/(…<>""),…)` over the quarters so far);
- capaian by polarity (maximize, minimize, stabilize, in the forms that hold for a negative
  target, with the zero-target rule), a range scored against its nearer bound by the polarity,
  clamped to the profile's floor and cap; the status band (Melampaui above a raw 100);
- the weight from Tabel 4.2 (`INDEX`/`MATCH` on sheet Parameter, the profile's numbers), the
  weighted weight and the Nilai Sasaran over the sasaran's rows as contiguous ranges
  (`SUMPRODUCT`), the Nilai Kinerja over the whole column;
- the rule columns: quality_forbidden, missing_metadata, duplicate_indicator (`COUNTIF` of each
  name over the names above it), trajectory_mismatch (annual target against the quarters),
  activity_only_goal on a sasaran's first row, and the warning that a Sum skips a due quarter;
- predicate targets (audit opinion) as `VLOOKUP` of the label in the profile's scale;
- location consolidation on sheet Lokasi, one row per child with its targets, realisations,
  numerators and denominators: each child consolidated over time first (per-slot raw-data
  numerators/denominators, then the IKU's period rule), the parent row summing, averaging or
  dividing Σ numerators by Σ denominators over the child rows as a contiguous range.

A formula filled down a column is saved as one shared formula, as Excel saves it (Calc reads
that faster than the same formula written in every cell).

Not in the workbook, because the command does it and an office would not write it as a formula:
the reading of a child's values as percentage or amount form (SPEC §6.2) is written as data
(each child's column Bentuk: the scenario's children are in percentage form), and values that
fit neither form are not refused; the Sum-skip warning is not computed for location IKUs. In the
scenario at its period TW3 the location and audit-opinion IKUs have no TW3 target, so their
formulas compute n/a; `--period TW4` scores them too (the check below then covers them). The
scenario has no negative or zero targets and, at administrator level, no JPT-only rule.

Calc runs as `soffice --headless --convert-to csv` of the xlsx, each run a fresh process on a
profile made once beforehand with the OOXML recalculation mode set to "always"; the xlsx holds
no cached values, so Calc computes every formula. The CSV of the first conversion is checked
against the command's JSON: every IKU's target, upper bound, realisation, capaian, weighted
weight and band, every sasaran's value and the Nilai Kinerja (to the cent), and the rule and
warning columns against the violations and warnings. A difference stops the bench. The command
is timed cold (`python -m app score FILE.json`, the tree byte-compiled first as an installed
copy is), the two interleaved. Target: PK Desk <= 0.4 x Calc. When `soffice` is not installed
this says so and measures nothing (CI never needs LibreOffice).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from report import figure
from report import soffice as office_command
from score_cli import _run as timed_run

from app.services.profiles import shipped_profile
from app.services.xlsx_read import column_letter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET = 0.4
QUARTERS = ("TW1", "TW2", "TW3", "TW4")
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false"
RECALC_ALWAYS = (
    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
    '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
)

# ---- the workbook's columns ------------------------------------------------------------------

IKU_COLUMNS = (
    ("goal", "Sasaran"),
    ("iku", "IKU"),
    ("name", "Nama IKU"),
    ("unit", "Satuan"),  # unit .. cons are contiguous: the metadata check counts blanks in them
    ("validity", "Validitas"),
    ("control", "Kendali"),
    ("polarity", "Polaritas"),
    ("cons", "Konsolidasi periode"),
    ("mp", "Periode pengukuran"),
    *((f"t{q}", f"Target TW{q}") for q in range(1, 5)),
    *((f"h{q}", f"Target atas TW{q}") for q in range(1, 5)),
    *((f"r{q}", f"Realisasi TW{q}") for q in range(1, 5)),
    ("annual", "Target tahunan"),
    ("loccons", "Konsolidasi lokasi"),
    ("due", "Jatuh tempo"),
    ("rep", "Realisasi ada"),
    ("tsd", "Target s.d."),
    ("hsd", "Target atas s.d."),
    ("rsd", "Realisasi s.d."),
    ("ref", "Target acuan"),
    ("raw", "Capaian mentah"),
    ("cap", "Capaian"),
    ("weight", "Bobot"),
    ("wav", "Bobot tersedia"),
    ("ww", "Bobot tertimbang"),
    ("band", "Kategori"),
    ("gscore", "Nilai Sasaran"),
    ("gband", "Kategori sasaran"),
    ("skipped", "TW terlewat (Sum)"),
    ("forbidden", "Kualitas terlarang"),
    ("missing", "Metadata kurang"),
    ("duplicate", "IKU ganda"),
    ("trajectory", "Trayektori"),
    ("actonly", "Sasaran hanya aktivitas"),
)
LOC_COLUMNS = (
    ("iku", "IKU"),
    ("loc", "Lokasi"),
    ("form", "Bentuk"),
    *((f"t{q}", f"Target TW{q}") for q in range(1, 5)),
    *((f"r{q}", f"Realisasi TW{q}") for q in range(1, 5)),
    *((f"n{q}", f"Pembilang TW{q}") for q in range(1, 5)),
    *((f"d{q}", f"Penyebut TW{q}") for q in range(1, 5)),
    ("cons", "Konsolidasi periode"),
    ("hast", "Ada target"),
    ("hasr", "Ada realisasi"),
    *((f"tn{q}", f"Pembilang target TW{q}") for q in range(1, 5)),
    *((f"dn{q}", f"Penyebut dipakai TW{q}") for q in range(1, 5)),
    *((f"an{q}", f"Pembilang realisasi TW{q}") for q in range(1, 5)),
    ("tsd", "Target s.d."),
    ("rsd", "Realisasi s.d."),
    ("tnsd", "Pembilang target s.d."),
    ("dnsd", "Penyebut s.d."),
    ("ansd", "Pembilang realisasi s.d."),
)
FIRST = 3  # the first data row (row 1: period and Nilai Kinerja, row 2: headings)
K = "IKU!$B$1"  # the period's quarter


COL = {key: column_letter(n) for n, (key, _) in enumerate(IKU_COLUMNS)}
LOC = {key: column_letter(n) for n, (key, _) in enumerate(LOC_COLUMNS)}


def _cons(first: str, last: str, r: int, method: str, upto: str = K) -> str:
    """A row's values from `first` up to quarter `upto` by the rule in cell `method`."""
    span = f"{first}{r}:INDEX({first}{r}:{last}{r},{upto})"
    return (
        f'IF({method}="sum",SUM({span}),IF({method}="average",AVERAGE({span}),'
        f'LOOKUP(2,1/({span}<>""),{span})))'
    )


def _due_in(mp: str, quarter: str) -> str:
    """Whether the measuring period in cell `mp` reports in `quarter` (Tabel 4.3)."""
    return f'IF({mp}="semester",MOD({quarter},2)=0,IF({mp}="annual",{quarter}=4,TRUE))'


def _capaian_formulas(r: int) -> dict[str, str]:
    """The per-IKU formulas that do not depend on where the values come from."""
    c = {key: f"{letter}{r}" for key, letter in COL.items()}
    t, h, a, ref, pol = c["tsd"], c["hsd"], c["rsd"], c["ref"], c["polarity"]
    by_polarity = (
        f'IF({pol}="maximize",1+({a}-{ref})/ABS({ref}),IF({pol}="minimize",'
        f"1-({a}-{ref})/ABS({ref}),1-ABS({a}-{ref})/ABS({ref})))*100"
    )
    zero = f'IF({pol}="maximize",{a}>=0,IF({pol}="minimize",{a}<=0,{a}=0))*100'
    bands = "Parameter!$F$1:$G$4"
    quality = (
        f"MATCH({c['control']},Parameter!$A$8:$A$10,0),MATCH({c['validity']},Parameter!$B$7:$D$7,0)"
    )
    names = f"${COL['name']}${FIRST}:{COL['name']}{r}"  # the names so far: a repeat is flagged
    return {
        "ref": f'IF({a}="","",IF({h}="",{t},IF({a}<{t},{t},{h})))',
        "raw": f'IF({a}="","",IF(AND({h}<>"",{a}>={t},{a}<={h}),100,'
        f"IF({ref}=0,{zero},{by_polarity})))",
        "cap": f'IF({c["raw"]}="","",MIN(Parameter!$B$1,MAX(Parameter!$B$2,{c["raw"]})))',
        "weight": f"IFERROR(INDEX(Parameter!$B$8:$D$10,{quality}),0)",
        "wav": f'IF({c["cap"]}="","",{c["weight"]})',
        "band": f'IF({c["cap"]}="","",IF({c["raw"]}>Parameter!$B$5,Parameter!$B$6,'
        f"VLOOKUP({c['cap']},{bands},2,1)))",
        "forbidden": f"IF(IFERROR(INDEX(Parameter!$B$13:$D$15,{quality}),0)=1,"
        '"quality_forbidden","")',
        "duplicate": f'IF(COUNTIF({names},{c["name"]})>1,"duplicate_indicator","")',
    }


def _own_formulas(r: int) -> dict[str, str]:
    """Due, reported and the values up to the period from the row's own quarters."""
    c = {key: f"{letter}{r}" for key, letter in COL.items()}
    cons = c["cons"]
    every = f"{COL['t1']}{r}:{COL['t4']}{r}"
    due = f'AND({c["polarity"]}<>"",{cons}<>"",{_due_in(c["mp"], K)},INDEX({every},{K})<>"")'
    skipped = "&".join(
        f'IF(AND({K}>{q},{c[f"t{q}"]}<>"",{c[f"r{q}"]}="",{_due_in(c["mp"], str(q))}),"TW{q} ","")'
        for q in range(1, 4)
    )
    return {
        "due": due,
        "rep": f'INDEX({COL["r1"]}{r}:{COL["r4"]}{r},{K})<>""',
        "tsd": f'IF({c["due"]},{_cons(COL["t1"], COL["t4"], r, cons)},"")',
        "hsd": f'IF(AND({c["due"]},INDEX({COL["h1"]}{r}:{COL["h4"]}{r},{K})<>""),'
        f'{_cons(COL["h1"], COL["h4"], r, cons)},"")',
        "rsd": f'IF(AND({c["due"]},{c["rep"]}),{_cons(COL["r1"], COL["r4"], r, cons)},"")',
        "skipped": f'IF(OR({c["cap"]}="",{cons}<>"sum"),"",TRIM({skipped}))',
        "missing": f"IF(OR(COUNTBLANK({c['unit']}:{cons})>0,COUNT({every},{c['annual']})=0),"
        '"missing_metadata","")',
        "trajectory": f'IF({c["annual"]}="","",IF(ABS({_cons(COL["t1"], COL["t4"], r, cons, "4")}'
        f'-{c["annual"]})>0.005,"trajectory_mismatch",""))',
    }


def _located_formulas(r: int, a: int, b: int) -> dict[str, str]:
    """Due, reported and the values up to the period from the child rows a..b of Lokasi."""
    c = {key: f"{letter}{r}" for key, letter in COL.items()}

    def span(key: str) -> str:
        return f"Lokasi!{LOC[key]}{a}:{LOC[key]}{b}"

    mode = c["loccons"]
    due = (
        f'AND({c["polarity"]}<>"",{c["cons"]}<>"",{_due_in(c["mp"], K)},'
        f"COUNTIF({span('hast')},TRUE)>0)"
    )
    return {
        "due": due,
        "rep": f"COUNTIFS({span('hast')},TRUE,{span('hasr')},FALSE)=0",
        "tsd": f'IF({c["due"]},IF({mode}="raw",IF(SUM({span("dnsd")})=0,"",'
        f'SUM({span("tnsd")})/SUM({span("dnsd")})*100),IF({mode}="average",'
        f'AVERAGE({span("tsd")}),SUM({span("tsd")}))),"")',
        "rsd": f'IF(AND({c["due"]},{c["rep"]}),IF({mode}="raw",IF(SUM({span("dnsd")})=0,"",'
        f'SUM({span("ansd")})/SUM({span("dnsd")})*100),IF({mode}="average",'
        f'AVERAGE({span("rsd")}),SUM({span("rsd")}))),"")',
        "missing": f"IF(OR(COUNTBLANK({c['unit']}:{c['cons']})>0,"
        f'COUNT(Lokasi!{LOC["t1"]}{a}:{LOC["t4"]}{b})=0),"missing_metadata","")',
    }


def _loc_formulas(rr: int, parent: int) -> dict[str, str]:
    """One child's raw data per slot and its values up to the period (time first)."""
    c = {key: f"{letter}{rr}" for key, letter in LOC.items()}
    out = {
        "cons": f"IKU!${COL['cons']}${parent}",
        "hast": f'IF(IKU!${COL["loccons"]}${parent}="raw",INDEX({LOC["tn1"]}{rr}:{LOC["tn4"]}{rr},{K}),'
        f'INDEX({LOC["t1"]}{rr}:{LOC["t4"]}{rr},{K}))<>""',
        "hasr": f'IF(IKU!${COL["loccons"]}${parent}="raw",INDEX({LOC["an1"]}{rr}:{LOC["an4"]}{rr},{K}),'
        f'INDEX({LOC["r1"]}{rr}:{LOC["r4"]}{rr},{K}))<>""',
    }
    percent = f'{c["form"]}="persen"'
    for q in range(1, 5):
        t, a, n, d = c[f"t{q}"], c[f"r{q}"], c[f"n{q}"], c[f"d{q}"]
        out[f"tn{q}"] = f'IF({percent},IF(OR({t}="",{d}=""),"",{t}*{d}/100),IF({t}="","",{t}))'
        out[f"dn{q}"] = f'IF({d}<>"",{d},IF({percent},"",IF({t}="","",{t})))'
        out[f"an{q}"] = f'IF({n}<>"",{n},IF({a}="","",IF({percent},IF({d}="","",{a}*{d}/100),{a})))'
    for key, first, last in (
        ("tsd", "t1", "t4"),
        ("rsd", "r1", "r4"),
        ("tnsd", "tn1", "tn4"),
        ("dnsd", "dn1", "dn4"),
        ("ansd", "an1", "an4"),
    ):
        every = f"{LOC[first]}{rr}:INDEX({LOC[first]}{rr}:{LOC[last]}{rr},{K})"
        out[key] = f'IF(COUNT({every})=0,"",{_cons(LOC[first], LOC[last], rr, c["cons"])})'
    return out


# ---- writing the xlsx ------------------------------------------------------------------------

Cell = str | int | float | None


def _cell(ref: str, value: Cell, formula: str | None = None) -> str:
    """A value, an inline string, or (text starting with "=") a formula without a cached value;
    `formula` is the formula element to write instead (a shared formula)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        if value.startswith("="):
            return f'<c r="{ref}">{formula or f"<f>{escape(value[1:])}</f>"}</c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f'<c r="{ref}"><v>{value!r}</v></c>'


# A cell reference outside string literals; a relative row is what a shared formula shifts.
_REF = re.compile(r"(?<![A-Za-z_$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])")


def _relative(formula: str, r: int) -> str:
    """The formula with its relative rows written against row r: two cells whose forms are
    equal hold the same formula filled down (what Excel saves as one shared formula)."""
    parts = formula.split('"')
    for i in range(0, len(parts), 2):
        parts[i] = _REF.sub(lambda m: m[0] if m[2] else f"{m[1]}R[{int(m[3]) - r}]", parts[i])
    return '"'.join(parts)


def _shared(rows: list[tuple[int, dict[str, Cell]]], letters: dict[str, str]) -> dict[str, str]:
    """Formula elements by cell reference for runs of one formula filled down a column: the
    first cell of a run carries the formula and its range, the others only point to it."""
    out: dict[str, str] = {}
    runs: list[tuple[str, int, int, str]] = []  # (column, first row, last row, formula)
    current: dict[str, tuple[str, int, int, str]] = {}
    for r, row in rows:
        for key, value in row.items():
            if not (isinstance(value, str) and value.startswith("=")):
                continue
            form = _relative(value, r)
            run = current.get(key)
            if run is not None and run[0] == form and run[2] == r - 1:
                current[key] = (form, run[1], r, run[3])
                continue
            if run is not None:
                runs.append((key, run[1], run[2], run[3]))
            current[key] = (form, r, r, value)
    runs += [(key, run[1], run[2], run[3]) for key, run in current.items()]
    for si, (key, first, last, formula) in enumerate(x for x in runs if x[2] > x[1]):
        letter = letters[key]
        span = f"{letter}{first}:{letter}{last}"
        out[f"{letter}{first}"] = f'<f t="shared" ref="{span}" si="{si}">{escape(formula[1:])}</f>'
        for r in range(first + 1, last + 1):
            out[f"{letter}{r}"] = f'<f t="shared" si="{si}"/>'
    return out


def _sheet(rows: list[tuple[int, dict[str, Cell]]], letters: dict[str, str]) -> str:
    shared = _shared(rows, letters)
    body = []
    for r, row in rows:
        cells = "".join(
            _cell(ref, row[k], shared.get(ref))
            for k, letter in letters.items()
            if k in row
            for ref in (f"{letter}{r}",)
        )
        body.append(f'<row r="{r}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    )


def _number(value: object) -> Cell:
    return value if isinstance(value, int | float) else None


def _label_or_number(value: object) -> Cell:
    """A predicate label becomes its number by the profile's scale, as a formula."""
    if isinstance(value, str):
        return f'=VLOOKUP("{value}",Parameter!$I$1:$J$4,2,0)'
    return _number(value)


def workbook_rows(
    data: dict[str, Any],
) -> tuple[list[tuple[int, dict[str, Cell]]], list[tuple[int, dict[str, Cell]]]]:
    """(IKU sheet rows, Lokasi sheet rows) of a scenario."""
    goals = data["goals"]
    count = sum(len(g["indicators"]) for g in goals)
    last = FIRST + count - 1
    wav, cap = COL["wav"], COL["cap"]
    every = f"{cap}{FIRST}:{cap}{last},{wav}{FIRST}:{wav}{last}"
    overall = (
        f'=IF(SUM({wav}{FIRST}:{wav}{last})=0,"",SUMPRODUCT({every})/SUM({wav}{FIRST}:{wav}{last}))'
    )
    top: dict[str, Cell] = {
        "goal": "Periode (triwulan)",
        "iku": int(data["period"][-1]),
        "name": "Nilai Kinerja",
        "unit": overall,
        "validity": "Kategori",
        "control": '=IF(D1="","",VLOOKUP(D1,Parameter!$F$1:$G$4,2,1))',
    }
    iku: list[tuple[int, dict[str, Cell]]] = [(1, top), (2, dict(IKU_COLUMNS))]
    lokasi: list[tuple[int, dict[str, Cell]]] = [(1, dict(LOC_COLUMNS))]
    r = FIRST
    for goal in goals:
        g0, g1 = r, r + len(goal["indicators"]) - 1
        for position, ind in enumerate(goal["indicators"]):
            row: dict[str, Cell] = {
                "goal": goal["id"],
                "iku": ind["id"],
                "name": ind["name"],
                "unit": ind.get("unit"),
                "validity": ind.get("validity"),
                "control": ind.get("control"),
                "polarity": ind.get("polarity"),
                "cons": ind.get("period_consolidation"),
                "mp": ind.get("measuring_period"),
                "loccons": ind.get("location_consolidation"),
            }
            targets, actuals = ind.get("targets") or {}, ind.get("actuals") or {}
            if set(targets) == {"annual"}:  # an annual-only target is its TW4 value
                targets = {"TW4": targets["annual"]}
            for q, quarter in enumerate(QUARTERS, start=1):
                value = targets.get(quarter)
                if isinstance(value, dict):  # a range
                    row[f"t{q}"], row[f"h{q}"] = value["min"], value["max"]
                else:
                    row[f"t{q}"] = _label_or_number(value)
                row[f"r{q}"] = _label_or_number(actuals.get(quarter))
            row["annual"] = _number(targets.get("annual"))
            if ind.get("locations"):
                a = len(lokasi) + 1
                for loc in ind["locations"]:
                    rr = len(lokasi) + 1
                    lokasi.append((rr, _location_row(ind, loc, rr, r)))
                formulas = _located_formulas(r, a, len(lokasi))
            else:
                formulas = _own_formulas(r)
            formulas.update(_capaian_formulas(r))
            span = f"{wav}{g0}:{wav}{g1}"
            formulas["ww"] = (
                f'IF(OR({cap}{r}="",SUM({span})=0),"",{COL["weight"]}{r}/SUM({span})*100)'
            )
            if position == 0:
                formulas["gscore"] = (
                    f'IF(SUM({span})=0,"",SUMPRODUCT({cap}{g0}:{cap}{g1},{span})/SUM({span}))'
                )
                formulas["gband"] = (
                    f'IF({COL["gscore"]}{r}="","",VLOOKUP({COL["gscore"]}{r},Parameter!$F$1:$G$4,2,1))'
                )
                validity = f"{COL['validity']}{g0}:{COL['validity']}{g1}"
                formulas["actonly"] = (
                    f'IF(AND(Parameter!$B$4,COUNTIF({validity},"activity")=ROWS({validity})),'
                    '"activity_only_goal","")'
                )
            for key, _ in IKU_COLUMNS:
                if key in formulas:
                    row[key] = "=" + formulas[key]
            iku.append((r, row))
            r += 1
    return iku, lokasi


def _location_row(
    ind: dict[str, Any], loc: dict[str, Any], rr: int, parent: int
) -> dict[str, Cell]:
    """A child's values (its form as data: see the module's docstring) and formulas."""
    values: dict[str, Cell] = {"iku": ind["id"], "loc": loc["id"], "form": "persen"}
    targets, actuals, raw = loc.get("targets") or {}, loc.get("actuals") or {}, loc.get("raw") or {}
    for q, quarter in enumerate(QUARTERS, start=1):
        values[f"t{q}"] = _number(targets.get(quarter))
        values[f"r{q}"] = _number(actuals.get(quarter))
        pair = raw.get(quarter) or {}
        values[f"n{q}"] = _number(pair.get("numerator"))
        values[f"d{q}"] = _number(pair.get("denominator"))
    formulas = _loc_formulas(rr, parent)
    return {
        key: "=" + formulas[key] if key in formulas else values.get(key) for key, _ in LOC_COLUMNS
    }


def _parameter_rows(level: str) -> list[tuple[int, dict[str, Cell]]]:
    """Cap, floor, level, bands, Tabel 4.2 weights and forbidden cells, the audit-opinion
    scale: the profile's own numbers, as the workbook's parameter sheet."""
    from app.engine.enums import Control, Level, Validity

    profile = shipped_profile("kaltara")
    validities, controls = list(Validity), [Control.HIGH, Control.MODERATE, Control.LOW]
    over = profile.over_achievement_band
    assert over is not None and over.minimum is not None
    rows: dict[int, dict[str, Cell]] = {
        1: {"A": "Batas atas capaian", "B": float(profile.capaian_cap)},
        2: {"A": "Batas bawah capaian", "B": float(profile.capaian_floor)},
        3: {"A": "Tingkat", "B": level},
        4: {"A": "JPT", "B": '=OR(B3="jpt_pratama",B3="jpt_madya")'},
        5: {"A": "Melampaui di atas capaian mentah", "B": float(over.minimum)},
        6: {"A": "Label", "B": over.label},
        7: {"A": "Bobot", **{column_letter(1 + n): v.value for n, v in enumerate(validities)}},
        12: {"A": "Terlarang", **{column_letter(1 + n): v.value for n, v in enumerate(validities)}},
    }
    for i, control in enumerate(controls):
        weights: dict[str, Cell] = {"A": control.value}
        flags: dict[str, Cell] = {"A": control.value}
        for n, validity in enumerate(validities):
            cell = profile.weight_of(validity, control)
            weights[column_letter(1 + n)] = 0 if cell is None else float(cell.weight)
            rule = profile.forbidden_for(validity, control, None)
            flags[column_letter(1 + n)] = 1 if rule is not None else 0
            if rule is None and profile.forbidden_for(validity, control, Level.JPT_PRATAMA):
                flags[column_letter(1 + n)] = "=IF($B$4,1,0)"
        rows[8 + i] = weights
        rows[13 + i] = flags
    for i, band in enumerate(profile.status_bands[:4]):
        rows.setdefault(1 + i, {}).update({"F": float(band.minimum or 0), "G": band.label})
    for i, item in enumerate(profile.scales["audit_opinion"].items):
        rows.setdefault(1 + i, {}).update({"I": item.label, "J": float(item.value)})
    return sorted(rows.items())


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    + "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in (1, 2, 3)
    )
    + "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
SHEETS = ("IKU", "Lokasi", "Parameter")
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    + "".join(
        f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(SHEETS, start=1)
    )
    + '</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in (1, 2, 3)
    )
    + "</Relationships>"
)


def write_workbook(data: dict[str, Any], target: Path) -> tuple[int, int]:
    """The scenario as a workbook of values and formulas (no cached results); returns
    (IKU rows, formula cells)."""
    iku, lokasi = workbook_rows(data)
    parameters = _parameter_rows(data["level"])
    letters = {c: c for c in "ABCDEFGHIJ"}
    formulas = sum(
        1 for _, row in iku + lokasi for v in row.values() if isinstance(v, str) and v[:1] == "="
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr("xl/workbook.xml", WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        package.writestr("xl/worksheets/sheet1.xml", _sheet(iku, COL))
        package.writestr("xl/worksheets/sheet2.xml", _sheet(lokasi, LOC))
        package.writestr("xl/worksheets/sheet3.xml", _sheet(parameters, letters))
    return len(iku) - 2, formulas


# ---- checking Calc's numbers against the command's -------------------------------------------


def _close(calc: str, ours: object) -> bool:
    """A Calc cell against a JSON number rounded to the cent (None: the cell must be empty)."""
    if ours is None:
        return calc == ""
    try:
        return abs(float(calc) - float(ours)) <= 0.005 + 1e-9  # type: ignore[arg-type]
    except ValueError:
        return False


def check(csv_path: Path, result: dict[str, Any]) -> list[str]:
    """Every difference between Calc's sheet IKU and the command's JSON, as lines to print."""
    profile = shipped_profile("kaltara")
    labels = {b.code: b.label for b in profile.status_bands}
    if profile.over_achievement_band is not None:
        labels[profile.over_achievement_band.code] = profile.over_achievement_band.label
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    keys = [key for key, _ in IKU_COLUMNS]
    problems: list[str] = []
    if not _close(rows[0][3], result["overall"]["score"]):
        problems.append(f"Nilai Kinerja: Calc {rows[0][3]!r}, pk-desk {result['overall']}")
    found: set[tuple[str, str]] = set()
    seen = 0
    for raw in rows[FIRST - 1 :]:
        row = dict(zip(keys, raw, strict=False))
        ours = result["indicators"].get(row["iku"])
        if ours is None:
            continue
        seen += 1
        pairs = (
            ("tsd", ours["target"]),
            ("hsd", ours.get("target_high")),
            ("rsd", ours["actual"]),
            ("cap", ours["achievement"]),
            ("ww", ours["weighted_weight"]),
        )
        wrong = [
            f"{key} Calc {row[key]!r} pk-desk {value!r}"
            for key, value in pairs
            if not _close(row[key], value)
        ]
        if row["band"] != (labels.get(ours["band"]) if ours["band"] else ""):
            wrong.append(f"band Calc {row['band']!r} pk-desk {ours['band']!r}")
        skips = " ".join(
            c[-3:].upper() for c in ours["warning_codes"] if c.startswith("sum_skips_")
        )
        if row["skipped"] != skips and not ours.get("locations"):
            wrong.append(f"Sum skips Calc {row['skipped']!r} pk-desk {skips!r}")
        if row["gscore"] != "":
            goal = result["goals"][row["goal"]]
            if not _close(row["gscore"], goal["score"]):
                wrong.append(f"Nilai Sasaran Calc {row['gscore']!r} pk-desk {goal['score']!r}")
            if row["gband"] != (labels.get(goal["band"]) if goal["band"] else ""):
                wrong.append(f"sasaran band Calc {row['gband']!r} pk-desk {goal['band']!r}")
            if row["actonly"]:
                found.add((row["actonly"], row["goal"]))
        for key in ("forbidden", "missing", "duplicate", "trajectory"):
            if row[key]:
                found.add((row[key], row["iku"]))
        if wrong:
            problems.append(f"{row['iku']}: " + "; ".join(wrong))
    if seen != len(result["indicators"]):
        problems.append(f"Calc's sheet has {seen} of the {len(result['indicators'])} IKU")
    expected = {(v["rule"], v["indicator"] or v["goal"]) for v in result["violations"]}
    if found != expected:
        problems.append(
            f"violations: Calc only {sorted(found - expected)[:5]}, "
            f"pk-desk only {sorted(expected - found)[:5]}"
        )
    return problems


# ---- timing ----------------------------------------------------------------------------------


def _profile(soffice: str, work: Path, data: dict[str, Any]) -> str | None:
    """Calc's profile, built once by converting a one-sasaran workbook, then set to recalculate
    every OOXML file on load; None when LibreOffice cannot convert a workbook (no Calc)."""
    profile = work / "lo-profile"
    option = f"-env:UserInstallation={profile.as_uri()}"
    tiny = work / "tiny.xlsx"
    write_workbook({**data, "goals": data["goals"][:1]}, tiny)
    convert = [soffice, option, "--headless", "--convert-to", CSV_FILTER, "--outdir"]
    subprocess.run([*convert, str(work / "lo"), str(tiny)], check=False, capture_output=True)
    settings = profile / "user" / "registrymodifications.xcu"
    if not (work / "lo" / "tiny.csv").exists() or not settings.exists():
        return None
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace("</oor:items>", RECALC_ALWAYS + "</oor:items>"), "utf-8")
    return option


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--period", choices=QUARTERS, help="score another period than TW3")
    parser.add_argument("--sasaran", type=int, default=6000, help="a smaller scenario")
    parser.add_argument("--keep", action="store_true", help="keep the files, print where")
    args = parser.parse_args()
    soffice = office_command()
    if soffice is None:
        return
    work = Path(tempfile.mkdtemp(prefix="pk-bench-calc-"))
    path = work / "province.json"
    subprocess.run(
        [sys.executable, str(HERE / "scenario_file.py"), str(path), "--sasaran", str(args.sasaran)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    if args.period and args.period != data["period"]:
        data["period"] = args.period
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    option = _profile(soffice, work, data)
    if option is None:
        print("LibreOffice Calc is not installed here (soffice converts no workbook): skipped.")
        shutil.rmtree(work, ignore_errors=True)
        return
    xlsx = work / "province.xlsx"
    count, formulas = write_workbook(data, xlsx)
    calc = [soffice, option, "--headless", "--convert-to", CSV_FILTER, "--outdir"]
    calc += [str(work / "lo"), str(xlsx)]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)
    ours = [sys.executable, "-m", "app", "score", str(path)]
    quiet = subprocess.DEVNULL  # soffice's launcher warns that it found no Java
    timed_run(calc, quiet)  # the first conversion: its CSV is checked
    result = json.loads(subprocess.run(ours, check=True, capture_output=True, cwd=ROOT).stdout)
    problems = check(work / "lo" / "province.csv", result)
    print(
        f"scenario: {count:,} IKU in {len(data['goals']):,} sasaran, period {data['period']} "
        f"({path.stat().st_size / 1e6:.1f} MB); workbook: {formulas:,} formulas "
        f"({xlsx.stat().st_size / 1e6:.1f} MB xlsx)"
    )
    if problems:
        print(f"Calc's workbook does not compute what pk-desk score computes ({len(problems)}):")
        print("\n".join(f"  {p}" for p in problems[:20]))
        print(f"files in {work}")
        sys.exit(1)
    scored = sum(1 for v in result["indicators"].values() if v["status"] == "ok")
    print(
        f"checked: Calc's numbers equal the command's for every IKU ({scored:,} with a "
        f"capaian), sasaran and the Nilai Kinerja, and the same {len(result['violations'])} "
        "violations"
    )
    pk, lo = [], []
    for _ in range(args.repeat):  # interleaved: both see the same machine load
        pk.append(timed_run(ours))
        lo.append(timed_run(calc, quiet))
    pk_wall, pk_cpu = (statistics.median(x) for x in zip(*pk, strict=True))
    lo_wall, lo_cpu = (statistics.median(x) for x in zip(*lo, strict=True))
    print(f"median of {args.repeat} fresh processes each:")
    print(f"  pk-desk score FILE.json:            wall {pk_wall:.3f} s, CPU {pk_cpu:.3f} s")
    print(f"  LibreOffice Calc, xlsx -> csv:      wall {lo_wall:.3f} s, CPU {lo_cpu:.3f} s")
    ratio = pk_wall / lo_wall
    verdict = "ok" if ratio <= TARGET else "OVER"
    print(
        f"  ratio PK Desk / Calc: wall {ratio:.2f}x, CPU {pk_cpu / lo_cpu:.2f}x "
        f"(target <= {TARGET}x): {verdict}"
    )
    figure(
        "pk-desk score FILE.json beside LibreOffice Calc",
        pk_wall,
        "s",
        ratio=ratio,
        ratio_target=TARGET,
        baseline="Calc recalculating the same job as a workbook",
    )
    if args.keep:
        print(f"files in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
