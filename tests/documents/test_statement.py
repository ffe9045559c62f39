"""Statement wording per seed (issue 11 point 6): Kaltara Format 3 sentence by sentence, the
2020 DKI "PERJANJIAN KINERJA DAN RENCANA KINERJA" (seed 004) chosen by the agreement's
profile, and footers printed whole."""

from __future__ import annotations

from types import SimpleNamespace

from app.models.database import Database
from app.services import printing, queries


def statement(db: Database, owner: str, tools: SimpleNamespace) -> str:
    agreement = next(a.id for a in queries.list_agreements(db) if a.owner == owner)
    data, _ = printing.render_agreement(db, agreement, doc="pernyataan")
    return tools.flat(" ".join(tools.pages_text(data)))


def test_kaltara_format_3_sentence_by_sentence(demo_copy: Database, tools: SimpleNamespace) -> None:
    text = statement(demo_copy, "Muhammad Yusran Baharuddin", tools)
    for sentence in (
        "PERJANJIAN KINERJA TAHUN 2025",
        "kami yang bertanda tangan di bawah ini: Nama : Muhammad Yusran Baharuddin",
        "Kalimantan Utara Selanjutnya disebut sebagai pihak pertama Nama : Zainal Arifin",
        "Selaku atasan pihak pertama, selanjutnya disebut sebagai pihak kedua Pihak pertama",
        "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
        "perjanjian ini dalam rangka mencapai target kinerja jangka menengah",
        "menjadi tanggung jawab kami. Pihak kedua akan memberikan supervisi yang diperlukan",
        "Pihak Kedua,",  # the signature blocks keep the capitals (Format 3)
        "Pihak Pertama,",
    ):
        assert sentence in text, sentence
    assert "perjanjian ini, dalam" not in text  # Format 3 has no comma there
    assert "Pihak Pertama berjanji" not in text


def test_seed_004_format_comes_from_the_agreements_profile(
    demo_copy: Database, tools: SimpleNamespace
) -> None:
    rustam = next(a for a in queries.list_agreements(demo_copy) if a.owner == "Rustam Effendi")
    assert rustam.profile == "dki_2020"
    text = statement(demo_copy, "Rustam Effendi", tools)
    for sentence in (
        "PERJANJIAN KINERJA DAN RENCANA KINERJA TAHUN 2020",
        "selanjutnya disebut PIHAK PERTAMA Nama : Anies Rasyid Baswedan, Ph.D",
        "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA PIHAK PERTAMA berjanji",
        "sesuai lampiran perjanjian ini, dalam rangka mencapai",
        "PIHAK KEDUA akan melakukan supervisi",
        "Jakarta, 31 Januari 2020",
        "PIHAK KEDUA,",
        "PIHAK PERTAMA,",
    ):
        assert sentence in text, sentence
    # The 2024 DKI agreements keep seed 001's wording.
    bkd = statement(demo_copy, "Maria Qibtya", tools)
    assert "PERJANJIAN KINERJA TAHUN 2024" in bkd and "selanjutnya disebut Pihak Kesatu" in bkd
    assert "RENCANA KINERJA" not in bkd


def test_footers_are_printed_whole(demo_copy: Database, tools: SimpleNamespace) -> None:
    kaltara = next(a.id for a in queries.list_agreements(demo_copy) if a.profile == "kaltara")
    data, _ = printing.render_agreement(demo_copy, kaltara, doc="metadata")
    for page in tools.pages_text(data):
        footer = tools.flat(page)
        assert "…" not in footer
        assert (
            "Metadata Indikator Kinerja 2025 · Muhammad Yusran Baharuddin · Dinas Kehutanan "
            "Provinsi Kalimantan Utara" in footer
        )
