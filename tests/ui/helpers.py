"""Small helpers shared by the UI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

BKD_PK = "BKD/Maria Qibtya/2024"
# Sasaran Khusus 3, "Indeks Kepuasan Layanan Kepegawaian": exact-moderate, Average, quarterly,
# targets 94 from TW2 on.
SATISFACTION = "BKD/Maria Qibtya/2024/3/3"


def open_cell_editor(view: QAbstractItemView, index: QModelIndex) -> QLineEdit:
    """Open the delegate's editor on a cell and return it."""
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "no cell editor opened"
    return editor


def type_into_cell(qtbot: Any, view: QAbstractItemView, index: QModelIndex, text: str) -> QLineEdit:
    """Open the cell editor as a user would (F2), type `text` and press Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    editor = open_cell_editor(view, index)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest cannot synthesise keys for characters such as the en dash
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Enter commits through a queued call; wait until the editor has closed.
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    return editor


def drop_files(widget: QWidget, *paths: Path) -> None:
    """Drop files or folders on a widget as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]
