"""The dashboard's two charts, painted with QPainter (PySide6-Essentials has no QtCharts):
capaian per IKU as horizontal bars in the status-band colours with the band thresholds marked,
and Nilai Kinerja over the four quarters.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.widgets.number_entry import show_percent

NA_COLOUR = "#B0BEC5"
GRID_COLOUR = "#CFD8DC"
INK = "#37474F"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: Decimal | None
    colour: str
    note: str = ""  # band name or the N/A reason, for the tooltip


class CapaianChart(QWidget):
    """Horizontal bars 0–100 %, one per IKU; thresholds of the profile's bands as dashed lines."""

    ROW = 24
    TOP = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capaianChart")
        self.bars: list[Bar] = []
        self.thresholds: list[tuple[Decimal, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar], thresholds: list[tuple[Decimal, str]]) -> None:
        self.bars = bars
        self.thresholds = thresholds
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, self.TOP + self.ROW * max(len(self.bars), 1) + 8)

    def _label_width(self) -> int:
        return int(min(max(self.width() * 0.42, 160), 420))

    def _geometry(self) -> tuple[float, float]:
        left = self._label_width() + 8
        right = self.width() - 58
        return left, max(right - left, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        left, span = self._geometry()
        bottom = self.TOP + self.ROW * len(self.bars)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        painter.setFont(small)
        for value, colour in [(Decimal(0), GRID_COLOUR), *self.thresholds, (Decimal(100), INK)]:
            x = left + float(value) / 100 * span
            inner = 0 < value < 100
            painter.setPen(
                QPen(QColor(colour), 1, Qt.PenStyle.DashLine if inner else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(x, self.TOP - 4), QPointF(x, bottom))
            painter.setPen(QColor(INK))
            # band limits are labelled left of their line, so "95" never collides with "100"
            box = (
                QRectF(x - 30, 2, 28, self.TOP - 8)
                if inner
                else QRectF(x - 20, 2, 40, self.TOP - 8)
            )
            align = Qt.AlignmentFlag.AlignRight if inner else Qt.AlignmentFlag.AlignHCenter
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, f"{value}")
        painter.setFont(self.font())
        for row, bar in enumerate(self.bars):
            y = self.TOP + row * self.ROW
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self._label_width())
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(4, y, self._label_width(), self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            box = QRectF(left, y + 4, span, self.ROW - 8)
            if bar.value is None:
                painter.setPen(QPen(QColor(NA_COLOUR), 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left, y + 4, span * 0.12, self.ROW - 8))
                label = "N/A"
            else:
                width = max(min(float(bar.value), 100.0), 0.0) / 100 * span
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(bar.colour))
                painter.drawRoundedRect(QRectF(box.left(), box.top(), width, box.height()), 2, 2)
                label = show_percent(bar.value)
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(left + span + 4, y, 54, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
        painter.end()

    def bar_at(self, y: float) -> int:
        row = int((y - self.TOP) // self.ROW)
        return row if 0 <= row < len(self.bars) and y >= self.TOP else -1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.bar_at(event.pos().y())
            if row >= 0:
                bar = self.bars[row]
                value = show_percent(bar.value) if bar.value is not None else "N/A"
                QToolTip.showText(event.globalPos(), f"{bar.label}\n{value} · {bar.note}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class TrendChart(QWidget):
    """Nilai Kinerja TW I–TW IV as columns in their band colours; the chosen period outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.points: list[Bar] = []
        self.current = -1
        self.setMinimumSize(260, 190)

    def set_points(self, points: list[Bar], current: int) -> None:
        self.points = points
        self.current = current
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = max(len(self.points), 1)
        top, bottom = 22.0, self.height() - 26.0
        left, right = 34.0, self.width() - 8.0
        height = max(bottom - top, 10)
        slot = (right - left) / count
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        painter.setFont(small)
        for value in (0, 50, 100):
            y = bottom - value / 100 * height
            painter.setPen(QPen(QColor(GRID_COLOUR), 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(0, y - 8, left - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        previous: QPointF | None = None
        for index, point in enumerate(self.points):
            x = left + slot * index + slot * 0.2
            width = slot * 0.6
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(left + slot * index, bottom + 4, slot, 18),
                Qt.AlignmentFlag.AlignCenter,
                point.label,
            )
            if point.value is None:
                painter.setPen(QPen(QColor(NA_COLOUR), 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x, bottom - 14, width, 14))
                painter.setPen(QColor(INK))
                painter.drawText(
                    QRectF(x - 10, bottom - 34, width + 20, 18), Qt.AlignmentFlag.AlignCenter, "N/A"
                )
                continue
            value = max(min(float(point.value), 100.0), 0.0)
            y = bottom - value / 100 * height
            painter.setPen(QPen(QColor(INK), 2) if index == self.current else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(point.colour))
            painter.drawRoundedRect(QRectF(x, y, width, bottom - y), 2, 2)
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(x - 14, y - 18, width + 28, 16),
                Qt.AlignmentFlag.AlignCenter,
                show_percent(point.value),
            )
            centre = QPointF(x + width / 2, y)
            if previous is not None:
                painter.setPen(QPen(QColor("#546E7A"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(previous, centre)
            previous = centre
        painter.end()
