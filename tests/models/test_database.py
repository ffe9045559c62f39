"""Opening databases: migrations, drift, backups, locking, read-only, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.models import Unit
from app.models.base import Base
from app.models.database import (
    DatabaseError,
    DatabaseInUse,
    DatabaseTooNew,
    ReadOnlyDatabase,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from app.models.enums import UnitKind


def test_migrations_create_the_schema_from_empty_without_drift(tmp_path: Path) -> None:
    with open_database(tmp_path / "m.sqlite") as db:
        assert current_revision(db.engine) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        config = alembic_config(db.url)
        with db.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.check(config)  # raises when the models drifted from the migrations
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(db) -> None:
    with pytest.raises(IntegrityError, match="(?i)foreign key"), db.transaction("bad") as s:
        s.add(Unit(code="X", name="X", kind=UnitKind.BAGIAN, parent_id="missing"))


def test_a_file_is_backed_up_before_its_schema_changes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0004")
    with sqlite3.connect(path) as legacy:
        legacy.execute(
            "INSERT INTO units (id, code, name, kind, profile_code, position, created_at,"
            " updated_at, revision) VALUES ('u1', 'DKI', 'keep me', 'government', 'dki',"
            " 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
        )
    legacy.close()
    backups = tmp_path / "backups"
    with open_database(path, backup_dir=backups) as db:
        assert current_revision(db.engine) == head_revision()
    copies = list(backups.glob("old.0004.*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT name FROM units").fetchone() == ("keep me",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    copy.close()


def test_an_up_to_date_file_is_copied_at_most_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    backups = tmp_path / "backups"
    open_database(path, backup_dir=backups).close()
    assert not backups.exists() or not list(backups.iterdir())  # nothing to keep yet
    for _ in range(3):
        open_database(path, backup_dir=backups).close()
    assert [p.name.split(".")[1] for p in backups.iterdir()] == ["harian"]


def test_a_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with open_database(path) as db, db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew, match="lebih baru"):
        open_database(path)


def test_second_opener_is_refused_or_read_only_and_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with open_database(path) as first:
        with first.transaction("seed") as s:
            s.add(Unit(code="DKI", name="DKI", kind=UnitKind.GOVERNMENT))
        with pytest.raises(DatabaseInUse, match="sedang dibuka oleh jendela PK Desk lain"):
            open_database(path)
        with open_database(path, when_in_use="read_only") as second:
            assert second.read_only
            with second.session() as s:
                assert s.query(Unit).one().name == "DKI"
            with (
                pytest.raises(ReadOnlyDatabase, match="hanya-baca"),
                second.transaction("write") as s,
            ):
                s.add(Unit(code="X", name="X", kind=UnitKind.BAGIAN))
    with open_database(path) as again, again.session() as s:  # lock released on close
        assert [u.code for u in s.query(Unit)] == ["DKI"]


def test_a_file_that_is_not_a_database_gives_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="bukan basis data PK Desk"):
        open_database(path)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="tidak ada"):
        open_database(tmp_path / "nope" / "x.sqlite")


def test_every_earlier_schema_opens_and_keeps_its_data(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    for revision in revisions[:-1]:
        path = tmp_path / f"at-{revision}.sqlite"
        config = alembic_config(f"sqlite:///{path}")
        command.upgrade(config, revision)
        with sqlite3.connect(path) as raw:
            raw.execute(
                "INSERT INTO units (id, code, name, kind, profile_code, position, created_at,"
                " updated_at, revision) VALUES ('u1', 'DKI', 'Pemprov DKI', 'government', 'dki',"
                " 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
            )
        raw.close()
        backups = tmp_path / f"backups-{revision}"
        with open_database(path, backup_dir=backups) as db:
            assert current_revision(db.engine) == head_revision()
            with db.session() as s:
                assert s.query(Unit).one().name == "Pemprov DKI"
        assert len(list(backups.glob(f"at-{revision}.{revision}.*.sqlite"))) == 1
