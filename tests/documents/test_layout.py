"""Layouts the demo does not reach: page-long cells, 60 indicators, variants and wording."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.platypus.doctemplate import LayoutError

from app.documents import model as m
from app.documents.render import DOCUMENTS, render_bytes
from app.documents.tables import chunk_flowables

Make = Callable[..., m.AgreementDocument]

PARAGRAPH = (
    "Pengukuran dilakukan dengan membandingkan realisasi terhadap target pada setiap periode "
    "pelaporan sesuai ketentuan peraturan perundang-undangan yang berlaku di lingkungan "
    "Pemerintah Provinsi, termasuk verifikasi oleh Inspektorat atas dokumen pendukung."
)


def texts(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_a_page_long_pengukuran_kinerja_cell_continues_on_the_next_page(
    make_document: Make, paper: str
) -> None:
    # 60 paragraphs of ~3 lines: well over a landscape page in the narrowest paper.
    text = "\n".join(f"{n}. {PARAGRAPH}" for n in range(1, 61))
    doc = make_document(indicators=2, measurement=text)
    data = render_bytes(doc, ["pk_table"], paper=paper)
    pages = texts(data)
    assert len(pages) >= 3
    joined = " ".join(pages)
    assert "1. Pengukuran dilakukan" in joined and "60. Pengukuran dilakukan" in joined
    # The header repeats on the continuation pages.
    assert all("Pengukuran Kinerja" in page for page in pages)


def test_one_paragraph_taller_than_a_page_is_cut_inside_the_paragraph(make_document: Make) -> None:
    giant = " ".join([PARAGRAPH] * 60)  # one paragraph, no line breaks, ~4 pages of cell
    doc = make_document(indicators=1, measurement=giant)
    assert len(PdfReader(io.BytesIO(render_bytes(doc, ["pk_table"]))).pages) >= 3
    # The same on the metadata sheet, whose Formula row is as long.
    goal = doc.goals[0]
    indicator = dataclasses.replace(goal.indicators[0], formula=giant, definition=giant)
    doc = dataclasses.replace(doc, goals=(dataclasses.replace(goal, indicators=(indicator,)),))
    assert len(PdfReader(io.BytesIO(render_bytes(doc, ["metadata"]))).pages) >= 3


def test_without_cutting_reportlab_would_refuse_the_row(make_document: Make) -> None:
    """The guard is real: the same row as one cell raises LayoutError in plain ReportLab."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.documents.render import _shared_styles

    style = _shared_styles().cell_small
    cell = [Paragraph(PARAGRAPH, style) for _ in range(80)]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4))
    with pytest.raises(LayoutError):
        doc.build([Table([["x", cell]], colWidths=[50, 250])])
    chunks = chunk_flowables(cell, 245, 100)
    assert len(chunks) > 5
    assert sum(len(c) for c in chunks) >= 80


@pytest.mark.parametrize(
    ("document", "header"),
    [
        ("pk_table", "Pengukuran Kinerja"),
        ("rincian_target", "s.d. TW3"),
        ("rencana_aksi", "Kriteria Keberhasilan"),
        ("metadata", "Tabel Data"),
        ("laporan_capaian", "Bobot tertimbang"),
        ("matriks_cascading", "Indikator Kinerja"),
        ("skp", "KEGIATAN TUGAS JABATAN"),
    ],
)
def test_sixty_indicators_paginate_with_the_header_on_every_page(
    make_document: Make, document: str, header: str
) -> None:
    doc = make_document(indicators=60)
    data = render_bytes(doc, [document], paper="a4")
    pages = texts(data)
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        if document == "laporan_capaian" and "Grafik capaian" in page and number == len(pages):
            continue  # the chart and the signature close the report after the table
        assert header in page, f"page {number} lacks the header"
        assert f"Halaman {number} dari {len(pages)}" in page
    joined = " ".join(pages)
    assert "Indikator uji nomor 60" in joined or document == "skp"
    if document == "skp":
        assert "Sasaran uji nomor 60" in joined


def test_signature_block_is_never_alone_on_a_page(make_document: Make) -> None:
    """The signatures travel with at least the table's last row."""
    for count in range(8, 20):
        doc = make_document(indicators=count)
        pages = texts(render_bytes(doc, ["rincian_target"]))
        last = pages[-1]
        assert "Siti Rahmawati" in last
        assert "Indikator uji nomor" in last, f"{count} indicators: signatures alone"


def test_kepala_daerah_statement_has_one_signer(make_document: Make) -> None:
    doc = make_document(superior=False)
    text = texts(render_bytes(doc, ["pernyataan"]))[0]
    assert "yang bertanda tangan di bawah ini" in text
    assert "Pihak Kedua" not in text and "Pihak Kesatu" not in text
    assert "ini: Nama : Siti Rahmawati" in text
    assert "berjanji akan mewujudkan target kinerja" in text
    assert "Siti Rahmawati" in text


