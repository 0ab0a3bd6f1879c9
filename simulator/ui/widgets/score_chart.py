"""Scores per criterion as horizontal bars with the pass mark, drawn with QPainter.

(QtCharts lives in PySide6-Addons, which we do not ship.)
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.ui.style import BAD, GOOD, INK, LINE, MUTED


class ScoreChart(QWidget):
    """Bars 0-100; each is green when at or above its pass mark, red below, with the mark drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, int]] = []  # (label, value, pass mark)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scores(self, rows: list[tuple[str, int, int]]) -> None:
        self._rows = list(rows)
        text = "; ".join(f"{label} {value}/100" for label, value, _ in rows)
        self.setAccessibleName(self.tr("Scores: {list}").format(list=text))
        self.updateGeometry()
        self.update()

    def values(self) -> dict[str, int]:
        """The figures shown, by label (for tests and for screen readers)."""
        return {label: value for label, value, _ in self._rows}

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, self._row_height() * max(1, len(self._rows)) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_w = max((metrics.horizontalAdvance(r[0]) for r in self._rows), default=0) + 16
        value_w = metrics.horizontalAdvance("100") + 16
        bar_w = max(40, self.width() - label_w - value_w)
        for index, (label, value, mark) in enumerate(self._rows):
            self._draw_row(painter, index, label, value, mark, label_w, bar_w)
        painter.end()

    def _draw_row(self, painter: QPainter, index: int, label: str, value: int, mark: int,
                  label_w: int, bar_w: int) -> None:
        h = self._row_height()
        top = index * h + 4
        text_rect = QRectF(0, top, label_w - 8, h)
        painter.setPen(QColor(INK))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        track = QRectF(label_w, top + h * 0.2, bar_w, h * 0.6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LINE).lighter(115))
        painter.drawRoundedRect(track, 6, 6)
        painter.setBrush(QColor(GOOD if value >= mark else BAD))
        painter.drawRoundedRect(QRectF(track.left(), track.top(), bar_w * value / 100, track.height()), 6, 6)
        x = track.left() + bar_w * mark / 100
        painter.setPen(QPen(QColor(MUTED), 2, Qt.PenStyle.DashLine))
        painter.drawLine(round(x), round(track.top() - 4), round(x), round(track.bottom() + 4))
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(track.right() + 8, top, 60, h), Qt.AlignmentFlag.AlignVCenter, str(value))
