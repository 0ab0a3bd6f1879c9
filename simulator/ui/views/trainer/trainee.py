"""One trainee's page: attempts, scores per criterion over time, and the criterion to work on, in words."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from simulator.scenario.model import CRITERIA
from simulator.ui.texts import criterion_label, local_time, mode_label
from simulator.ui.views.common import button, card, label
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.chart import CriteriaChart
from simulator.ui.views.trainer.desk import TrainerDesk
from simulator.ui.views.trainer.parts import plain_table

log = logging.getLogger(__name__)
ATTEMPT_ROLE = Qt.ItemDataRole.UserRole + 3


class TraineePageView(QWidget):
    """Loaded on a worker by :meth:`show_trainee`; Enter on an attempt opens its replay."""

    attempt_opened = Signal(str)  # attempt id
    back_requested = Signal()

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self.trainee_id = ""
        self.setAccessibleName(self.tr("Trainee page"))
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        back = button(self.tr("← Back to the dashboard"), "link")
        back.clicked.connect(self.back_requested)
        top.addWidget(back)
        top.addStretch(1)
        root.addLayout(top)
        self.heading = label("", "subtitle")
        self.details = label("", "muted")
        root.addWidget(self.heading)
        root.addWidget(self.details)
        columns = QHBoxLayout()
        columns.addWidget(self._chart_card(), 2)
        columns.addWidget(self._attempts_card(), 3)
        root.addLayout(columns, 1)

    def _chart_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Score per criterion over time"), "subtitle"))
        self.weakest = label("", "banner")
        self.weakest.setAccessibleName(self.tr("Criterion to work on"))
        layout.addWidget(self.weakest)
        self.chart = CriteriaChart()
        layout.addWidget(self.chart, 1)
        return frame

    def _attempts_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Attempts"), "subtitle"))
        self.attempts = QTableWidget(0, 4)
        plain_table(self.attempts, self.tr("Attempts"))
        self.attempts.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Scenario"),
                                                 self.tr("Result"), self.tr("Score")])
        self.attempts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attempts.horizontalHeader().setStretchLastSection(False)
        self.attempts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.attempts.activated.connect(self._on_attempts_activated)
        layout.addWidget(self.attempts, 1)
        layout.addWidget(label(self.tr("Enter or double-click an attempt to replay it."), "muted"))
        return frame

    def show_trainee(self, trainee_id: str) -> None:
        self.trainee_id = trainee_id
        self.heading.setText(self.tr("Loading…"))
        self.job = worker.Job(lambda: self.desk.trainee_page(trainee_id))
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def _on_job_succeeded(self, page: Any) -> None:
        self.job = None
        trainee = page.trainee
        self.heading.setText(trainee.display_name)
        self.details.setText(" · ".join(x for x in (
            trainee.shop or self.tr("no shop"),
            self.tr("employee number {n}").format(n=trainee.employee_id) if trainee.employee_id else "",
            self.tr("%n attempt(s)", "", len(page.attempts))) if x))
        self.weakest.setText(self._weakest_words(page))
        self.chart.set_series([point.scores for point in page.series])
        self._fill_attempts(page.attempts)

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.heading.setText(message)

    def _weakest_words(self, page: Any) -> str:
        if page.weakest is None:
            return self.tr("No finished attempt yet: nothing to judge.")
        others = ", ".join(f"{criterion_label(c)} {round(page.averages[c])}" for c in CRITERIA if c != page.weakest)
        return self.tr("To work on first: {criterion} (average {score}/100). Others: {others}.").format(
            criterion=criterion_label(page.weakest).lower(), score=round(page.averages[page.weakest]),
            others=others)

    def _fill_attempts(self, attempts: list[Any]) -> None:
        self.attempts.setRowCount(len(attempts))
        for row, attempt in enumerate(attempts):
            cells = (local_time(attempt.started, with_time=False), self.desk.title(attempt.scenario_id),
                     f"{self._result(attempt)} ({mode_label(attempt.mode).lower()})",
                     "—" if attempt.overall is None else str(attempt.overall))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long scenario title is cut in the narrow column
                item.setData(ATTEMPT_ROLE, attempt.id)
                self.attempts.setItem(row, column, item)
        if attempts:
            self.attempts.setCurrentCell(0, 0)

    def _result(self, attempt: Any) -> str:
        if attempt.status == "in_progress":
            return self.tr("Not finished")
        if attempt.status == "abandoned":
            return self.tr("Abandoned")
        return self.tr("Passed") if attempt.passed else self.tr("Not passed")

    def _on_attempts_activated(self, index: QModelIndex) -> None:
        attempt_id = index.data(ATTEMPT_ROLE)
        if attempt_id:
            self.attempt_opened.emit(str(attempt_id))

    def focus(self) -> None:
        self.attempts.setFocus()
