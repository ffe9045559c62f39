"""Opening a PK Desk database: one path for every way a database is named.

A file path and a `sqlite:///` URL both reach `_open_file`: one writer per file (locked on
the file itself, so a hard link cannot slip past), WAL with `synchronous=FULL`, foreign keys,
an integrity check, a backup before any schema change and once a day, and an upgrade that
happens entirely or not at all. A file that is not a PK Desk database is refused and left
untouched; a damaged one is refused with its newest backup named; a file or folder the user
may not write opens read-only. PostgreSQL URLs (the provincial office's server) get the same
schema handling; locking and backups are SQLite concerns.
"""

from __future__ import annotations

import contextlib
import contextvars
import getpass
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria
from sqlalchemy.pool import StaticPool

from app.models import backups
from app.models.audit import ACTION_KEY, USER_KEY
from app.models.base import Base, RecordMixin
from app.models.errors import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseInUse,
    DatabaseTooNew,
    NotPkDeskDatabase,
    ReadOnlyDatabase,
)
from app.models.ownership import INCLUDE_DELETED
from app.models.schema import (
    alembic_config,
    current_revision,
    head_revision,
    revision_chain,
    upgrade_engine,
    upgrade_file,
)
from app.models.sqlite_file import (
    FileKind,
    FileLock,
    file_writable,
    folder_writable,
    inspect_file,
    needs_immutable,
    read_only_uri,
    sqlite_url,
)

__all__ = [
    "INCLUDE_DELETED",
    "Database",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseInUse",
    "DatabaseTooNew",
    "NotPkDeskDatabase",
    "ReadOnlyDatabase",
    "alembic_config",
    "current_revision",
    "head_revision",
    "migrate",
    "open_database",
    "refresh_statistics",
]

# Why a database opened read-only; the banner and every refused write say it.
IN_USE = "in_use"
FILE_READ_ONLY = "file_read_only"
FOLDER_READ_ONLY = "folder_read_only"
_READ_ONLY_SENTENCES = {
    IN_USE: "Basis data ini dibuka hanya-baca karena sedang dipakai jendela PK Desk lain; "
    "perubahan tidak disimpan.",
    FILE_READ_ONLY: "Berkas basis data ini hanya-baca (izin berkas); PK Desk membukanya hanya "
    "untuk dibaca dan perubahan tidak disimpan.",
    FOLDER_READ_ONLY: "Folder basis data ini tidak dapat ditulis (mis. flashdisk terkunci atau "
    "folder bersama); PK Desk membukanya hanya untuk dibaca dan perubahan tidak disimpan.",
}
_READ_ONLY_SENTENCES_EN = {
    IN_USE: "This database is open read-only because another PK Desk window is using it; "
    "the change was not saved.",
    FILE_READ_ONLY: "This database file is read-only (file permissions); PK Desk opened it for "
    "reading only and the change was not saved.",
    FOLDER_READ_ONLY: "This database's folder cannot be written (e.g. a locked USB stick or a "
    "shared folder); PK Desk opened it for reading only and the change was not saved.",
}


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # "Tersimpan otomatis" must survive a power cut, not only a killed process: an fsync
    # per commit costs milliseconds (bench/edit_burst.py); NORMAL could lose the last edits.
    cursor.execute("PRAGMA synchronous=FULL")
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


