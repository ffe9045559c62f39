"""The print dialog dates the Laporan capaian: today, a chosen day (its calendar opens at
the agreement's year) or a blank line to date by hand."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from .helpers import BKD_PK


def _render(dialog, qtbot) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.rendered, timeout=60000):
        dialog.make_button.click()
    pages = PdfReader(io.BytesIO(dialog.result_pdf.content)).pages
    return "\n".join(page.extract_text() for page in pages)


def test_laporan_capaian_report_date(demo_window, qtbot):
    window = demo_window
    assert window.select_path(BKD_PK)
    dialog = window.printing.open_dialog()
    dialog.set_documents(["laporan_capaian"])
    dialog.period.setCurrentIndex(dialog.period.findData("TW4"))
    assert dialog.report_when.currentData() == "today"
    assert not dialog.report_day.isEnabled()
    assert dialog.report_day.year == 2024 and dialog.report_day.day().year == 2024
    dialog.report_when.setCurrentIndex(dialog.report_when.findData("date"))
    assert dialog.report_day.isEnabled()
    dialog.report_day.set_day(dt.date(2025, 1, 20))
    assert "20 Januari 2025" in _render(dialog, qtbot)
    dialog.report_when.setCurrentIndex(dialog.report_when.findData("blank"))
    assert dialog.report_date() == "blank"
    assert "20 Januari 2025" not in _render(dialog, qtbot)
    dialog.close()