def test_party_labels_come_from_the_profile(make_document: Make, tools: SimpleNamespace) -> None:
    seed_004 = tools.dki_profile(party_first="PIHAK PERTAMA", party_second="PIHAK KEDUA")
    text = texts(render_bytes(make_document(profile=seed_004), ["pernyataan"]))[0]
    assert "selanjutnya disebut PIHAK PERTAMA" in text
    assert "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA" in text
    assert "PIHAK KEDUA akan melakukan supervisi" in text


def test_kaltara_statement_groups_the_nip_and_uses_format_3_wording(
    make_document: Make, tools: SimpleNamespace
) -> None:
    doc = make_document(profile=tools.kaltara_profile())
    text = texts(render_bytes(doc, ["pernyataan"]))[0]
    assert "NIP 19650719 198503 2 002" in text
    assert "Selanjutnya disebut sebagai pihak pertama" in text  # seed 003 Format 3
    assert "Pihak kedua akan memberikan supervisi" in text
    assert "Tanjung Selor," in text


def test_kaltara_lampiran_has_programs_and_their_total(
    make_document: Make, tools: SimpleNamespace
) -> None:
    programs = (
        m.Program("1", "Program Pengelolaan Kendaraan Operasional", Decimal("8797819537")),
        m.Program("2", "Program Peningkatan Pengelolaan Kantor", Decimal("75124451124")),
    )
    doc = make_document(profile=tools.kaltara_profile(), programs=programs)
    data = render_bytes(doc, ["pk_table"])
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert page.mediabox.width < page.mediabox.height  # the Kaltara lampiran is portrait
    text = " ".join(texts(data))
    assert "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024" in text
    assert "(1) (2) (3) (4)" in text
    # Seed 003 Format 2/4: Program | Anggaran, "Rp" on every amount and on the Jumlah.
    assert "Rp 8.797.819.537" in text and "Rp 75.124.451.124" in text
    assert "Jumlah Rp 83.922.270.661" in text  # 8.797.819.537 + 75.124.451.124
    assert "319,53%" in text  # a Persen target prints as seed 004 does: 100%


def test_addendum_prints_before_and_after(make_document: Make) -> None:
    changes = (
        m.AddendumChange(
            "Sasaran uji nomor 1",
            "Indikator uji nomor 1 dengan nama yang cukup panjang",
            "TW4",
            "target",
            "319,53",
            "325",
            "s1_target_reached",
        ),
    )
    doc = make_document(kind="addendum", addendum_changes=changes)
    text = " ".join(texts(render_bytes(doc, ["addendum"])))
    before, after = text.index("a. Sebelumnya"), text.index("b. Menjadi")
    assert before < text.index("319,53") < after < text.rindex("325")
    assert "Target Triwulan IV" in text
    assert "Capaian Semester I telah mencapai target tahunan" in text


def test_copies_are_labelled_and_numbered_on_their_own(make_document: Make) -> None:
    doc = make_document()
    one = texts(render_bytes(doc, ["pernyataan", "pk_table"]))
    two = texts(
        render_bytes(
            doc,
            ["pernyataan", "pk_table"],
            copies=["Rangkap pertama untuk pemilik", "Rangkap kedua untuk Tim SAKIP"],
        )
    )
    assert len(two) == 2 * len(one)
    assert all("Rangkap pertama untuk pemilik" in p for p in two[: len(one)])
    assert all("Rangkap kedua untuk Tim SAKIP" in p for p in two[len(one) :])
    # Each document of each copy starts at "Halaman 1".
    assert sum("Halaman 1 dari" in p for p in two) == 4


def test_logo_from_the_profile_is_drawn(
    make_document: Make, tools: SimpleNamespace, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 80), (200, 30, 30)).save(logo)
    doc = make_document(profile=tools.dki_profile(logo_path=str(logo)))
    with pdfplumber.open(io.BytesIO(render_bytes(doc, ["pernyataan"]))) as pdf:
        assert len(pdf.pages[0].images) == 1
    # A missing logo file is no reason to refuse printing.
    doc = make_document(profile=tools.dki_profile(logo_path=str(tmp_path / "missing.png")))
    assert render_bytes(doc, ["pernyataan"])


def test_empty_agreement_still_prints_every_document(make_document: Make) -> None:
    doc = make_document(indicators=1, goals=())
    for document in DOCUMENTS:
        assert render_bytes(doc, [document]).startswith(b"%PDF")


def test_user_text_with_markup_characters_prints_as_typed(make_document: Make) -> None:
    doc = make_document(
        measurement="Respon < 6 jam & rasio > 1 <b>bukan tebal</b>\nBaris kedua",
    )
    text = " ".join(texts(render_bytes(doc, ["pk_table"])))
    assert "Respon < 6 jam & rasio > 1 <b>bukan tebal</b>" in text
