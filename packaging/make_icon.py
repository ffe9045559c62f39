"""Draw the application icon (the "PK" tile of the window) as PNG and Windows ICO files.

The window draws its icon with QPainter at run time; a packaged executable needs the same
tile as files before Qt runs (Explorer, the taskbar, the installer). Run this after changing
the design and commit the two files in resources/icons.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (Pillow comes with ReportLab)

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw_tile(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(size / 16, size / 16)  # the 16-unit design of app.ui's app_icon()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0D47A1"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3.5, 3.5)
    painter.setPen(QPen(QColor("#FFFFFF")))
    font = QFont("DejaVu Sans")
    font.setPixelSize(8)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, "PK")
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "pk-desk.png"
    if not draw_tile().save(str(png)):
        print(f"cannot write {png}", file=sys.stderr)
        return 1
    Image.open(png).save(ICONS / "pk-desk.ico", sizes=ICO_SIZES)
    del app
    print(f"wrote {png} and {png.with_suffix('.ico')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
