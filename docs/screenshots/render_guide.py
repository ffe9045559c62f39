"""Render the pictures of the user guide (docs/panduan.md) with the real widgets, offscreen.

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/render_guide.py [--out docs/screenshots]

Every picture comes from the application itself: a fresh demo database in a temporary folder,
the real main window and dialogs, driven the way a user drives them (select in the tree,
press Finalkan, open the signing dialog, …), then `grab()`. Run it again after a UI change and
the guide's pictures follow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Imports after the path and platform are set; Qt and app.ui on purpose (it drives the UI).

from PIL import Image  # noqa: E402

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402, TID251
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402, TID251

from app.models.database import open_database  # noqa: E402
from app.paths import AppPaths  # noqa: E402

from app.ui.shell.app import _application  # noqa: E402, TID251
from app.ui.shell.background import runner  # noqa: E402, TID251
from app.ui.shell.cascade_tree_model import NODE_ROLE  # noqa: E402, TID251
from app.ui.shell.i18n import install_language  # noqa: E402, TID251
from app.ui.shell.main_window import MainWindow  # noqa: E402, TID251
from app.ui.shell.settings import UiSettings  # noqa: E402, TID251

WINDOW_SIZE = (1400, 860)
BKD_PK = "BKD/Maria Qibtya/2024"
JAKBAR_PK = "JAKBAR/Uus Kuswanto/2024"


def settle(ms: int = 300) -> None:
    """Let queued events (reloads, findings, layouts) run before a picture."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], bool], ms: int = 20000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not check():
        if timer.elapsed() > ms:
            raise TimeoutError("the window did not reach the state the picture needs")
        settle(50)


