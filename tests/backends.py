"""The database servers a test can run on: SQLite files always, PostgreSQL when one is given.

`.ci/run` starts a throwaway PostgreSQL cluster and sets PK_DESK_TEST_PG_URL (a database the
tests may create other databases from) and PK_DESK_REQUIRE_PG=1, so that in CI a PostgreSQL
test that cannot reach its server fails instead of being skipped. Outside CI, without a URL,
those tests are skipped with a message saying how to run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from app.models.database import Database

PG_URL_ENV = "PK_DESK_TEST_PG_URL"
REQUIRE_PG_ENV = "PK_DESK_REQUIRE_PG"
BACKENDS = ("sqlite", "postgresql")


def postgres_admin_url() -> str:
    """The server's URL, or a skip (a failure when CI requires PostgreSQL)."""
    url = os.environ.get(PG_URL_ENV)
    if url:
        return url
    message = (
        f"PostgreSQL tests need {PG_URL_ENV}=postgresql+psycopg://USER@HOST:PORT/DB "
        '(`eval "$(bash .ci/postgres.sh start /tmp/pk-pg)"` starts a throwaway server)'
    )
    if os.environ.get(REQUIRE_PG_ENV) == "1":
        pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_URL_ENV} is not set: {message}")
    pytest.skip(message)


def _server_url(database: str) -> str:
    return make_url(postgres_admin_url()).set(database=database).render_as_string(False)


def _admin_execute(*statements: str) -> None:
    """Run CREATE/DROP DATABASE statements (they refuse to run inside a transaction)."""
    admin = create_engine(postgres_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        admin.dispose()


@contextmanager
def fresh_postgres_database(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database for one test (empty, or a copy of `template`), dropped
    afterwards; yields its URL."""
    name = f"pk_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    _admin_execute(f'CREATE DATABASE "{name}"{copy}')
    try:
        yield _server_url(name)
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class PostgresTemplates:
    """Template databases built once per test run, so a test's private database is a cheap
    server-side copy (`CREATE DATABASE … TEMPLATE …`) instead of a migration or a demo load.

    "empty" is migrated to the newest schema; any other name is "empty" plus what its builder
    writes (the demo, say). A template must have no open connection while it is copied.
    """

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._run = uuid.uuid4().hex[:8]

    def template(self, name: str, build: Callable[[Database], object] | None = None) -> str:
        """The server name of template `name`, built on first use."""
        from app.models.database import open_database

        if name in self._names:
            return self._names[name]
        server_name = f"pk_tpl_{self._run}_{name}"
        source = None if name == "empty" else self.template("empty")
        copy = f' TEMPLATE "{source}"' if source else ""
        _admin_execute(f'CREATE DATABASE "{server_name}"{copy}')
        self._names[name] = server_name
        with open_database(_server_url(server_name), user="tester") as database:
            if build is not None:
                build(database)
        return server_name

    @contextmanager
    def copy(self, name: str, build: Callable[[Database], object] | None = None) -> Iterator[str]:
        """A private database copied from template `name`; yields its URL."""
        with fresh_postgres_database(self.template(name, build)) as url:
            yield url

    def drop_all(self) -> None:
        if self._names:
            _admin_execute(
                *(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in self._names.values())
            )
