"""3. Rincian Target Kinerja (seed 003 Format 6): TW1, TW2, s.d. TW2, TW3, s.d. TW3, TW4, THN.

The s.d. columns are the engine's consolidated targets (SPEC §6.1: Sum, Take Last Known or
Average up to the quarter, N/A when the quarter is not due), carried in
`AgreementDocument.cumulative_targets`; this module only prints them.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from app.documents.common import Ctx, table_then_signatures, titles
from app.documents.model import AgreementDocument, Indicator
from app.documents.tables import GridBuilder, row
from app.documents.text import number, para, value_text

TITLE = "Rincian Target Kinerja"

COLUMNS = ("TW1", "TW2", "s.d TW2", "TW 3", "s.d. TW3", "TW4", "THN")


def is_landscape(doc: AgreementDocument) -> bool:
    return False


def cumulative_text(ind: Indicator, value: Decimal | None) -> str:
    """The engine's s.d. value; a predicate target prints its label (WTP), not its number."""
    if value is None:
        return number(None)
    for target in ind.targets.values():
        if target.label and target.number == value:
            return target.label
    return number(value)


def row_values(doc: AgreementDocument, ind: Indicator) -> list[str]:
    """The seven printed values of one IKU, in COLUMNS order."""
    cumulative = doc.cumulative_targets.get(ind.id, {})
    return [
        value_text(ind.target("TW1")),
        value_text(ind.target("TW2")),
        cumulative_text(ind, cumulative.get("TW2")),
        value_text(ind.target("TW3")),
        cumulative_text(ind, cumulative.get("TW3")),
        value_text(ind.target("TW4")),
        value_text(ind.target("annual")),
    ]


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    h = s.head
    value_width = 0.086
    widths = [ctx.width * 0.055, ctx.width * (1 - 0.055 - 7 * value_width)]
    widths += [ctx.width * value_width] * 7
    header = [
        [para("No", h), para("IKU", h), para("TARGET", h), *[""] * 6],
        ["", "", *[para(c, h) for c in COLUMNS]],
    ]
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (8, 0))]
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    for n, (_, ind) in enumerate(doc.indicators(), start=1):
        name = para(ind.name, s.cell)
        unit = para(f"Satuan: {ind.unit}", s.cell_small) if ind.unit else None
        grid.add(
            row(
                [
                    para(str(n), s.cell_center),
                    # A gap, so "Satuan:" never touches the IKU's last wrapped line.
                    [name, Spacer(1, 3), unit] if unit is not None else name,
                    *[para(v, s.cell_center) for v in row_values(doc, ind)],
                ]
            )
        )
    return [
        *titles(
            ["RINCIAN TARGET KINERJA", f"TAHUN {doc.year}"],
            ctx,
            subtitle=[doc.owner.title, doc.unit_name],
        ),
        *table_then_signatures(
            grid, doc, ctx, empty_text="Belum ada indikator kinerja.", owner_only=True
        ),
    ]
