"""No code path can change a signed agreement's content (issue 13.9): the check sits in the
flush, under every service, and lets through only what the signature does not cover."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Agreement, Attachment, Goal, Indicator, PeriodValue, SignedAgreementChanged
from app.models.database import Database
from app.models.enums import AgreementStatus, AttachmentKind
from app.services import lifecycle


def _signed(db: Database) -> tuple[str, str]:
    """Sign the first final demo agreement the ordinary way; its id and one indicator id."""
    with db.session() as s:
        agreement = s.scalars(
            select(Agreement).where(Agreement.status == AgreementStatus.FINAL)
        ).first()
        assert agreement is not None
        indicator = s.scalars(
            select(Indicator).join(Goal).where(Goal.agreement_id == agreement.id)
        ).first()
        assert indicator is not None
    lifecycle.mark_signed(db, agreement.id, printed_pdf_sha256="ab" * 32)
    return agreement.id, indicator.id


def test_direct_changes_to_a_signed_agreement_are_refused(demo_db: Database) -> None:
    agreement_id, indicator_id = _signed(demo_db)
    with pytest.raises(SignedAgreementChanged, match="sudah ditandatangani"):
        with demo_db.transaction("script") as s:
            s.get(Indicator, indicator_id).name = "diganti diam-diam"  # type: ignore[union-attr]
    with pytest.raises(SignedAgreementChanged):
        with demo_db.transaction("script") as s:
            value = s.scalars(select(PeriodValue).where(PeriodValue.indicator_id == indicator_id))
            next(iter(value)).target = Decimal("1")
    with pytest.raises(SignedAgreementChanged):
        with demo_db.transaction("script") as s:
            goal = s.scalars(select(Goal).where(Goal.agreement_id == agreement_id)).first()
            s.add(Indicator(goal=goal, name="IKU tambahan"))
    with pytest.raises(SignedAgreementChanged):
        with demo_db.transaction("script") as s:
            s.get(Agreement, agreement_id).status = AgreementStatus.DRAFT  # type: ignore[union-attr]
    with demo_db.session() as s:
        assert s.get(Indicator, indicator_id).name != "diganti diam-diam"  # type: ignore[union-attr]
        assert s.get(Agreement, agreement_id).status is AgreementStatus.SIGNED  # type: ignore[union-attr]


def test_what_the_signature_does_not_cover_stays_open(demo_db: Database) -> None:
    agreement_id, indicator_id = _signed(demo_db)
    with demo_db.transaction("Realisasi") as s:
        values = s.scalars(select(PeriodValue).where(PeriodValue.indicator_id == indicator_id))
        for value in values:
            value.actual = Decimal("12.5")
            value.evidence = "laporan"
    with demo_db.transaction("Pindaian") as s:
        s.add(
            Attachment(
                agreement_id=agreement_id,
                kind=AttachmentKind.SIGNED_SCAN,
                file_name="scan.pdf",
                media_type="application/pdf",
                sha256="cd" * 32,
                size=3,
                content=b"pdf",
            )
        )
    with demo_db.transaction("Digantikan") as s:
        s.get(Agreement, agreement_id).status = AgreementStatus.SUPERSEDED  # type: ignore[union-attr]
