"""sync change log, heads, ledger, conflicts, states and locks

Revision ID: 0007
Revises: 0006
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    meta = op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_meta")),
    )
    # Each database gets its own origin id: the name its revisions carry to other databases.
    op.bulk_insert(meta, [{"key": "origin_id", "value": str(uuid.uuid4())}])
    op.create_table(
        "sync_revisions",
        sa.Column("rev_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("base_rev_id", sa.String(length=36), nullable=True),
        sa.Column("merges", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("origin_seq", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("edited_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("exported_in", sa.String(length=36), nullable=True),
        sa.Column("received_in", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("rev_id", name=op.f("pk_sync_revisions")),
    )
    op.create_index("ix_sync_revisions_origin_seq", "sync_revisions", ["origin", "origin_seq"])
    op.create_index("ix_sync_revisions_entity_id", "sync_revisions", ["entity_id"])
    op.create_index("ix_sync_revisions_exported_in", "sync_revisions", ["exported_in"])
    op.create_table(
        "sync_heads",
        sa.Column("rev_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("rev_id", name=op.f("pk_sync_heads")),
    )
    op.create_index(op.f("ix_sync_heads_entity_id"), "sync_heads", ["entity_id"])
    op.create_table(
        "sync_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=True),
        sa.Column("seq_from", sa.Integer(), nullable=True),
        sa.Column("seq_to", sa.Integer(), nullable=True),
        sa.Column("prev_sha256", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=True),
        sa.Column("report", sa.Text(), nullable=True),
        sa.Column("recorded_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_bundles")),
    )
    op.create_index(op.f("ix_sync_bundles_sha256"), "sync_bundles", ["sha256"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("winner_rev", sa.String(length=36), nullable=False),
        sa.Column("other_rev", sa.String(length=36), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("current", sa.Text(), nullable=True),
        sa.Column("incoming", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(op.f("ix_sync_conflicts_entity_id"), "sync_conflicts", ["entity_id"])
    op.create_table(
        "sync_states",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("updated_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("agreement_id", name=op.f("pk_sync_states")),
    )
    op.create_table(
        "sync_locks",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("receipt_id", sa.String(length=36), nullable=False),
        sa.Column("approved_at", app.models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("agreement_id", "period", name=op.f("pk_sync_locks")),
    )


def downgrade() -> None:
    for table in (
        "sync_locks",
        "sync_states",
        "sync_conflicts",
        "sync_bundles",
        "sync_heads",
        "sync_revisions",
        "sync_meta",
    ):
        op.drop_table(table)
