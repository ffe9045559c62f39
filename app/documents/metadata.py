"""6. Metadata Indikator Kinerja (seed 003 Format 1), one sheet per IKU, with the check boxes,
and the Lembar Penetapan Metadata signed by the IKU owner and the Tim SAKIP (§3.3.1)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.documents.common import Ctx, signing_place, titles
from app.documents.model import AgreementDocument, Goal, Indicator, Signatory
from app.documents.signatures import block_for, signature_table
from app.documents.tables import Cell, GridBuilder, row
from app.documents.text import (
    CASCADE_METHOD_LABELS,
    CASCADE_TYPE_LABELS,
    CONTROL_LABELS,
    LOCATION_CONSOLIDATION_LABELS,
    MEASURING_PERIOD_LABELS,
    PERIOD_CONSOLIDATION_LABELS,
    POLARITY_LABELS,
    VALIDITY_LABELS,
    check_boxes,
    esc,
    number,
    para,
    paras,
    place_date,
    value_text,
)

TITLE = "Metadata Indikator Kinerja"
PENETAPAN_TITLE = "Lembar Penetapan Metadata IKU"


def is_landscape(doc: AgreementDocument) -> bool:
    return False


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    pairs = doc.indicators()
    for n, (goal, ind) in enumerate(pairs):
        if n:
            out.append(PageBreak())
        out += sheet(doc, goal, ind, ctx)
    if not pairs:
        out += [
            *titles(["METADATA INDIKATOR KINERJA"], ctx, subtitle=[doc.unit_name]),
            para("Belum ada indikator kinerja.", ctx.styles.body_left),
        ]
    return out


def sheet(doc: AgreementDocument, goal: Goal, ind: Indicator, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    label_w = ctx.width * 0.3
    # The IKU's name heads the sheet and repeats on a continued page, so a loose page still
    # says whose metadata it holds.
    head = [[para(f"IKU {ind.number or ''}: {ind.name}".replace("IKU :", "IKU:"), s.head), ""]]
    grid = GridBuilder(
        [label_w, ctx.width - label_w], head, [("SPAN", (0, 0), (1, 0))], max_chunk=ctx.max_chunk
    )

    def add(label: str, value: Cell) -> None:
        grid.add(row([para(label, s.meta_label), value]))

    def text(value: str | None) -> Cell:
        return (
            paras(value, s.meta_value)
            if value and "\n" in value
            else para(value or "", s.meta_value)
        )

    def boxes(options: dict[str, str], chosen: str | None) -> Cell:
        return para(check_boxes(options, chosen), s.meta_value)

    description = [
        para(f"<b>Definisi:</b> {esc(ind.definition or '')}", s.meta_value, markup=True),
        para("<b>Formula:</b>", s.meta_value, markup=True),
        *paras(ind.formula, s.meta_value),
    ]
    cascade_method = ind.cascade_method if ind.cascade_method in CASCADE_METHOD_LABELS else None
    add("Misi:", text(ind.misi))
    add("Sasaran Strategis/ Sasaran:", text(goal.text))
    add("Deskripsi Sasaran Strategis / Sasaran:", text(goal.description or ind.goal_description))
    add("Indikator Kinerja Utama:", text(ind.name))
    add("Deskripsi IKU:", description)
    add("Satuan Pengukuran:", text(ind.unit))
    add("Tingkat Kendali IKU:", boxes(CONTROL_LABELS, ind.control))
    add("Tingkat Validitas IKU:", boxes(VALIDITY_LABELS, ind.validity))
    add("Penanggungjawab IKU:", text(ind.responsible))
    add("Penyedia Data:", text(ind.data_provider))
    add("Sumber Data:", text(ind.data_source or ind.source_system))
    add("Jenis Cascading IKU:", boxes(CASCADE_TYPE_LABELS, ind.cascade_type))
    add("Metode Cascading:", boxes(CASCADE_METHOD_LABELS, cascade_method))
    add("Jenis Konsolidasi Periode:", boxes(PERIOD_CONSOLIDATION_LABELS, ind.period_consolidation))
    add(
        "Jenis Konsolidasi Lokasi:",
        boxes(LOCATION_CONSOLIDATION_LABELS, ind.location_consolidation),
    )
    add("Polarisasi IKU:", boxes(POLARITY_LABELS, ind.polarity))
    add("Periode Pengukuran:", boxes(MEASURING_PERIOD_LABELS, ind.measuring_period))
    return [
        *titles(["METADATA INDIKATOR KINERJA"], ctx, subtitle=[doc.unit_name]),
        grid.build(),
        Spacer(1, 4 * mm),
        KeepTogether(  # "Tabel Data:" never ends a page without its table
            [
                para("<b>Tabel Data:</b>", s.meta_value, markup=True),
                Spacer(1, 1.5 * mm),
                data_table(doc, ind, ctx),
            ]
        ),
    ]


def data_table(doc: AgreementDocument, ind: Indicator, ctx: Ctx) -> Flowable:
    """Periode × (Y-2 target/realisasi, Y-1 target/realisasi, Y target)."""
    s = ctx.styles
    h = s.head
    y = doc.year
    widths = [ctx.width * 0.2] + [ctx.width * 0.16] * 5
    header = [
        [
            para("Periode Pengukuran", h),
            para(str(y - 2), h),
            "",
            para(str(y - 1), h),
            "",
            para(str(y), h),
        ],
        [
            "",
            para("Target", h),
            para("Realisasi", h),
            para("Target", h),
            para("Realisasi", h),
            para("Target", h),
        ],
    ]
    spans = [
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (2, 0)),
        ("SPAN", (3, 0), (4, 0)),
    ]
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    history = {hy.year: hy for hy in ind.history}
    for period, label in (
        ("TW1", "Triwulan I"),
        ("TW2", "Triwulan II"),
        ("TW3", "Triwulan III"),
        ("TW4", "Triwulan IV"),
        ("annual", "Tahunan"),
    ):
        past: list[str] = []
        for year in (y - 2, y - 1):
            record = history.get(year)
            if period == "annual" and record is not None:
                past += [number(record.target), number(record.actual)]
            else:
                past += ["-", "-"]
        grid.add(
            row(
                [
                    para(label, s.cell),
                    *[para(v, s.cell_center) for v in past],
                    para(value_text(ind.target(period)), s.cell_center),
                ]
            )
        )
    return grid.build()


# ---- Lembar Penetapan Metadata --------------------------------------------------------------


def build_penetapan(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    h = s.head
    intro = para(
        f"Metadata Indikator Kinerja Utama {doc.owner.title} Tahun {doc.year} sebagaimana "
        "terlampir telah disusun sesuai ketentuan penyusunan metadata Indikator Kinerja dan "
        "ditetapkan oleh pemilik IKU bersama Tim SAKIP Perangkat Daerah sebagai acuan "
        "pengukuran, pelaporan dan evaluasi kinerja, dengan daftar IKU sebagai berikut:",
        s.body,
    )
    widths = [ctx.width * f for f in (0.07, 0.5, 0.13, 0.15, 0.15)]
    grid = GridBuilder(
        widths,
        [[para(x, h) for x in ("No", "Indikator Kinerja Utama", "Satuan", "Validitas", "Kendali")]],
        max_chunk=ctx.max_chunk,
    )
    for n, (_, ind) in enumerate(doc.indicators(), start=1):
        grid.add(
            row(
                [
                    para(str(n), s.cell_center),
                    para(ind.name, s.cell),
                    para(ind.unit or "", s.cell_center),
                    para(VALIDITY_LABELS.get(ind.validity or "", "-"), s.cell_center),
                    para(CONTROL_LABELS.get(ind.control or "", "-"), s.cell_center),
                ]
            )
        )
    place = place_date(signing_place(doc), None, doc.year)
    tim = Signatory(name="", title="Ketua")
    return [
        *titles(
            ["LEMBAR PENETAPAN METADATA", "INDIKATOR KINERJA UTAMA", f"TAHUN {doc.year}"],
            ctx,
            subtitle=[doc.unit_name],
        ),
        intro,
        Spacer(1, 1 * mm),
        grid.build(empty_text=para("Belum ada indikator kinerja.", s.cell)),
        signature_table(
            [
                block_for(tim, "Tim SAKIP Perangkat Daerah"),
                block_for(doc.owner, "Pemilik IKU,", above=place),
            ],
            ctx.width,
            s,
            nip_grouping=doc.profile.nip_grouping,
        ),
    ]
