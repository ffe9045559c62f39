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


def upgrade() -> None:
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rpjmd_indicator_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_indicators_rpjmd_indicator_id_rpjmd_indicators"),
            "rpjmd_indicators",
            ["rpjmd_indicator_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_indicators_rpjmd_indicator_id_rpjmd_indicators"), type_="foreignkey"
        )
        batch_op.drop_column("rpjmd_indicator_id")
