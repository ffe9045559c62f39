"""profile updates: the regional profiles the province issues in its reference bundle

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 04:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base


revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "profile_updates",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("recorded_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", "version", name=op.f("pk_profile_updates")),
    )


def downgrade() -> None:
    op.drop_table("profile_updates")
