"""The quarterly dashboard of a unit (SPEC §6.5, §12): Nilai Kinerja and Nilai Sasaran of the
unit head's PK, capaian per IKU in the status-band colours, the trend over TW I–IV, the IKU at
risk, PK coverage of the unit's officials (none / draft / final / signed), the profile's
deadlines and the addendum warning when semester-I capaian already reaches the annual target.

Every number comes from `services.dashboard.unit_dashboard`, i.e. the same scoring service as
`pk-desk score`, for the period chosen in the toolbar (never from the clock).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from shiboken6 import isValid

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.engine.messages import render_message
from app.engine.profile import Profile
from app.services import agreement_read, dashboard, unit_context
from app.services.dashboard import Dashboard, IndicatorLine
from app.services.errors import error_text

from app.ui.dashboard.dashboard_charts import NA_COLOUR, Bar, CapaianChart, TrendChart
from app.ui.dashboard.dashboard_table_models import GoalScoreTableModel, RiskTableModel
from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language
from app.ui.shell.rules_dock import FindingRow, FindingsTableModel
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.labels import AS_OF, PERIOD, band_label, label
from app.ui.widgets.number_entry import show_percent
from app.ui.widgets.read_only_table import read_only_table

COVERAGE_COLOURS = {
    "none": "#C62828",
    "draft": "#1E88E5",
    "final": "#F9A825",
    "signed": "#2E7D32",
}
TREND = ("TW1", "TW2", "TW3", "TW4")


class _Card(QFrame):
    """A headline number with its caption and a line below."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #FAFAFA; border: 1px solid #CFD8DC; }}")
        self.caption = QLabel(self)
        self.caption.setStyleSheet("color: #546E7A;")
        self.value = QLabel(self)
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_value(self, text: str, colour: str = "#37474F", detail: str = "") -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {colour};")
        self.detail.setText(detail)


