"""Rencana Aksi (issue 11 point 2) as seed 002 prints it for the Walikota Jakarta Barat: the
RA numbers the plan has, only IKU with a plan, Penanggung Jawab one person per line."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.models.database import Database
from app.services import planning, printing, queries

OWNER = "Uus Kuswanto"
HEADERS = [
    "NO",
    "Sasaran",
    "Indikator Kinerja Utama",
    "Target IKU",
    "Rencana Aksi dan/atau Rencana Mitigasi yang ditetapkan awal tahun",
    "Kriteria Keberhasilan",
    "Target/Output",
    "Waktu",
    "Penanggung Jawab",
]


@pytest.fixture(scope="module")
def walikota(demo_copy: Database) -> str:
    return next(a.id for a in queries.list_agreements(demo_copy) if a.owner == OWNER)


def rows(data: bytes, tools: SimpleNamespace) -> list[list[str]]:
    """Every table row of the document, continued pages' header rows dropped."""
    out = []
    for table in tools.tables(data):
        for r in table:
            cells = [" ".join((c or "").split()) for c in r]
            if cells != HEADERS or not out:
                out.append(cells)
    return out


def test_the_plan_keeps_its_own_ra_numbers(
    demo_copy: Database, walikota: str, tools: SimpleNamespace
) -> None:
    data, _ = printing.render_agreement(demo_copy, walikota, doc="rencana_aksi")
    table = rows(data, tools)
    assert table[0] == HEADERS
    # Seed 002 lampiran V: IKU "Indeks Kepuasan Layanan Kota Administrasi" (87,3) has RA2 (TW 2)
    # and RA4 (TW 4) with KK2.1/T/O2.1.1 and KK4.1/T/O4.1.1, never a renumbered RA1, RA2.
    first, second = table[1], table[2]
    assert first[:4] == [
        "1",
        first[1],
        "Indeks Kepuasan Layanan Kota Administrasi",
        "87,3",
    ]
    assert first[4].startswith("RA2. Penyusunan Dokumen Laporan Hasil Indeks Layanan")
    assert first[5].startswith("KK2.1. ") and first[6].startswith("T/O2.1.1. ")
    assert first[7] == "TW 2"
    assert second[:4] == ["", "", "", ""]
    assert second[4].startswith("RA4. ") and second[5].startswith("KK4.1. ")
    assert second[6].startswith("T/O4.1.1. ") and second[7] == "TW 4"
    # The editor's tree shows the same numbers.
    indicator = next(
        i.id
        for _, i in printing.load_document(demo_copy, walikota, doc="rencana_aksi").indicators()
        if i.action_plans and i.action_plans[0].number == "RA2"
    )
    tree = planning.action_plan_tree(demo_copy, indicator)
    assert [p.number for p in tree.plans] == ["RA2", "RA4"]


def test_penanggung_jawab_lists_one_person_per_line(
    demo_copy: Database, walikota: str, tools: SimpleNamespace
) -> None:
    data, _ = printing.render_agreement(demo_copy, walikota, doc="rencana_aksi")
    table = next(t for t in tools.tables(data, 0))
    cell = table[1][8] or ""
    # Each person starts a line with "-" (a long name may wrap onto a further line).
    people = [" ".join(p.split()) for p in ("\n" + cell).split("\n-")[1:]]
    assert people == ["Kepala Bagian KKPP", "Ketua Subkelompok Ketatalaksanaan"]
    assert not table[2][8]  # the same people over the IKU's next rows: one merged cell


def test_only_iku_with_a_plan_unless_every_iku_is_asked_for(
    demo_copy: Database, walikota: str, tools: SimpleNamespace
) -> None:
    doc = printing.load_document(demo_copy, walikota, doc="rencana_aksi")
    planned = [i.name for _, i in doc.indicators() if i.action_plans]
    unplanned = [i.name for _, i in doc.indicators() if not i.action_plans]
    assert len(planned) == 3 and len(unplanned) == 13

    data, _ = printing.render_agreement(demo_copy, walikota, doc="rencana_aksi")
    names = [r[2] for r in rows(data, tools)[1:] if r[2]]
    assert names == planned  # seeds 001/002: the table lists the IKU that have a plan

    every, _ = printing.render_agreement(
        demo_copy, walikota, doc="rencana_aksi", plan_every_indicator=True
    )
    table = rows(every, tools)[1:]
    assert [r[2] for r in table if r[2]] == [i.name for _, i in doc.indicators()]
    empty = next(r for r in table if r[2] == "Survei Kepuasan Layanan Masyarakat")
    assert empty[4:8] == ["", "", "", ""]  # a row left to plan in
