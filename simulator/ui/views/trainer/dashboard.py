"""The dashboard: filters above the trainees × scenarios matrix; Enter or a double-click opens a trainee."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from simulator.ui.views.common import button, label
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.desk import MatrixQuery, MatrixRow, TrainerDesk
from simulator.ui.views.trainer.matrix import (
    SHOP_COLUMN,
    SORT_ROLE,
    TRAINEE_ROLE,
    MatrixModel,
    WrappedTitles,
    status_words,
)
from simulator.ui.views.trainer.parts import day_edit, day_value, plain_table, set_shops, shop_combo

log = logging.getLogger(__name__)
STATUSES = ("passed", "failed", "in_progress", "new")
SHOP_EMS = 13  # the shop column at most this many "M" wide


class DashboardView(QWidget):
    """Who did what: one row per trainee, one column per scenario."""

    trainee_opened = Signal(str)  # trainee id

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self.setAccessibleName(self.tr("Dashboard"))
        self.model = MatrixModel({sid: desk.title(sid) for sid in desk.scenario_ids}, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 8, 0, 0)
        root.addLayout(self._filters())
        self.summary = label("", "muted")
        root.addWidget(self.summary)
        self.table = QTableView()
        self.table.setHorizontalHeader(WrappedTitles(self.table))
        plain_table(self.table, self.tr("Trainees and scenarios"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(SHOP_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._on_table_activated)
        root.addWidget(self.table, 1)
        root.addWidget(label(self.tr("Enter or double-click a row to open the trainee's page. "
                                     "Click a column title to sort."), "muted"))

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.shop = shop_combo(self.tr("Shop"), [])
        self.since = day_edit(self.tr("From"))
        self.until = day_edit(self.tr("Until"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status.addItem(status_words(status), status)
        for text, widget in ((self.tr("Shop"), self.shop), (self.tr("From"), self.since),
                             (self.tr("Until"), self.until), (self.tr("Status"), self.status)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        self.apply = button(self.tr("Show"), "primary")
        self.apply.clicked.connect(self.refresh)
        row.addWidget(self.apply)
        row.addStretch(1)
        return row

    def query(self) -> MatrixQuery:
        return MatrixQuery(self.shop.currentData(), day_value(self.since), day_value(self.until),
                           self.status.currentData())

    def refresh(self) -> None:
        """Reload the matrix with the current filters (on a worker)."""
        if self.job is not None:
            return
        self.summary.setText(self.tr("Loading…"))
        self.apply.setEnabled(False)
        query = self.query()
        self.job = worker.Job(lambda: (self.desk.shops(), self.desk.matrix(query)))
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def _on_job_succeeded(self, result: tuple[list[str], list[MatrixRow]]) -> None:
        shops, rows = result
        self.job = None
        self.apply.setEnabled(True)
        set_shops(self.shop, shops)
        self.model.set_rows(rows)
        self._narrow_shop_column()
        signed = sum(1 for r in rows for s in r.squares.values() if s.signed_by)
        self.summary.setText(self.tr("{n} trainees, {s} validated results.").format(n=len(rows), s=signed))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _narrow_shop_column(self) -> None:
        """Long shop names are cut (the tooltip has them whole), so five scenarios fit beside them at 1366 px."""
        self.table.resizeColumnToContents(SHOP_COLUMN)
        widest = self.table.fontMetrics().horizontalAdvance("M") * SHOP_EMS
        self.table.setColumnWidth(SHOP_COLUMN, min(self.table.columnWidth(SHOP_COLUMN), widest))

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.apply.setEnabled(True)
        self.summary.setText(message)

    def _on_table_activated(self, index: QModelIndex) -> None:
        trainee_id = index.data(TRAINEE_ROLE)
        if trainee_id:
            self.trainee_opened.emit(str(trainee_id))

    def focus(self) -> None:
        self.table.setFocus()
