"""Laporan capaian (issue 11 point 1): dated by its own date, a Nilai column per IKU that adds
up to the Nilai Sasaran, numbers worked by hand from the demo's Kaltara PK (seed 003)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.cli import main
from app.engine.dates import format_date
from app.models.database import Database
from app.services import printing, queries
from app.services.errors import InvalidInput

HEADERS = [
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
]


@pytest.fixture(scope="module")
def kaltara_id(demo_copy: Database) -> str:
    return next(a.id for a in queries.list_agreements(demo_copy) if a.profile == "kaltara")


def report(db: Database, agreement_id: str, **options: object) -> bytes:
    data, codes = printing.render_agreement(
        db, agreement_id, doc="laporan_capaian", period="TW3", **options
    )
    assert codes == ("laporan_capaian",)
    return data


def cells(table: list[list[str | None]]) -> list[list[str]]:
    return [[" ".join((c or "").split()) for c in r] for r in table]


def test_the_report_is_dated_by_its_own_date_not_the_signing_date(
    demo_copy: Database, kaltara_id: str, tools: SimpleNamespace
) -> None:
    data = report(demo_copy, kaltara_id, report_date=dt.date(2025, 10, 15))
    text = tools.flat(" ".join(tools.pages_text(data)))
    assert "Tanjung Selor, 15 Oktober 2025" in text
    # The PK was signed on 24 January 2025: a TW III report must not carry that date.
    assert "24 Januari 2025" not in text


def test_the_report_date_defaults_to_today_or_is_left_blank(
    demo_copy: Database, kaltara_id: str, tools: SimpleNamespace
) -> None:
    today = tools.flat(" ".join(tools.pages_text(report(demo_copy, kaltara_id))))
    assert f"Tanjung Selor, {format_date(dt.date.today())}" in today
    blank = tools.flat(
        " ".join(tools.pages_text(report(demo_copy, kaltara_id, report_date="blank")))
    )
    assert f"Tanjung Selor, {'.' * 40}" in blank
    assert "24 Januari 2025" not in blank
    with pytest.raises(InvalidInput, match="Tanggal laporan '15/10/2025' tidak valid"):
        printing.report_day("15/10/2025")
    assert printing.report_day("2025-10-15") == dt.date(2025, 10, 15)


def test_each_iku_has_its_nilai_and_they_add_up_to_the_nilai_sasaran(
    demo_copy: Database, kaltara_id: str, tools: SimpleNamespace
) -> None:
    data = report(demo_copy, kaltara_id, report_date=dt.date(2025, 10, 15))
    table = cells(tools.tables(data, 0)[0])
    assert table[0] == HEADERS
    rows = {r[2]: r for r in table[1:] if r[0].isdigit()}
    # Worked by hand from the demo (resources/demo/kaltara_example.json) with seed 003 §4.1:
    # KUPS naik kelas 28/30 = 93,33 %; transaksi 1.360/1.500 = 90,67 %; weights P/M 14 and E/L
    # 26 (Tabel 4.2), KUPS pendampingan not due in TW III, so 14/40 = 35 and 26/40 = 65
    # (the seed's own example); Nilai 93,33 x 35 % = 32,67 and 90,67 x 65 % = 58,93;
    # Nilai Sasaran 32,67 + 58,93 = 91,60.
    kups = rows["Persentase KUPS yang naik kelas"]
    assert kups[4:10] == ["30", "28", "93,33", "14", "35,00", "32,67"]
    transaksi = rows["Nilai transaksi ekonomi KUPS"]
    assert transaksi[4:10] == ["1.500", "1.360", "90,67", "26", "65,00", "58,93"]
    first = rows["Jumlah Kelompok Usaha Perhutanan Sosial (KUPS) yang mendapat pendampingan"]
    assert first[6] == "N/A" and first[9] == "N/A" and first[11] == "91,60"
    # KTH (proxy/high, 11 %) 29/30 = 96,67 %; KSD (proxy/moderate, 14) and hotspot
    # (exact/low, 26) at 100 %: 11/51 = 21,57, 14/51 = 27,45, 26/51 = 50,98; Nilai
    # 96,67 x 21,57 % = 20,85, and 20,85 + 27,45 + 50,98 = 99,28.
    kth = rows[
        "Jumlah Kelompok Tani Hutan (KTH) yang difasilitasi dalam rehabilitasi hutan dan lahan"
    ]
    assert kth[6:10] == ["96,67", "11", "21,57", "20,85"] and kth[11] == "99,28"


def test_cli_takes_the_report_date(
    demo_db_path: Path, tmp_path: Path, tools: SimpleNamespace, demo_copy: Database
) -> None:
    agreement = next(a.id for a in queries.list_agreements(demo_copy) if a.profile == "kaltara")
    out = tmp_path / "laporan.pdf"
    code = main(
        [
            "--db",
            str(demo_db_path),
            "pdf",
            "--agreement",
            agreement,
            "--doc",
            "laporan",
            "--period",
            "TW2",
            "--report-date",
            "2025-07-10",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    text = tools.flat(" ".join(tools.pages_text(out.read_bytes())))
    assert "LAPORAN CAPAIAN KINERJA TRIWULAN II TAHUN 2025" in text
    assert "Tanjung Selor, 10 Juli 2025" in text
