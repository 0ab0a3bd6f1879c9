"""The trainees × scenarios matrix: a table model whose squares say their status in words and in colour."""

from __future__ import annotations

import math
import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from simulator.ui import style
from simulator.ui.texts import local_time
from simulator.ui.views.trainer.desk import MatrixRow, Square

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TRAINEE_ROLE = Qt.ItemDataRole.UserRole + 2
FIXED = 2  # trainee and shop columns come first
SHOP_COLUMN = 1
COLOURS = {"passed": (style.GOOD_BG, style.GOOD), "failed": (style.BAD_BG, style.BAD),
           "in_progress": ("#fff4d6", "#7a5200"), "new": (style.SURFACE, style.MUTED)}
STATUS_ORDER = {"new": 0, "in_progress": 1, "failed": 2, "passed": 3}


def status_words(status: str) -> str:
    return {
        "passed": QCoreApplication.translate("MatrixModel", "Passed"),
        "failed": QCoreApplication.translate("MatrixModel", "To retry"),
        "in_progress": QCoreApplication.translate("MatrixModel", "In progress"),
        "new": QCoreApplication.translate("MatrixModel", "Not started"),
    }.get(status, status)


def square_text(square: Square | None) -> str:
    """What a square says, short enough for five scenarios side by side at 1366 px: status, best score,
    and ✔ once signed off (text, never colour alone; the tooltip and screen readers get the sentence)."""
    if square is None:
        return "—"
    text = status_words(square.status)
    if square.best is not None:
        text += f" · {square.best}"
    return text + " ✔" if square.signed_by else text


def wrapped_title(title: str, line: int = 14) -> str:
    """A long column title on as few balanced lines as ``line`` characters allow (a header does not wrap)."""
    lines = math.ceil(len(title) / line)
    width = math.ceil(len(title) / lines)
    while len(parts := textwrap.wrap(title, width)) > lines:
        width += 1
    return "\n".join(parts) or title


class WrappedTitles(QHeaderView):
    """A horizontal header whose titles may span lines (see ``wrapped_title``).

    Qt gives the sort arrow a square as tall as the section, so a title on two lines would get an arrow
    space one line wider than needed; the section keeps the room of a one-line title's arrow.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 - Qt override
        size = super().sectionSizeFromContents(logical_index)
        title = self.model().headerData(logical_index, self.orientation()) if self.model() else None
        if isinstance(title, str) and self.isSortIndicatorShown():
            size.setWidth(size.width() - self.fontMetrics().lineSpacing() * title.count("\n"))
        return size


class MatrixModel(QAbstractTableModel):
    """Rows are trainees; columns are the trainee, the shop, then one column per scenario."""

    def __init__(self, titles: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.columns = list(titles)
        self.rows: list[MatrixRow] = []

    def set_rows(self, rows: list[MatrixRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else FIXED + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole,
                                                                    Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Trainee")
        if section == 1:
            return self.tr("Shop")
        title = self.titles[self.columns[section - FIXED]]
        return wrapped_title(title) if role == Qt.ItemDataRole.DisplayRole else title

    def square(self, index: Index) -> Square | None:
        if index.column() < FIXED:
            return None
        return self.rows[index.row()].squares.get(self.columns[index.column() - FIXED])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == TRAINEE_ROLE:
            return row.trainee_id
        if index.column() < FIXED:
            return self._fixed(row, index.column(), role)
        return self._square_data(self.square(index), role)

    @staticmethod
    def _fixed(row: MatrixRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return row.name if column == 0 else row.shop
        if role == SORT_ROLE:
            return (row.name if column == 0 else row.shop).casefold()
        return None

    def _square_data(self, square: Square | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole or (square is None and role == Qt.ItemDataRole.AccessibleTextRole):
            return square_text(square)
        if square is None:
            return -1 if role == SORT_ROLE else None
        if role == SORT_ROLE:
            return STATUS_ORDER.get(square.status, 0) * 1000 + (square.best or 0)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(square)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            back, ink = COLOURS.get(square.status, COLOURS["new"])
            return QBrush(QColor(back if role == Qt.ItemDataRole.BackgroundRole else ink))
        return None

    def _tooltip(self, square: Square) -> str:
        text = self.tr("{status}. Best score: {best}. Attempts: {n}.").format(
            status=status_words(square.status), best="—" if square.best is None else square.best, n=square.attempts)
        if square.signed_by:
            day = local_time(square.signed_at, with_time=False)
            text += " " + self.tr("Validated by {who}, on {day}.").format(who=square.signed_by, day=day)
        return text
