"""The trainee's possible replies as large numbered buttons (keys 1-9, arrows, Enter)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class ReplyButton(QPushButton):
    """A push button whose text wraps over several lines, with its number in front."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "reply")
        self.number_label = QLabel(f"{number}", self)
        self.number_label.setProperty("role", "subtitle")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.number_label, self.text_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet("background: transparent; border: none;")
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(14)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text_label, 1)
        self.setAccessibleName(f"{number}. {text}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._row.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._row.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._row.totalHeightForWidth(width)


class ReplyPanel(QWidget):
    """Replies in a column; ``chosen(position)`` when one is taken (1-based)."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.buttons: list[ReplyButton] = []
        self.selected = 0  # 0-based index of the highlighted reply

    def set_replies(self, texts: list[str]) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = [ReplyButton(n, text, self) for n, text in enumerate(texts, start=1)]
        for position, button in enumerate(self.buttons, start=1):
            button.clicked.connect(lambda _=False, p=position: self.chosen.emit(p))
            self._layout.addWidget(button)
        self.select(0)

    def select(self, index: int) -> None:
        """Highlight one reply (wraps around), and give it the focus."""
        if not self.buttons:
            return
        self.selected = index % len(self.buttons)
        for i, button in enumerate(self.buttons):
            button.setProperty("selected", "true" if i == self.selected else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.buttons[self.selected].setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_key(self, key: int) -> bool:
        """Digits choose; Up/Down move the highlight; Enter takes it. True when used."""
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            position = key - Qt.Key.Key_0
            if position <= len(self.buttons):
                self.chosen.emit(position)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
            self.select(self.selected + step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.buttons:
            focused = [i for i, button in enumerate(self.buttons) if button.hasFocus()]
            self.chosen.emit((focused[0] if focused else self.selected) + 1)
            return True
        return False