@dataclass
class Database:
    """An open database: the engine, a session factory and who is editing."""

    url: str
    engine: Engine
    read_only: bool = False
    user: str = field(default_factory=lambda: _local_user())
    path: Path | None = None
    _lock: FileLock | None = None
    read_only_reason: str | None = None  # IN_USE, FILE_READ_ONLY or FOLDER_READ_ONLY
    backup_dir: Path | None = None
    notices: list[str] = field(default_factory=list)  # sentences to show once after opening
    _sessions: sessionmaker[Session] = field(init=False)
    _joined: contextvars.ContextVar[Session | None] = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._joined = contextvars.ContextVar(f"pk_desk_tx_{id(self)}", default=None)
        event.listen(self._sessions, "do_orm_execute", _hide_tombstones)
        if self.read_only:
            event.listen(self._sessions, "before_flush", self._refuse_writes)

    @property
    def read_only_message(self) -> str:
        return _READ_ONLY_SENTENCES[self.read_only_reason or IN_USE]

    def _refuse_writes(self, session: Session, flush_context: Any, instances: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyDatabase(
                self.read_only_message,
                en=_READ_ONLY_SENTENCES_EN[self.read_only_reason or IN_USE],
            )

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
        back together, under the outer action's name. SQLite's refusals (read-only file,
        locked, disk full, damaged) leave as one plain sentence instead of a driver error.
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
        except SADatabaseError as exc:
            plain = self.plain_error(exc)
            if plain is None:
                raise
            raise plain from exc
        finally:
            self._joined.reset(token)
            session.close()

    def plain_error(self, exc: BaseException) -> DatabaseError | None:
        """The sentence for a known environment error from SQLite, None for anything else."""
        text = str(getattr(exc, "orig", exc)).lower()
        where = self.path or self.url
        if "readonly" in text or "read-only" in text:
            return ReadOnlyDatabase(
                f"Basis data {where} tidak dapat ditulis (berkas atau foldernya hanya-baca); "
                "perubahan tidak disimpan.",
                en=f"The database {where} cannot be written (the file or its folder is "
                "read-only); the change was not saved.",
            )
        if "locked" in text or "busy" in text:
            return DatabaseInUse(
                f"Basis data {where} sedang dikunci program lain; perubahan tidak disimpan, "
                "coba lagi sebentar lagi.",
                en=f"The database {where} is locked by another program; the change was not "
                "saved, try again in a moment.",
            )
        if "disk is full" in text or "disk full" in text:
            return DatabaseError(
                f"Disk penuh; perubahan pada {where} tidak disimpan.",
                en=f"The disk is full; the change to {where} was not saved.",
            )
        if "malformed" in text or "disk i/o" in text or "not a database" in text:
            newest = backups.newest_usable(self.path, self.backup_dir) if self.path else None
            return DatabaseDamaged(
                _damaged_sentence(where, newest),
                path=self.path or Path(str(where)),
                backup=newest.path if newest else None,
                en=_damaged_sentence(where, newest, english=True),
            )
        return None

    def backup_now(self, label: str = backups.BEFORE_IMPORT) -> Path | None:
        """A copy of the file now (e.g. before a bundle import); None where there is no file."""
        if self.path is None or self.backup_dir is None:
            return None
        copy = backups.take_backup(self.path, self.backup_dir, label)
        backups.prune(self.path, self.backup_dir)
        return copy

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:  # only after every SQLite connection is closed
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


def migrate(engine: Engine, url: str | None = None) -> None:
    """Upgrade a server database's schema (files go through `open_database`)."""
    upgrade_engine(engine)


def _damaged_sentence(
    where: object, newest: backups.Backup | None, *, english: bool = False
) -> str:
    if english:
        if newest is None:
            return (
                f"The file {where} is damaged (SQLite's integrity check failed) and there is no "
                "intact backup; PK Desk does not write to this file."
            )
        return (
            f"The file {where} is damaged (SQLite's integrity check failed); PK Desk does not "
            f"write to it. Newest intact backup: {newest.describe()}; restore it with "
            f"'pk-desk restore --db \"{where}\"'."
        )
    if newest is None:
        return (
            f"Berkas {where} rusak (pemeriksaan integritas SQLite gagal) dan tidak ada "
            "cadangan yang utuh; PK Desk tidak menulis ke berkas ini."
        )
    return (
        f"Berkas {where} rusak (pemeriksaan integritas SQLite gagal); PK Desk tidak menulis "
        f"ke berkas ini. Cadangan terbaru yang utuh: {newest.describe()}; pulihkan dengan "
        f"'pk-desk restore --db \"{where}\"'."
    )


def _too_new(where: object, revision: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"Basis data {where} dibuat oleh versi PK Desk yang lebih baru (skema {revision}); "
        "perbarui aplikasi untuk membukanya.",
        en=f"The database {where} was made by a newer PK Desk (schema {revision}); update the "
        "application to open it.",
    )


def open_database(
    target: str | os.PathLike[str],
    *,
    backup_dir: str | os.PathLike[str] | None = None,
    create: bool = True,
    when_in_use: str = "refuse",
    user: str | None = None,
) -> Database:
    """Open a database file or SQLAlchemy URL; create it only when `create` is true.

    `when_in_use` says what to do when another PK Desk process holds the file:
    "refuse" raises DatabaseInUse, "read_only" opens it read-only.
    """
    text = os.fspath(target)
    backup_folder = Path(backup_dir) if backup_dir else None
    if "://" not in text:
        return _open_file(Path(text), backup_folder, create, when_in_use, user)
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseError(
            f"Alamat basis data '{text}' tidak dikenali; berikan jalur berkas .sqlite atau URL "
            "seperti postgresql+psycopg://pengguna@server/pk_desk.",
            en=f"The database address '{text}' is not recognised; give a .sqlite file path or a "
            "URL such as postgresql+psycopg://user@server/pk_desk.",
        ) from exc
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            return _open_file(Path(url.database), backup_folder, create, when_in_use, user)
        return _open_server(url, create, user, memory=True)
    return _open_server(url, create, user)


def _open_server(url: URL, create: bool, user: str | None, *, memory: bool = False) -> Database:
    shown = url.render_as_string(hide_password=True)
    try:
        engine = (
            create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
            if memory
            else create_engine(url)
        )
    except (NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        raise DatabaseError(
            f"Jenis basis data '{url.drivername}' pada {shown} tidak didukung atau driver-nya "
            "belum terpasang (untuk PostgreSQL: postgresql+psycopg://…).",
            en=f"The database kind '{url.drivername}' of {shown} is not supported or its driver "
            "is not installed (for PostgreSQL: postgresql+psycopg://…).",
        ) from exc
    except ArgumentError as exc:
        raise DatabaseError(
            f"Alamat basis data {shown} tidak dapat dipakai ({exc}).",
            en=f"The database address {shown} cannot be used ({exc}).",
        ) from exc
    if memory:
        event.listen(engine, "connect", _sqlite_pragmas)
    database = Database(url=shown, engine=engine, user=user or _local_user())
    try:
        revision = current_revision(engine)
        if revision == head_revision():
            return database
        if revision is not None and revision not in revision_chain():
            raise _too_new(shown, revision)
        from sqlalchemy import inspect

        tables = set(inspect(engine).get_table_names())
        if revision is None and tables:
            raise NotPkDeskDatabase(
                f"Basis data {shown} berisi tabel program lain, bukan basis data PK Desk; "
                "basis data itu tidak diubah.",
                en=f"The database {shown} holds another program's tables, not a PK Desk "
                "database; it was not changed.",
            )
        if revision is None and not create:
            raise NotPkDeskDatabase(
                f"Basis data {shown} belum berisi basis data PK Desk.",
                en=f"The database {shown} holds no PK Desk database yet.",
            )
        upgrade_engine(engine)
    except DatabaseError:
        database.close()
        raise
    except SADatabaseError as exc:
        database.close()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0].rstrip(".")
        raise DatabaseError(
            f"Basis data {shown} tidak dapat dibuka ({reason}).",
            en=f"The database {shown} cannot be opened ({reason}).",
        ) from exc
    return database


def _open_file(
    given: Path,
    backup_dir: Path | None,
    create: bool,
    when_in_use: str,
    user: str | None,
) -> Database:
    path = given.expanduser().resolve()
    if path.is_dir():
        raise DatabaseError(
            f"{path} adalah folder, bukan berkas basis data.",
            en=f"{path} is a folder, not a database file.",
        )
    if not path.parent.is_dir():
        raise DatabaseError(
            f"Folder {path.parent} tidak ada; basis data tidak dapat dibuka.",
            en=f"The folder {path.parent} does not exist; the database cannot be opened.",
        )
    existed = path.exists()
    if not existed and not create:
        raise DatabaseError(f"Basis data {path} tidak ditemukan.", en=f"Database {path} not found.")

    lock = FileLock(path)
    try:
        locked = lock.acquire(create=create)
    except PermissionError as exc:
        if existed:
            raise DatabaseError(
                f"Tidak ada izin membaca berkas {path}.",
                en=f"No permission to read the file {path}.",
            ) from exc
        raise DatabaseError(
            f"Tidak ada izin menulis di folder {path.parent}; basis data baru tidak dapat "
            "dibuat di sana.",
            en=f"No permission to write in the folder {path.parent}; a new database cannot be "
            "created there.",
        ) from exc
    try:
        return _open_locked_file(
            path, lock if locked else None, backup_dir, create, when_in_use, user, existed
        )
    except BaseException:
        lock.release()
        if not existed and path.exists() and path.stat().st_size == 0:
            path.unlink()  # nothing of ours may stay behind a failed creation
        raise


def _open_locked_file(
    path: Path,
    lock: FileLock | None,
    backup_dir: Path | None,
    create: bool,
    when_in_use: str,
    user: str | None,
    existed: bool,
) -> Database:
    reason: str | None = None
    if lock is None:
        if when_in_use != "read_only" or path.stat().st_nlink > 1:
            # a second name (hard link) has its own -wal file: reading beside the writer
            # through it would see torn pages, so it is refused outright
            raise DatabaseInUse(
                f"Basis data {path} sedang dibuka oleh jendela PK Desk lain; tutup jendela itu "
                "dulu atau buka basis data ini hanya-baca.",
                en=f"The database {path} is open in another PK Desk window; close that window "
                "first or open this database read-only.",
            )
        reason = IN_USE
    elif not file_writable(path):
        reason = FILE_READ_ONLY
    elif not folder_writable(path):
        reason = FOLDER_READ_ONLY

    report = inspect_file(path, frozenset(Base.metadata.tables) | {"alembic_version"})
    notices: list[str] = []
    if report.kind is FileKind.DAMAGED:
        newest = backups.newest_usable(path, backup_dir)
        raise DatabaseDamaged(
            _damaged_sentence(path, newest),
            path=path,
            backup=newest.path if newest else None,
            en=_damaged_sentence(path, newest, english=True),
        )
    if report.kind is FileKind.NOT_SQLITE:
        raise NotPkDeskDatabase(
            f"{path} bukan basis data PK Desk (bukan berkas SQLite); berkas itu tidak diubah.",
            en=f"{path} is not a PK Desk database (not a SQLite file); it was not changed.",
        )
    if report.kind is FileKind.FOREIGN:
        raise NotPkDeskDatabase(
            f"{path} adalah berkas SQLite program lain, bukan basis data PK Desk; berkas itu "
            "tidak diubah.",
            en=f"{path} is another program's SQLite file, not a PK Desk database; it was not "
            "changed.",
        )
    if report.kind in (FileKind.EMPTY, FileKind.HALF_CREATED, FileKind.MISSING):
        if not create:
            raise NotPkDeskDatabase(
                f"Berkas {path} belum berisi basis data PK Desk; berkas itu tidak diubah.",
                en=f"The file {path} holds no PK Desk database yet; it was not changed.",
            )
        if reason is not None:
            raise ReadOnlyDatabase(
                f"Basis data baru tidak dapat dibuat di {path}: {_READ_ONLY_SENTENCES[reason]}",
                en=f"A new database cannot be created at {path}: it cannot be written.",
            )
        if report.kind is FileKind.HALF_CREATED:
            notices.append(
                f"Pembuatan basis data {path} sebelumnya terhenti di tengah jalan; basis data "
                "dibuat ulang dari awal (berkas itu belum berisi data)."
            )
        _set_wal(path)
        upgrade_file(path, drop_tables=report.tables)
    elif report.revision not in revision_chain():
        raise _too_new(path, str(report.revision))
    elif report.revision != head_revision():
        if reason is not None:
            raise ReadOnlyDatabase(
                f"Basis data {path} memakai skema lama dan perlu diperbarui, tetapi tidak dapat "
                f"ditulis: {_READ_ONLY_SENTENCES[reason]}",
                en=f"The database {path} has an older schema and needs an upgrade, but it cannot "
                "be written (read-only file or folder, or open in another window).",
            )
        notices.extend(_upgrade_existing(path, str(report.revision), backup_dir))
    elif reason is None and backup_dir is not None:
        backups.daily_backup(path, backup_dir)

    database = Database(
        url=str(sqlite_url(path)),
        engine=_file_engine(path, reason),
        read_only=reason is not None,
        user=user or _local_user(),
        path=path,
        _lock=lock,
        read_only_reason=reason,
        backup_dir=backup_dir,
        notices=notices,
    )
    try:
        if reason is None:
            _set_wal(path)
            refresh_statistics(database.engine, only_if_missing=True)
    except SADatabaseError as exc:
        database._lock = None  # released by the caller
        database.engine.dispose()
        plain = database.plain_error(exc)
        raise plain or DatabaseError(f"Basis data {path} tidak dapat dibuka ({exc.orig}).") from exc
    return database


def _file_engine(path: Path, reason: str | None) -> Engine:
    if reason is None:
        engine = create_engine(sqlite_url(path), connect_args={"check_same_thread": False})
    else:
        uri = read_only_uri(path, immutable=needs_immutable(path))
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _set_wal(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def _upgrade_existing(path: Path, revision: str, backup_dir: Path | None) -> list[str]:
    """Back up, then upgrade atomically. A file an older PK Desk left half-upgraded (its
    DDL was not atomic) fails to upgrade: it is put back from the copy taken before that
    upgrade and upgraded again."""
    made = backups.take_backup(path, backup_dir, revision) if backup_dir is not None else None
    _set_wal(path)
    try:
        upgrade_file(path)
        return []
    except (sqlite3.OperationalError, SADatabaseError) as exc:
        if made is not None:
            made.unlink()  # a copy of the half-upgraded file is no backup
        older = backups.newest_usable(path, backup_dir, label=revision)
        if older is None:
            raise DatabaseError(
                f"Basis data {path} tidak dapat diperbarui ke skema baru "
                f"({str(getattr(exc, 'orig', exc)).strip()}) dan tidak ada cadangan dari "
                "sebelum pembaruan; hubungi admin PK Desk.",
                en=f"The database {path} cannot be upgraded to the new schema and there is no "
                "backup from before the upgrade; contact your PK Desk administrator.",
            ) from exc
        backups.copy_pages(older.path, path)
        upgrade_file(path)
        return [
            f"Pembaruan skema {path} sebelumnya terhenti di tengah jalan; basis data "
            f"dipulihkan dari cadangan {older.describe()} lalu diperbarui."
        ]


def restore_database(
    target: str | os.PathLike[str], backup_dir: Path, source: Path | None = None
) -> tuple[Path, Path | None]:
    """Put a backup (the newest intact one unless `source` is given) in place of a file.

    Refused while any PK Desk window has the file open. Returns the backup used and where
    the replaced file was kept.
    """
    path = Path(os.fspath(target)).expanduser().resolve()
    chosen = source or getattr(backups.newest_usable(path, backup_dir), "path", None)
    if chosen is None:
        raise DatabaseError(
            f"Tidak ada cadangan utuh untuk {path} di {backup_dir}.",
            en=f"There is no intact backup of {path} in {backup_dir}.",
        )
    lock = FileLock(path)
    if path.exists() and not lock.acquire(create=False):
        raise DatabaseInUse(
            f"Basis data {path} sedang dibuka oleh jendela PK Desk lain; tutup dulu sebelum "
            "memulihkan.",
            en=f"The database {path} is open in another PK Desk window; close it before restoring.",
        )
    try:
        kept = backups.restore(path, chosen, backup_dir)
    finally:
        lock.release()
    return chosen, kept
