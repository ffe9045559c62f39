"""Printing the same agreement twice gives the same bytes (issue 12), so the SHA-256 recorded
for a signed PDF can be re-checked by printing it again; the creation date in the file is the
agreement's own, not the clock's."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.models.database import open_database
from app.services import printing, queries


def _print(db_path: Path, agreement: str, out: Path, seed: str) -> bytes:
    """`pk-desk pdf` in a fresh interpreter with its own hash seed, as a user runs it."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "pdf",
            "--db",
            str(db_path),
            "--agreement",
            agreement,
            "--doc",
            "set",
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    return out.read_bytes()


def test_same_data_same_pdf_bytes(demo_db_path: Path, tmp_path: Path) -> None:
    with open_database(demo_db_path, user="tester") as db:
        pk = next(a for a in queries.list_agreements(db) if a.owner == "Maria Qibtya")
        in_process = printing.print_agreement(db, pk.id, tmp_path / "a.pdf", doc="set")
    first = (tmp_path / "a.pdf").read_bytes()
    second = _print(demo_db_path, pk.id, tmp_path / "b.pdf", seed="12345")
    assert first == second
    assert in_process.printed_pdf_sha256 == hashlib.sha256(second).hexdigest()
    info = PdfReader(tmp_path / "b.pdf").metadata
    assert info["/CreationDate"] == "D:20240131000000+00'00'"  # signed 31 January 2024 (seed 001)
    assert info["/ModDate"] == info["/CreationDate"]


def test_different_data_different_bytes(demo_db_path: Path, tmp_path: Path) -> None:
    with open_database(demo_db_path, user="tester") as db:
        rows = [a for a in queries.list_agreements(db) if a.unit_code == "BKD"]
        a = printing.print_agreement(db, rows[0].id, tmp_path / "a.pdf", doc="pk_table")
        b = printing.print_agreement(db, rows[0].id, tmp_path / "b.pdf", doc="pernyataan")
    assert a.printed_pdf_sha256 != b.printed_pdf_sha256
