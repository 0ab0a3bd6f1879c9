"""Scenario analytics: at each decision point, how often each reply was chosen and how those attempts ended.

The most chosen poor reply (its attempts end below the decision point's average) is highlighted in words and
colour, and the banner names the decision point where most trainees go wrong.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from simulator.ui import style
from simulator.ui.views.common import card, label
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.desk import TrainerDesk

log = logging.getLogger(__name__)


def poor_reply(point: Any) -> Any:
    """The most chosen reply whose attempts end below this decision point's average (None if none)."""
    scored = [r for r in point.replies if r.avg_overall is not None]
    if len(scored) < 2:
        return None
    mean = sum(r.avg_overall * r.count for r in scored) / max(1, sum(r.count for r in scored))
    poor = [r for r in scored if r.avg_overall < mean]
    return max(poor, key=lambda r: (r.count, -r.avg_overall)) if poor else None


class ShareBar(QWidget):
    """A horizontal bar: the share of trainees who chose a reply."""

    def __init__(self, share: float, poor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share, self.poor = share, poor
        self.setMinimumWidth(140)
        self.setFixedHeight(22)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 22)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.PAPER))
        width = max(2.0, self.width() * self.share)
        painter.fillRect(QRectF(0, 3, width, self.height() - 6), QColor(style.BAD if self.poor else style.PRIMARY))
        painter.end()


class AnalyticsView(QWidget):
    """Choose a scenario; see each decision point with its replies' shares and outcomes."""

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self.setAccessibleName(self.tr("Scenario analytics"))
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("Scenario"))
        for sid in desk.scenario_ids:
            self.scenario.addItem(desk.title(sid), sid)
        caption = QLabel(self.tr("Scenario"))
        caption.setBuddy(self.scenario)
        top.addWidget(caption)
        top.addWidget(self.scenario, 1)
        root.addLayout(top)
        self.summary = label("", "banner")
        self.summary.setAccessibleName(self.tr("Where trainees go wrong"))
        root.addWidget(self.summary)
        self.points_area = QScrollArea()
        self.points_area.setWidgetResizable(True)
        root.addWidget(self.points_area, 1)
        self.scenario.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        scenario_id = self.scenario.currentData()
        if not scenario_id:
            self.summary.setText(self.tr("No scenario is installed."))
            return
        self.summary.setText(self.tr("Loading…"))
        self.job = worker.Job(lambda: (scenario_id, self.desk.analytics(scenario_id)))
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def _on_job_succeeded(self, result: tuple[str, list[Any]]) -> None:
        scenario_id, points = result
        if scenario_id != self.scenario.currentData():
            return  # an older answer arrived after the trainer picked another scenario
        self.job = None
        self.summary.setText(self._summary(points))
        body = QWidget()
        layout = QVBoxLayout(body)
        for point in points:
            layout.addWidget(self._point_card(point))
        layout.addStretch(1)
        self.points_area.setWidget(body)

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.summary.setText(message)

    def _summary(self, points: list[Any]) -> str:
        if not points:
            return self.tr("Nobody has played this scenario yet.")
        worst = [(poor_reply(p), p) for p in points]
        worst = [(r, p) for r, p in worst if r is not None]
        if not worst:
            return self.tr("No reply stands out as a common mistake.")
        reply, point = max(worst, key=lambda rp: rp[0].count)
        return self.tr("Where trainees go wrong most: when the customer says “{customer}”, {share}% choose "
                       "“{reply}” (average score {avg}).").format(
            customer=_short(point.customer), share=round(reply.share * 100), reply=_short(reply.text),
            avg=round(reply.avg_overall))

    def _point_card(self, point: Any) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Customer: “{text}”").format(text=point.customer), "subtitle"))
        layout.addWidget(label(self.tr("Reached %n time(s).", "", point.reached), "muted"))
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        poor = poor_reply(point)
        for row, reply in enumerate(point.replies):
            self._reply_row(grid, row, reply, reply is poor)
        layout.addLayout(grid)
        return frame

    def _reply_row(self, grid: QGridLayout, row: int, reply: Any, poor: bool) -> None:
        text = label(("⚠ " if poor else "") + reply.text, "error" if poor else "")
        avg = "—" if reply.avg_overall is None else str(round(reply.avg_overall))
        words = self.tr("{share}% ({n}) · average score {avg}").format(
            share=round(reply.share * 100), n=reply.count, avg=avg)
        if poor:
            words += " · " + self.tr("most chosen poor reply")
        figures = label(words, "muted")
        bar = ShareBar(reply.share, poor)
        bar.setAccessibleName(words)
        grid.addWidget(text, row * 2, 0, 1, 2)
        grid.addWidget(bar, row * 2 + 1, 0)
        grid.addWidget(figures, row * 2 + 1, 1)

    def focus(self) -> None:
        self.scenario.setFocus()


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
