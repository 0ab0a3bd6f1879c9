"""The dashboard: filters above the trainees × scenarios matrix; Enter or a double-click opens a trainee."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from simulator.ui.views.common import button, label
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.desk import MatrixQuery, MatrixRow, TrainerDesk
from simulator.ui.views.trainer.matrix import (
    FIXED,
    SORT_ROLE,
    TRAINEE_ROLE,
    MatrixModel,
    WrappedTitles,
    square_text,
    status_words,
)
from simulator.ui.views.trainer.parts import day_edit, day_value, plain_table, set_shops, shop_combo

log = logging.getLogger(__name__)
STATUSES = ("passed", "failed", "in_progress", "new")
NAME_MIN_EMS = 6  # the trainee and shop columns are never cut narrower than this many "M"


def share(wanted: list[int], room: int, floor: int) -> list[int]:
    """Widths for columns that want ``wanted`` within ``room``: the narrow ones whole, the rest split evenly."""
    if sum(wanted) <= room:
        return wanted
    given = [0] * len(wanted)
    for rank, i in enumerate(sorted(range(len(wanted)), key=wanted.__getitem__)):
        left = len(wanted) - rank
        given[i] = max(floor, min(wanted[i], (room - sum(given)) // left))
    return given


def column_texts(model: MatrixModel) -> list[set[str]]:
    """The distinct texts of each column: a few dozen per scenario, however many trainees there are."""
    rows = model.rows
    texts = [{r.name for r in rows}, {r.shop for r in rows}]
    for sid in model.columns:  # one square per look (what square_text reads), then its text
        looks = {(q.status, q.best, bool(q.signed_by)) if q else None: q for q in (r.squares.get(sid) for r in rows)}
        texts.append({square_text(square) for square in looks.values()})
    return texts


class DashboardView(QWidget):
    """Who did what: one row per trainee, one column per scenario."""

    trainee_opened = Signal(str)  # trainee id

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self._natural: list[int] = []  # each column's width for its widest text (see _size_columns)
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # see _size_columns
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
        self._size_columns()
        signed = sum(1 for r in rows for s in r.squares.values() if s.signed_by)
        self.summary.setText(self.tr("%n trainee(s), ", "", len(rows)) + self.tr("%n validated result(s).", "", signed))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _size_columns(self) -> None:
        """Measure each column's widest text, then fit the columns to the table.

        Texts are measured once each: Qt's resize-to-contents asked every row of every column at each layout,
        and with 2,000 trainees a refresh or a sort froze the window for two to three seconds."""
        if not self.model.rows:
            return
        self.table.ensurePolished()  # the style sheet's font, even before the table is first shown
        metrics, header, pad = self.table.fontMetrics(), self.table.horizontalHeader(), self._cell_padding()
        self._natural = [max(max(map(metrics.horizontalAdvance, texts), default=0) + pad, header.sectionSizeHint(c))
                         for c, texts in enumerate(column_texts(self.model))]
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every scenario whole; the trainee and shop columns share what is left, down to a floor, so the
        squares fit beside them without scrolling sideways (cut names are whole in the tooltip)."""
        if not self._natural:
            return
        widths = list(self._natural)
        floor = self.table.fontMetrics().horizontalAdvance("M") * NAME_MIN_EMS
        room = self.table.viewport().width() - sum(widths[FIXED:])
        widths[:FIXED] = share(widths[:FIXED], max(room, floor * FIXED), floor)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _cell_padding(self) -> int:
        """What the style adds around a cell's text (margins, focus frame), and the grid line."""
        index = self.proxy.index(0, 0)
        text_width = self.table.fontMetrics().horizontalAdvance(str(index.data()))
        return self.table.sizeHintForIndex(index).width() - text_width + int(self.table.showGrid())

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
