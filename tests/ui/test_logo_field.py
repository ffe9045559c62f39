"""One logo field for the first-run page and Pengaturan kantor: preview, refusal, clearing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from app.models.database import open_database
from app.services import office

from app.ui.setup.logo_field import LogoField


def _png(path: Path) -> Path:
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565C0"))
    assert image.save(str(path), "PNG")
    return path


def test_first_run_and_settings_share_the_logo_field(window_factory, qtbot, tmp_path: Path):
    window = window_factory(open_database(tmp_path / "kantor.sqlite", user="t"))
    page = window.setup.page
    assert isinstance(page.logo, LogoField)
    logo = _png(tmp_path / "lambang.png")
    # A file that is not an image: one sentence under the form, nothing taken.
    bad = tmp_path / "catatan.txt"
    bad.write_text("bukan gambar")
    assert not page.logo.set_logo(bad)
    assert "catatan.txt" in page.message.text()
    assert page.logo.logo is None and page.logo.preview.pixmap().isNull()
    assert page.logo.set_logo(logo)
    assert page.message.text() == ""
    assert not page.logo.preview.pixmap().isNull()
    assert page.logo.name_label.text() == "lambang.png"
    page.unit_name.setText("Dinas Pendidikan")
    page.head_name.setText("Budi Santoso")
    page.head_title.setText("Kepala Dinas Pendidikan")
    assert page.start()
    assert office.get_settings(window.db).logo == logo.read_bytes()
    # Settings shows the stored logo in the same widget; clearing it is saved and undone.
    dialog = window.setup.open_settings()
    assert isinstance(dialog.logo, LogoField)
    assert dialog.logo.name_label.text() == "lambang.png"
    assert not dialog.logo.preview.pixmap().isNull()
    assert dialog.logo.logo is office.KEEP
    dialog.logo.clear_button.click()
    assert dialog.logo.name_label.text() == "tanpa logo"
    with qtbot.waitSignal(dialog.finished):
        assert dialog.try_accept()
    assert office.get_settings(window.db).logo is None
    window.act_undo.trigger()
    assert office.get_settings(window.db).logo == logo.read_bytes()
