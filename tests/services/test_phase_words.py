"""Rule action_plan_gap reads an RA's key phase from its first phase word."""

from __future__ import annotations

import pytest

from app.services.scoring import phase_of


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("Perencanaan Indeks kepuasan", "planning"),
        ("Pelaksanaan Persentase implementasi rencana strategi komunikasi", "execution"),
        ("Aktivitas kunci Persentase penyusunan laporan", "execution"),
        ("Monitoring dan evaluasi Persentase rencana aksi", "monitoring_evaluation"),
        ("Penyusunan rancangan kebijakan", "planning"),
        ("Koordinasi lintas sektor", None),
    ],
)
def test_the_earliest_phase_word_decides(text: str, phase: str | None) -> None:
    assert phase_of(text) == phase
