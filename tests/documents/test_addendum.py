"""Addendum (issue 11 point 4): printed only for an addendum, on its own date, the changes
grouped by IKU with their units, the reason stated once (seed 003 §3.4.1, Format 8)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.documents.render import render_bytes
from app.models.database import Database
from app.services import agreements, lifecycle, printing, queries
from app.services.errors import InvalidInput


@pytest.fixture
def addendum(demo_db: Database) -> tuple[Database, str, str]:
    """The BKD PK signed on 31 January 2024 and its addendum of 15 July 2024 raising the
    target of "Indeks sistem merit" (Nilai) and of a Persen IKU from TW3 on."""
    bkd = next(a.id for a in queries.list_agreements(demo_db) if a.owner == "Maria Qibtya")
    printed, _ = printing.render_agreement(demo_db, bkd, doc="pernyataan")
    lifecycle.mark_signed(demo_db, bkd, printed_pdf=printed, signed_on=dt.date(2024, 1, 31))
    new = lifecycle.start_addendum(
        demo_db,
        bkd,
        reason="s1_target_reached",
        effective_from="TW3",
        note="Capaian Semester I sudah 321,04.",
    )
    doc = printing.load_document(demo_db, new, doc="addendum")
    by_name = {i.name: i for _, i in doc.indicators()}
    merit = by_name["Indeks sistem merit pada aspek dan sub aspek lingkup BKD"]
    persen = next(i for i in by_name.values() if i.unit == "Persen")
    # TW4 first, then annual, then TW3: the print orders them by period.
    agreements.set_period_values(demo_db, merit.id, "TW4", target=Decimal("325"))
    agreements.set_period_values(demo_db, persen.id, "annual", target=Decimal("30"))
    agreements.set_period_values(demo_db, merit.id, "annual", target=Decimal("325"))
    agreements.set_period_values(demo_db, merit.id, "TW3", target=Decimal("320"))
    agreements.update_agreement(demo_db, new, signing_date=dt.date(2024, 7, 15))
    return demo_db, bkd, new


def test_an_agreement_that_is_not_an_addendum_is_refused(
    addendum: tuple[Database, str, str], tmp_path: Path
) -> None:
    db, original, _ = addendum
    with pytest.raises(InvalidInput, match=r"^Perjanjian kinerja ini bukan addendum; "):
        printing.print_agreement(db, original, tmp_path / "a.pdf", doc="addendum")
    assert not (tmp_path / "a.pdf").exists()


def test_the_addendum_is_dated_grouped_by_iku_with_units_and_one_reason(
    addendum: tuple[Database, str, str], tools: SimpleNamespace
) -> None:
    db, _, new = addendum
    data, codes = printing.render_agreement(db, new, doc="addendum")
    assert codes == ("addendum",)
    text = tools.flat(" ".join(tools.pages_text(data)))
    assert "atas Perjanjian Kinerja tanggal 31 Januari 2024" in text
    assert "Jakarta, 15 Juli 2024" in text  # the addendum's own date
    assert text.count("Alasan perubahan:") == 1
    assert (
        "Alasan perubahan: Capaian Semester I telah mencapai target tahunan. "
        "Capaian Semester I sudah 321,04." in text
    )
    before, after = (
        [[" ".join((c or "").split()) for c in r] for r in t] for t in tools.tables(data, 0)[:2]
    )
    assert before[0] == ["No", "Sasaran / Indikator Kinerja", "Unsur", "Rincian"]
    # One numbered group per IKU; its periods in calendar order; values with their units.
    # Seed 001 IKU 1 (Nilai, printed without a unit): N/A, N/A, N/A, 319,53, THN 319,53.
    assert [r[0] for r in before[1:]] == ["1", "", "", "2"]
    assert [r[2:] for r in before[1:4]] == [
        ["Target Triwulan III", "N/A"],
        ["Target Triwulan IV", "319,53"],
        ["Target Tahunan", "319,53"],
    ]
    assert [r[2:] for r in after[1:4]] == [
        ["Target Triwulan III", "320"],
        ["Target Triwulan IV", "325"],
        ["Target Tahunan", "325"],
    ]
    assert after[4][2:] == ["Target Tahunan", "30 %"]
    assert before[4][3].endswith(" %")


def test_hand_made_changes_print_their_units(make_document, tools: SimpleNamespace) -> None:
    from app.documents import model as m

    change = m.AddendumChange("S", "IKU", "annual", "target", "25", "30", "workload_change")
    doc = make_document(
        kind="addendum",
        addendum_changes=(
            change.__class__(**{**_fields(change), "unit": "Persen"}),
            change.__class__(**{**_fields(change), "indicator_name": "B", "unit": "Dokumen"}),
        ),
    )
    text = tools.flat(" ".join(tools.pages_text(render_bytes(doc, ["addendum"]))))
    assert "25 % " in text and "30 % " in text and "30 Dokumen" in text
    assert text.count("Perubahan beban kerja") == 1


def _fields(change: object) -> dict[str, object]:
    return {k: getattr(change, k) for k in change.__slots__}  # type: ignore[attr-defined]
