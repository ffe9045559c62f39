"""When a database file is damaged: say so, name the newest intact backup and offer to put
it back (issue 13.2). The restore itself runs on the worker; the damaged file is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.shell.background import run_in_background

if TYPE_CHECKING:
    from app.models.errors import DatabaseDamaged


NO_BACKUP = QT_TRANSLATE_NOOP(
    "DatabaseRecovery",
    "Berkas {path} rusak dan tidak ada cadangan yang utuh. PK Desk tidak menulis ke berkas ini.",
)
OFFER = QT_TRANSLATE_NOOP(
    "DatabaseRecovery",
    "Berkas {path} rusak (pemeriksaan integritas gagal); PK Desk tidak menulis ke berkas ini."
    "\n\nCadangan terbaru yang utuh: {backup}\n\nPulihkan dari cadangan itu? Berkas yang "
    "rusak disimpan di folder cadangan; perubahan sesudah cadangan dibuat tidak ada di dalamnya.",
)
TITLE = QT_TRANSLATE_NOOP("DatabaseRecovery", "Basis data rusak")
RESTORE = QT_TRANSLATE_NOOP("DatabaseRecovery", "Pulihkan dari cadangan")
RESTORING = QT_TRANSLATE_NOOP("DatabaseRecovery", "Memulihkan basis data…")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseRecovery", text)


def offer_restore(
    parent: QWidget,
    damaged: DatabaseDamaged,
    backup_dir: Path,
    reopen: Callable[[Path], None],
    failed: Callable[[BaseException], None],
) -> QMessageBox:
    """A non-blocking question; "Pulihkan" restores the backup and opens the file again."""
    if damaged.backup is None:
        text = _tr(NO_BACKUP).format(path=damaged.path)
    else:
        text = _tr(OFFER).format(path=damaged.path, backup=damaged.backup)
    box = QMessageBox(QMessageBox.Icon.Critical, _tr(TITLE), text, parent=parent)
    box.setObjectName("damagedDatabaseBox")
    if damaged.backup is not None:
        restore = box.addButton(_tr(RESTORE), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)

    def answered(_: int) -> None:
        if damaged.backup is None or box.clickedButton() is not restore:
            return
        run_in_background(
            lambda job: _restore(damaged, backup_dir),
            lambda _result: reopen(damaged.path),
            failed,
            parent,
            label=_tr(RESTORING),
        )

    box.finished.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def _restore(damaged: DatabaseDamaged, backup_dir: Path) -> Any:
    from app.models.database import restore_database

    return restore_database(damaged.path, backup_dir, damaged.backup)
