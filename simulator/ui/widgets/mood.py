"""The customer's mood as a gauge of seven steps with a word, readable without colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from simulator.scenario.model import MOOD_MAX, MOOD_MIN

COLOURS = ("#b3261e", "#d0542b", "#e39a2d", "#9aa3ad", "#7fb36a", "#3f9a52", "#1e7a46")


class MoodBar(QWidget):
    """Seven segments, red to green; the current one is large and outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mood = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(210, max(22, self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(140, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count, gap = len(COLOURS), 4.0
        width = (self.width() - gap * (count - 1)) / count
        h = float(self.height())
        for index, colour in enumerate(COLOURS):
            current = index + MOOD_MIN == self.mood
            rect = QRectF(index * (width + gap), 0 if current else h * 0.25, width, h if current else h * 0.5)
            painter.setPen(QPen(QColor("#1b1f24"), 2) if current else Qt.PenStyle.NoPen)
            fill = QColor(colour)
            fill.setAlphaF(1.0 if current else 0.35)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.end()


class MoodIndicator(QWidget):
    """Gauge plus a word: "Mood: irritation"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = MoodBar(self)
        self._word = QLabel(self)
        self._word.setProperty("role", "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._word)
        self.set_mood(0)

    def words(self) -> tuple[str, ...]:
        """Gender-neutral nouns, from -3 to 3."""
        return (self.tr("anger"), self.tr("irritation"), self.tr("unease"), self.tr("neutral"),
                self.tr("at ease"), self.tr("satisfaction"), self.tr("delight"))

    def set_mood(self, mood: int) -> None:
        mood = max(MOOD_MIN, min(MOOD_MAX, mood))
        self._bar.mood = mood
        self._bar.update()
        text = self.tr("Mood: {word}").format(word=self.words()[mood - MOOD_MIN])
        self._word.setText(text)
        self.setAccessibleName(text)

    @property
    def mood(self) -> int:
        return self._bar.mood

    @property
    def text(self) -> str:
        return self._word.text()
