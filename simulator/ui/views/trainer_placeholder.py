"""Stands in for the trainer area until ``simulator/ui/views/trainer/`` provides it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from simulator.ui.views.common import button, is_enter, label


class TrainerPlaceholder(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(40, 24, 40, 20)
        root.addWidget(label(self.tr("Trainer area"), "title"))
        root.addWidget(label(self.tr("The trainer area is not available in this version."), "muted"))
        root.addStretch(1)
        back = button(self.tr("Back"), "primary")
        back.clicked.connect(self.done)
        root.addWidget(back)

    def handle_key(self, key: int) -> bool:
        if is_enter(key):
            self.done.emit()
            return True
        return False
