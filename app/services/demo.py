"""The demo database: the seeds' real agreements, loaded from `resources/demo/*.json`.

The files follow the format described in `resources/demo/README.md` ("pk-desk-demo/1"):
units and officials shared by code/key across files, agreements with sasaran, indicators,
period values, Rencana Aksi and programs, and KSD rows. Everything loads in one transaction,
so a bad file leaves no half-built demo behind.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.engine.numbers import NumberOutOfRange, check_bounds
from app.models import (
    ActionOutput,
    ActionPlan,
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    IndicatorHistory,
    IndicatorLocation,
    Ksd,
    KsdMonthTarget,
    LocationValue,
    Official,
    PeriodValue,
    Program,
    SuccessCriterion,
    Unit,
)
from app.models.database import Database, refresh_statistics
from app.models.enums import (
    ActingPrefix,
    AgreementStatus,
    CascadeMethod,
    EmploymentStatus,
    Level,
    OutputStatus,
    Period,
)
from app.paths import resource_path
from app.services._fields import coerce
from app.services.errors import InvalidInput
from app.services.organisation import normalise_nip

DEMO_FORMAT = "pk-desk-demo/1"
_PERIOD_KEYS = {
    "TW1": Period.TW1,
    "TW2": Period.TW2,
    "TW3": Period.TW3,
    "TW4": Period.TW4,
    "annual": Period.ANNUAL,
    "S1": Period.S1,
    "S2": Period.S2,
}
_INDICATOR_KEYS = (
    "unit_of_measure",
    "source_system",
    "measurement_text",
    "definition",
    "formula",
    "misi",
    "goal_description",
    "validity",
    "control",
    "polarity",
    "period_consolidation",
    "location_consolidation",
    "measuring_period",
    "cascade_type",
    "cascade_method",
    "target_aspect",
    "mandatory",
    "responsible_unit",
    "responsible_person",
    "data_provider",
    "data_source",
    "target_form",
    "scale_code",
    "completion_source",
)


def demo_files(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path("demo")
    return sorted(folder.glob("*.json"))


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return check_bounds(Decimal(str(value)))
    except NumberOutOfRange as exc:
        raise InvalidInput(f"{where}: {exc}.") from exc
    except (ArithmeticError, ValueError) as exc:
        raise InvalidInput(f"{where}: '{value}' bukan angka.") from exc


def _ra_number(text: Any) -> int | None:
    """ "RA2" -> 2: the number an action plan was written with; None when it has none."""
    digits = re.fullmatch(r"\s*RA\s*(\d+)\.?\s*", str(text or ""), re.IGNORECASE)
    return int(digits.group(1)) if digits else None


class _Loader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.units: dict[str, Unit] = {}
        self.officials: dict[str, Official] = {}
        self.acting: dict[str, ActingPrefix] = {}
        self.goals: dict[str, Goal] = {}
        self.indicators: dict[str, Indicator] = {}
        self.pending_goal_links: list[tuple[Goal, str, str]] = []
        self.pending_links: list[tuple[Indicator, dict[str, Any], str]] = []
        self.pending_superiors: list[tuple[Official, str, str]] = []
        self.pending_ksd: list[tuple[Ksd, str, str]] = []

    # units and people ---------------------------------------------------------------------
    def add_units(self, rows: Iterable[dict[str, Any]], where: str) -> None:
        remaining = [r for r in rows if r["code"] not in self.units]
        while remaining:
            progressed = False
            for row in list(remaining):
                parent_code = row.get("parent")
                if parent_code and parent_code not in self.units:
                    continue
                unit = Unit(
                    code=row["code"],
                    name=row["name"],
                    kind=coerce(Unit, "kind", row["kind"]),
                    parent=self.units.get(parent_code) if parent_code else None,
                    profile_code=row.get("profile", "dki"),
                    position=len(self.units),
                )
                self.session.add(unit)
                self.units[unit.code] = unit
                remaining.remove(row)
                progressed = True
            if not progressed:
                codes = ", ".join(r["code"] for r in remaining)
                raise InvalidInput(f"{where}: unit induk tidak ditemukan untuk {codes}.")

    def add_officials(self, rows: Iterable[dict[str, Any]], where: str) -> None:
        for row in rows:
            key = row["key"]
            if key in self.officials:
                continue
            try:
                nip = normalise_nip(row.get("nip"))
            except InvalidInput as exc:
                raise InvalidInput(f"{where}, pejabat '{key}': {exc}") from exc
            level = Level(row["level"])
            official = Official(
                name=row["name"],
                nip=nip,
                rank=row.get("rank"),
                position_title=row["position_title"],
                level=level,
                employment_status=(
                    EmploymentStatus.ELECTED
                    if nip is None and level == Level.GUBERNUR
                    else EmploymentStatus.PNS
                ),
                unit=self.units.get(row.get("unit") or ""),
            )
            self.session.add(official)
            self.officials[key] = official
            if row.get("acting_prefix"):
                self.acting[key] = ActingPrefix(row["acting_prefix"])
            if row.get("superior"):
                self.pending_superiors.append((official, row["superior"], where))

    # agreements ---------------------------------------------------------------------------
    def add_agreement(self, row: dict[str, Any], where: str) -> None:
        where = f"{where}, perjanjian '{row['key']}'"
        owner = self._official(row["owner"], where)
        superior = self._official(row["superior"], where) if row.get("superior") else None
        agreement = Agreement(
            year=int(row["year"]),
            profile_code=row["profile"],
            unit=self._unit(row["unit"], where),
            owner=owner,
            superior=superior,
            status=AgreementStatus(row.get("status", "draft")),
            signing_place=row.get("signing_place"),
            signing_date=dt.date.fromisoformat(row["signing_date"])
            if row.get("signing_date")
            else None,
            owner_title=row.get("owner_title") or owner.position_title,
            superior_title=row.get("superior_title")
            or (superior.position_title if superior else None),
            owner_prefix=self.acting.get(row["owner"]),
            superior_prefix=self.acting.get(row["superior"]) if row.get("superior") else None,
        )
        self.session.add(agreement)
        for position, program in enumerate(row.get("programs", [])):
            agreement.programs.append(
                Program(
                    name=program["name"],
                    budget=_decimal(program["budget"], f"{where}, program {position + 1}"),
                    note=program.get("note"),
                    code=program.get("code"),
                    position=position,
                )
            )
        for position, goal_row in enumerate(row.get("goals", [])):
            self._add_goal(agreement, goal_row, position, where)

    def _add_goal(
        self, agreement: Agreement, row: dict[str, Any], position: int, where: str
    ) -> None:
        goal = Goal(
            category=coerce(Goal, "category", row["category"]),
            number=row.get("number"),
            text=row["text"],
            description=row.get("description"),
            position=position,
            cascade_method=coerce(Goal, "cascade_method", row.get("cascade_method")),
        )
        agreement.goals.append(goal)
        self.goals[row["key"]] = goal
        if row.get("parent_goal"):
            self.pending_goal_links.append((goal, row["parent_goal"], where))
        for index, indicator_row in enumerate(row.get("indicators", [])):
            self._add_indicator(goal, indicator_row, index, where)

    def _add_indicator(self, goal: Goal, row: dict[str, Any], position: int, where: str) -> None:
        where = f"{where}, indikator '{row['key']}'"
        fields = {key: row.get(key) for key in _INDICATOR_KEYS if row.get(key) is not None}
        if "unit" in row and "unit_of_measure" not in fields:
            fields["unit_of_measure"] = row["unit"]
        indicator = Indicator(name=row["name"], number=row.get("number"), position=position)
        for field, value in fields.items():
            try:
                setattr(indicator, field, coerce(Indicator, field, value))
            except InvalidInput as exc:
                raise InvalidInput(f"{where}: {exc}") from exc
        indicator.goal = goal
        self.session.add(indicator)
        self.indicators[row["key"]] = indicator
        self._add_values(indicator, row, where)
        for history in row.get("history", []):
            indicator.history.append(
                IndicatorHistory(
                    year=int(history["year"]),
                    target=_decimal(history.get("target"), where),
                    actual=_decimal(history.get("actual"), where),
                    note=history.get("note"),
                )
            )
        for index, location_row in enumerate(row.get("locations", [])):
            location = IndicatorLocation(
                name=self._location_name(location_row),
                position=index,
                unit=self.units.get(location_row.get("unit") or ""),
            )
            indicator.locations.append(location)
            for period, target, actual, raw in self._period_rows(location_row, where):
                location.values.append(
                    LocationValue(
                        period=period,
                        target=target,
                        actual=actual,
                        numerator=raw.get("numerator"),
                        denominator=raw.get("denominator"),
                    )
                )
        for plan_position, plan_row in enumerate(row.get("action_plans", [])):
            plan = ActionPlan(
                text=plan_row["text"],
                position=plan_position,
                number=_ra_number(plan_row.get("number")),
                mitigation=plan_row.get("mitigation"),
            )
            indicator.action_plans.append(plan)
            for criterion_position, criterion_row in enumerate(plan_row.get("criteria", [])):
                criterion = SuccessCriterion(
                    text=criterion_row["text"], position=criterion_position
                )
                plan.criteria.append(criterion)
                for output_position, output_row in enumerate(criterion_row.get("outputs", [])):
                    criterion.outputs.append(
                        ActionOutput(
                            text=output_row["text"],
                            due_quarter=int(output_row["due_quarter"]),
                            responsible=output_row.get("responsible"),
                            mitigation=output_row.get("mitigation"),
                            status=OutputStatus(output_row.get("status") or "planned"),
                            position=output_position,
                        )
                    )
        if row.get("parent_indicator"):
            self.pending_links.append((indicator, row, where))

    def _location_name(self, row: dict[str, Any]) -> str:
        unit = self.units.get(row.get("unit") or "")
        return row.get("name") or (unit.name if unit else row.get("unit") or "Lokasi")

    def _period_rows(
        self, row: dict[str, Any], where: str
    ) -> Iterable[tuple[Period, Decimal | None, Decimal | None, dict[str, Decimal | None]]]:
        targets = row.get("targets") or {}
        actuals = row.get("actuals") or {}
        raws = row.get("raw") or {}
        for key in sorted(set(targets) | set(actuals) | set(raws), key=list(_PERIOD_KEYS).index):
            if key not in _PERIOD_KEYS:
                raise InvalidInput(f"{where}: periode '{key}' tidak dikenal.")
            raw = raws.get(key) or {}
            yield (
                _PERIOD_KEYS[key],
                _decimal(targets.get(key), f"{where}, target {key}"),
                _decimal(actuals.get(key), f"{where}, realisasi {key}"),
                {
                    "numerator": _decimal(raw.get("numerator"), f"{where}, pembilang {key}"),
                    "denominator": _decimal(raw.get("denominator"), f"{where}, penyebut {key}"),
                },
            )

    def _add_values(self, indicator: Indicator, row: dict[str, Any], where: str) -> None:
        labels = row.get("target_labels") or {}
        uppers = row.get("target_upper") or {}
        for period, target, actual, raw in self._period_rows(row, where):
            indicator.values.append(
                PeriodValue(
                    period=period,
                    target=target,
                    target_upper=_decimal(uppers.get(period.value), where),
                    target_label=labels.get(period.value),
                    actual=actual,
                    numerator=raw["numerator"],
                    denominator=raw["denominator"],
                )
            )

    def add_ksd(self, row: dict[str, Any], where: str) -> None:
        def lines(value: Any) -> str | None:
            if value is None:
                return None
            return "\n".join(value) if isinstance(value, list) else str(value)

        ksd = Ksd(
            unit=self._unit(row["unit"], where),
            year=int(row["year"]),
            position=int(row.get("row") or 0),
            ksd_number=row.get("ksd_number"),
            name=row["name"],
            sub_name=row.get("sub_name"),
            action_plan=row["action_plan"],
            responsible_units=lines(row.get("responsible_units")),
            related_agencies=lines(row.get("related_agencies")),
            success_criteria=row.get("success_criteria"),
            capaian=_decimal(row.get("capaian"), where),
            notes=row.get("notes"),
        )
        self.session.add(ksd)
        for month in row.get("months", []):
            ksd.months.append(
                KsdMonthTarget(
                    month=int(month["month"]),
                    expected_output=month.get("output"),
                    done=bool(month.get("done", False)),
                )
            )
        if row.get("indicator"):
            self.pending_ksd.append((ksd, row["indicator"], where))

    # references ---------------------------------------------------------------------------
    def _unit(self, code: str, where: str) -> Unit:
        try:
            return self.units[code]
        except KeyError:
            raise InvalidInput(f"{where}: unit '{code}' tidak ditemukan.") from None

    def _official(self, key: str, where: str) -> Official:
        try:
            return self.officials[key]
        except KeyError:
            raise InvalidInput(f"{where}: pejabat '{key}' tidak ditemukan.") from None

    def resolve(self) -> None:
        for official, key, where in self.pending_superiors:
            official.superior = self._official(key, where)
        for goal, key, where in self.pending_goal_links:
            if key not in self.goals:
                raise InvalidInput(f"{where}: sasaran induk '{key}' tidak ditemukan.")
            goal.parent_goal = self.goals[key]
        self.session.flush()
        for indicator, row, where in self.pending_links:
            parent = self.indicators.get(row["parent_indicator"])
            if parent is None:
                raise InvalidInput(
                    f"{where}: indikator induk '{row['parent_indicator']}' tidak ditemukan."
                )
            self.session.add(
                CascadeLink(
                    parent_indicator_id=parent.id,
                    child_indicator_id=indicator.id,
                    method=CascadeMethod(row.get("cascade_method") or "direct"),
                    share=_decimal(row.get("cascade_share"), where),
                    note=row.get("cascade_note"),
                )
            )
        for ksd, key, where in self.pending_ksd:
            if key not in self.indicators:
                raise InvalidInput(f"{where}: indikator '{key}' tidak ditemukan.")
            ksd.indicator = self.indicators[key]


def load_demo(db: Database, files: list[Path] | None = None) -> dict[str, int]:
    """Load every demo file into `db` in one transaction; returns counts for the user."""
    files = files if files is not None else demo_files()
    if not files:
        raise InvalidInput("Tidak ada berkas data demo di folder resources/demo.")
    documents = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInput(f"Berkas demo {path.name} tidak dapat dibaca: {exc}.") from exc
        if not isinstance(data, dict) or data.get("format") != DEMO_FORMAT:
            raise InvalidInput(f"Berkas demo {path.name} bukan format {DEMO_FORMAT}.")
        documents.append((path.name, data))
    with db.transaction("Muat data demo") as session:
        loader = _Loader(session)
        for name, data in documents:
            loader.add_units(data.get("units", []), name)
        for name, data in documents:
            loader.add_officials(data.get("officials", []), name)
        for name, data in documents:
            for agreement in data.get("agreements", []):
                loader.add_agreement(agreement, name)
            for ksd in data.get("ksd", []):
                loader.add_ksd(ksd, name)
        loader.resolve()
        counts = {
            "units": len(loader.units),
            "officials": len(loader.officials),
            "agreements": sum(len(d.get("agreements", [])) for _, d in documents),
            "indicators": len(loader.indicators),
        }
    refresh_statistics(db.engine)
    return counts