class DashboardView(QWidget):
    """Signals:
    updated(): the dashboard was recomputed.
    indicatorActivated(str): open an IKU from the list of IKU at risk.
    """

    updated = Signal()
    indicatorActivated = Signal(str)

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.state = state
        self.unit_id: str | None = None
        self.unit_code: str | None = None
        self.unit_name = ""
        self.year: int | None = None
        self.board: Dashboard | None = None
        self.today: dt.date | None = None  # deadlines are judged against this day (None: today)
        self._profile: Profile | None = None
        self._dirty = False
        self._generation = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)

        content = QWidget(self)
        self.title = QLabel(content)
        self.title.setObjectName("dashboardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(content)
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #546E7A;")
        self.year_label = QLabel(content)
        self.year_combo = QComboBox(content)
        self.year_combo.setObjectName("dashboardYear")
        self.year_combo.activated.connect(self._year_chosen)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)

        self.overall_card = _Card("overallCard", content)
        self.goals_card = _Card("goalsCard", content)
        self.risk_card = _Card("riskCard", content)
        self.coverage_card = _Card("coverageCard", content)
        cards = QHBoxLayout()
        for card in (self.overall_card, self.goals_card, self.risk_card, self.coverage_card):
            cards.addWidget(card, 1)

        self.capaian_box = QGroupBox(content)
        self.capaian_chart = CapaianChart(self.capaian_box)
        box_layout = QVBoxLayout(self.capaian_box)
        box_layout.addWidget(self.capaian_chart)
        self.legend = QLabel(self.capaian_box)
        self.legend.setWordWrap(True)
        box_layout.addWidget(self.legend)
        self.trend_box = QGroupBox(content)
        self.trend_chart = TrendChart(self.trend_box)
        trend_layout = QVBoxLayout(self.trend_box)
        trend_layout.addWidget(self.trend_chart)

        self.goal_model = GoalScoreTableModel(self)
        self.goal_table = read_only_table(
            "goalScores", self.goal_model, content, GoalScoreTableModel.COL_GOAL, word_wrap=False
        )
        self.risk_model = RiskTableModel(self)
        self.risk_table = read_only_table(
            "atRisk", self.risk_model, content, RiskTableModel.COL_INDICATOR, word_wrap=False
        )
        self.risk_table.doubleClicked.connect(
            lambda index: self.indicatorActivated.emit(index.data(Qt.ItemDataRole.UserRole + 1))
        )
        self.goal_box = QGroupBox(content)
        QVBoxLayout(self.goal_box).addWidget(self.goal_table)
        self.risk_box = QGroupBox(content)
        QVBoxLayout(self.risk_box).addWidget(self.risk_table)

        self.coverage_box = QGroupBox(content)
        self.coverage = QLabel(self.coverage_box)
        self.coverage.setObjectName("coverageText")
        self.coverage.setWordWrap(True)
        self.coverage.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.coverage_box).addWidget(self.coverage)
        self.notice_box = QGroupBox(content)
        self.notice_model = FindingsTableModel(self)
        self.notice_table = read_only_table(
            "dashboardNotices", self.notice_model, content, FindingsTableModel.COL_MESSAGE
        )
        self.notice_table.setColumnHidden(FindingsTableModel.COL_AGREEMENT, True)
        QVBoxLayout(self.notice_box).addWidget(self.notice_table)

        grid = QGridLayout()
        grid.addWidget(self.capaian_box, 0, 0)
        grid.addWidget(self.trend_box, 0, 1)
        grid.addWidget(self.goal_box, 1, 0)
        grid.addWidget(self.risk_box, 1, 1)
        grid.addWidget(self.notice_box, 2, 0)
        grid.addWidget(self.coverage_box, 2, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)

        self.empty = QLabel(content)
        self.empty.setObjectName("dashboardEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.empty)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        state.periodChanged.connect(lambda _p: self._schedule())
        state.changed.connect(self._on_change)
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Dasbor")

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Tahun:"))
        self.overall_card.caption.setText(self.tr("Nilai Kinerja"))
        self.goals_card.caption.setText(self.tr("Nilai Sasaran"))
        self.risk_card.caption.setText(self.tr("IKU berisiko (< 80)"))
        self.coverage_card.caption.setText(self.tr("PK ditandatangani"))
        self.trend_box.setTitle(self.tr("Nilai Kinerja per triwulan"))
        self.goal_box.setTitle(self.tr("Nilai Sasaran"))
        self.risk_box.setTitle(self.tr("IKU berisiko"))
        self.coverage_box.setTitle(self.tr("Cakupan PK pejabat unit"))
        self.notice_box.setTitle(self.tr("Tenggat dan peringatan"))
        if self.board is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    def load(self, unit_id: str, year: int | None = None) -> None:
        if unit_id != self.unit_id:
            self.board = None
        self.unit_id = unit_id
        years = unit_context.unit_years(self.state.db, unit_id)
        self.unit_code = years.code
        self.unit_name = years.name
        choices = list(years.years)
        if year is None:
            year = self.year if self.year in choices else years.default_year
        self.year = year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for value in choices:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self.year_combo.blockSignals(False)
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _schedule(self) -> None:
        if self.unit_id is None:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def _on_change(self, change: Change) -> None:
        if change.kind in ("agreement", "goal", "indicator", "values", "action_plan", "ksd"):
            self._schedule()

    def _year_chosen(self, _index: int) -> None:
        if self.unit_id is not None:
            self.load(self.unit_id, int(self.year_combo.currentData()))

    def refresh(self) -> None:
        """Recompute the dashboard for the toolbar's period in the background."""
        self._dirty = False
        code, year = self.unit_code, self.year
        if code is None:
            return
        self._generation += 1
        generation = self._generation
        db = self.state.db
        period = self.state.period
        today = self.today or dt.date.today()
        self.subtitle.setText(self.tr("Menghitung…"))
        if year is None:
            self.board = None
            self._show_empty()
            return

        def work(job: Any) -> tuple[Dashboard, Profile | None]:
            board = dashboard.unit_dashboard(db, code, year, period, today=today)
            profile = None
            if board.agreement_id is not None:
                profile = agreement_read.agreement_input(db, board.agreement_id)[1]
            return board, profile

        def done(result: tuple[Dashboard, Profile | None]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.board, self._profile = result
            self._show()
            self.updated.emit()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.subtitle.setText(error_text(exc, current_language()))
                self.updated.emit()

        run_in_background(work, done, failed)

    # --- showing ----------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.title.setText(self.tr("Dasbor Kinerja — {unit}").format(unit=self.unit_name))
        self.subtitle.setText("")
        self.empty.setText(self.tr("Unit ini belum memiliki perjanjian kinerja."))
        self.empty.show()

    def _show(self) -> None:
        board = self.board
        if board is None:
            return
        period = label(AS_OF, board.period)
        self.title.setText(
            self.tr("Dasbor Kinerja {year} — {unit}").format(year=board.year, unit=board.unit_name)
        )
        if board.agreement_id is None:
            self.subtitle.setText(period)
            self.empty.setText(
                self.tr(
                    "Unit ini belum memiliki PK {year}: belum ada nilai untuk ditampilkan."
                ).format(year=board.year)
            )
            self.empty.show()
        else:
            self.empty.hide()
            self.subtitle.setText(
                self.tr(
                    "{period} · PK {owner} · dihitung dengan layanan skor yang sama dengan "
                    "pk-desk score"
                ).format(period=period, owner=board.owner)
            )
        colour = board.band.color if board.band else NA_COLOUR
        self.overall_card.show_value(
            show_percent(board.overall),
            colour,
            band_label(board.band) if board.band else self.tr("belum ada capaian pada periode ini"),
        )
        scored = [g for g in board.goals if g.score is not None]
        lowest = min(scored, key=lambda g: g.score or 0) if scored else None
        self.goals_card.show_value(
            self.tr("{n} dari {total}").format(n=len(scored), total=len(board.goals)),
            "#37474F",
            self.tr("terendah {score}: {goal}").format(
                score=show_percent(lowest.score), goal=lowest.text
            )
            if lowest
            else self.tr("belum ada sasaran yang dinilai"),
        )
        risky = board.at_risk
        self.risk_card.show_value(
            str(len(risky)),
            "#C62828" if risky else "#2E7D32",
            self.tr("dari {n} IKU").format(n=len(board.indicators)),
        )
        total = sum(board.coverage.values())
        signed = board.coverage.get("signed", 0)
        self.coverage_card.show_value(
            self.tr("{signed} dari {total}").format(signed=signed, total=total),
            "#2E7D32" if total and signed == total else "#37474F",
            self.tr("pejabat unit (di luar pelaksana)"),
        )
        self.capaian_box.setTitle(self.tr("Capaian per IKU — {period}").format(period=period))
        self.capaian_chart.set_bars(
            [
                Bar(
                    line.name,
                    line.capaian,
                    line.band.color if line.band else NA_COLOUR,
                    band_label(line.band) if line.band else self._na_reason(line, period),
                )
                for line in board.indicators
            ],
            self._thresholds(),
        )
        bands: dict[str, str] = {}
        for line in board.indicators:
            if line.band is not None:
                bands.setdefault(band_label(line.band), line.band.color)
        self.legend.setText(
            " &nbsp; ".join(
                f"<span style='color:{colour}'>■</span> {name}" for name, colour in bands.items()
            )
            + " &nbsp; <span style='color:#B0BEC5'>□</span> N/A"
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        current = (
            TREND.index(board.period)
            if board.period in TREND
            else (1 if board.period == "S1" else 3)
        )
        self.trend_chart.set_points(
            [
                Bar(label(PERIOD, p), value, self._band_colour(value), "")
                for p, value in zip(TREND, board.overall_trend or (None,) * 4, strict=True)
            ],
            current,
        )
        self.goal_model.set_rows(board.goals)
        self.risk_model.set_rows(risky)
        self.risk_box.setTitle(self.tr("IKU berisiko: {n}").format(n=len(risky)))
        notices = [FindingRow(board.agreement_id or "", "", f) for f in board.warnings]
        notices += [FindingRow(board.agreement_id or "", "", f) for f in board.deadlines]
        self.notice_model.set_rows(notices)
        self.notice_box.setTitle(self.tr("Tenggat dan peringatan: {n}").format(n=len(notices)))
        self._show_coverage(board)

    def _thresholds(self) -> list[tuple[Decimal, str]]:
        """The band limits strictly between 0 and 100, drawn as dashed lines on the chart."""
        if self._profile is None:
            return []
        return [
            (band.minimum, band.color)
            for band in self._profile.status_bands
            if band.minimum is not None and 0 < band.minimum < 100
        ]

    @staticmethod
    def _na_reason(line: IndicatorLine, period: str) -> str:
        """Why an IKU has no capaian, in the interface language (the engine gives an id)."""
        if line.na_reason is None:
            return "N/A"
        params = {"indicator": line.name, "period": period}
        return render_message(line.na_reason, params, current_language())

    def _band_colour(self, value: Decimal | None) -> str:
        profile = self._profile
        band = profile.band_of(value) if profile is not None and value is not None else None
        return band.color if band is not None else NA_COLOUR

    def _show_coverage(self, board: Dashboard) -> None:
        names = {
            "none": self.tr("Belum ada PK"),
            "draft": self.tr("Draf"),
            "final": self.tr("Final"),
            "signed": self.tr("Ditandatangani"),
            "superseded": self.tr("Digantikan"),
        }
        parts = [
            f"<span style='color:{COVERAGE_COLOURS.get(key, '#546E7A')}'>■</span> "
            f"{names.get(key, key)}: <b>{board.coverage.get(key, 0)}</b>"
            for key in ("none", "draft", "final", "signed")
        ]
        text = " &nbsp; ".join(parts)
        if board.officials_without_pk:
            text += "<br>" + self.tr("Belum memiliki PK {year}: {names}").format(
                year=board.year, names=", ".join(board.officials_without_pk)
            )
        self.coverage.setText(text)

    def notice_messages(self) -> list[str]:
        model = self.notice_model
        return [
            str(model.index(r, FindingsTableModel.COL_MESSAGE).data())
            for r in range(model.rowCount())
        ]
