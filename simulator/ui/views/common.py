"""Small helpers every view uses to build its layout the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


def label(text: str = "", role: str = "", wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def button(text: str, role: str = "", name: str = "", parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setAccessibleName(name or text.replace("&", ""))
    widget.setAutoDefault(False)
    return widget


def card(role: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    return frame, layout


def restyle(widget: QWidget, role: str) -> None:
    """Change a widget's look after it was shown (Qt caches the style per property)."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # its first polish reads the property; and style() costs the first frame ~20 ms (QStyle's enums)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def is_enter(key: int) -> bool:
    return key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def move_row(current: int, count: int, key: int) -> int | None:
    """The new row of a list for an arrow key, or None when the key is not an arrow."""
    if key == Qt.Key.Key_Up:
        return max(0, current - 1)
    if key == Qt.Key.Key_Down:
        return min(count - 1, current + 1)
    return None


def quoted(text: str, lang: str) -> str:
    """French quotes with thin no-break spaces, English curly quotes."""
    return f"\u00ab\u202f{text}\u202f\u00bb" if lang == "fr" else f"\u201c{text}\u201d"


def scrolling_page(view: QWidget) -> QVBoxLayout:
    """Give ``view`` a page that scrolls when large text makes it taller than the window; returns its layout."""
    from PySide6.QtWidgets import QScrollArea

    page = QWidget()
    scroll = QScrollArea(view)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps; pages scroll down only
    scroll.setWidget(page)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(page)
