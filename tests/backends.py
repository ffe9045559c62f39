"""The database servers a test can run on: SQLite files always, PostgreSQL when one is given.

`.ci/run` starts a throwaway PostgreSQL cluster and sets PK_DESK_TEST_PG_URL (a database the
tests may create other databases from) and PK_DESK_REQUIRE_PG=1, so that in CI a PostgreSQL
test that cannot reach its server fails instead of being skipped. Outside CI, without a URL,
those tests are skipped with a message saying how to run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

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


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards; yields its URL."""
    admin_url = make_url(postgres_admin_url())
    name = f"pk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
