"""Score per criterion over a trainee's attempts, drawn with QPainter (we ship PySide6-Essentials, no QtCharts).

Each criterion has its own colour AND its own line style and point shape, so the chart reads without colour.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.scenario.model import CRITERIA
from simulator.ui import style
from simulator.ui.texts import criterion_label

LOOKS = {"empathy": ("#1d5fa8", Qt.PenStyle.SolidLine), "adaptation": ("#b35c00", Qt.PenStyle.DashLine),
         "interest": ("#6b3fa0", Qt.PenStyle.DotLine)}
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 34, 28


class CriteriaChart(QWidget):
    """Lines of empathy, adaptation and interest (0–100) across finished attempts, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[dict[str, int | None]] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Score per criterion over time"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 260)

    def set_series(self, points: list[dict[str, int | None]]) -> None:
        self.points = points
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        if not self.points:
            return self.tr("No finished attempt yet.")
        last = self.points[-1]
        return self.tr("%n finished attempt(s); the last one: ", "", len(self.points)) + ", ".join(
            f"{criterion_label(c)} {last.get(c)}" for c in CRITERIA)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(style.SURFACE))
        plot = QRectF(MARGIN_LEFT, MARGIN_TOP, self.width() - MARGIN_LEFT - MARGIN_RIGHT,
                      self.height() - MARGIN_TOP - MARGIN_BOTTOM)
        self._axes(painter, plot)
        self._legend(painter)
        if not self.points:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No finished attempt yet."))
        for criterion in CRITERIA:
            self._line(painter, plot, criterion)
        painter.end()

    def _axes(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        for value in (0, 50, 100):
            y = plot.bottom() - plot.height() * value / 100
            painter.setPen(QPen(QColor(style.LINE), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(style.MUTED))
            text = str(value)
            painter.drawText(QPointF(plot.left() - 8 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2.5),
                             text)
        if self.points:
            painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), MARGIN_BOTTOM - 4),
                             Qt.AlignmentFlag.AlignLeft, self.tr("first"))
            painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), MARGIN_BOTTOM - 4),
                             Qt.AlignmentFlag.AlignRight, self.tr("latest"))

    def _legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(painter.font())
        x = float(MARGIN_LEFT)
        for criterion in CRITERIA:
            colour, pen_style = LOOKS[criterion]
            painter.setPen(QPen(QColor(colour), 3, pen_style))
            painter.drawLine(QPointF(x, 14), QPointF(x + 30, 14))
            painter.setPen(QColor(style.INK))
            text = criterion_label(criterion)
            painter.drawText(QPointF(x + 36, 14 + metrics.ascent() / 2.5), text)
            x += 36 + metrics.horizontalAdvance(text) + 24

    def _line(self, painter: QPainter, plot: QRectF, criterion: str) -> None:
        colour, pen_style = LOOKS[criterion]
        values = [p.get(criterion) for p in self.points]
        step = plot.width() / max(1, len(values) - 1)
        spots = [QPointF(plot.left() + (step * i if len(values) > 1 else plot.width() / 2),
                         plot.bottom() - plot.height() * v / 100) for i, v in enumerate(values) if v is not None]
        painter.setPen(QPen(QColor(colour), 2.5, pen_style))
        for a, b in zip(spots, spots[1:], strict=False):
            painter.drawLine(a, b)
        painter.setPen(QPen(QColor(colour), 2))
        painter.setBrush(QColor(colour))
        for spot in spots:
            self._mark(painter, spot, criterion)

    @staticmethod
    def _mark(painter: QPainter, spot: QPointF, criterion: str) -> None:
        """A different point shape per criterion: circle, square, diamond."""
        if criterion == "empathy":
            painter.drawEllipse(spot, 4, 4)
        elif criterion == "adaptation":
            painter.drawRect(QRectF(spot.x() - 4, spot.y() - 4, 8, 8))
        else:
            painter.drawPolygon([spot + QPointF(0, -5), spot + QPointF(5, 0), spot + QPointF(0, 5),
                                 spot + QPointF(-5, 0)])
