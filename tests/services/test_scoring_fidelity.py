"""The demo's DISHUT raw-data IKU scores as seed 003 prints it, wherever it is shown (the
scores the GUI reads and the printed Laporan capaian), and a service refuses a value out of
bounds with one sentence, leaving the data untouched."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from app.engine.numbers import round2
from app.models import Agreement, Indicator, PeriodValue
from app.models.database import Database
from app.models.enums import Period
from app.services import agreement_read, agreements, printing, scoring
from app.services.errors import InvalidInput

NAME = "Persentase penyerapan anggaran"


def _kaltara(db: Database) -> tuple[str, str]:
    with db.session() as s:
        pk = s.scalars(select(Agreement).where(Agreement.profile_code == "kaltara")).one()
        ind = next(i for g in pk.goals for i in g.indicators if i.name == NAME)
        return pk.id, ind.id


def test_dishut_scores_to_the_cent_where_the_gui_reads_it(demo_db: Database) -> None:
    agreement_id, indicator_id = _kaltara(demo_db)
    score = agreement_read.agreement_scores(demo_db, [agreement_id], "TW4")[agreement_id]
    mine = next(s for s in score.indicator_scores() if s.indicator_id == indicator_id)
    assert mine.target == 100
    assert round2(mine.actual) == round2(mine.capaian) == Decimal("94.83")
    same = scoring.score_agreement(demo_db, agreement_id, "TW4")
    assert same == score


def test_laporan_capaian_prints_94_83(demo_db: Database, tmp_path: Path) -> None:
    agreement_id, _ = _kaltara(demo_db)
    out = tmp_path / "laporan.pdf"
    printing.print_agreement(demo_db, agreement_id, out, doc="laporan_capaian", period="TW4")
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    line = next(row for row in text.splitlines() if "penyerapan anggaran" in row)
    assert "94,83" in line


@pytest.mark.parametrize("value", ["1e30", "1" + "0" * 5000, "-1e16", "1e-12"])
def test_a_target_out_of_bounds_is_one_sentence(demo_db: Database, value: str) -> None:
    _, indicator_id = _kaltara(demo_db)
    with demo_db.session() as s:
        before = s.scalars(
            select(PeriodValue.target).where(PeriodValue.indicator_id == indicator_id)
        ).all()
    with pytest.raises(InvalidInput) as info:
        agreements.set_period_values(demo_db, indicator_id, Period.TW4, target=value)
    message = str(info.value)
    assert "\n" not in message and len(message) < 300 and "target" in message
    with demo_db.session() as s:
        after = s.scalars(
            select(PeriodValue.target).where(PeriodValue.indicator_id == indicator_id)
        ).all()
        assert s.get(Indicator, indicator_id) is not None
    assert after == before
