"""`pk-desk keys`: export this installation's public key, trust a unit's key from its file
(with the fingerprint confirmed by phone), list and revoke; a wrong fingerprint is one
sentence and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.sync.keys import load_or_create_key


def _run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "keys", *args])


def test_keys_export_trust_list_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unit_laptop = load_or_create_key(tmp_path / "unit-keys")
    key_file = tmp_path / "bkd.pkkey"
    key_file.write_text(json.dumps(unit_laptop.public_key_document("BKD")), "utf-8")
    province = tmp_path / "province-data"

    assert _run(province, "trust", str(key_file), "--unit", "BKD", "--fingerprint", "0000") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and unit_laptop.fingerprint in err[0] and "0000" in err[0]

    code = _run(
        province, "trust", str(key_file), "--unit", "BKD", "--fingerprint", unit_laptop.fingerprint
    )
    assert code == 0
    capsys.readouterr()
    assert _run(province, "list", "--json") == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["unit"] == "BKD" and listed["key_id"] == unit_laptop.key_id
    assert listed["revoked_at"] is None

    assert _run(province, "revoke", unit_laptop.fingerprint, "--reason", "laptop hilang") == 0
    capsys.readouterr()
    assert _run(province, "list", "--json") == 0
    [revoked] = json.loads(capsys.readouterr().out)
    assert revoked["revoked_at"] is not None

    assert _run(province, "export", "--out", str(tmp_path / "mine.pkkey")) == 0
    document = json.loads((tmp_path / "mine.pkkey").read_text("utf-8"))
    assert document["format"] == "pk-desk-public-key" and document["key_id"] != unit_laptop.key_id
