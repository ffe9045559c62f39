"""Tampilan › Data referensi provinsi… › "Perbarui profil daerah…": the province reads a
regional profile from a JSON file; a bad field is one sentence and stores nothing; the good
one is listed and travels in the reference bundle written next."""

from __future__ import annotations

import json
import zipfile

from app.paths import resource_path
from app.services import reference


def test_province_updates_the_regional_profile_from_a_file(demo_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.sync.consolidation import set_database_mode

    window = demo_window
    set_database_mode(window.db, "province")
    dialog = window.reference.open_reference()
    assert dialog is not None and dialog.profile_button.isVisibleTo(dialog)
    assert "bawaan" in dialog.profile_label.text()
    data = json.loads(resource_path("profiles", "dki.json").read_text(encoding="utf-8"))
    data["deadlines"]["metadata_days_after_signing"] = 21

    bad = tmp_path / "dki_rusak.json"
    bad.write_text(json.dumps({**data, "capaian_cap": "seratus"}), encoding="utf-8")
    assert not dialog.update_profile(bad)
    assert "capaian_cap" in dialog.message.text() and "dki_rusak.json" in dialog.message.text()
    assert reference.reference_data(window.db).profiles == {}

    good = tmp_path / "dki_2025.json"
    good.write_text(json.dumps(data), encoding="utf-8")
    chooser = dialog.choose_profile()
    chooser.fileSelected.emit(str(good))  # what choosing the file does
    chooser.close()
    assert "dki" in dialog.message.text() and dialog.profile_label.text().endswith("dki v1")
    assert reference.reference_data(window.db).profiles == {"dki": 1}

    dialog.folder.setText(str(tmp_path / "usb"))
    dialog.write_button.click()
    assert dialog.written is not None
    with zipfile.ZipFile(dialog.written) as archive:
        body = json.loads(archive.read("reference.json"))
    [sent] = body["profiles"]
    assert sent["code"] == "dki"
    assert sent["profile"]["deadlines"]["metadata_days_after_signing"] == 21
    dialog.close()
