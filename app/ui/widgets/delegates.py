"""Item delegates for typing numbers, ranges and scale labels into tables.

The editor checks the text while it is typed (a red frame and the reason in its tooltip) and
reports each keystroke through `textEdited`, which the targets grid uses to show the capaian
the value would give before it is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.widgets.number_entry import Parsed

Index = QModelIndex | QPersistentModelIndex
EDIT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 20  # the text an editor starts with
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 21  # a cell edited by picking from a list
PARSER_ROLE = Qt.ItemDataRole.UserRole + 22  # callable(text) -> Parsed for live checks
INVALID_PROPERTY = "pkDeskInvalidInput"  # an open editor's message while its text is invalid

_INVALID_STYLE = "QLineEdit { border: 2px solid #C62828; background: #FFEBEE; }"


class NumberDelegate(QStyledItemDelegate):
    """Line edits for numeric cells, combo boxes for cells offering CHOICES_ROLE.

    Signals:
        textEdited(QModelIndex, str): every keystroke in a cell editor.
        editingDone(): an editor closed (committed or not).
    """

    textEdited = Signal(QModelIndex, str)
    editingDone = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, wrap_width: Callable[[int], int] | None = None
    ) -> None:
        super().__init__(parent)
        self.wrap_width = wrap_width

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """With `wrap_width(column)` > 0, a wrapped cell is as tall as its lines at that width
        (a tree view measures rows without their column width, so long names never wrap)."""
        width = self.wrap_width(index.column()) if self.wrap_width is not None else 0
        if width > 0:
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, width, max(1, option.rect.height()))
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices:
            combo = QComboBox(parent)
            combo.setObjectName("cellChoice")
            for text in choices:
                combo.addItem(text)
            combo.activated.connect(lambda _i, c=combo: self._commit_combo(c))
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("cellEditor")
        parser = index.data(PARSER_ROLE)
        persistent = QPersistentModelIndex(index)
        editor.textEdited.connect(
            lambda text, e=editor, p=parser, i=persistent: self._check(e, p, i, text)
        )
        return editor

    def _commit_combo(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def _check(
        self,
        editor: QLineEdit,
        parser: Callable[[str], Parsed] | None,
        index: QPersistentModelIndex,
        text: str,
    ) -> None:
        if parser is not None:
            parsed = parser(text)
            editor.setStyleSheet("" if parsed.ok else _INVALID_STYLE)
            editor.setToolTip("" if parsed.ok else parsed.message)
            editor.setProperty(INVALID_PROPERTY, "" if parsed.ok else parsed.message)
        if index.isValid():
            self.textEdited.emit(QModelIndex(index), text)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = index.data(EDIT_TEXT_ROLE)
        if text is None:
            text = index.data(Qt.ItemDataRole.EditRole)
        text = "" if text is None else str(text)
        if isinstance(editor, QComboBox):
            position = editor.findText(text)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        super().destroyEditor(editor, index)
        self.editingDone.emit()
