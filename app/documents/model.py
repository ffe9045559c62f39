"""What the printed documents need to know, as plain frozen records.

`app.services.printing` fills these from the database and the engine; the renderers in this
package read nothing else (no ORM, no session), so a document can be rendered in a worker
thread or from a test with hand-made data.

Codes stay codes here (validity "proxy", polarity "maximize", period "TW2"): the renderers
word them, so one place decides how a code prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

PERIODS = ("TW1", "TW2", "TW3", "TW4")

_NO_VALUES: Mapping[str, Value] = MappingProxyType({})
_NO_TARGETS: Mapping[str, Mapping[str, Decimal | None]] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Band:
    """A status colour band of the profile (Kritis … Tercapai, Melampaui)."""

    code: str
    label: str
    minimum: Decimal | None
    color: str  # "#RRGGBB"


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    """The regional values the documents print (SPEC §3)."""

    code: str
    name: str
    government_name: str
    region: str
    signing_place: str
    nip_grouping: bool
    party_first: str  # "Pihak Kesatu" (DKI) / "Pihak Pertama" (Kaltara, seed 004)
    party_second: str
    categories: tuple[tuple[str, str], ...]  # (code, label) in print order
    layouts: Mapping[str, str]  # document -> layout name ("dki_three_category", …)
    documents: tuple[str, ...] = ()
    logo_path: str | None = None
    bands: tuple[Band, ...] = ()
    over_band: Band | None = None

    def layout(self, document: str, default: str = "") -> str:
        return self.layouts.get(document, default)

    def category_label(self, code: str) -> str:
        for cat_code, label in self.categories:
            if cat_code == code:
                return label
        return code.replace("_", " ").title()


@dataclass(frozen=True, slots=True)
class Signatory:
    """A person who signs: `title` is the printed jabatan, acting prefix included."""

    name: str
    title: str
    nip: str | None = None
    rank: str | None = None
    unit_name: str | None = None
    position: str | None = None  # the short jabatan of the identity block ("Kepala Badan")


@dataclass(frozen=True, slots=True)
class Value:
    """A printed target or realisation: a number, a range, or a scale label; all None = N/A."""

    number: Decimal | None = None
    upper: Decimal | None = None
    label: str | None = None

    @property
    def is_na(self) -> bool:
        return self.number is None and self.label is None


NA = Value()


@dataclass(frozen=True, slots=True)
class OutputItem:
    """T/O n.m.k: a Target/Output due in a quarter."""

    number: str
    text: str
    due_quarter: int
    responsible: str | None = None
    mitigation: str | None = None


@dataclass(frozen=True, slots=True)
class Criterion:
    """KK n.m."""

    number: str
    text: str
    outputs: tuple[OutputItem, ...] = ()


@dataclass(frozen=True, slots=True)
class ActionPlan:
    """RA n."""

    number: str
    text: str
    mitigation: str | None = None
    criteria: tuple[Criterion, ...] = ()


@dataclass(frozen=True, slots=True)
class HistoryYear:
    """A Y-2 / Y-1 row of the metadata data table (annual values)."""

    year: int
    target: Decimal | None
    actual: Decimal | None


@dataclass(frozen=True, slots=True)
class CascadeMark:
    """A ✓ of the cascading matrix: this indicator went to `subordinate_key`."""

    subordinate_key: str
    method: str | None = None  # "direct" / "indirect"
    note: str | None = None
    target: Value = NA


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    number: str
    name: str
    unit: str | None = None
    source_system: str | None = None
    measurement_text: str | None = None  # Pengukuran Kinerja, paragraphs separated by "\n"
    misi: str | None = None
    goal_description: str | None = None
    definition: str | None = None
    formula: str | None = None
    control: str | None = None
    validity: str | None = None
    responsible: str | None = None
    data_provider: str | None = None
    data_source: str | None = None
    cascade_type: str | None = None  # css / c / n
    cascade_method: str | None = None  # direct / indirect / none
    period_consolidation: str | None = None  # sum / average / last
    location_consolidation: str | None = None  # sum / average / raw
    polarity: str | None = None
    measuring_period: str | None = None  # monthly / quarterly / semester / annual
    targets: Mapping[str, Value] = field(default_factory=lambda: _NO_VALUES)  # TW1..4, annual
    actuals: Mapping[str, Value] = field(default_factory=lambda: _NO_VALUES)
    history: tuple[HistoryYear, ...] = ()
    action_plans: tuple[ActionPlan, ...] = ()
    cascades: tuple[CascadeMark, ...] = ()

    def target(self, period: str) -> Value:
        return self.targets.get(period, NA)

    def actual(self, period: str) -> Value:
        return self.actuals.get(period, NA)


@dataclass(frozen=True, slots=True)
class Goal:
    """A sasaran with its IKUs; `category` is the profile's category code."""

    id: str
    category: str
    number: str
    text: str
    description: str | None = None
    indicators: tuple[Indicator, ...] = ()


