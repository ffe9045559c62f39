"""The smaller seed details (issue 11 point 7): the KSD's column numbers and KSD number,
numbered outputs on their own lines, "Satuan:" clear of the IKU's text."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pdfplumber

from app.documents.text import numbered_lines
from app.models.database import Database
from app.services import printing, queries


def agreement(db: Database, owner: str) -> str:
    return next(a.id for a in queries.list_agreements(db) if a.owner == owner)


def test_dki_ksd_numbers_its_columns_and_splits_numbered_outputs(
    demo_copy: Database, tools: SimpleNamespace
) -> None:
    data, _ = printing.render_agreement(demo_copy, agreement(demo_copy, "Uus Kuswanto"), doc="ksd")
    for table in tools.tables(data):  # every page repeats the numbered header row
        assert table[2] == [str(n) for n in range(1, 12)]
    # Seed 002 lampiran IV row 1, B06: two numbered outputs, one per line.
    text = "\n".join(tools.pages_text(data))
    assert "\n2. Laporan pegawai yang telah" in text
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.startswith("1. Rekap Matriks Peran dan") for line in lines)
    assert any(line.startswith("2. Laporan pegawai yang telah") for line in lines)


def test_numbered_lines_only_splits_a_numbered_list() -> None:
    assert numbered_lines("1. Dokumen A 2. Dokumen B 3. Dokumen C") == (
        "1. Dokumen A\n2. Dokumen B\n3. Dokumen C"
    )
    assert numbered_lines("Laporan TW 2. Final") == "Laporan TW 2. Final"
    assert numbered_lines("1. Rekap 2024 2. Laporan") == "1. Rekap 2024\n2. Laporan"
    assert numbered_lines(None) == ""


def test_kaltara_ksd_names_the_ksd_number(demo_copy: Database, tools: SimpleNamespace) -> None:
    kaltara = agreement(demo_copy, "Muhammad Yusran Baharuddin")
    data, _ = printing.render_agreement(demo_copy, kaltara, doc="ksd")
    table = tools.tables(data, 0)[0]
    assert [" ".join((c or "").split()) for c in table[0]] == [
        "No",
        "IKU",
        "Program Kegiatan Strategis Daerah",
        "Rencana Aksi/Sub-Aksi",
        "Penanggung Jawab",
        "Output",
        "Target Waktu",
    ]
    assert " ".join((table[1][2] or "").split()) == "KSD 1: REHABILITASI HUTAN DAN LAHAN"


def test_satuan_never_touches_the_wrapped_iku_name(demo_copy: Database) -> None:
    kaltara = agreement(demo_copy, "Muhammad Yusran Baharuddin")
    data, _ = printing.render_agreement(demo_copy, kaltara, doc="rincian_target")
    checked = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        for word in (w for w in words if w["text"] == "Satuan:"):
            above = [
                w
                for w in words
                if w["bottom"] <= word["top"] + 1
                and abs(w["x0"] - word["x0"]) < 2
                and word["top"] - w["bottom"] < 20
            ]
            gap = word["top"] - max(w["bottom"] for w in above)
            assert gap >= 2.5, (word, gap)
            checked += 1
    assert checked == 8  # one per IKU of the Dinas Kehutanan
