"""`pk-desk demo --db postgresql+psycopg://…` builds the demo on the server (SPEC §14)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Agreement
from app.models.database import open_database
from tests.backends import fresh_postgres_database


def test_demo_on_a_server_url_creates_the_schema_there_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with fresh_postgres_database() as url:
        assert main(["demo", "--db", url]) == 0
        assert list(tmp_path.iterdir()) == []  # no SQLite file named after the URL
        with open_database(url) as database, database.session() as session:
            assert session.scalar(select(func.count()).select_from(Agreement)) == 23
        capsys.readouterr()
        assert main(["demo", "--db", url]) == 2
        error = capsys.readouterr().err
        assert "sudah berisi data PK Desk" in error and error.count("\n") == 1


def test_an_unreachable_server_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://pk:rahasia@127.0.0.1:{port}/pk_desk"
    assert main(["demo", "--db", url]) == 2
    error = capsys.readouterr().err
    assert error.startswith("pk-desk: Basis data postgresql+psycopg://pk:***@127.0.0.1")
    assert error.count("\n") == 1 and "Traceback" not in error and "rahasia" not in error
    assert list(tmp_path.iterdir()) == []
