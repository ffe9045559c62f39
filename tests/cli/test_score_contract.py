"""`pk-desk score FILE.json` reproduces seed 003's worked examples to the cent (SPEC §6.6)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

SCENARIOS = Path(__file__).parent / "scenarios"


def score(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["score", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def with_period(tmp_path: Path, name: str, period: str) -> Path:
    data = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
    data["period"] = period
    target = tmp_path / f"{period}-{name}"
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_weights_9_14_26_through_the_real_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "score", str(SCENARIOS / "seed003_weights.json")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    indicators = json.loads(result.stdout)["indicators"]
    assert [indicators[k]["weight"] for k in ("IK-A", "IK-B", "IK-C")] == [9, 14, 26]
    assert [indicators[k]["weighted_weight"] for k in ("IK-A", "IK-B", "IK-C")] == [
        18.37,
        28.57,
        53.06,
    ]


def test_the_real_command_ends_with_all_its_output_written(capsys) -> None:
    # run as a process, the command ends without tearing down what it built (os._exit):
    # everything it printed must still arrive, the same as in-process
    path = SCENARIOS / "seed003_raw_locations.json"
    result = subprocess.run(
        [sys.executable, "-m", "app", "score", str(path), "--pretty"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert main(["score", str(path), "--pretty"]) == 0
    assert result.stdout == capsys.readouterr().out.encode()
    assert result.stderr == b""


def test_na_indicator_drops_out_and_nilai_sasaran_is_80_25(tmp_path: Path, capsys) -> None:
    result = score(with_period(tmp_path, "seed003_weights.json", "TW1"), capsys)
    a, b, c = (result["indicators"][k] for k in ("IK-A", "IK-B", "IK-C"))
    assert a["status"] == "na" and a["achievement"] is None and a["weighted_weight"] is None
    assert a["reason"]  # a semester indicator is not due in TW1, and says so
    assert (b["weighted_weight"], c["weighted_weight"]) == (35, 65)
    assert (b["achievement"], c["achievement"]) == (90, 75)
    assert result["goals"]["SS1"]["score"] == 80.25
    assert result["overall"]["score"] == 80.25


def test_raw_data_location_consolidation(capsys) -> None:
    result = score(SCENARIOS / "seed003_raw_locations.json", capsys)
    pnbp, jamlat = result["indicators"]["IK-PNBP"], result["indicators"]["IK-JAMLAT"]
    assert pnbp["achievement"] == 94.83  # 110 / 116
    assert jamlat["achievement"] == 90.8  # 79 / 87
    assert result["violations"] == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            lambda d: d["goals"][0]["indicators"][0].update(polarity="up"),
            "goals[0].indicators[0].polarity",
        ),
        (
            lambda d: d["goals"][0]["indicators"][1]["targets"].update(TW1="seratus"),
            "goals[0].indicators[1].targets.TW1",
        ),
        (lambda d: d["goals"][0]["indicators"][2].pop("id"), "goals[0].indicators[2]"),
        (lambda d: d.update(period="TW5"), "period"),
    ],
)
def test_invalid_scenarios_name_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change, field: str
) -> None:
    data = json.loads((SCENARIOS / "seed003_weights.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["score", str(path)]) == 2
    captured = capsys.readouterr()
    assert field in captured.err and "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == ""


def test_a_file_that_is_not_json_is_one_sentence(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{ not json", encoding="utf-8")
    assert main(["score", str(path)]) == 2
    assert "bukan JSON yang valid (baris 1" in capsys.readouterr().err
