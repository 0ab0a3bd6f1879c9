"""The customer's picture, whose expression follows the mood.

Pictures are ``assets/personas/<avatar>--upset|neutral|happy.svg``; when an
expression is missing we use ``<avatar>.svg``, and when the avatar is missing
altogether a face drawn here (so a new scenario never shows an empty hole).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer  # imported here, on the GUI thread, before any worker starts
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.paths import asset

log = logging.getLogger(__name__)


def expression(mood: int) -> str:
    """-3..-1 upset, 0 neutral, 1..3 happy."""
    return "upset" if mood < 0 else "happy" if mood > 0 else "neutral"


def picture_path(avatar: str, mood: int, folder: Path | None = None) -> Path | None:
    """The SVG to show for this avatar and mood, or None for the built-in face."""
    base = folder if folder is not None else asset("personas")
    for name in (f"{avatar}--{expression(mood)}.svg", f"{avatar}.svg"):
        candidate = base / name
        if avatar and candidate.is_file():
            return candidate
    return None


class PersonaPicture(QWidget):
    """Draws the persona's SVG (kept in proportion) or a simple face."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderers: dict[Path, QSvgRenderer | None] = {}
        self._path: Path | None = None
        self._mood = 0
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Customer's picture"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, 260)

    def show_persona(self, avatar: str, mood: int, name: str = "") -> None:
        self._path, self._mood = picture_path(avatar, mood), mood
        self.setAccessibleDescription(name)
        self.update()

    @property
    def current_path(self) -> Path | None:
        return self._path

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = self._renderer()
        if renderer is not None:
            size = renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - size.width()) / 2, (self.height() - size.height()) / 2
            renderer.render(painter, QRectF(x, y, size.width(), size.height()))
        else:
            draw_face(painter, self.rect().toRectF(), self._mood)
        painter.end()

    def _renderer(self) -> QSvgRenderer | None:
        if self._path is None:
            return None
        if self._path not in self._renderers:
            renderer = QSvgRenderer(str(self._path))
            self._renderers[self._path] = renderer if renderer.isValid() else None
            if not renderer.isValid():
                log.warning("Persona picture %s could not be read; showing a drawn face", self._path)
        return self._renderers[self._path]


def draw_face(painter: QPainter, area: QRectF, mood: int) -> None:
    """A calm round face; the mouth and brows follow the mood (-3..3)."""
    side = min(area.width(), area.height()) * 0.9
    face = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
    painter.setPen(QPen(QColor("#5b4636"), side * 0.02))
    painter.setBrush(QColor("#f3d2b3"))
    painter.drawEllipse(face)
    c, r = face.center(), side / 2
    painter.setBrush(QColor("#3a2e25"))
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(c.x() + dx * r, c.y() - 0.15 * r), r * 0.07, r * 0.09)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#5b4636"), side * 0.03, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    tilt, brow_y = -mood * 0.05 * r, c.y() - 0.38 * r  # upset: inner ends of the brows go down
    painter.drawLine(QPointF(c.x() - 0.47 * r, brow_y), QPointF(c.x() - 0.23 * r, brow_y + tilt))
    painter.drawLine(QPointF(c.x() + 0.23 * r, brow_y + tilt), QPointF(c.x() + 0.47 * r, brow_y))
    mouth = QPainterPath(QPointF(c.x() - 0.35 * r, c.y() + 0.4 * r))
    mouth.quadTo(QPointF(c.x(), c.y() + (0.4 + mood * 0.1) * r), QPointF(c.x() + 0.35 * r, c.y() + 0.4 * r))
    painter.drawPath(mouth)
