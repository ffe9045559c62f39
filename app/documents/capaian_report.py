"""10. Laporan capaian triwulan, landscape: per IKU the target and realisation up to the period,
the capaian, the weight and weighted weight, its Nilai (capaian x weighted weight, seed 003
§4.1.3, so the Nilai Sasaran can be checked line by line), the status band; per sasaran the
Nilai Sasaran; the Nilai Kinerja; and a bar chart of capaian by indicator coloured by band.

The report is signed on its own date (`AgreementDocument.report_date`, chosen when printing),
never the agreement's signing date. Every number comes from the engine via the printing
service (`AgreementDocument.scores`); nothing is computed here.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.documents.common import Ctx, closing_signatures, owner_identity, signing_place, titles
from app.documents.fonts import NARROW
from app.documents.model import AgreementDocument, Band, IndicatorScore, ScoreReport
from app.documents.pk_table import grouped_goals
from app.documents.styles import BLACK, CELL_FONT, GREY, LINE
from app.documents.tables import Cell, GridBuilder, category_row, row
from app.documents.text import PERIOD_LABELS, esc, number, para, percent, place_date

TITLE = "Laporan Capaian Kinerja"

HEADERS = (
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target s.d. periode",
    "Realisasi s.d. periode",
    "Capaian (%)",
    "Bobot",
    "Bobot tertimbang (%)",
    "Nilai (%)",
    "Status",
    "Nilai Sasaran",
)
FRACTIONS = (0.03, 0.16, 0.17, 0.06, 0.07, 0.07, 0.065, 0.05, 0.075, 0.06, 0.12, 0.07)
NA_COLOR = "#9E9E9E"


def is_landscape(doc: AgreementDocument) -> bool:
    return True


def period_title(period: str) -> str:
    if period == "annual":
        return "TAHUNAN"
    return PERIOD_LABELS.get(period, period).upper()


def _status(score: IndicatorScore | None, ctx: Ctx) -> Cell:
    s = ctx.styles
    if score is None:
        return ""
    if score.band is None:
        return para(score.na_reason or "N/A", s.cell_small)
    return para(
        f'<font color="{score.band.color}">\u25a0</font> {esc(score.band.label)}',
        s.cell,
        markup=True,
    )


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    report = doc.scores
    period = report.period if report is not None else "TW4"
    widths = [ctx.width * f for f in FRACTIONS]
    grid = GridBuilder(widths, [[para(x, s.head) for x in HEADERS]], max_chunk=ctx.max_chunk)
    columns = len(widths)
    running = 0
    chart_items: list[tuple[str, Decimal | None, Band | None]] = []
    for category, goals in grouped_goals(doc):
        grid.add(category_row(para(doc.profile.category_label(category), s.category), columns))
        for goal in goals:
            goal_score = report.goals.get(goal.id) if report else None
            for n, ind in enumerate(goal.indicators):
                running += 1
                first = n == 0
                score = report.indicators.get(ind.id) if report else None
                chart_items.append(
                    (str(running), score.capaian if score else None, score.band if score else None)
                )
                goal_cell: Cell = ""
                if first and goal_score is not None:
                    goal_cell = para(
                        f"<b>{percent(goal_score.score)}</b>"
                        if goal_score.score is not None
                        else "N/A",
                        s.cell_center,
                        markup=True,
                    )
                grid.add(
                    row(
                        [
                            para(str(running), s.cell_center),
                            para(goal.text, s.cell) if first else "",
                            para(ind.name, s.cell),
                            para(ind.unit or "", s.cell_center),
                            para(number(score.target) if score else "N/A", s.cell_center),
                            para(number(score.actual) if score else "N/A", s.cell_center),
                            para(percent(score.capaian) if score else "N/A", s.cell_center),
                            para(number(score.weight) if score else "", s.cell_center),
                            para(percent(score.weighted_weight) if score else "", s.cell_center),
                            para(percent(score.nilai) if score else "", s.cell_center),
                            _status(score, ctx),
                            goal_cell,
                        ],
                        [True, first, *[True] * 9, first],
                    )
                )
    label = PERIOD_LABELS.get(period, period)
    heading = (
        f"LAPORAN CAPAIAN KINERJA {period_title(period)} TAHUN {doc.year}"
        if period != "annual"
        else f"LAPORAN CAPAIAN KINERJA TAHUN {doc.year}"
    )
    out: list[Flowable] = [
        *titles([heading], ctx, subtitle=[f"Periode: {label} (nilai s.d. periode)"]),
        owner_identity(doc, ctx),
        Spacer(1, 3 * mm),
        grid.build(empty_text=para("Belum ada indikator kinerja.", s.cell)),
        Spacer(1, 3 * mm),
        _overall(report, ctx),
        *_rpjmd(report, ctx),
        Spacer(1, 4 * mm),
        closing_signatures(
            doc,
            ctx,
            owner_only=True,
            above=place_date(signing_place(doc), doc.report_date, None),
            keep_with=[
                para(f"<b>Grafik capaian per indikator — {esc(label)}</b>", s.label, markup=True),
                Spacer(1, 2 * mm),
                capaian_chart(chart_items, doc, ctx),
            ],
        ),
    ]
    return out


def _overall(report: ScoreReport | None, ctx: Ctx) -> Flowable:
    s = ctx.styles
    if report is None or report.overall is None:
        reason = report.overall_reason if report is not None else None
        text = f"<b>Nilai Kinerja:</b> N/A{f' — {esc(reason)}' if reason else ''}"
    else:
        band = report.overall_band
        status = (
            f' <font color="{band.color}">\u25a0</font> {esc(band.label)}'
            if band is not None
            else ""
        )
        text = f"<b>Nilai Kinerja: {percent(report.overall)}</b>{status}"
    table = Table(
        [[para(text, s.body_left, markup=True)]],
        colWidths=[ctx.width * 0.45],
        hAlign="LEFT",
        style=TableStyle(
            [CELL_FONT, ("BOX", (0, 0), (-1, -1), LINE, BLACK), ("PADDING", (0, 0), (-1, -1), 5)]
        ),
    )
    return table


RPJMD_HEADERS = ("Kode", "Sasaran RPJMD", "Jumlah IKU", "Nilai Sasaran RPJMD (%)")
RPJMD_FRACTIONS = (0.1, 0.6, 0.12, 0.18)


def _rpjmd(report: ScoreReport | None, ctx: Ctx) -> list[Flowable]:
    """Nilai Sasaran RPJMD (seed 003 §4.1.5) of the RPJMD sasaran this PK's sasaran support,
    computed as a Nilai Sasaran over their IKUs; nothing when no sasaran is linked."""
    if report is None or not report.rpjmd:
        return []
    s = ctx.styles
    widths = [ctx.width * 0.6 * f for f in RPJMD_FRACTIONS]
    rows = [[para(x, s.head) for x in RPJMD_HEADERS]]
    for item in report.rpjmd:
        rows.append(
            [
                para(item.code, s.cell_center),
                para(item.text, s.cell),
                para(str(item.indicator_count), s.cell_center),
                para(percent(item.score) if item.score is not None else "N/A", s.cell_center),
            ]
        )
    table = Table(
        rows,
        colWidths=widths,
        hAlign="LEFT",
        repeatRows=1,
        style=TableStyle(
            [
                CELL_FONT,
                ("GRID", (0, 0), (-1, -1), LINE, BLACK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        ),
    )
    return [Spacer(1, 3 * mm), table]


def capaian_chart(
    items: list[tuple[str, Decimal | None, Band | None]], doc: AgreementDocument, ctx: Ctx
) -> Drawing:
    """Bars of capaian per indicator number, 0–100, coloured by band; N/A shows no bar."""
    height = 48 * mm  # the plot area
    width = ctx.width
    drawing = Drawing(width, height + 12 * mm + 24)
    drawing.initialFontName = NARROW  # Helvetica, the default, would not be embedded
    if not items:
        drawing.add(String(0, height / 2, "Belum ada indikator.", fontName=NARROW, fontSize=8))
        return drawing
    chart = VerticalBarChart()
    chart.x = 30
    chart.y = 12 * mm
    chart.width = width - 40
    chart.height = height
    values = [float(c) if c is not None else 0.0 for _, c, _ in items]
    chart.data = [values]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = NARROW
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.categoryNames = [n for n, _, _ in items]
    chart.categoryAxis.labels.fontName = NARROW
    chart.categoryAxis.labels.fontSize = 7 if len(items) <= 30 else 5
    chart.barWidth = 6
    chart.groupSpacing = 4
    chart.bars.strokeWidth = 0
    for i, (_, _value, band) in enumerate(items):
        color = band.color if band is not None else NA_COLOR
        chart.bars[(0, i)].fillColor = colors.HexColor(color)
    if len(items) <= 30:
        # Each bar carries its capaian (or N/A, which has no bar) above it.
        chart.barLabels.fontName = NARROW
        chart.barLabels.fontSize = 6
        chart.barLabels.nudge = 6
        chart.barLabelArray = [[percent(c) if c is not None else "N/A" for _, c, _ in items]]
        chart.barLabelFormat = "values"
    drawing.add(chart)
    drawing.add(
        String(
            0,
            chart.y + chart.height + 14,
            "Capaian (%)",
            fontName=NARROW,
            fontSize=7,
            fillColor=GREY,
        )
    )
    _legend(drawing, doc, 30, 0)
    return drawing


def _legend(drawing: Drawing, doc: AgreementDocument, x: float, y: float) -> None:
    bands = [*doc.profile.bands]
    if doc.profile.over_band is not None:
        bands.append(doc.profile.over_band)
    entries = [(b.label, b.color) for b in bands] + [("N/A (tidak ada capaian)", NA_COLOR)]
    for label, color in entries:
        drawing.add(Rect(x, y, 7, 7, fillColor=colors.HexColor(color), strokeWidth=0))
        drawing.add(String(x + 10, y + 1, label, fontName=NARROW, fontSize=7))
        x += 22 + stringWidth(label, NARROW, 7)
