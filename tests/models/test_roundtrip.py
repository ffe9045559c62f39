"""Every model survives a write and a read back through a real SQLite file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.models import (
    ActingAssignment,
    ActionOutput,
    ActionPlan,
    AddendumRecord,
    Agreement,
    Attachment,
    AuditEntry,
    CascadeLink,
    CrosscuttingParty,
    Goal,
    Indicator,
    IndicatorHistory,
    IndicatorLocation,
    Ksd,
    KsdMonthTarget,
    LocationValue,
    MandatoryIndicator,
    OfficeSettings,
    Official,
    PeriodValue,
    ProfileUpdate,
    Program,
    ReferenceKsd,
    RpjmdGoal,
    RpjmdIndicator,
    SuccessCriterion,
    Unit,
)
from app.models.base import Base
from app.models.database import Database, open_database
from app.models.enums import (
    ActingPrefix,
    AgreementStatus,
    AttachmentKind,
    CascadeMethod,
    ChangeReason,
    GoalCategory,
    Level,
    LocationConsolidation,
    Period,
    Polarity,
    UnitKind,
)


def _build_everything(db: Database) -> dict[str, str]:
    with db.transaction("build") as s:
        province = Unit(code="DKI", name="Pemprov DKI", kind=UnitKind.GOVERNMENT)
        bkd = Unit(code="BKD", name="BKD", kind=UnitKind.PERANGKAT_DAERAH, parent=province)
        heru = Official(name="Heru", position_title="Gubernur", level=Level.GUBERNUR, unit=province)
        maria = Official(
            name="Maria Qibtya",
            nip="196507191985032002",
            position_title="Kepala",
            level=Level.JPT_PRATAMA,
            unit=bkd,
            superior=heru,
        )
        acting = ActingAssignment(
            official=heru,
            position_title="Gubernur",
            prefix=ActingPrefix.PJ,
            start_date=dt.date(2022, 10, 17),
        )
        rpjmd = RpjmdGoal(code="RPJMD-1", text="Tata kelola", period_start=2023, period_end=2026)
        agreement = Agreement(
            year=2024,
            profile_code="dki",
            unit=bkd,
            owner=maria,
            superior=heru,
            signing_place="Jakarta",
            superior_prefix=ActingPrefix.PJ,
        )
        goal = Goal(
            agreement=agreement, category=GoalCategory.STRATEGIS, text="Merit", rpjmd_goal=rpjmd
        )
        indicator = Indicator(
            goal=goal,
            name="Indeks sistem merit",
            polarity=Polarity.MAXIMIZE,
            location_consolidation=LocationConsolidation.RAW,
        )
        child_goal = Goal(agreement=agreement, category=GoalCategory.KHUSUS, text="Anak")
        child = Indicator(goal=child_goal, name="Anak")
        sub = Indicator(goal=goal, name="Sub", sub_of_id=None)
        s.add_all(
            [
                province,
                bkd,
                heru,
                maria,
                acting,
                rpjmd,
                agreement,
                goal,
                indicator,
                child_goal,
                child,
                sub,
            ]
        )
        s.flush()
        sub.sub_of_id = indicator.id
        s.add_all(
            [
                PeriodValue(indicator=indicator, period=Period.ANNUAL, target=Decimal("319.53")),
                PeriodValue(
                    indicator=indicator,
                    period=Period.TW1,
                    target=None,
                    numerator=Decimal(79),
                    denominator=Decimal(87),
                ),
                IndicatorHistory(indicator=indicator, year=2023, target=Decimal(300)),
                CascadeLink(
                    parent_indicator=indicator,
                    child_indicator=child,
                    method=CascadeMethod.INDIRECT,
                    share=Decimal("0.25"),
                    note="(PKK)",
                ),
                CrosscuttingParty(
                    indicator_id=indicator.id, agency_name="Inspektorat", role="mitra"
                ),
                Program(agreement=agreement, name="Program", budget=Decimal("8797819537")),
                Attachment(
                    agreement=agreement,
                    kind=AttachmentKind.SIGNED_SCAN,
                    file_name="a.pdf",
                    media_type="application/pdf",
                    sha256="0" * 64,
                    size=3,
                    content=b"abc",
                ),
                AddendumRecord(
                    agreement=agreement,
                    indicator=indicator,
                    period=Period.TW3,
                    field="target",
                    before="1",
                    after="2",
                    reason=ChangeReason.LEADERSHIP_POLICY,
                ),
            ]
        )
        location = IndicatorLocation(indicator=indicator, name="UPTD 1", unit=bkd)
        s.add(location)
        s.add(
            LocationValue(
                location=location, period=Period.TW4, target=Decimal(36), actual=Decimal(36)
            )
        )
        plan = ActionPlan(indicator=indicator, text="RA")
        criterion = SuccessCriterion(action_plan=plan, text="KK")
        s.add(ActionOutput(criterion=criterion, text="T/O", due_quarter=4))
        ksd = Ksd(unit=bkd, year=2024, name="KSD", action_plan="Penyusunan", indicator=indicator)
        s.add(KsdMonthTarget(ksd=ksd, month=3, expected_output="Dokumen"))
        s.add(
            OfficeSettings(
                profile_code="dki",
                government_name="Pemerintah Provinsi DKI Jakarta",
                signing_place="Jakarta",
                logo_name="logo.png",
                logo="iVBORw0KGgo=",
            )
        )
        rpjmd_indicator = RpjmdIndicator(code="IKR-1", rpjmd_goal=rpjmd, name="Indeks RB")
        s.add(ReferenceKsd(code="KSD-1", year=2024, name="Satu data"))
        s.add(ProfileUpdate(code="dki", version=1, content='{"code":"dki"}'))
        s.add(
            MandatoryIndicator(
                code="IW-1",
                name="Indeks Sistem Merit",
                year_from=2024,
                year_to=2026,
                levels="jpt_pratama",
                polarity=Polarity.MAXIMIZE,
                rpjmd_indicator_id=None,
            )
        )
        s.add(rpjmd_indicator)
        return {"agreement": agreement.id, "indicator": indicator.id}


def test_every_model_round_trips_through_a_file(tmp_path) -> None:
    path = tmp_path / "rt.sqlite"
    with open_database(path, user="tester") as db:
        ids = _build_everything(db)
    with open_database(path) as db, db.session() as s:
        for mapper in Base.registry.mappers:
            count = len(s.scalars(select(mapper.class_)).all())
            assert count >= 1, f"{mapper.class_.__name__} did not round-trip"
        agreement = s.get(Agreement, ids["agreement"])
        assert agreement.status is AgreementStatus.DRAFT
        assert agreement.superior_prefix is ActingPrefix.PJ
        assert agreement.owner.nip == "196507191985032002"
        assert agreement.programs[0].budget == Decimal("8797819537")
        indicator = s.get(Indicator, ids["indicator"])
        assert indicator.value(Period.ANNUAL).target == Decimal("319.53")
        assert indicator.value(Period.TW1).target is None  # N/A stays N/A, not 0
        assert indicator.value(Period.TW1).numerator == Decimal(79)
        assert [sub.name for sub in indicator.sub_indicators] == ["Sub"]
        assert [i.name for i in indicator.goal.indicators] == ["Indeks sistem merit"]
        assert indicator.child_links[0].child_indicator.name == "Anak"
        assert indicator.child_links[0].share == Decimal("0.25")
        assert indicator.locations[0].values[0].actual == Decimal(36)
        assert indicator.action_plans[0].criteria[0].outputs[0].due_quarter == 4
        assert indicator.ksd_rows[0].months[0].expected_output == "Dokumen"
        assert agreement.created_at.tzinfo is not None
        assert len(agreement.id) == 36 and agreement.revision == 1


def test_updates_bump_revision_and_tombstones_hide_rows(db: Database) -> None:
    ids = _build_everything(db)
    with db.transaction("edit") as s:
        s.get(Indicator, ids["indicator"]).name = "Baru"
    with db.transaction("delete") as s:
        s.get(Indicator, ids["indicator"]).deleted_at = dt.datetime.now(dt.UTC)
    with db.session() as s:
        hidden = s.scalar(select(Indicator).where(Indicator.id == ids["indicator"]))
        assert hidden is None
        kept = s.scalar(
            select(Indicator)
            .where(Indicator.id == ids["indicator"])
            .execution_options(include_deleted=True)
        )
        assert kept is not None and kept.revision == 3 and kept.name == "Baru"
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == ids["indicator"])).all()
        assert {a.operation for a in audit} == {"insert", "update", "delete"}
        assert all(a.user == "tester" for a in audit)
        rows = {(a.action, a.field): (a.old_value, a.new_value) for a in audit}
        assert rows["build", "name"] == (None, "Indeks sistem merit")
        assert rows["build", "polarity"] == (None, "maximize")
        assert rows["edit", "name"] == ("Indeks sistem merit", "Baru")
        deleted_old, deleted_new = rows["delete", "deleted_at"]
        assert deleted_old is None and deleted_new is not None
        deleted_at = dt.datetime.fromisoformat(deleted_new)
        assert abs(dt.datetime.now(dt.UTC) - deleted_at) < dt.timedelta(minutes=5)
