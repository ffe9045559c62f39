"""audit log rows know their agreement

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:00:00

The audit log's agreement_id was never filled. This fills it for the history already
recorded (so "Riwayat perubahan" shows the past too), indexes it, and drops its foreign key:
the history of an agreement must outlive the agreement's row.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQL giving the agreement of a row of each table whose id is `:id`, written against the
# schema as it is at this revision (migrations never import the current models).
_VIA_INDICATOR = "SELECT g.agreement_id FROM indicators i JOIN goals g ON g.id = i.goal_id"
_OWNER = {
    "goals": "SELECT agreement_id FROM goals WHERE id = :id",
    "programs": "SELECT agreement_id FROM programs WHERE id = :id",
    "attachments": "SELECT agreement_id FROM attachments WHERE id = :id",
    "addendum_records": "SELECT agreement_id FROM addendum_records WHERE id = :id",
    "indicators": f"{_VIA_INDICATOR} WHERE i.id = :id",
    "period_values": f"{_VIA_INDICATOR} JOIN period_values x ON x.indicator_id = i.id"
    " WHERE x.id = :id",
    "indicator_history": f"{_VIA_INDICATOR} JOIN indicator_history x ON x.indicator_id = i.id"
    " WHERE x.id = :id",
    "indicator_locations": f"{_VIA_INDICATOR}"
    " JOIN indicator_locations x ON x.indicator_id = i.id WHERE x.id = :id",
    "action_plans": f"{_VIA_INDICATOR} JOIN action_plans x ON x.indicator_id = i.id"
    " WHERE x.id = :id",
    "cascade_links": f"{_VIA_INDICATOR} JOIN cascade_links x ON x.child_indicator_id = i.id"
    " WHERE x.id = :id",
    "ksd": f"{_VIA_INDICATOR} JOIN ksd x ON x.indicator_id = i.id WHERE x.id = :id",
    "location_values": f"{_VIA_INDICATOR} JOIN indicator_locations l ON l.indicator_id = i.id"
    " JOIN location_values x ON x.location_id = l.id WHERE x.id = :id",
    "success_criteria": f"{_VIA_INDICATOR} JOIN action_plans p ON p.indicator_id = i.id"
    " JOIN success_criteria x ON x.action_plan_id = p.id WHERE x.id = :id",
    "action_outputs": f"{_VIA_INDICATOR} JOIN action_plans p ON p.indicator_id = i.id"
    " JOIN success_criteria c ON c.action_plan_id = p.id"
    " JOIN action_outputs x ON x.criterion_id = c.id WHERE x.id = :id",
    "ksd_month_targets": f"{_VIA_INDICATOR} JOIN ksd k ON k.indicator_id = i.id"
    " JOIN ksd_month_targets x ON x.ksd_id = k.id WHERE x.id = :id",
    "crosscutting_parties": "SELECT COALESCE("
    "(SELECT g.agreement_id FROM goals g WHERE g.id = x.goal_id),"
    f"({_VIA_INDICATOR} WHERE i.id = x.indicator_id),"
    f"({_VIA_INDICATOR} JOIN ksd k ON k.indicator_id = i.id WHERE k.id = x.ksd_id))"
    " FROM crosscutting_parties x WHERE x.id = :id",
}


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint("fk_audit_log_agreement_id_agreements", type_="foreignkey")
        batch_op.create_index("ix_audit_log_agreement_id", ["agreement_id"], unique=False)

    op.execute(
        "UPDATE audit_log SET agreement_id = entity_id WHERE entity = 'agreements'"
        " AND agreement_id IS NULL"
    )
    for entity, owner in _OWNER.items():
        subquery = owner.replace(":id", "audit_log.entity_id")
        op.execute(
            f"UPDATE audit_log SET agreement_id = ({subquery})"  # noqa: S608 - constant text
            f" WHERE entity = '{entity}' AND agreement_id IS NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_agreement_id")
        batch_op.create_foreign_key(
            "fk_audit_log_agreement_id_agreements", "agreements", ["agreement_id"], ["id"]
        )
