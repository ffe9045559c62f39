"""The read-only list tables (dashboard, findings, rules, versions, sisa target): whole rows
selected, no cell editors, no row numbers, columns as wide as their contents and one column
taking the rest of the width."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(
    name: str,
    model: QAbstractItemModel,
    parent: QWidget | None,
    stretch: int | None,
    *,
    word_wrap: bool = True,
) -> QTableView:
    """A table over `model` whose column `stretch` fills the width (None: the last one)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(word_wrap)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
