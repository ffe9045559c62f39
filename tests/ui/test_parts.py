"""Smaller parts: number entry, the history table, background jobs, the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from PySide6.QtGui import QImage, qGray
from PySide6.QtWidgets import QWidget

from app.ui.shell.background import BackgroundRunner, Cancelled, Job
from app.ui.widgets.number_entry import (
    parse_number,
    parse_predicate,
    parse_range,
    show_number,
    show_rupiah,
)

from .helpers import BKD_PK, SATISFACTION, type_into_cell


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("319,53", Decimal("319.53")),
        ("319.53", Decimal("319.53")),
        ("1.234.567", Decimal("1234567")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("-2", Decimal("-2")),
        ("90%", Decimal("90")),
        ("N/A", None),
        ("", None),
        ("-", None),
    ],
)
def test_numbers_typed_the_indonesian_or_english_way(typed: str, value: Decimal | None) -> None:
    parsed = parse_number(typed)
    assert parsed.ok and parsed.value == value


@pytest.mark.parametrize("typed", ["abc", "12x", "1,2,3", "3..5"])
def test_anything_else_is_refused_with_a_message_never_zero(typed: str) -> None:
    parsed = parse_number(typed)
    assert not parsed.ok and parsed.value is None
    assert typed in parsed.message and "319,53" in parsed.message


def test_display_and_other_target_forms() -> None:
    assert show_number(Decimal("319.53")) == "319,53"
    assert show_number(Decimal("1234567")) == "1.234.567"
    assert show_number(None) == "N/A"
    assert show_rupiah(Decimal("8797819537")) == "Rp 8.797.819.537"
    assert parse_range("3,07 – 3,53").upper == Decimal("3.53")
    opinion = (("WTP", Decimal(3)), ("WDP", Decimal(2)))
    assert parse_predicate("wtp", opinion).value == Decimal(3)
    assert parse_predicate("2", opinion).label == "WDP"
    assert not parse_predicate("Baik", opinion).ok


def test_history_y2_y1_is_editable(demo_window, qtbot, qtmodeltester):
    window = demo_window
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    editor.tabs.setCurrentIndex(editor.TAB_HISTORY)
    model = editor.history_model
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["2022", "2023"]
    type_into_cell(qtbot, editor.history_view, model.index(1, model.COL_ACTUAL), "92,71")
    qtbot.waitUntil(lambda: model.index(1, model.COL_ACTUAL).data() == "92,71")
    assert editor.detail.history[-1].actual == Decimal("92.71")
    type_into_cell(qtbot, editor.history_view, model.index(1, model.COL_TARGET), "x")
    qtbot.waitUntil(editor.history_message.isVisible)


def test_background_job_reports_progress_and_can_be_cancelled(qtbot):
    runner = BackgroundRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    release = threading.Event()
    seen: list[tuple[int, int]] = []

    def work(job: Job) -> str:
        started.set()
        job.progress(1, 3)
        release.wait(5)
        job.progress(2, 3)  # raises Cancelled once cancelled
        return "done"

    results: list[object] = []
    job = runner.run(work, results.append, results.append, parent=parent, label="Menghitung…")
    job.progressed.connect(lambda d, t: seen.append((d, t)))
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []  # a cancelled job reports nothing
    ok = runner.run(lambda job: 6 * 7, results.append, parent=parent)
    qtbot.waitUntil(lambda: ok.done)
    assert results == [42]
    failing = runner.run(lambda job: 1 / 0, results.append, results.append)
    qtbot.waitUntil(lambda: failing.done)
    assert isinstance(results[-1], ZeroDivisionError)
    assert "ZeroDivisionError" in failing.traceback
    assert isinstance(Cancelled(), Exception)
    runner.shutdown()


def _ink(image: QImage, xs: range, ys: range, step: int = 4) -> tuple[int, int]:
    """(distinct colours, pixel rows holding dark text) in a region, sampled every `step` px."""
    colours: set[int] = set()
    lines = 0
    for y in ys[::step]:
        row = [image.pixel(x, y) for x in xs[::step]]
        colours.update(row)
        lines += any(qGray(pixel) < 96 for pixel in row)
    return len(colours), lines


def test_screenshot_command_renders_the_selected_agreement(demo_db_path: Path, tmp_path: Path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PK_DESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "gui",
            "--db",
            str(demo_db_path),
            "--screenshot",
            str(out),
            "--select",
            BKD_PK,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700
    # painted, not a blank frame: lines of dark text in the tree and in the agreement editor
    width, height = image.width(), image.height()
    tree_colours, tree_lines = _ink(
        image, range(0, width * 3 // 10), range(height // 10, height * 7 // 10)
    )
    editor_colours, editor_lines = _ink(
        image, range(width * 35 // 100, width), range(height // 10, height * 7 // 10)
    )
    assert tree_lines >= 20 and editor_lines >= 40, (tree_lines, editor_lines)
    assert tree_colours >= 50 and editor_colours >= 50, (tree_colours, editor_colours)
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "gui",
            "--db",
            str(demo_db_path),
            "--screenshot",
            str(out),
            "--select",
            "BKD/Nobody",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 2 and "Nobody" in missing.stderr
