"""Every document of the demo BKD PK (seed 001) on A4 and F4, read back from the PDF."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader

from app.documents import model as m
from app.documents.page import PAPERS, margins_for
from app.documents.render import DOCUMENTS, render_bytes

BKD_OWNER = "Maria Qibtya"
BKD_SUPERIOR = "Heru Budi Hartono"
BKD_NIP = "196507191985032002"

ALL = list(DOCUMENTS)
#: Documents signed by both parties (the others carry only the owner's signature, or none).
BOTH_PARTIES = {"pernyataan", "pk_table", "rencana_aksi", "addendum", "skp"}
#: Documents that list every IKU of the agreement by name.
LIST_INDICATORS = {
    "pk_table",
    "rincian_target",
    "metadata",
    "penetapan_metadata",
    "skp",
    "matriks_cascading",
    "laporan_capaian",
}
#: Documents that print the annual target of "Indeks sistem merit" (319,53).
SHOW_TARGET = {"pk_table", "rincian_target", "rencana_aksi", "metadata", "skp", "matriks_cascading"}
#: Documents without the owner's NIP (the metadata sheets describe indicators, not people).
WITHOUT_NIP = {"metadata"}


@pytest.fixture(scope="module")
def rendered(bkd: m.AgreementDocument) -> dict[tuple[str, str], bytes]:
    return {(doc, paper): render_bytes(bkd, [doc], paper=paper) for doc in ALL for paper in PAPERS}


def pdf_pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace (line breaks inside cells) as one space."""
    return " ".join(text.split())


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("doc", ALL)
def test_every_document_prints_the_agreement(
    rendered: dict[tuple[str, str], bytes], bkd: m.AgreementDocument, doc: str, paper: str
) -> None:
    pages = pdf_pages_text(rendered[(doc, paper)])
    text = flat(" ".join(pages))
    assert BKD_OWNER in text
    if doc in BOTH_PARTIES:
        assert BKD_SUPERIOR in text
    if doc not in WITHOUT_NIP:
        # DKI does not group NIPs (seed 001 prints "NIP 196507191985032002").
        assert f"NIP {BKD_NIP}" in text
    if doc in LIST_INDICATORS:
        for _, indicator in bkd.indicators():
            assert flat(indicator.name) in text, indicator.name
    if doc == "rencana_aksi":  # only the IKU with a plan (seeds 001/002)
        for _, indicator in bkd.indicators():
            assert (flat(indicator.name) in text) == bool(indicator.action_plans), indicator.name
    if doc in SHOW_TARGET:
        assert "319,53" in text
    assert "Halaman 1 dari" in pages[0]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("doc", ALL)
def test_no_text_outside_the_printable_area(
    rendered: dict[tuple[str, str], bytes], doc: str, paper: str
) -> None:
    with pdfplumber.open(io.BytesIO(rendered[(doc, paper)])) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            width, height = float(page.width), float(page.height)
            expected = PAPERS[paper].size(width > height)
            assert (width, height) == pytest.approx(expected, abs=0.5)
            margins = margins_for(width > height)
            for char in page.chars:
                where = f"{doc} {paper} page {number}: {char['text']!r}"
                assert char["x0"] >= margins.left - 0.5, where
                assert char["x1"] <= width - margins.right + 0.5, where
                assert char["top"] >= 0 and char["bottom"] <= height, where


@pytest.mark.parametrize("doc", ALL)
def test_every_font_is_an_embedded_truetype_subset(
    rendered: dict[tuple[str, str], bytes], doc: str
) -> None:
    reader = PdfReader(io.BytesIO(rendered[(doc, "a4")]))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+", 1)[1])
    assert seen <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
    }


def test_landscape_tables_and_portrait_statements(rendered: dict[tuple[str, str], bytes]) -> None:
    def orientation(doc: str, paper: str) -> str:
        page = PdfReader(io.BytesIO(rendered[(doc, paper)])).pages[0]
        return "landscape" if page.mediabox.width > page.mediabox.height else "portrait"

    for paper in PAPERS:
        assert orientation("pernyataan", paper) == "portrait"
        assert orientation("pk_table", paper) == "landscape"  # DKI three-category layout
        assert orientation("rencana_aksi", paper) == "landscape"
        assert orientation("metadata", paper) == "portrait"
    f4 = PdfReader(io.BytesIO(rendered[("pernyataan", "f4")])).pages[0].mediabox
    assert (round(float(f4.width) / 72 * 25.4), round(float(f4.height) / 72 * 25.4)) == (215, 330)


def test_statement_wording_follows_the_dki_seed(rendered: dict[tuple[str, str], bytes]) -> None:
    text = flat(" ".join(pdf_pages_text(rendered[("pernyataan", "a4")])))
    assert "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA" in text
    assert "PERJANJIAN KINERJA TAHUN 2024" in text
    assert "selanjutnya disebut Pihak Kesatu" in text
    assert "selaku atasan Pihak Kesatu, selanjutnya disebut Pihak Kedua" in text
    assert "Pj. Gubernur Daerah Khusus Ibukota Jakarta" in text
    assert "Pj. Pj." not in text
    assert "Jakarta, 31 Januari 2024" in text


def test_pk_table_has_the_three_categories_and_quarter_columns(
    rendered: dict[tuple[str, str], bytes],
) -> None:
    text = flat(" ".join(pdf_pages_text(rendered[("pk_table", "a4")])))
    for label in ("Sasaran Strategis", "Sasaran Khusus", "Sasaran Operasional"):
        assert label in text
    for header in ("Sumber Data", "Pengukuran Kinerja", "Triwulan", "Tahunan", "Keterangan"):
        assert header in text
    # The long Pengukuran Kinerja texts print whole, their last words included.
    assert "Aplikasi Si PINTER (KASN)" in text
    assert "(Verifikasi oleh Inspektorat)" in text


def test_pdf_metadata_names_the_agreement(rendered: dict[tuple[str, str], bytes]) -> None:
    info = PdfReader(io.BytesIO(rendered[("pk_table", "a4")])).metadata
    assert info is not None
    assert info.title == f"Perjanjian Kinerja Tahun 2024 – {BKD_OWNER}"
    assert info.author == "Badan Kepegawaian Daerah Provinsi DKI Jakarta"
    assert "Perjanjian Kinerja Tahun 2024" in (info.subject or "")
