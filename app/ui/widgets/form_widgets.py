"""Form fields that save themselves: radio groups, and text fields that commit when left and
after a short pause in typing, so a crash loses at most the last second of typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

AUTOSAVE_PAUSE_MS = 800


class RadioGroup(QWidget):
    """One exclusive choice among (value, label) options; None when nothing is chosen.

    Signals:
        chosen(object): the value the user picked (not emitted by `set_value`).
    """

    chosen = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._values: list[object] = []
        self._group.idClicked.connect(self._clicked)

    def set_options(self, options: list[tuple[object, str]]) -> None:
        """(value, label) pairs; re-labels existing buttons when the values are unchanged."""
        values = [value for value, _ in options]
        if values == self._values:
            for button, (_, text) in zip(self._group.buttons(), options, strict=True):
                button.setText(text)
            return
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._values = values
        for number, (value, text) in enumerate(options):
            button = QRadioButton(text, self)
            button.setObjectName(f"{self.objectName()}_{value}")
            self._group.addButton(button, number)
            self._layout.addWidget(button)
        self._layout.addStretch(1)

    def button(self, value: object) -> QRadioButton | None:
        if value not in self._values:
            return None
        found = self._group.button(self._values.index(value))
        return found if isinstance(found, QRadioButton) else None

    def value(self) -> object:
        checked = self._group.checkedId()
        return None if checked < 0 else self._values[checked]

    def set_value(self, value: object) -> None:
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)
        found = self.button(value)
        if found is not None:
            found.setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        for button in self._group.buttons():
            button.setEnabled(not read_only)

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:  # type: ignore[override]
        target = self._group.checkedButton() or (self._group.buttons() or [None])[0]
        if target is not None:
            target.setFocus(reason)

    def _clicked(self, number: int) -> None:
        self.chosen.emit(self._values[number])


class CommitLineEdit(QLineEdit):
    """A line edit emitting `committed(str)` when left, on Enter, or after a typing pause.

    Signals:
        committed(str): the text to save.
    """

    committed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.editingFinished.connect(self.flush)

    def show_text(self, text: str | None) -> None:
        self._timer.stop()
        self._saved = text or ""
        if self.text() != self._saved:
            self.setText(self._saved)

    @property
    def dirty(self) -> bool:
        return self.text() != self._saved

    def flush(self) -> None:
        self._timer.stop()
        if self.dirty and not self.isReadOnly():
            self._saved = self.text()
            self.committed.emit(self.text())


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text field (definition, formula, Pengukuran Kinerja) that saves itself.

    Signals:
        committed(str): the text to save.
    """

    committed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTabChangesFocus(True)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 3)
        self._loading = False

    def show_text(self, text: str | None) -> None:
        self._timer.stop()
        self._saved = text or ""
        if self.toPlainText() != self._saved:
            self._loading = True
            self.setPlainText(self._saved)
            self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    @property
    def dirty(self) -> bool:
        return self.toPlainText() != self._saved

    def flush(self) -> None:
        self._timer.stop()
        if self.dirty and not self.isReadOnly():
            self._saved = self.toPlainText()
            self.committed.emit(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
