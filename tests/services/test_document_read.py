"""The lean read of `pk-desk pdf` (app.services.document_read): the same document and the
same PDF bytes as the ORM path, never a stale or unchecked file, and no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Indicator, PeriodValue
from app.models.database import open_database
from app.services import agreements, document_read, office, printing, queries
from tests.services.test_office import PNG

ROOT = Path(__file__).resolve().parents[2]
DOCS = (
    "set",
    "pernyataan",
    "pk_table,rencana_aksi",
    "ksd",
    "metadata",
    "penetapan_metadata",
    "matriks_cascading",
    "skp",
    "rincian_target",
)


def _ids(path: Path) -> dict[str, str]:
    with open_database(path) as db:
        return {f"{a.unit_code}-{a.year}-{a.id[:8]}": a.id for a in queries.list_agreements(db)}


def test_every_demo_agreement_reads_as_the_orm_reads_it(demo_db_path: Path) -> None:
    lean_count = declined = 0
    with open_database(demo_db_path) as db:
        for row in queries.list_agreements(db):
            for doc in DOCS:
                lean = printing.load_document_file(demo_db_path, row.id, backup_dir=None, doc=doc)
                if lean is None:  # only a print that shows engine values goes the full way
                    code = printing.load_document(db, row.id, doc="pernyataan").profile.code
                    profile = printing.load_profile(code)
                    assert printing._needs_scores(doc, profile), (row.unit_code, doc)
                    declined += 1
                    continue
                assert lean == printing.load_document(db, row.id, doc=doc), (row.unit_code, doc)
                lean_count += 1
    assert lean_count > 20 and declined > 0


@pytest.mark.parametrize(
    ("doc", "paper", "copies"),
    [("set", "a4", None), ("set", "f4", "owner,tim"), ("matriks_cascading", "a4", None)],
)
def test_same_pdf_bytes_as_the_orm_path(
    demo_db_path: Path, tmp_path: Path, doc: str, paper: str, copies: str | None
) -> None:
    with open_database(demo_db_path) as db:
        rows = queries.list_agreements(db)
        # BKD (the bench's set) and a spread of others: each render costs a second
        chosen = {a.id: a for a in rows if a.unit_code == "BKD"} | {a.id: a for a in rows[::5]}
        for row in chosen.values():
            orm = printing.print_agreement(
                db, row.id, tmp_path / "orm.pdf", doc=doc, paper=paper, copies=copies
            )
            lean = printing.print_agreement_file(
                demo_db_path,
                row.id,
                tmp_path / "lean.pdf",
                backup_dir=None,
                doc=doc,
                paper=paper,
                copies=copies,
            )
            if lean is None:
                continue
            assert lean.printed_pdf_sha256 == orm.printed_pdf_sha256, row.unit_code
            assert (tmp_path / "lean.pdf").read_bytes() == (tmp_path / "orm.pdf").read_bytes()
            assert lean.pages == orm.pages and lean.documents == orm.documents


def test_office_header_and_logo_as_the_orm_path(demo_db_path: Path, tmp_path: Path) -> None:
    with open_database(demo_db_path) as db:
        row = next(a for a in queries.list_agreements(db) if a.unit_code == "BKD")
        office.save_settings(
            db,
            profile_code=printing.load_document(db, row.id, doc="pernyataan").profile.code,
            government_name="Pemerintah Kota Contoh",
            signing_place="Kota Contoh",
            logo=PNG,
            logo_name="contoh.png",
        )
        orm = printing.print_agreement(db, row.id, tmp_path / "orm.pdf", doc="pernyataan")
        lean = printing.print_agreement_file(
            demo_db_path, row.id, tmp_path / "lean.pdf", backup_dir=None, doc="pernyataan"
        )
        document = printing.load_document_file(
            demo_db_path, row.id, backup_dir=None, doc="pernyataan"
        )
    assert lean is not None and document is not None
    assert document.profile.government_name == "Pemerintah Kota Contoh"
    assert document.profile.logo_path is not None
    assert lean.printed_pdf_sha256 == orm.printed_pdf_sha256


def test_an_edit_shows_in_the_next_print(demo_db_path: Path) -> None:
    """Nothing is cached: a target edited after a print is in the next print."""
    with open_database(demo_db_path) as db:
        row = next(a for a in queries.list_agreements(db) if a.unit_code == "BKD")
        before = printing.load_document_file(demo_db_path, row.id, backup_dir=None)
        assert before is not None
        indicator = before.goals[0].indicators[0]
        agreements.set_period_values(db, indicator.id, "TW2", target=12345)
        agreements.update_indicator(db, indicator.id, name="IKU yang baru saja diubah")
        after = printing.load_document_file(demo_db_path, row.id, backup_dir=None)
        assert after == printing.load_document(db, row.id, doc="set")
    assert after is not None and after != before
    changed = after.goals[0].indicators[0]
    assert changed.name == "IKU yang baru saja diubah"
    assert changed.targets["TW2"].number == 12345


def test_tombstones_stay_hidden(demo_db_path: Path) -> None:
    with open_database(demo_db_path) as db:
        row = next(a for a in queries.list_agreements(db) if a.unit_code == "BKD")
        with db.transaction("test: hapus") as session:
            first = session.scalars(
                select(Indicator).join(Indicator.goal).where(Indicator.sub_of_id.is_(None))
            ).first()
            assert first is not None
            for value in session.scalars(
                select(PeriodValue).where(PeriodValue.indicator_id == first.id)
            ):
                value.deleted_at = dt.datetime.now(dt.UTC)
        for choice in ("set", "pk_table"):
            lean = printing.load_document_file(demo_db_path, row.id, backup_dir=None, doc=choice)
            assert lean == printing.load_document(db, row.id, doc=choice)


def _today_backup(path: Path, folder: Path) -> None:
    from app.models import backups

    backups.daily_backup(path, folder)


def test_the_full_path_whenever_the_file_is_not_plain(demo_db_path: Path, tmp_path: Path) -> None:
    agreement = next(iter(_ids(demo_db_path).values()))
    folder = tmp_path / "backups"
    # no daily copy yet: the full path opens the file and takes it
    assert document_read.read_agreement(demo_db_path, agreement, folder) is None
    _today_backup(demo_db_path.resolve(), folder)
    assert document_read.read_agreement(demo_db_path, agreement, folder) is not None
    assert document_read.read_agreement(demo_db_path, "no-such-id", None) is None
    assert document_read.read_agreement(f"sqlite:///{demo_db_path}", agreement, None) is None
    link = tmp_path / "second-name.sqlite"
    link.hardlink_to(demo_db_path)
    assert document_read.read_agreement(demo_db_path, agreement, None) is None
    link.unlink()
    newer = shutil.copyfile(demo_db_path, tmp_path / "newer.sqlite")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert document_read.read_agreement(newer, agreement, None) is None
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("bukan basis data", encoding="utf-8")
    assert document_read.read_agreement(not_sqlite, agreement, None) is None


def test_the_command_prints_without_sqlalchemy(demo_db_path: Path, tmp_path: Path) -> None:
    agreement = next(iter(_ids(demo_db_path).values()))
    data = tmp_path / "data"
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('loaded' if 'sqlalchemy' in sys.modules else 'lean', code)\n"
    )
    args = ["--data-dir", str(data), "pdf", "--db", str(demo_db_path), "--agreement", agreement]
    runs = []
    for n in range(2):  # the first of the day takes the daily backup through the full path
        result = subprocess.run(
            [sys.executable, "-c", code, *args, "--out", str(tmp_path / f"{n}.pdf")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
            check=True,
        )
        runs.append(result.stdout.split()[-2:])
    assert runs == [["loaded", "0"], ["lean", "0"]]
    assert (tmp_path / "0.pdf").read_bytes() == (tmp_path / "1.pdf").read_bytes()
    assert list((data / "backups").glob("demo.harian.*.sqlite"))
