"""`pk-desk selftest`: prove on this machine that every part of PK Desk works.

A packaged app is copied to laptops that have no Python and no network; when something is
missing from the build (a font, a migration, a Qt plugin) the user should learn it from one
command, not from a crash in the middle of the January job. Each step uses the same services
the window and the command line use, on a throwaway database in a temporary folder, and is
timed; the first failure stops the run with one sentence.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from app.cli_text import CLI_MESSAGES, counts_text, say, word

# The BKD DKI 2024 agreement of the demo (seed 001) is the one the self-test prints.
DEMO_OWNER = "Maria Qibtya"
DEMO_OWNER_NIP = "196507191985032002"


class SelfTestFailure(Exception):
    """A step found something wrong; the message is one sentence for the user."""


@dataclass
class _Context:
    folder: Path
    db_path: Path
    lang: str = "id"
    facts: dict[str, object] = field(default_factory=dict)

    def say(self, message_id: str, **params: object) -> str:
        return say(message_id, self.lang, **params)


@dataclass(frozen=True)
class StepResult:
    name: str
    seconds: float
    detail: str


Step = tuple[str, Callable[[_Context], str]]


def _create_database(ctx: _Context) -> str:
    from app.models.database import open_database

    with open_database(ctx.db_path, backup_dir=ctx.folder / "backups", create=True):
        pass
    if not ctx.db_path.exists():
        raise SelfTestFailure(ctx.say("selftest_no_database", path=str(ctx.db_path)))
    return ctx.say("selftest_db_detail", name=ctx.db_path.name)


@contextmanager
def _open(ctx: _Context) -> Iterator[object]:
    from app.models.database import open_database

    db = open_database(ctx.db_path, backup_dir=ctx.folder / "backups", create=False)
    try:
        yield db
    finally:
        db.close()


def _load_demo(ctx: _Context) -> str:
    from app.services import demo, queries

    with _open(ctx) as db:
        counts = demo.load_demo(db)  # type: ignore[arg-type]
        agreements = queries.list_agreements(db)  # type: ignore[arg-type]
    bkd = [a for a in agreements if a.owner == DEMO_OWNER and a.year == 2024]
    if not bkd:
        raise SelfTestFailure(ctx.say("selftest_no_demo_pk", owner=DEMO_OWNER))
    ctx.facts["agreement_id"] = bkd[0].id
    return counts_text(counts, ctx.lang)


def _score(ctx: _Context) -> str:
    from app.engine.numbers import format_id
    from app.services import scoring

    with _open(ctx) as db:
        scored = scoring.score_agreements(db, as_of="TW3")  # type: ignore[arg-type]
    if not scored:
        raise SelfTestFailure(ctx.say("selftest_nothing_scored"))
    bkd = next(s for s in scored if s.meta.id == ctx.facts["agreement_id"])
    if bkd.score.overall is None:
        raise SelfTestFailure(ctx.say("selftest_no_score", owner=DEMO_OWNER))
    return ctx.say("selftest_score_detail", count=len(scored), score=format_id(bkd.score.overall))


def _check(ctx: _Context) -> str:
    from app.services import scoring

    with _open(ctx) as db:
        found = scoring.findings_for(db)  # type: ignore[arg-type]
    total = sum(len(items) for items in found.values())
    return ctx.say("selftest_check_detail", count=len(found), findings=total)


def _print_pdf(ctx: _Context) -> str:
    from pypdf import PdfReader

    from app.services import printing

    out = ctx.folder / "pk-bkd.pdf"
    with _open(ctx) as db:
        result = printing.print_agreement(
            db,  # type: ignore[arg-type]
            str(ctx.facts["agreement_id"]),
            out,
            doc="set",
            paper="f4",
        )
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    flat = text.upper().replace(" ", "")
    for expected in (DEMO_OWNER.upper().replace(" ", ""), DEMO_OWNER_NIP):
        if expected not in flat:
            raise SelfTestFailure(ctx.say("selftest_pdf_unreadable", text=expected, name=out.name))
    return ctx.say(
        "selftest_pdf_detail", pages=len(reader.pages), sha=result.printed_pdf_sha256[:12]
    )


def _main_window(ctx: _Context) -> str:
    # Offscreen unless the user has a display; the window is built, painted and closed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.cli import main as cli_main

    png = ctx.folder / "jendela.png"
    status = cli_main(
        [
            "--data-dir",
            str(ctx.folder / "data"),
            "gui",
            "--db",
            str(ctx.db_path),
            "--screenshot",
            str(png),
        ]
    )
    if status != 0 or not png.exists() or png.stat().st_size < 10_000:
        raise SelfTestFailure(ctx.say("selftest_window_failed"))
    return ctx.say("selftest_window_detail", size=png.stat().st_size // 1024)


def _bundle(ctx: _Context) -> str:
    from app.sync.service import selftest_round_trip

    name, revisions = selftest_round_trip(ctx.folder, ctx.db_path, str(ctx.facts["agreement_id"]))
    return ctx.say("selftest_bundle_detail", name=name, revisions=revisions)


# (message id of the step's name in app/cli_text, the step)
STEPS: tuple[Step, ...] = (
    ("step_database", _create_database),
    ("step_demo", _load_demo),
    ("step_score", _score),
    ("step_check", _check),
    ("step_pdf", _print_pdf),
    ("step_bundle", _bundle),
    ("step_window", _main_window),
)


def run(out: TextIO, *, gui: bool = True, lang: str = "id") -> int:
    """Run every step, one line each in `lang`; 0 when all pass, 1 at the first failure."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pk-desk-selftest-") as folder:
        ctx = _Context(folder=Path(folder), db_path=Path(folder) / "selftest.sqlite", lang=lang)
        steps = STEPS if gui else STEPS[:-1]
        for number, (step_id, step) in enumerate(steps, start=1):
            name = word(step_id, lang) if step_id in CLI_MESSAGES else step_id
            begun = time.perf_counter()
            try:
                detail = step(ctx)
            except Exception as exc:  # every failure becomes the one sentence below
                seconds = time.perf_counter() - begun
                failed = word("selftest_failed", lang)
                reason = _sentence(exc, lang)
                print(f"{failed:5} {seconds:6.2f} s  {number}. {name}: {reason}", file=out)
                return 1
            seconds = time.perf_counter() - begun
            print(f"ok    {seconds:6.2f} s  {number}. {name} — {detail}", file=out)
    total = f"{time.perf_counter() - started:.2f}"
    print(ctx.say("selftest_done", steps=len(steps), seconds=total), file=out)
    return 0


def _sentence(exc: BaseException, lang: str) -> str:
    from app.services.errors import error_text

    text = error_text(exc, lang).strip() or type(exc).__name__
    return text if text.endswith((".", "!", "?")) else text + "."
