"""office settings: profile, government name, signing place and logo per database

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "office_settings",
        sa.Column("profile_code", sa.String(length=40), nullable=False),
        sa.Column("government_name", sa.Text(), nullable=False),
        sa.Column("signing_place", sa.Text(), nullable=False),
        sa.Column("logo_name", sa.Text(), nullable=True),
        sa.Column("logo", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", app.models.base.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_settings")),
    )


def downgrade() -> None:
    op.drop_table("office_settings")
