"""A database's logical hash, computed from its rows (not the file's bytes, which change with
page layout): the proof that a refused bundle changed nothing and that two databases agree."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Engine, select

from app.models import Base
from app.models.changelog import to_json_value
from app.sync import entities
from app.sync.bundle_file import canonical_json

# Bookkeeping that legitimately differs between two databases holding the same data.
LOCAL_COLUMNS = frozenset({"created_at", "updated_at", "revision"})


def logical_hash(engine: Engine, *, everything: bool = True) -> str:
    """`everything=True`: every table and column (a refused import must leave this equal).
    `everything=False`: the records' content only, for comparing two installations."""
    digest = hashlib.sha256()
    names: Iterable[str] = (
        sorted(Base.metadata.tables) if everything else sorted(entities.synced_tables())
    )
    with engine.connect() as conn:
        for name in names:
            table = Base.metadata.tables[name]
            columns = [c for c in table.columns if everything or c.name not in LOCAL_COLUMNS]
            keys = list(table.primary_key.columns)
            digest.update(name.encode() + b"\x00")
            for row in conn.execute(select(*columns).order_by(*keys)):
                values = [to_json_value(v) if not isinstance(v, bytes) else v.hex() for v in row]
                digest.update(canonical_json(values) + b"\n")
    return digest.hexdigest()
