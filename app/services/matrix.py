"""The cascading matrix (seed 002): the superior's indicators as rows, the subordinates'
agreements as columns, a tick (✓) or a note where an indicator is cascaded.

Ticking a cell creates the subordinate's sasaran and indicator through `cascade`; unticking
tombstones them. The matrix is a read model: it never writes by itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.engine.enums import READONLY_STATUSES
from app.models import Agreement, CascadeLink, Goal, Indicator, Official
from app.models.database import Database
from app.models.enums import AgreementStatus, Period
from app.services import cascade
from app.services.errors import invalid, not_found
from app.services.organisation import get


@dataclass(frozen=True)
class MatrixRow:
    indicator_id: str
    goal_id: str
    goal_number: str | None
    goal_text: str
    goal_category: str
    number: str | None
    name: str
    unit: str | None
    annual_target: Decimal | None
    location_consolidation: str | None


@dataclass(frozen=True)
class MatrixColumn:
    agreement_id: str
    official: str
    position_title: str
    unit_code: str
    status: str

    @property
    def locked(self) -> bool:
        return self.status in READONLY_STATUSES


@dataclass(frozen=True)
class MatrixCell:
    link_id: str
    child_indicator_id: str
    method: str
    share: Decimal | None
    note: str | None

    @property
    def text(self) -> str:
        """What the printed matrix shows: ✓, or the note when there is one."""
        return self.note or "✓"


@dataclass(frozen=True)
class CascadeMatrix:
    agreement_id: str
    owner: str
    year: int
    rows: list[MatrixRow]
    columns: list[MatrixColumn]
    cells: dict[tuple[str, str], MatrixCell] = field(default_factory=dict)

    def cell(self, indicator_id: str, agreement_id: str) -> MatrixCell | None:
        return self.cells.get((indicator_id, agreement_id))


def cascade_matrix(db: Database, agreement_id: str) -> CascadeMatrix:
    """The matrix of one superior agreement and the same-year agreements of its subordinates."""
    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        rows: list[MatrixRow] = []
        for goal in agreement.goals:
            for indicator in goal.indicators:
                annual = indicator.value(Period.ANNUAL)
                rows.append(
                    MatrixRow(
                        indicator.id,
                        goal.id,
                        goal.number,
                        goal.text,
                        goal.category.value,
                        indicator.number,
                        indicator.name,
                        indicator.unit_of_measure,
                        annual.target if annual else None,
                        indicator.location_consolidation.value
                        if indicator.location_consolidation
                        else None,
                    )
                )
        owner = aliased(Official)
        subordinates = session.execute(
            select(Agreement, owner)
            .join(owner, Agreement.owner_id == owner.id)
            .where(
                owner.superior_id == agreement.owner_id,
                Agreement.year == agreement.year,
                Agreement.status != AgreementStatus.SUPERSEDED,
            )
            .order_by(owner.position_title, owner.name)
        ).all()
        columns = [
            MatrixColumn(
                a.id, o.name, a.owner_title or o.position_title, a.unit.code, a.status.value
            )
            for a, o in subordinates
        ]
        column_ids = {c.agreement_id for c in columns}
        child_goal = aliased(Goal)
        child = aliased(Indicator)
        links = session.execute(
            select(CascadeLink, child_goal.agreement_id)
            .join(child, CascadeLink.child_indicator_id == child.id)
            .join(child_goal, child.goal_id == child_goal.id)
            .where(
                CascadeLink.parent_indicator_id.in_([r.indicator_id for r in rows]),
                child.deleted_at.is_(None),
                child_goal.deleted_at.is_(None),
            )
        ).all()
        cells = {
            (link.parent_indicator_id, column): MatrixCell(
                link.id, link.child_indicator_id, link.method.value, link.share, link.note
            )
            for link, column in links
            if column in column_ids
        }
        return CascadeMatrix(
            agreement.id, agreement.owner.name, agreement.year, rows, columns, cells
        )


def tick(
    db: Database,
    parent_indicator_id: str,
    child_agreement_id: str,
    *,
    method: str = "direct",
    share: Decimal | str | None = None,
    note: str | None = None,
) -> str:
    """Tick a matrix cell: the subordinate gets the indicator; returns the new indicator id."""
    return cascade.cascade_indicator(
        db, parent_indicator_id, child_agreement_id, method=method, share=share, note=note
    )


def untick(db: Database, parent_indicator_id: str, child_agreement_id: str) -> None:
    matrix_link = _link(db, parent_indicator_id, child_agreement_id)
    cascade.remove_cascade(db, matrix_link.id)


def set_cell_note(
    db: Database, parent_indicator_id: str, child_agreement_id: str, note: str | None
) -> None:
    link_id = _link(db, parent_indicator_id, child_agreement_id).id
    with db.transaction("Ubah catatan cascade") as session:
        link = get(session, CascadeLink, link_id, "Cascade")
        child = get(session, Indicator, link.child_indicator_id, "Indikator bawahan")
        from app.services.agreements import ensure_editable

        ensure_editable(session, child)
        link.note = (note or "").strip() or None


def _link(db: Database, parent_indicator_id: str, child_agreement_id: str) -> CascadeLink:
    with db.session() as session:
        link = session.scalar(
            select(CascadeLink)
            .join(Indicator, CascadeLink.child_indicator_id == Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .where(
                CascadeLink.parent_indicator_id == parent_indicator_id,
                Goal.agreement_id == child_agreement_id,
                Indicator.deleted_at.is_(None),
            )
        )
        if link is None:
            raise not_found("matrix_cell_empty")
        return link


def check_shares(matrix: CascadeMatrix, indicator_id: str) -> None:
    """Refuse indirect shares that exceed the whole before they are entered."""
    total = sum(
        (c.share or Decimal(0))
        for (row, _), c in matrix.cells.items()
        if row == indicator_id and c.method == "indirect"
    )
    if total > 1:
        raise invalid("shares_over_100", "share")
