"""an IKU's own link to the RPJMD IKU it supports

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FK_NAME = "fk_indicators_rpjmd_indicator_id_rpjmd_indicators"


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        # One ADD COLUMN with its REFERENCES clause: no table rebuild (Alembic's batch rebuild
        # writes the table's constraints in an order that varies from run to run, so two
        # upgrades of the same file would not leave the same schema text).
        op.execute(
            "ALTER TABLE indicators ADD COLUMN rpjmd_indicator_id VARCHAR(36) "
            "REFERENCES rpjmd_indicators (id)"
        )
        return
    op.add_column("indicators", sa.Column("rpjmd_indicator_id", sa.String(36), nullable=True))
    op.create_foreign_key(FK_NAME, "indicators", "rpjmd_indicators", ["rpjmd_indicator_id"], ["id"])


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":  # a column with a REFERENCES: rebuild
        with op.batch_alter_table("indicators", schema=None) as batch_op:
            batch_op.drop_column("rpjmd_indicator_id")
        return
    op.drop_constraint(FK_NAME, "indicators", type_="foreignkey")
    op.drop_column("indicators", "rpjmd_indicator_id")
