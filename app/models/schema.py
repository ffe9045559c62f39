"""Schema versions and upgrades: all of an upgrade or none of it.

Python's sqlite3 driver runs DDL outside any transaction, so an upgrade killed half-way
used to leave a file with some columns added and its version unchanged, refused forever
("duplicate column name"). Here the driver's own transaction handling is switched off and
the whole upgrade (or first creation) runs inside one explicit `BEGIN IMMEDIATE … COMMIT`:
SQLite's DDL is transactional, so a crash at any statement leaves the file as it was.

Revisions are read from the migration files' headers, so opening a current database needs
no Alembic import.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from app.models.sqlite_file import sqlite_url
from app.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision: str = ['\"](?P<id>[^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision: str \| None = (?:['\"](?P<id>[^'\"]+)['\"]|None)", re.M)


@functools.cache
def revision_chain() -> tuple[str, ...]:
    """Every shipped revision, oldest first (the chain is linear by project rule)."""
    parents: dict[str, str | None] = {}
    for script in (migrations_dir() / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        down = _DOWN.search(text)
        if revision and down:
            parents[revision["id"]] = down["id"]
    chain: list[str] = []
    current: str | None = next(r for r in parents if r not in parents.values())
    while current is not None:
        chain.append(current)
        current = parents.get(current)
    return tuple(reversed(chain))


def head_revision() -> str:
    return revision_chain()[-1]


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    # Alembic binds Config's default stdout when it is first imported; that may be a
    # stream long closed (it is imported lazily here), so hand it the current one.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection: Any, url: str) -> None:
    from alembic import command

    config = alembic_config(url)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def upgrade_engine(engine: Engine) -> None:
    """Upgrade a server database (PostgreSQL's DDL is transactional on its own)."""
    with engine.begin() as connection:
        _upgrade(connection, engine.url.render_as_string(hide_password=False))


def upgrade_file(path: Path, *, drop_tables: tuple[str, ...] = ()) -> None:
    """Create or upgrade the schema of a SQLite file in one transaction.

    `drop_tables` removes what a creation killed half-way left behind, in the same
    transaction. Foreign keys are off during the upgrade (batch mode copies tables, which
    would otherwise cascade) and checked as a whole before the commit.
    """
    engine = create_engine(sqlite_url(path), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _manual_transactions(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver must not commit DDL on its own
        dbapi_connection.execute("PRAGMA busy_timeout=5000")
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as connection:
            check = "PRAGMA foreign_key_check"
            before = len(connection.exec_driver_sql(check).fetchall())
            for table in drop_tables:
                connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}"')
            _upgrade(connection, str(sqlite_url(path)))
            after = len(connection.exec_driver_sql(check).fetchall())
            if after > before:
                raise RuntimeError(f"the upgrade left {after - before} broken foreign keys")
    finally:
        engine.dispose()
