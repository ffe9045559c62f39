"""Opening a PK Desk database: SQLite with WAL and foreign keys, one writer at a time,
Alembic migrations applied on open after a backup copy, clear errors for the user.

PostgreSQL URLs (the provincial office's optional server) go through the same function:
locking and backups are SQLite concerns and are skipped there.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import getpass
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from app.models.audit import ACTION_KEY, USER_KEY
from app.models.base import RecordMixin
from app.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt
else:
    import fcntl


class DatabaseError(Exception):
    """A database problem the user can act on; the message is one plain sentence."""


class DatabaseInUse(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class ReadOnlyDatabase(DatabaseError):
    pass


INCLUDE_DELETED = "include_deleted"


def _lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class _InstanceLock:
    """An OS-level exclusive lock on `<db>.lock`; released automatically if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> bool:
        handle = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _hide_tombstones(state: ORMExecuteState) -> None:
    """Deleted records are tombstones kept for sync; ordinary reads never see them."""
    if (
        state.is_select
        and not state.is_column_load
        and not state.execution_options.get(INCLUDE_DELETED, False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(
                RecordMixin,
                lambda cls: cls.deleted_at.is_(None),
                include_aliases=True,
            )
        )


def _refuse_writes(session: Session, flush_context: Any, instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyDatabase(
            "Basis data ini dibuka hanya-baca karena sedang dipakai jendela PK Desk lain; "
            "perubahan tidak disimpan."
        )


@dataclass
class Database:
    """An open database: the engine, a session factory and who is editing."""

    url: str
    engine: Engine
    read_only: bool = False
    user: str = field(default_factory=lambda: _local_user())
    path: Path | None = None
    _lock: _InstanceLock | None = None
    _sessions: sessionmaker[Session] = field(init=False)
    _joined: contextvars.ContextVar[Session | None] = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._joined = contextvars.ContextVar(f"pk_desk_tx_{id(self)}", default=None)
        event.listen(self._sessions, "do_orm_execute", _hide_tombstones)
        if self.read_only:
            event.listen(self._sessions, "before_flush", _refuse_writes)

    def session(self) -> Session:
        """A session for reading; services use `transaction()` to write."""
        session = self._sessions()
        session.info[USER_KEY] = self.user
        return session

    @contextlib.contextmanager
    def transaction(self, action: str) -> Iterator[Session]:
        """One user action = one transaction = one group of audit rows named `action`.

        Called again inside an open transaction on the same thread (an import applying many
        service calls as one action), it joins the outer one: everything commits or rolls
        back together, under the outer action's name.
        """
        outer = self._joined.get()
        if outer is not None:
            yield outer
            return
        session = self.session()
        session.info[ACTION_KEY] = action
        token = self._joined.set(session)
        try:
            with session.begin():
                yield session
        finally:
            self._joined.reset(token)
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors on odd systems
        return "unknown"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    # Alembic binds Config's default stdout when it is first imported; it is imported lazily
    # (not at all for a current database), so hand it the stream of the moment.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


# Opening a database whose schema is already current is the common case (every start of the
# app, every command): it is answered from the migration files' own `revision` and
# `down_revision` lines and the alembic_version table, without importing Alembic (about a
# fifth of a second). Anything unusual — a missing or unreadable file, a branch, an older or
# unknown revision — goes to Alembic as before.
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", re.M
)


def _head_from_files() -> str | None:
    """The single head revision named by the migration files, or None when unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted((migrations_dir() / "versions").glob("*.py"))
        for file in files:
            found = dict(
                (m.group(1), m.group(2))
                for m in _REVISION_LINE.finditer(file.read_text(encoding="utf-8"))
            )
            if "revision" in found and found["revision"]:
                revisions.add(found["revision"])
                if found.get("down_revision"):
                    parents.add(found["down_revision"])
    except OSError:
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _is_current(engine: Engine) -> bool:
    """Whether the schema is at the head, judged without Alembic; False when unsure."""
    head = _head_from_files()
    if head is None:
        return False
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not has_table:
            return False
        versions = [
            row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        ]
    return versions == [head]


def _backup_sqlite(db_path: Path, backup_dir: Path, revision: str | None) -> Path:
    """A consistent copy (SQLite's online backup, safe with WAL) before touching the schema."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{db_path.stem}.{revision or 'empty'}.{stamp}.sqlite"
    source = sqlite3.connect(db_path)
    try:
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def refresh_statistics(engine: Engine, *, only_if_missing: bool = False) -> None:
    """Let SQLite's planner know the data (ANALYZE, sampled so it stays fast on a province).

    Without statistics SQLite guesses index selectivity and can pick a scan of every
    indicator for a one-agreement query; with them those queries take a millisecond.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        if only_if_missing:
            has_stats = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
            ).scalar()
            if has_stats:
                return
        connection.exec_driver_sql("PRAGMA analysis_limit=1000")
        connection.exec_driver_sql("ANALYZE")


def migrate(engine: Engine, url: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _check_schema(engine: Engine, path: Path | None, backup_dir: Path | None, url: str) -> None:
    if engine.dialect.name == "sqlite" and _is_current(engine):
        return
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(url))
    current = current_revision(engine)
    head = scripts.get_current_head()
    if current == head:
        return
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"Basis data {path or url} dibuat oleh versi PK Desk yang lebih baru "
            f"(skema {current}); perbarui aplikasi untuk membukanya."
        )
    has_tables = bool(inspect(engine).get_table_names())
    if path is not None and has_tables and backup_dir is not None:
        _backup_sqlite(path, backup_dir, current)
    migrate(engine, url)


def open_database(
    target: str | os.PathLike[str],
    *,
    backup_dir: str | os.PathLike[str] | None = None,
    create: bool = True,
    when_in_use: str = "refuse",
    user: str | None = None,
) -> Database:
    """Open (and create or migrate) a database file or SQLAlchemy URL.

    `when_in_use` says what to do when another PK Desk process holds the file:
    "refuse" raises DatabaseInUse, "read_only" opens it read-only.
    """
    text = os.fspath(target)
    if "://" in text:
        url = text
        engine = create_engine(url, future=True)
        database = Database(url=url, engine=engine, user=user or _local_user())
        _check_schema(engine, None, None, url)
        return database

    path = Path(text).expanduser().resolve()
    if not path.exists() and not create:
        raise DatabaseError(f"Basis data {path} tidak ditemukan.")
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path} adalah folder, bukan berkas basis data.")
    if not path.parent.exists():
        raise DatabaseError(f"Folder {path.parent} tidak ada; basis data tidak dapat dibuat.")

    lock = _InstanceLock(_lock_path(path))
    try:
        locked = lock.acquire()
    except PermissionError as exc:
        raise DatabaseError(f"Tidak ada izin menulis di folder {path.parent}.") from exc
    read_only = False
    if not locked:
        if when_in_use != "read_only":
            raise DatabaseInUse(
                f"Basis data {path} sedang dibuka oleh jendela PK Desk lain; "
                "tutup jendela itu dulu atau buka basis data ini hanya-baca."
            )
        read_only = True
        lock = None  # type: ignore[assignment]

    url = str(make_url(f"sqlite:///{path}"))
    if read_only:
        ro_uri = f"file:{path}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(ro_uri, uri=True, check_same_thread=False)
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    database = Database(
        url=url,
        engine=engine,
        read_only=read_only,
        user=user or _local_user(),
        path=path,
        _lock=lock,
    )
    try:
        with engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            if not read_only and mode != "wal":
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            connection.exec_driver_sql("PRAGMA quick_check").scalar()
        if read_only:
            if not _is_current(engine) and current_revision(engine) != head_revision():
                raise DatabaseError(
                    f"Basis data {path} perlu diperbarui tetapi sedang dipakai jendela lain."
                )
        else:
            _check_schema(engine, path, Path(backup_dir) if backup_dir else None, url)
            refresh_statistics(engine, only_if_missing=True)
    except (SADatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        database.close()
        raise DatabaseError(
            f"{path} bukan basis data PK Desk yang utuh atau tidak dapat dibaca "
            f"({getattr(exc, 'orig', exc)})."
        ) from exc
    except Exception:
        database.close()
        raise
    return database
