"""The province-wide cascade tree (SPEC §8, §9): Gubernur → JPT Madya → Kepala Perangkat
Daerah → administrator → pengawas → fungsional, each official with their agreement of the
year, how many of its IKU were cascaded from the superior's, and its Nilai Kinerja.

The tree follows the agreements themselves (an agreement's superior is the official it is
signed with), then, for an official above the agreements of the year, the official's own
superior: a Kepala Dinas signs with the Gubernur even where a Sekda sits between them on
the organisation chart, and the tree shows what was signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from app.models import Agreement, CascadeLink, Goal, Indicator, Official, Unit
from app.models.database import Database
from app.models.enums import AgreementStatus
from app.services import scoring

_LEVELS = ("gubernur", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "fungsional")


@dataclass
class CascadeNode:
    """One official in the tree; `agreement_id` is None for one without an agreement that
    year (shown because officials under them have one)."""

    official_id: str
    name: str
    level: str | None
    title: str
    unit_code: str
    agreement_id: str | None = None
    status: str | None = None
    indicators: int = 0
    #: IKU of this agreement cascaded from the superior's
    cascaded: int = 0
    score: Decimal | None = None
    parent: CascadeNode | None = field(default=None, repr=False)
    children: list[CascadeNode] = field(default_factory=list, repr=False)

    def count(self) -> int:
        """This node and everything under it."""
        return 1 + sum(child.count() for child in self.children)


def _order(node: CascadeNode) -> tuple[int, str, str]:
    rank = _LEVELS.index(node.level) if node.level in _LEVELS else len(_LEVELS)
    return rank, node.unit_code, node.name


def cascade_tree(db: Database, year: int, as_of: str | None = "TW4") -> list[CascadeNode]:
    """The roots (normally the Gubernur) of `year`'s cascade; Nilai Kinerja for `as_of`
    (None skips scoring, which reads every IKU of the province)."""
    with db.session() as session:
        agreements = session.execute(
            select(Agreement.id, Agreement.owner_id, Agreement.superior_id, Agreement.status)
            .where(
                Agreement.year == year,
                Agreement.status != AgreementStatus.SUPERSEDED,
                Agreement.deleted_at.is_(None),
            )
            .order_by(Agreement.id)
        ).all()
        officials = {
            row.id: row
            for row in session.execute(
                select(
                    Official.id,
                    Official.name,
                    Official.level,
                    Official.position_title,
                    Official.superior_id,
                    Unit.code,
                ).join(Unit, Official.unit_id == Unit.id)
            )
        }
        live = (Indicator.deleted_at.is_(None), Indicator.sub_of_id.is_(None))
        counts = dict(
            session.execute(
                select(Goal.agreement_id, func.count(Indicator.id))
                .join(Indicator, Indicator.goal_id == Goal.id)
                .where(*live, Goal.deleted_at.is_(None))
                .group_by(Goal.agreement_id)
            ).all()
        )
        cascaded = dict(
            session.execute(
                select(Goal.agreement_id, func.count(func.distinct(Indicator.id)))
                .join(Indicator, Indicator.goal_id == Goal.id)
                .join(CascadeLink, CascadeLink.child_indicator_id == Indicator.id)
                .where(*live, Goal.deleted_at.is_(None))
                .group_by(Goal.agreement_id)
            ).all()
        )
    scores: dict[str, Decimal | None] = {}
    if as_of is not None and agreements:
        for entry in scoring.score_agreements(db, as_of=as_of, year=year):
            scores[entry.meta.id] = entry.score.overall

    nodes: dict[str, CascadeNode] = {}

    def node(official_id: str) -> CascadeNode:
        if official_id not in nodes:
            row = officials[official_id]
            level = row.level.value if row.level is not None else None
            nodes[official_id] = CascadeNode(
                official_id, row.name, level, row.position_title, row.code
            )
        return nodes[official_id]

    superior_of: dict[str, str | None] = {}
    for agreement_id, owner_id, superior_id, status in agreements:
        owner = node(owner_id)
        if owner.agreement_id is None or status == AgreementStatus.SIGNED:
            owner.agreement_id, owner.status = agreement_id, status.value
            owner.indicators = counts.get(agreement_id, 0)
            owner.cascaded = cascaded.get(agreement_id, 0)
            owner.score = scores.get(agreement_id)
        if superior_id is not None and superior_id != owner_id:
            superior_of.setdefault(owner_id, superior_id)
    # Officials above the signed chain climb their own superiors until the top.
    pending = list(nodes)
    while pending:
        official_id = pending.pop()
        if official_id in superior_of:
            above = superior_of[official_id]
        else:
            above = officials[official_id].superior_id
            superior_of[official_id] = above
        if above is not None and above in officials and above not in nodes:
            node(above)
            pending.append(above)
    roots = []
    for official_id, child in nodes.items():
        above = superior_of.get(official_id)
        parent = nodes.get(above) if above is not None else None
        # a loop in the data (A signs with B, B with A) must not hide both: break it here
        seen, walk = {official_id}, parent
        while walk is not None and walk.official_id not in seen:
            seen.add(walk.official_id)
            walk = nodes.get(superior_of.get(walk.official_id) or "")
        if parent is None or walk is not None:
            roots.append(child)
            continue
        child.parent = parent
        parent.children.append(child)
    for item in nodes.values():
        item.children.sort(key=_order)
    return sorted(roots, key=_order)
