"""Odd files, paths and URLs (issue 13, items 2-7): damaged, hard-linked, percent signs,
foreign, empty, read-only. Each was a reproduced defect."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.cli import main
from app.models import Unit
from app.models.backups import backups_of, daily_backup, prune, take_backup
from app.models.database import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseInUse,
    NotPkDeskDatabase,
    ReadOnlyDatabase,
    current_revision,
    head_revision,
    open_database,
)
from app.models.enums import UnitKind
from tests.backends import fresh_postgres_database
from tests.damage import corrupt_a_page

ROOT = Path(__file__).resolve().parents[2]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_unit(path: Path, code: str, **options: object) -> None:
    with open_database(path, **options) as db, db.transaction("add") as s:  # type: ignore[arg-type]
        s.add(Unit(code=code, name=f"Unit {code}", kind=UnitKind.BAGIAN))


def _units(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        codes = [r[0] for r in raw.execute("SELECT code FROM units ORDER BY code")]
    raw.close()
    return codes


# --- item 2: damage ---------------------------------------------------------------------


def test_a_damaged_file_is_refused_with_its_newest_backup_named(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    backups = tmp_path / "backups"
    _add_unit(path, "A", backup_dir=backups)
    _add_unit(path, "B", backup_dir=backups)  # the day's first reopen keeps a copy
    copies = backups_of(path, backups)
    assert [c.label for c in copies] == ["harian"]
    for unit in range(40):
        _add_unit(path, f"X{unit:02d}", backup_dir=backups)
    corrupt_a_page(path)
    damaged = _sha(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(path, backup_dir=backups)
    assert refused.value.backup == copies[0].path
    assert str(copies[0].path) in str(refused.value)
    assert "rusak" in str(refused.value)
    assert f'pk-desk restore --db "{path}"' in str(refused.value)
    assert _sha(path) == damaged  # refused means not written


def test_the_cli_prints_the_restore_command_and_restore_brings_the_backup_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    path = tmp_path / "pk.sqlite"
    backups = data / "backups"
    _add_unit(path, "A", backup_dir=backups)
    _add_unit(path, "B", backup_dir=backups)
    for unit in range(40):
        _add_unit(path, f"X{unit:02d}", backup_dir=backups)
    corrupt_a_page(path)
    assert main(["--data-dir", str(data), "list", "units", "--db", str(path)]) == 2
    error = capsys.readouterr().err
    assert "rusak" in error and "pk-desk restore" in error and "Traceback" not in error
    assert main(["--data-dir", str(data), "restore", "--db", str(path)]) == 0
    assert "dipulihkan dari cadangan" in capsys.readouterr().out
    assert _units(path) == ["A"]  # the daily copy was taken when B was being added
    kept = [b for b in backups_of(path, backups) if b.label == "diganti"]
    assert len(kept) == 1  # the damaged file is kept, not deleted


def test_a_backup_that_is_itself_damaged_is_never_offered(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    backups = tmp_path / "backups"
    for code in ("A", "B", "C"):
        _add_unit(path, code)
    good = take_backup(path, backups, "harian")
    for unit in range(40):
        _add_unit(path, f"X{unit:02d}")
    time.sleep(1.1)  # a newer name
    bad = take_backup(path, backups, "harian")
    corrupt_a_page(bad)
    corrupt_a_page(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(path, backup_dir=backups)
    assert refused.value.backup == good


def test_old_backups_are_pruned_but_the_newest_few_stay(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    backups = tmp_path / "backups"
    _add_unit(path, "A")
    backups.mkdir()
    tag = take_backup(path, backups, "x").name.split(".")[3]
    for day in range(1, 10):
        shutil.copyfile(path, backups / f"pk.harian.202601{day:02d}T080000Z.{tag}.sqlite")
    removed = prune(path, backups, keep_days=30)
    assert len(removed) == 5  # 10 copies, the newest 5 kept however old
    assert daily_backup(path, backups) is not None
    assert daily_backup(path, backups) is None  # once a day


# --- item 3: one writer per file, whatever its name -----------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.models import Unit
    from app.models.database import DatabaseInUse, open_database
    from app.models.enums import UnitKind

    path, prefix, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    try:
        db = open_database(path)
    except DatabaseInUse:
        print("in-use")
        sys.exit(3)
    print("writing", flush=True)
    deadline = time.monotonic() + 120
    n = 0
    while not stop.exists() and time.monotonic() < deadline:  # until the test says stop
        with db.transaction("w") as s:
            s.add(Unit(code=f"{prefix}{n}", name="x", kind=UnitKind.BAGIAN))
        n += 1
    db.close()
    print(n)
    """
)


