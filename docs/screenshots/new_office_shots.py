"""Screenshots of the new-office path for the README.

QT_QPA_PLATFORM=offscreen python docs/screenshots/new_office_shots.py OUT_DIR WORK_DIR [id|en]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from app.models.database import open_database
from app.paths import AppPaths
from app.services import queries

from app.ui.shell import app as shell_app
from app.ui.shell.background import runner
from app.ui.shell.cascade_tree_model import NODE_ROLE
from app.ui.shell.i18n import install_language
from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import UiSettings

OUT = Path(sys.argv[1])
WORK = Path(sys.argv[2])
LANG = sys.argv[3] if len(sys.argv) > 3 else "id"
OUT.mkdir(parents=True, exist_ok=True)
app = shell_app._application()
runner().synchronous = True
paths = AppPaths(data_dir=WORK / "data", config_dir=WORK / "config")
paths.ensure()
install_language(LANG)
window = MainWindow(paths, UiSettings(paths.config_dir))
window.remember_layout = False
window.resize(1560, 960)
db_path = WORK / f"kantor-{LANG}.sqlite"
for suffix in ("", "-wal", "-shm"):
    Path(f"{db_path}{suffix}").unlink(missing_ok=True)
db = open_database(db_path, user="tim-sakip")
window.attach_database(db)
window.show()
suffix = "" if LANG == "id" else "-en"


def pump(ms: int = 300) -> None:
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    pump()
    assert widget.grab().save(str(OUT / f"{name}{suffix}.png")), name


page = window.setup.page
page.profile.setCurrentIndex(page.profile.findData("dki"))
page.unit_name.setText("Badan Kepegawaian Daerah")
page.head_name.setText("Maria Qibtya")
page.head_rank.setText("Pembina Utama Muda (IV/c)")
page.head_title.setText("Kepala Badan Kepegawaian Daerah")
page.head_nip.setText("19650719 198513 2 002")  # a wrong appointment month
page.head_level.setCurrentIndex(page.head_level.findData("jpt_pratama"))
shot(window, "setup-first-run")
page.head_nip.setText("19650719 198503 2 002")
assert page.start()
pump()
gov = next(r.id for r in queries.list_units(db) if r.kind == "government")
form = window.organisation.add_official(gov)
form.name.setText("Heru Budi Hartono")
form.title.setText("Pj. Gubernur Daerah Khusus Ibukota Jakarta")
form.level.setCurrentIndex(form.level.findData("gubernur"))
assert form.try_accept()
pump()
heru = window.current_node().id
head = next(r.id for r in queries.list_officials(db) if r.name == "Maria Qibtya")
form = window.organisation.edit_official(head)
form.superior.setCurrentIndex(form.superior.findData(heru))
shot(form, "official-form")
assert form.try_accept()
pump()
window.select("official", head)
bkd = next(r.id for r in queries.list_units(db) if r.kind == "perangkat_daerah")
window.tree_pane.tree.expandAll()
pump()
menu = window.organisation.menu_for(window.tree_pane.model.index_of("unit", bkd).data(NODE_ROLE))
shot(window, "office-tree")
dialog = window.new_agreement_for(head)
dialog.year.setValue(2025)
dialog.accept()
pump(600)
agreement_id = window._current_agreement_id()
from app.services import agreements  # noqa: E402

window.finalize()
pump(800)
shot(window, "new-pk-rules")
goal_id = agreements.add_goal(
    db, agreement_id, text="Meningkatnya kualitas manajemen ASN", category="strategis"
)
indicator = agreements.add_indicator(
    db,
    goal_id,
    name="Indeks Sistem Merit",
    unit_of_measure="Indeks",
    polarity="maximize",
)
agreements.update_indicator(
    db,
    indicator,
    period_consolidation="last",
    validity="exact",
    control="moderate",
    measuring_period="quarterly",
    definition="Penilaian penerapan sistem merit oleh KASN",
    formula="Nilai hasil penilaian KASN",
)
for quarter, target in (("TW1", "300"), ("TW2", "310"), ("TW3", "315"), ("TW4", "320")):
    agreements.set_period_values(db, indicator, quarter, target=target)
agreements.set_period_values(db, indicator, "annual", target="320")
window.tree_pane.model.refresh_children("official", head)
window.select("agreement", agreement_id)
pump(600)
import datetime as dt  # noqa: E402

agreements.update_agreement(db, agreement_id, signing_date=dt.date(2025, 1, 31))
window.select("agreement", agreement_id)
pump(300)
print_dialog = window.printing.open_dialog()
print_dialog.paper.setCurrentIndex(print_dialog.paper.findData("f4"))
print_dialog.render()
pump(1500)
shot(print_dialog, "print-dialog")
print_dialog.close()
window._force_close = True
window.close()
runner().shutdown()
print("ok")
