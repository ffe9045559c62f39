"""Matriks cascading (issue 11 point 3) as seed 002 prints it for the Walikota Jakarta Barat:
one lampiran per level of subordinates, each with its own title and the prescribed columns."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pdfplumber
import pytest

from app.documents import cascade_matrix
from app.documents import model as m
from app.models.database import Database
from app.services import printing, queries

FIXED_HEAD = [
    "NO",
    "Sasaran",
    "NO",
    "Indikator Kinerja",
    "Sumber Data",
    "Pengukuran Kinerja",
    "Triwulan",
    "",
    "",
    "",
    "Tahunan",
    "Keterangan",
]
QUARTERS = ["", "", "", "", "", "", "I", "II", "III", "IV", "", ""]
TITLE = "CASCADING INDIKATOR DAN TARGET KINERJA TAHUN 2024"
HEAD = "WALIKOTA KOTA ADMINISTRASI JAKARTA BARAT KEPADA PARA"
LEVELS = [
    f"{HEAD} ASISTEN SEKRETARIS KOTA",
    f"{HEAD} KEPALA BAGIAN SEKRETARIAT KOTA",
    f"{HEAD} KEPALA SUBBAGIAN/KETUA SUBKELOMPOK SEKRETARIAT KOTA",
]


def squash(cell: str | None) -> str:
    return " ".join((cell or "").split())


@pytest.fixture(scope="module")
def matrix(demo_copy: Database) -> tuple[m.AgreementDocument, list[tuple[str, list[list[str]]]]]:
    """The Walikota's matrix: per page, its text and its first table's rows."""
    walikota = next(a.id for a in queries.list_agreements(demo_copy) if a.owner == "Uus Kuswanto")
    data, _ = printing.render_agreement(demo_copy, walikota, doc="matriks_cascading")
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            tables = page.extract_tables()
            rows = [[squash(c) for c in r] for r in tables[0]] if tables else []
            pages.append((squash(page.extract_text()), rows))
    return printing.load_document(demo_copy, walikota, doc="matriks_cascading"), pages


def lampiran(pages: list[tuple[str, list[list[str]]]]) -> list[tuple[str, list[list[str]]]]:
    """Each lampiran's first page: its title line and its table."""
    out = []
    for text, rows in pages:
        for title in LEVELS:
            if f"{TITLE} {title}" in text:
                out.append((title, rows))
    return out


def test_one_lampiran_per_level_with_its_own_title(matrix: tuple) -> None:
    _, pages = matrix
    assert [title for title, _ in lampiran(pages)] == LEVELS


def test_asisten_and_kepala_bagian_columns_in_the_order_of_the_organisation(
    matrix: tuple,
) -> None:
    _, pages = matrix
    (_, asisten), (_, kabag), (_, kasubbag) = lampiran(pages)
    assert asisten[0] == [*FIXED_HEAD, "Asisten", "", ""]
    assert asisten[1] == [*QUARTERS, "Pem", "Ekbang", "Kesra"]  # seed 002 lampiran I
    assert kabag[0] == [*FIXED_HEAD, "Kepala Bagian", *[""] * 7]
    assert kabag[1] == [
        *QUARTERS,
        *["Pem", "Hukum", "KKPP", "Ekonomi", "PLH", "Umum", "PPK", "Kesra"],  # lampiran II
    ]
    # Lampiran III names the Kasubbag/Ketua Subkelompok in one column, with a Catatan.
    assert kasubbag[0] == [
        *FIXED_HEAD,
        "Kasubbag/Ketua Subkelompok/Pejabat Fungsional Penanggung Jawab",
        "Catatan",
    ]


def test_marks_reach_every_level_and_no_table_is_printed_twice(matrix: tuple) -> None:
    doc, pages = matrix
    (_, asisten), (_, kabag), (_, kasubbag) = lampiran(pages)
    first = asisten[3]
    assert first[:4] == [
        "1",
        first[1],
        "1",
        "Indeks Kepuasan Layanan Kota Administrasi",
    ]
    assert first[6:12] == ["N/A", "87,3", "N/A", "87,3", "87,3", "Nilai"]
    assert first[12:] == ["✓", "✓", "✓"]
    # Cascaded on from the Asisten to every Kepala Bagian (indirect, with a footnote).
    assert all(c.startswith("✓") for c in kabag[3][12:])
    assert "Ketua Subkelompok Pelayanan Publik" in kasubbag[3][12]
    # Every IKU row appears once per lampiran, never a second table for more columns.
    names = [i.name for _, i in doc.indicators()]
    rows = [r[3] for _, table in pages for r in table if len(r) > 3 and r[2].isdigit()]
    for name in set(names):
        assert rows.count(squash(name)) == 3 * names.count(name), name


def _sub(key: str, title: str, code: str, level: int, official: str) -> m.Subordinate:
    return m.Subordinate(key, key, title, level=level, unit_code=code, official_level=official)


def test_short_names_and_titles_from_hand_made_subordinates(
    make_document: SimpleNamespace,
) -> None:
    subs = (
        _sub("a", "Kepala Bidang Rehabilitasi Hutan Dinas Kehutanan", "DH-RHL", 3, "administrator"),
        _sub("b", "Kepala Bidang Perhutanan Sosial Dinas Kehutanan", "DH-PS", 3, "administrator"),
    )
    doc = make_document(subordinates=subs, unit_code="DH", unit_name="Dinas Kehutanan")
    level = cascade_matrix.levels(doc)[0]
    assert not level.named
    assert cascade_matrix.short_names(level.subordinates, "DH") == ["RHL", "PS"]
    assert cascade_matrix.level_title(doc, level) == (
        "KEPALA BADAN UJI COBA DAERAH KEPADA PARA KEPALA BIDANG DINAS KEHUTANAN"
    )