@dataclass(frozen=True, slots=True)
class Program:
    number: str
    name: str
    budget: Decimal
    note: str | None = None
    goal_id: str | None = None


@dataclass(frozen=True, slots=True)
class KsdMonth:
    month: int  # 1..12 (B01..B12)
    output: str | None
    done: bool = False


@dataclass(frozen=True, slots=True)
class KsdRow:
    """One row of the Kegiatan Strategis Daerah table (seed 002 lampiran IV, seed 003 F7)."""

    number: str
    ksd_number: str | None
    name: str
    sub_name: str | None
    action_plan: str
    responsible_units: str | None = None
    related_agencies: str | None = None
    success_criteria: str | None = None
    months: tuple[KsdMonth, ...] = ()
    capaian: Decimal | None = None
    notes: str | None = None
    indicator_name: str | None = None


@dataclass(frozen=True, slots=True)
class AddendumChange:
    """One before/after line of an addendum (seed 003 Format 6/8)."""

    goal_text: str | None
    indicator_name: str | None
    period: str | None
    field: str  # the changed field's code ("target", "name", …)
    before: str | None
    after: str | None
    reason: str | None  # ChangeReason code
    note: str | None = None
    unit: str | None = None  # the IKU's unit of measure, printed with the values


@dataclass(frozen=True, slots=True)
class Subordinate:
    """A column of the cascading matrix; `level` (the unit's depth in the organisation) puts
    it in its lampiran, the service lists subordinates in the organisation's order."""

    key: str
    name: str
    title: str
    level: int = 0
    unit_code: str | None = None
    official_level: str | None = None  # Level code of the official ("administrator", …)
    order: tuple[int, ...] = ()  # the unit's positions from the root: the organisation's order


@dataclass(frozen=True, slots=True)
class IndicatorScore:
    target: Decimal | None
    actual: Decimal | None
    capaian: Decimal | None
    raw_capaian: Decimal | None
    weight: Decimal
    weighted_weight: Decimal | None
    band: Band | None
    na_reason: str | None  # worded already (engine message)
    nilai: Decimal | None = None  # capaian x weighted weight / 100 (seed 003 §4.1.3 "Nilai")


@dataclass(frozen=True, slots=True)
class GoalScore:
    score: Decimal | None
    band: Band | None
    na_reason: str | None


@dataclass(frozen=True, slots=True)
class RpjmdScore:
    """Nilai Sasaran RPJMD (seed 003 §4.1.5) over this agreement's IKUs of sasaran linked to
    one RPJMD sasaran, by the province's code."""

    code: str
    text: str
    score: Decimal | None
    indicator_count: int


@dataclass(frozen=True, slots=True)
class ScoreReport:
    """The engine's scores for one period (Laporan capaian triwulan)."""

    period: str  # TW1..TW4, S1, annual
    indicators: Mapping[str, IndicatorScore]
    goals: Mapping[str, GoalScore]
    overall: Decimal | None
    overall_band: Band | None
    overall_reason: str | None
    rpjmd: tuple[RpjmdScore, ...] = ()


@dataclass(frozen=True, slots=True)
class AgreementDocument:
    """Everything any printed document of one agreement shows."""

    id: str
    year: int
    kind: str  # original / addendum / replacement
    status: str
    profile: ProfileInfo
    unit_name: str
    unit_code: str
    owner: Signatory
    superior: Signatory | None
    owner_level: str | None = None
    unit_kind: str | None = None
    signing_place: str | None = None
    signing_date: dt.date | None = None
    parent_signing_date: dt.date | None = None
    goals: tuple[Goal, ...] = ()
    programs: tuple[Program, ...] = ()
    ksd: tuple[KsdRow, ...] = ()
    addendum_changes: tuple[AddendumChange, ...] = ()
    # Those with an IKU cascaded straight from this agreement, in the organisation's order…
    subordinates: tuple[Subordinate, ...] = ()
    # …and those further down (Walikota -> Asisten -> Kepala Bagian), for the matrix's lampiran.
    subordinates_below: tuple[Subordinate, ...] = ()
    # Engine values: indicator id -> {"TW2": s.d. TW2 target, "TW3": s.d. TW3 target}
    cumulative_targets: Mapping[str, Mapping[str, Decimal | None]] = field(
        default_factory=lambda: _NO_TARGETS
    )
    scores: ScoreReport | None = None
    # The Laporan capaian's own date (chosen when printing); None leaves a blank to fill by hand.
    report_date: dt.date | None = None
    # An addendum's reason (ChangeReason code) and note, stated once on the addendum.
    change_reason: str | None = None
    change_note: str | None = None
    # Rencana Aksi: every IKU (an empty row for those without a plan), not only planned ones.
    plan_every_indicator: bool = False

    def indicators(self) -> list[tuple[Goal, Indicator]]:
        return [(g, i) for g in self.goals for i in g.indicators]