class Renderer:
    """One temporary data folder, one demo database, one window; `shot()` saves a widget."""

    def __init__(self, out: Path, work: Path) -> None:
        self.out = out
        self.work = work
        self.paths = AppPaths(data_dir=work / "data", config_dir=work / "config")
        self.paths.ensure()
        self.made: list[str] = []

    def shot(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"guide-{name}.png"
        raw = self.work / "grab.png"
        if not widget.grab().save(str(raw)):
            raise OSError(f"could not write {raw}")
        # 256 colours without dithering: the same pixels for text and flat UI, a third the size.
        with Image.open(raw) as image:
            palette = image.convert("RGB").quantize(
                256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
            palette.save(path, optimize=True)
        self.made.append(path.name)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def window(self, db_path: Path, *, user: str = "tim-sakip") -> MainWindow:
        window = MainWindow(self.paths, UiSettings(self.paths.config_dir))
        window.remember_layout = False
        window.resize(*WINDOW_SIZE)
        db = open_database(
            db_path, backup_dir=self.paths.backups_dir, user=user, when_in_use="read_only"
        )
        window.attach_database(db)
        window.show()
        settle()
        return window

    @staticmethod
    def close(window: MainWindow) -> None:
        wait_until(lambda: not runner().busy)
        window._force_close = True
        window.close()
        settle(100)


def demo_database(path: Path) -> Path:
    from app.services import demo

    with open_database(path, user="tim-sakip") as db:
        demo.load_demo(db)
    return path


def render(out: Path) -> list[str]:
    app: QApplication = _application()
    runner().synchronous = True  # scores and findings are ready before each picture
    install_language("id")
    out.mkdir(parents=True, exist_ok=True)
    # A fixed folder name, so the path in the status bar stays the same from run to run.
    tmp = Path(tempfile.gettempdir()) / "pk-desk-panduan"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        r = Renderer(out, tmp)
        own_office(r)
        db_path = demo_database(tmp / "demo.sqlite")
        january(r, db_path)
        quarterly(r, db_path)
        excel(r, db_path, tmp)
        sync(r, db_path, tmp)
        read_only(r, db_path)
        damaged(r, tmp)
        del app
        return r.made
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- the pictures ---------------------------------------------------------------------------


GOVERNMENT = "Pemerintah Provinsi Contoh"  # an invented province and its officials
OFFICIALS = [  # the "Daftar Pejabat" a new office fills in
    ("H. Ahmad Fauzi", "", "", "Gubernur Provinsi Contoh", GOVERNMENT, ""),
    (
        "Siti Rahmawati, S.E., M.M.",
        "197803152003122004",
        "Pembina Utama Muda (IV/c)",
        "Kepala Badan Perencanaan Pembangunan Daerah",
        "Badan Perencanaan Pembangunan Daerah",
        "H. Ahmad Fauzi",
    ),
    (
        "Agus Setiawan, S.T.",
        "198104222006041003",
        "Pembina (IV/a)",
        "Sekretaris Badan Perencanaan Pembangunan Daerah",
        "Sekretariat Bappeda",
        "Siti Rahmawati, S.E., M.M.",
    ),
]


def officials_workbook(path: Path) -> Path:
    """The blank "pejabat" template (as `pk-desk xlsx template pejabat` writes it), filled."""
    import openpyxl

    from app.documents.workbooks import write_template

    write_template("pejabat", path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    header = next(row for row in range(1, 10) if sheet.cell(row=row, column=1).value == "No")
    for number, values in enumerate(OFFICIALS, start=1):
        for column, value in enumerate((number, *values), start=1):
            sheet.cell(row=header + number, column=column, value=value or None)
    book.save(path)
    return path


def own_office(r: Renderer) -> None:
    """A new, empty database: the first-run page (where the app has one), the Kepala Daerah
    through the tree's form, the rest of the officials from Excel, the first draft PK."""
    window = r.window(r.work / "pk-desk.sqlite")
    setup = getattr(window, "setup", None)
    page = setup.page if setup is not None else None
    if page is not None:
        page.profile.setCurrentIndex(page.profile.findData("dki"))
        page.government.setText(GOVERNMENT)
        page.unit_name.setText("Badan Perencanaan Pembangunan Daerah")
        page.head_name.setText(OFFICIALS[1][0])
        page.head_nip.setText(OFFICIALS[1][1])
        page.head_rank.setText(OFFICIALS[1][2])
        page.head_title.setText(OFFICIALS[1][3])
        page.head_level.setCurrentIndex(page.head_level.findData("jpt_pratama"))
        r.shot(window, "first-run")
        assert page.start()
        settle()
        head_id = window.current_node().id
        government = window.tree_pane.model.index(0, 0).data(NODE_ROLE)
        form = window.organisation.add_official(government.id)
        form.name.setText(OFFICIALS[0][0])
        form.title.setText(OFFICIALS[0][3])
        form.level.setCurrentIndex(form.level.findData("gubernur"))
        r.shot(form, "official-form")
        assert form.try_accept()
        settle()
        governor_id = window.current_node().id
        form = window.organisation.edit_official(head_id)
        form.superior.setCurrentIndex(form.superior.findData(governor_id))
        assert form.try_accept()
        settle()
    else:
        r.shot(window, "empty")
    dialog: Any = window.excel.open_import()
    dialog.set_path(officials_workbook(r.work / "daftar-pejabat.xlsx"))
    wait_until(lambda: dialog.preview is not None)
    r.shot(dialog, "import-officials")
    dialog.apply()
    wait_until(lambda: not dialog.isVisible())
    assert window.select_path(OFFICIALS[1][0])
    r.shot(window, "office")
    new = window.new_agreement_for(window.current_node().id)
    r.shot(new, "new-agreement")
    new.accept()
    settle()
    editor = window.agreement_editor
    editor.add_goal()
    settle()
    editor.add_indicator()
    settle()
    window.menuBar().setFocus()  # leave the cell being typed, as a click elsewhere does
    r.shot(window, "new-draft")
    r.close(window)


def january(r: Renderer, db_path: Path) -> None:
    window = r.window(db_path)
    # The draft with its rules panel; Finalkan refused while errors remain.
    assert window.select_path(JAKBAR_PK)
    window.finalize()
    r.shot(window, "finalize-refused")
    # The parties tab the first error points to.
    editor = window.agreement_editor
    editor.tabs.setCurrentIndex(editor.TAB_PARTIES)
    r.shot(window, "parties")
    editor.tabs.setCurrentIndex(editor.TAB_GOALS)
    # One IKU of the draft: targets per quarter.
    assert window.select_path(JAKBAR_PK + "/1/1")
    r.shot(window, "targets")
    window.indicator_editor.tabs.setCurrentIndex(window.indicator_editor.TAB_METADATA)
    r.shot(window, "metadata")
    window.indicator_editor.tabs.setCurrentIndex(window.indicator_editor.TAB_VALUES)
    # The final BKD PK: print (Berkas › Cetak…, where the app has it) and mark signed.
    assert window.select_path(BKD_PK)
    printing = getattr(window, "printing", None)
    if printing is not None:
        dialog = printing.open_dialog()
        dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
        dialog.copies.setChecked(True)
        dialog.make_button.click()
        wait_until(lambda: dialog.result_pdf is not None, 60000)
        r.shot(dialog, "print")
        dialog.close()
    sign = window.planning.sign()
    wait_until(lambda: sign.pdf is not None)
    r.shot(sign, "sign")
    sign.reject()
    r.close(window)


def quarterly(r: Renderer, db_path: Path) -> None:
    window = r.window(db_path)
    window.set_period("TW3")
    assert window.select_path(BKD_PK + "/6/6")
    r.shot(window, "realisations")
    assert window.select_path("BKD")
    window.planning.show_dashboard()
    r.shot(window, "dashboard")
    # Addendum and replacement start from a signed PK: sign the BKD PK first.
    assert window.select_path(BKD_PK)
    sign = window.planning.sign()
    wait_until(lambda: sign.pdf is not None)
    sign.ok_button.click()
    settle()
    assert window.select_path(BKD_PK)
    addendum = window.planning.addendum()
    r.shot(addendum, "addendum")
    addendum.reject()
    replacement = window.planning.replacement()
    r.shot(replacement, "replacement")
    replacement.reject()
    window.planning.show_versions()
    r.shot(window, "versions")
    r.close(window)


def excel(r: Renderer, db_path: Path, tmp: Path) -> None:
    """Export the Walikota's draft, change a target in "Excel", import it back; then a
    workbook with a cell that is not a number."""
    import openpyxl

    from app.documents.workbooks import export_agreement

    window = r.window(db_path)
    assert window.select_path(JAKBAR_PK)
    book = tmp / "pk-jakbar.xlsx"
    export_agreement(window.db, window.current_node().agreement_id, book, sheets=["pk"])
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["PK"]
    sheet["I13"], sheet["J13"] = 90, 90  # TW IV and Tahunan of IKU 2.1
    workbook.save(book)
    dialog: Any = window.excel.open_import()
    dialog.set_path(book)
    wait_until(lambda: dialog.preview is not None)
    r.shot(dialog, "excel-import")
    dialog.reject()
    sheet["G14"] = "delapan puluh"
    workbook.save(book)
    dialog = window.excel.open_import()
    dialog.set_path(book)
    wait_until(lambda: dialog.preview is not None)
    r.shot(dialog, "excel-error")
    dialog.reject()
    r.close(window)


def sync(r: Renderer, db_path: Path, tmp: Path) -> None:
    """Sinkronisasi › Kirim ke Provinsi… at the unit, Terima berkas… at the province (where
    the app has them)."""
    window = r.window(db_path)
    actions = getattr(window, "sync_actions", None)
    if actions is None:
        r.close(window)
        return
    from app.sync import service

    from app.ui.sync.receive_dialog import ReceiveDialog  # noqa: TID251

    key = service.installation_key(r.paths)
    service.trust_store(r.paths).trust(key.public_b64, "BKD")  # as the province does, once
    assert window.select_path(BKD_PK)
    send: Any = actions.open_send()
    send.unit.setCurrentIndex(send.unit.findData("BKD"))
    send.folder.setText(str(tmp / "flashdisk"))
    send.send_button.click()
    wait_until(lambda: send.result_path is not None, 60000)
    r.shot(send, "send")
    bundle = send.result_path
    send.close()
    r.close(window)
    province_path = tmp / "provinsi.sqlite"
    open_database(province_path).close()
    with open_database(province_path, user="provinsi") as province:
        receive = ReceiveDialog(province, r.paths)
        receive.resize(1000, 600)
        receive.show()
        receive.add_files([bundle])
        runner().synchronous = False  # as in the app: the dialog's buttons follow its job
        try:
            receive.check_button.click()
            wait_until(lambda: receive.report.rowCount() == 1 and receive.job is None, 60000)
        finally:
            runner().synchronous = True
        r.shot(receive, "receive")
        receive.close()


def read_only(r: Renderer, db_path: Path) -> None:
    """A second window on a file another window holds opens it read-only."""
    first = open_database(db_path, user="tim-sakip")
    try:
        window = r.window(db_path)
        assert window.select_path(BKD_PK)
        r.shot(window, "read-only")
        r.close(window)
    finally:
        first.close()


def damaged(r: Renderer, tmp: Path) -> None:
    """A damaged file offered its newest backup (where the app has that dialog)."""
    try:
        from app.ui.shell import database_recovery  # noqa: F401, TID251
    except ImportError:
        return
    import sqlite3

    path = tmp / "rusak" / "pk-desk.sqlite"
    path.parent.mkdir()
    demo_database(path)
    # Opening it once makes the day's backup; then a bad sector hits the units table.
    open_database(path, backup_dir=r.paths.backups_dir).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'units'").fetchone()
    raw.close()
    with open(path, "r+b") as handle:
        handle.seek((root[0] - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))
    window = MainWindow(r.paths, UiSettings(r.paths.config_dir))
    window.remember_layout = False
    window.resize(*WINDOW_SIZE)
    window.show()
    window.open_database(path)
    wait_until(lambda: window.findChild(QMessageBox, "damagedDatabaseBox") is not None)
    box = window.findChild(QMessageBox, "damagedDatabaseBox")
    r.shot(box, "damaged")
    box.reject()
    r.close(window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    made = render(args.out)
    print(f"{len(made)} gambar.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
