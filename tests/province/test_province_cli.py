"""`pk-desk province rpjmd|tree`: the window's Nilai Sasaran RPJMD table and province cascade
tree on the command line, as text (Indonesian or English) and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.engine.numbers import format_id, json_number
from app.models.database import open_database
from app.services import province_rpjmd, province_tree


def test_rpjmd_prints_what_the_window_table_shows(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_args = ["--db", str(demo_db_path), "--year", "2024", "--period", "TW2"]
    with open_database(demo_db_path) as db:
        expected = province_rpjmd.rpjmd_values(db, 2024, "TW2")
    assert expected, "the demo has sasaran to group"
    assert main(["province", "rpjmd", *db_args, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(v["code"], v["text"]) for v in listed] == [(v.code, v.text) for v in expected]
    assert [v["score"] for v in listed] == [json_number(v.score) for v in expected]
    assert [len(v["units"]) for v in listed] == [len(v.units) for v in expected]

    assert main(["province", "rpjmd", *db_args]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Kode RPJMD\tSasaran") and "s.d. TW2" in lines[0]
    first = lines[1].split("\t")
    assert first[1] == expected[0].text and first[4] == format_id(expected[0].score)
    shares = sum(1 + len(v.units) for v in expected)
    assert len(lines) == 1 + shares
    assert main(["--lang", "en", "province", "rpjmd", *db_args]) == 0
    assert capsys.readouterr().out.startswith("RPJMD code\tGoal\t")


def test_tree_prints_the_cascade_indented(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_args = ["--db", str(demo_db_path), "--year", "2024"]
    with open_database(demo_db_path) as db:
        roots = province_tree.cascade_tree(db, 2024, "TW4")
    total = sum(root.count() for root in roots)
    assert main(["province", "tree", *db_args]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Pejabat\tJenjang") and len(lines) == 1 + total
    first_child = roots[0].children[0]
    assert lines[1].split("\t")[0] == roots[0].name
    assert lines[2].split("\t")[0] == "  " + first_child.name
    assert main(["province", "tree", *db_args, "--json"]) == 0
    tree = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in tree] == [r.name for r in roots]
    assert tree[0]["children"][0]["score"] == json_number(first_child.score)
    assert main(["--lang", "en", "province", "tree", *db_args, "--period", "TW9"]) == 2
    err = capsys.readouterr().err
    assert "Period 'TW9' is unknown" in err and len(err.strip().splitlines()) == 1