def test_two_writers_through_a_hard_link_cannot_both_write(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    link = tmp_path / "salinan-di-flashdisk.sqlite"
    open_database(path).close()
    os.link(path, link)

    def writer(target: Path, prefix: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(target), prefix, str(tmp_path / "stop")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    first = writer(path, "A")
    second: subprocess.Popen[str] | None = None
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "writing"
        second = writer(link, "B")
        out, err = second.communicate(timeout=120)
        (tmp_path / "stop").touch()  # the first wrote all the while the second tried
        assert (second.returncode, out.strip()) == (3, "in-use"), err
        rest, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
    finally:
        (tmp_path / "stop").touch()
        for process in (first, second):
            if process is not None and process.returncode is None:  # a failed assertion
                process.kill()
                process.communicate(timeout=60)
    written = int(rest.strip())
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("SELECT COUNT(*) FROM units").fetchone() == (written,)
    raw.close()
    with pytest.raises(DatabaseInUse):  # read-only beside a writer through a second name
        with open_database(path) as _holder:
            open_database(link, when_in_use="read_only")
    assert not list(tmp_path.glob("*.lock"))


# --- items 4 and 5: every way of naming a database ------------------------------------------

ODD_NAMES = ["Laporan%202024.sqlite", "apa?ini.sqlite", "nomor#2.sqlite", "PK 2024 (final).sqlite"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_odd_file_name_opens_that_very_file(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    _add_unit(path, "A")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    with open_database(path) as db:
        again = db.url
    with open_database(again) as db:  # its own URL names the same file
        assert db.path == path
    assert _units(path) == ["A"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_sqlite_url_gets_the_lock_foreign_keys_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    backups = tmp_path / "backups"
    _add_unit(path, "A")
    url = f"sqlite:///{path}"
    with open_database(url, backup_dir=backups) as db:
        assert db.path == path
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(DatabaseInUse):
            open_database(path)
        with pytest.raises(DatabaseInUse):
            open_database(url)
    assert [b.label for b in backups_of(path, backups)] == ["harian"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo://bar", "'foo'"),
        ("postgresql+pg8000://pk:rahasia@localhost/pk", "driver"),
        ("postgresql+psycopg2://pk:rahasia@localhost/pk", "driver"),
        ("mysql+nosuchdriver://x@y/z", "driver"),
        ("sqlite:///tidak/ada/folder/pk.sqlite", "tidak ada"),
        ("://", "tidak dikenali"),
        ("postgresql+psycopg://pk:rahasia@127.0.0.1:1/pk", "tidak dapat dibuka"),
    ],
)
def test_a_url_that_cannot_be_used_is_one_sentence(
    url: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DatabaseError, match=expected) as refused:
        open_database(url)
    assert "rahasia" not in str(refused.value)
    code = main(["--data-dir", str(tmp_path), "list", "units", "--db", url])
    error = capsys.readouterr().err
    assert code == 2
    assert error.count("\n") == 1 and "Traceback" not in error and "rahasia" not in error


def test_a_server_database_is_created_only_when_asked_and_a_foreign_one_is_refused() -> None:
    with fresh_postgres_database() as url:
        with pytest.raises(NotPkDeskDatabase, match="belum berisi"):
            open_database(url, create=False)
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE contacts (name TEXT)"))
        with pytest.raises(NotPkDeskDatabase, match="tidak diubah"):
            open_database(url)
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE contacts"))
        engine.dispose()
        open_database(url).close()
        with open_database(url, create=False) as db:
            assert db.path is None
            assert current_revision(db.engine) == head_revision()


# --- item 6: files that are not PK Desk databases are never written --------------------------


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('Bu Maria')")
    raw.close()


@pytest.mark.parametrize("kind", ["empty", "foreign", "empty_sqlite", "text"])
@pytest.mark.parametrize("command", ["list", "score", "check", "gui-open"])
def test_files_that_are_not_pk_desk_databases_are_left_byte_for_byte(
    kind: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        _foreign(path)
    elif kind == "empty_sqlite":
        sqlite3.connect(path).execute("PRAGMA user_version=7").connection.close()
    else:
        path.write_text("catatan rapat\n" * 50)
    before = _sha(path)
    if command == "gui-open":
        if kind in ("empty", "empty_sqlite"):
            pytest.skip("an empty file chosen in the GUI becomes a new database, as asked")
        with pytest.raises(NotPkDeskDatabase, match="tidak diubah"):
            open_database(path, when_in_use="read_only")
    else:
        argv = ["--data-dir", str(tmp_path / "data"), command, "--db", str(path)]
        argv += {"list": ["units"], "score": ["--year", "2024"], "check": []}[command]
        assert main(argv) == 2
        assert "tidak diubah" in capsys.readouterr().err
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["other.sqlite"]


def test_an_empty_file_becomes_a_database_only_when_creation_is_asked(tmp_path: Path) -> None:
    path = tmp_path / "baru.sqlite"
    path.write_bytes(b"")
    with pytest.raises(NotPkDeskDatabase):
        open_database(path, create=False)
    assert path.stat().st_size == 0
    _add_unit(path, "A")
    assert _units(path) == ["A"]


def test_a_failed_creation_leaves_no_file_behind(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="tidak ditemukan"):
        open_database(folder / "x.sqlite", create=False)
    assert not list(folder.iterdir())


# --- item 7: read-only files and folders ----------------------------------------------------

_AS_USER = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]

_READ_ONLY_CHILD = textwrap.dedent(
    """
    import sys
    from app.models import Unit
    from app.models.database import ReadOnlyDatabase, open_database
    from app.models.enums import UnitKind

    db = open_database(sys.argv[1])
    with db.session() as s:
        print(db.read_only, db.read_only_reason, s.query(Unit).count())
    try:
        with db.transaction("edit") as s:
            s.add(Unit(code="Z", name="Z", kind=UnitKind.BAGIAN))
    except ReadOnlyDatabase as exc:
        print("refused:", exc)
    db.close()
    """
)


def _as_plain_user(*args: str) -> subprocess.CompletedProcess[str]:
    prefix = _AS_USER if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


needs_setpriv = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="root obeys file permissions only under setpriv",
)


@needs_setpriv
def test_a_read_only_file_opens_read_only_and_an_edit_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    _add_unit(path, "A")
    path.chmod(0o444)
    before = _sha(path)
    child = _as_plain_user("-c", _READ_ONLY_CHILD, str(path))
    assert child.returncode == 0, child.stderr
    first, refused = child.stdout.splitlines()
    assert first == "True file_read_only 1"
    assert refused.startswith("refused: Berkas basis data ini hanya-baca")
    assert _sha(path) == before


@needs_setpriv
def test_a_database_in_a_folder_nobody_may_write_can_still_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    path = folder / "pk.sqlite"
    _add_unit(path, "A")
    folder.chmod(0o555)
    try:
        child = _as_plain_user("-c", _READ_ONLY_CHILD, str(path))
        listing = _as_plain_user(
            "-m", "app", "--data-dir", str(tmp_path / "data"), "list", "units", "--db", str(path)
        )
    finally:
        folder.chmod(0o755)
    assert child.returncode == 0, child.stderr
    first, refused = child.stdout.splitlines()
    assert first == "True folder_read_only 1"
    assert "tidak dapat ditulis" in refused
    assert listing.returncode == 0, listing.stderr
    assert "Unit A" in listing.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["pk.sqlite"]


@needs_setpriv
def test_an_edit_refused_by_the_disk_is_the_plain_message(tmp_path: Path) -> None:
    """The file becomes read-only after opening (a stick's switch flipped): the raw
    OperationalError of the next edit becomes one sentence."""
    script = textwrap.dedent(
        """
        import os, sys
        from app.models import Unit
        from app.models.database import ReadOnlyDatabase, open_database
        from app.models.enums import UnitKind

        db = open_database(sys.argv[1])
        os.chmod(sys.argv[1], 0o444)
        os.chmod(sys.argv[1] + "-wal", 0o444)
        db.engine.dispose()
        try:
            with db.transaction("edit") as s:
                s.add(Unit(code="Z", name="Z", kind=UnitKind.BAGIAN))
        except ReadOnlyDatabase as exc:
            print("refused:", exc)
        db.close()
        """
    )
    path = tmp_path / "pk.sqlite"
    _add_unit(path, "A")
    child = _as_plain_user("-c", script, str(path))
    assert child.returncode == 0, child.stderr
    assert child.stdout.startswith("refused: Basis data"), child.stdout
    assert "tidak dapat ditulis" in child.stdout


def test_read_only_refusal_names_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    _add_unit(path, "A")
    with open_database(path), open_database(path, when_in_use="read_only") as second:
        assert second.read_only_reason == "in_use"
        with pytest.raises(ReadOnlyDatabase, match="dipakai jendela PK Desk lain"):
            with second.transaction("x") as s:
                s.add(Unit(code="Q", name="Q", kind=UnitKind.BAGIAN))


# --- also: a profile code is a name, never a path --------------------------------------------


@pytest.mark.parametrize("code", ["../../x", "../profiles/dki", "/etc/passwd"])
def test_a_profile_code_that_names_a_path_is_refused(
    code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = json.loads((ROOT / "tests/cli/scenarios/seed003_weights.json").read_text())
    scenario["profile"] = code
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(scenario))
    looked_at: list[str] = []
    real_is_file = Path.is_file

    def spy(self: Path) -> bool:
        looked_at.append(str(self))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", spy)
    assert main(["--data-dir", str(tmp_path / "data"), "score", str(path)]) == 2
    assert "tidak dikenal" in capsys.readouterr().err
    assert not [p for p in looked_at if code.strip("./") in p]


# --- the same sentences in English ----------------------------------------------------------


def test_database_refusals_are_english_with_lang_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "other.sqlite"
    _foreign(foreign)
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    assert main([*data, "list", "units", "--db", str(foreign)]) == 2
    assert capsys.readouterr().err == (
        f"pk-desk: {foreign} is another program's SQLite file, not a PK Desk database; it was "
        "not changed.\n"
    )
    damaged = tmp_path / "pk.sqlite"
    for code in ("A", "B"):
        _add_unit(damaged, code, backup_dir=tmp_path / "data" / "backups")
    corrupt_a_page(damaged)
    assert main([*data, "list", "units", "--db", str(damaged)]) == 2
    error = capsys.readouterr().err
    assert "is damaged" in error and "pk-desk restore" in error and "rusak" not in error
