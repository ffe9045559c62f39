"""Version history, the PK Pengganti proposal preview and signing with a scan file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Agreement, Official
from app.models.database import Database
from app.services import agreements, lifecycle, versions
from app.services.errors import AgreementLocked, InvalidInput

PDF = b"%PDF-1.7\n% printed\n"


def _bkd(db: Database) -> str:
    with db.session() as s:
        return s.scalars(
            select(Agreement.id)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == "Maria Qibtya", Agreement.year == 2024)
        ).one()


def _indicator(db: Database, agreement_id: str, number: str) -> str:
    with db.session() as s:
        return next(
            i.id
            for g in s.get(Agreement, agreement_id).goals
            for i in g.indicators
            if i.number == number
        )


def test_signing_with_a_scan_file_then_the_family_of_versions(
    demo_db: Database, tmp_path: Path
) -> None:
    pk = _bkd(demo_db)
    scan = tmp_path / "pk-bertanda-tangan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    digest = versions.sign_agreement(demo_db, pk, printed_pdf=PDF, scan_path=scan)
    history = versions.version_history(demo_db, pk)
    assert history.locked and not history.can_sign and history.can_amend
    (row,) = history.versions
    assert row.signed_pdf_sha256 == digest and row.scan_count == 1 and row.status == "signed"
    with pytest.raises(AgreementLocked):
        agreements.update_agreement(demo_db, pk, signing_place="Jakarta Pusat")

    addendum = lifecycle.start_addendum(
        demo_db, pk, reason="leadership_policy", effective_from="TW3", note="Arahan Gubernur"
    )
    history = versions.version_history(demo_db, pk)
    assert history.pending_version_id == addendum and not history.can_amend
    family = versions.version_history(demo_db, addendum)
    assert [(v.kind, v.depth) for v in family.versions] == [("original", 0), ("addendum", 1)]
    assert family.versions[1].change_reason == "leadership_policy"
    assert family.versions[1].effective_from == "TW3"
    indicator = _indicator(demo_db, addendum, "14")
    agreements.set_period_values(demo_db, indicator, "TW4", target=Decimal(30))
    (change,) = versions.version_history(demo_db, addendum).changes
    assert (change.period, change.field, change.before, change.after) == (
        "TW4",
        "target",
        "25",
        "30",
    )
    assert change.reason == "leadership_policy" and change.indicator_name.startswith("Persentase")


def test_unreadable_scan_is_refused_and_nothing_is_signed(
    demo_db: Database, tmp_path: Path
) -> None:
    pk = _bkd(demo_db)
    with pytest.raises(InvalidInput, match="tidak dapat dibaca"):
        versions.sign_agreement(demo_db, pk, printed_pdf=PDF, scan_path=tmp_path / "nope.pdf")
    assert versions.version_history(demo_db, pk).status == "final"


def test_replacement_proposal_matches_what_the_replacement_gets(demo_db: Database) -> None:
    pk = _bkd(demo_db)
    versions.sign_agreement(demo_db, pk, printed_pdf=PDF)
    proposals = {p.number: p for p in versions.replacement_proposals(demo_db, pk, "TW3")}
    sum_line = proposals["14"]  # Sum, 25 a quarter, realised 25,3 + 22,78 before TW3
    assert sum_line.consolidation == "sum"
    assert sum_line.realised == Decimal("48.08")
    assert sum_line.proposal == Decimal("51.92")
    assert proposals["6"].proposal == proposals["6"].annual_target == Decimal(100)  # Take Last
    with demo_db.session() as s:
        other = s.scalars(select(Official.id).where(Official.name == "Heru Budi Hartono")).one()
    replacement = lifecycle.start_replacement(
        demo_db, pk, new_owner_id=other, effective_from="TW3", owner_prefix="Plt."
    )
    with demo_db.session() as s:
        new = s.get(Agreement, replacement)
        annual = {
            i.number: next(v.target for v in i.values if v.period.value == "annual")
            for g in new.goals
            for i in g.indicators
        }
    assert annual["14"] == Decimal("51.92")
    with pytest.raises(InvalidInput, match="TW1, TW2"):
        versions.replacement_proposals(demo_db, pk, "S1")
