"""Icons drawn in code with QPainter: crisp at any device pixel ratio, no files to ship.

Node kinds (unit, official, agreement, sasaran, IKU), cascade method badges (direct: solid
arrow, indirect: dashed arrow, non-cascading: hollow ring), agreement status dots, rule
severities and capaian colour chips. Icons are cached per key; call only after the
QApplication exists.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

SIZE = 16

STATUS_COLOURS = {
    "draft": "#9E9E9E",
    "final": "#1E88E5",
    "signed": "#2E7D32",
    "superseded": "#6D4C41",
}
SEVERITY_COLOURS = {"error": "#C62828", "warning": "#EF8F00", "hint": "#1565C0"}
INK = QColor("#37474F")


def _canvas(size: int = SIZE) -> tuple[QPixmap, QPainter]:
    app = QGuiApplication.instance()
    ratio = max(2.0, app.devicePixelRatio() if isinstance(app, QGuiApplication) else 2.0)
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _icon(draw: object, size: int = SIZE) -> QIcon:
    pixmap, painter = _canvas(size)
    draw(painter)  # type: ignore[operator]
    painter.end()
    return QIcon(pixmap)


@functools.cache
def unit_icon() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(QPen(INK, 1.2))
        p.setBrush(QColor("#CFD8DC"))
        p.drawRect(QRectF(3, 5, 10, 9.5))
        p.setBrush(INK)
        roof = QPolygonF([QPointF(2, 5.5), QPointF(8, 1.5), QPointF(14, 5.5)])
        p.drawPolygon(roof)
        p.setPen(Qt.PenStyle.NoPen)
        for x in (5, 7.5, 10):
            p.drawRect(QRectF(x, 7.5, 1.4, 5))

    return _icon(draw)


@functools.cache
def official_icon() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#546E7A"))
        p.drawEllipse(QRectF(5, 1.5, 6, 6))
        path = QPainterPath()
        path.moveTo(2.5, 15)
        path.cubicTo(2.5, 9, 13.5, 9, 13.5, 15)
        path.closeSubpath()
        p.drawPath(path)

    return _icon(draw)


@functools.cache
def agreement_icon(status: str = "draft") -> QIcon:
    colour = QColor(STATUS_COLOURS.get(status, "#9E9E9E"))

    def draw(p: QPainter) -> None:
        p.setPen(QPen(INK, 1.1))
        p.setBrush(QColor("#FFFFFF"))
        p.drawRect(QRectF(2.5, 1.5, 9, 12.5))
        p.setPen(QPen(QColor("#90A4AE"), 1))
        for y in (4.5, 7, 9.5):
            p.drawLine(QPointF(4.5, y), QPointF(9.5, y))
        p.setPen(QPen(QColor("#FFFFFF"), 1))
        p.setBrush(colour)
        p.drawEllipse(QRectF(8.5, 8.5, 7, 7))
        if status == "signed":
            p.setPen(QPen(QColor("#FFFFFF"), 1.4))
            p.drawPolyline(QPolygonF([QPointF(10.2, 12), QPointF(11.6, 13.4), QPointF(14, 10.4)]))

    return _icon(draw)


@functools.cache
def goal_icon() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        for radius, colour in ((6.5, "#C62828"), (4.2, "#C62828"), (1.8, "#C62828")):
            p.setPen(QPen(QColor(colour), 1.3))
            p.drawEllipse(QPointF(8, 8), radius, radius)

    return _icon(draw)


@functools.cache
def indicator_icon(cascade: str | None = None, colour: str | None = None) -> QIcon:
    """A bar chart; the bars take the capaian colour; a badge shows the cascade method."""

    def draw(p: QPainter) -> None:
        fill = QColor(colour) if colour else QColor("#78909C")
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        for x, h in ((1.5, 5), (5, 8), (8.5, 11)):
            p.drawRect(QRectF(x, 14 - h, 2.6, h))
        p.setPen(QPen(INK, 1))
        p.drawLine(QPointF(1, 14.5), QPointF(12, 14.5))
        _cascade_badge(p, cascade)

    return _icon(draw)


def _cascade_badge(p: QPainter, cascade: str | None) -> None:
    if cascade not in ("direct", "indirect", "none"):
        return
    p.setPen(QPen(QColor("#FFFFFF"), 2.6))
    p.setBrush(QColor("#FFFFFF"))
    p.drawEllipse(QRectF(9.5, 0.5, 6.5, 6.5))
    if cascade == "none":
        p.setPen(QPen(QColor("#6D4C41"), 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(10.3, 1.3, 5, 5))
        return
    pen = QPen(QColor("#00897B"), 1.5)
    if cascade == "indirect":
        pen = QPen(QColor("#8E24AA"), 1.5, Qt.PenStyle.DashLine)
        pen.setDashPattern([1.2, 1.2])
    p.setPen(pen)
    p.drawLine(QPointF(12.8, 1), QPointF(12.8, 6))
    p.setPen(QPen(pen.color(), 1.4))
    p.drawPolyline(QPolygonF([QPointF(10.8, 4.2), QPointF(12.8, 6.4), QPointF(14.8, 4.2)]))


@functools.cache
def cascade_icon(cascade: str) -> QIcon:
    """The cascade badge alone, large (legend, metadata form)."""

    def draw(p: QPainter) -> None:
        p.scale(2.2, 2.2)
        p.translate(-9.3, 0)
        _cascade_badge(p, cascade)

    return _icon(draw)


@functools.cache
def severity_icon(severity: str) -> QIcon:
    colour = QColor(SEVERITY_COLOURS.get(severity, "#757575"))

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        if severity == "warning":
            p.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15.5, 14.5), QPointF(0.5, 14.5)]))
        else:
            p.drawEllipse(QRectF(1, 1, 14, 14))
        p.setPen(QPen(QColor("#FFFFFF")))
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        p.setFont(font)
        text = {"error": "!", "warning": "!", "hint": "i"}.get(severity, "?")
        rect = QRectF(0, 2.5, 16, 13) if severity == "warning" else QRectF(0, 0, 16, 16)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    return _icon(draw)


@functools.cache
def colour_chip(colour: str) -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor(colour).darker(130), 1))
        p.setBrush(QBrush(QColor(colour)))
        p.drawRoundedRect(QRectF(2, 3, 12, 10), 2.5, 2.5)

    return _icon(draw)


@functools.cache
def app_icon() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#0D47A1"))
        p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3.5, 3.5)
        p.setPen(QPen(QColor("#FFFFFF")))
        font = QFont()
        font.setPixelSize(8)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, "PK")

    return _icon(draw, 16)
