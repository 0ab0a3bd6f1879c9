"""The one stylesheet: calm colours, high contrast, big touch-friendly controls.

Sizes are in points derived from one base size, so the "text size" setting scales
everything (and Qt's own scaling handles high-DPI screens). Widgets pick a look with
the dynamic property ``role`` (``primary``, ``title``, ``line``...), never inline styles.
"""

from __future__ import annotations

from simulator.paths import asset

BASE_PT = 15  # the body text at 100 %

INK = "#1b1f24"
MUTED = "#4a5360"
PAPER = "#f5f6f8"
SURFACE = "#ffffff"
LINE = "#c9ced6"
PRIMARY = "#1d5fa8"
PRIMARY_DARK = "#154a85"
FOCUS = "#f0a400"
GOOD = "#1e7a46"
GOOD_BG = "#e6f4ec"
BAD = "#b3261e"
BAD_BG = "#fbeaea"
NOTE_BG = "#eef3fa"

_QSS = """
QWidget {{ font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; font-size: {body}pt; color: %(INK)s; }}
QMainWindow, QStackedWidget > QWidget {{ background: %(PAPER)s; }}
QLabel[role="title"] {{ font-size: {h1}pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {h2}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: %(MUTED)s; }}
QLabel[role="line"] {{ font-size: {line}pt; background: %(SURFACE)s; border: 1px solid %(LINE)s;
    border-radius: 14px; padding: 18px 22px; }}
QLabel[role="setting"] {{ color: %(MUTED)s; font-style: italic; }}
QLabel[role="error"] {{ color: %(BAD)s; font-weight: 600; }}
QLabel[role="banner"] {{ background: %(NOTE_BG)s; border-radius: 8px; padding: 8px 12px; }}
QLabel[role="badge-new"], QLabel[role="badge-in_progress"], QLabel[role="badge-passed"],
QLabel[role="badge-to_retry"] {{ border-radius: 6px; padding: 2px 8px; font-weight: 600; }}
QLabel[role="badge-new"] {{ background: %(NOTE_BG)s; color: %(PRIMARY_DARK)s; }}
QLabel[role="badge-in_progress"] {{ background: #fff4d6; color: #7a5200; }}
QLabel[role="badge-passed"] {{ background: %(GOOD_BG)s; color: %(GOOD)s; }}
QLabel[role="badge-to_retry"] {{ background: %(BAD_BG)s; color: %(BAD)s; }}
QFrame[role="card"] {{ background: %(SURFACE)s; border: 1px solid %(LINE)s; border-radius: 12px; }}
QFrame[role="good"] {{ background: %(GOOD_BG)s; border: 2px solid %(GOOD)s; border-radius: 12px; }}
QFrame[role="bad"] {{ background: %(BAD_BG)s; border: 2px solid %(BAD)s; border-radius: 12px; }}
QFrame[role="topbar"] {{ background: %(SURFACE)s; border-bottom: 1px solid %(LINE)s; }}
QPushButton {{ background: %(SURFACE)s; border: 2px solid %(LINE)s; border-radius: 10px;
    padding: 8px 16px; min-height: {button_h}px; }}
QPushButton:hover {{ border-color: %(PRIMARY)s; }}
QPushButton:focus {{ border: 3px solid %(FOCUS)s; }}
QPushButton:disabled {{ color: #8a929c; background: #eceef1; }}
QPushButton[role="primary"] {{ background: %(PRIMARY)s; color: white; border-color: %(PRIMARY)s;
    font-weight: 600; padding: 10px 28px; }}
QPushButton[role="primary"]:hover {{ background: %(PRIMARY_DARK)s; }}
QPushButton[role="primary"]:focus {{ border: 3px solid %(FOCUS)s; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: %(PRIMARY_DARK)s;
    text-decoration: underline; min-height: 0; padding: 4px 8px; }}
QPushButton[role="link"]:focus {{ border: 2px solid %(FOCUS)s; }}
QPushButton[role="reply"] {{ text-align: left; padding: 12px 16px; font-size: {reply}pt; }}
QPushButton[role="reply"][selected="true"] {{ border: 3px solid %(FOCUS)s; background: #fffaf0; }}
QLineEdit, QComboBox, QDateEdit {{ background: %(SURFACE)s; border: 2px solid %(LINE)s;
    border-radius: 8px; padding: 6px 10px; min-height: {button_h}px; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus {{ border-color: %(FOCUS)s; }}
QDateEdit::drop-down {{ border: none; width: 32px; }}
QSpinBox {{ min-height: {button_h}px; min-width: 90px; }}
QDialog {{ background: %(PAPER)s; border: 1px solid %(LINE)s; }}
QListWidget {{ background: %(SURFACE)s; border: 1px solid %(LINE)s; border-radius: 10px; padding: 4px;
    outline: none; }}
QListWidget::item {{ padding: 10px 12px; border-radius: 8px; }}
QListWidget::item:selected {{ background: %(PRIMARY)s; color: white; }}
QListWidget:focus {{ border: 2px solid %(FOCUS)s; }}
QCheckBox, QRadioButton {{ spacing: 10px; padding: 4px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid %(FOCUS)s; border-radius: 6px; }}
QLabel[role="strong"] {{ font-weight: 600; }}
QComboBox::drop-down {{ border: none; width: 32px; }}
QComboBox::down-arrow {{ image: url({chevron}); width: 16px; height: 16px; }}
QComboBox QAbstractItemView {{ background: %(SURFACE)s; selection-background-color: %(PRIMARY)s;
    selection-color: white; border: 1px solid %(LINE)s; }}
QScrollBar:vertical {{ background: transparent; width: 14px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 14px; margin: 2px; }}
QScrollBar::handle {{ background: #b3bac4; border-radius: 5px; min-height: 40px; min-width: 40px; }}
QScrollBar::handle:hover {{ background: %(MUTED)s; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QGroupBox {{ font-weight: 600; border: 1px solid %(LINE)s; border-radius: 10px; margin-top: 1.2em;
    padding: 12px; background: %(SURFACE)s; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; }}
""" % {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}


def point_size(scale_percent: int, factor: float = 1.0) -> int:
    """A font size in points for this text scale (factor 1 = body text)."""
    return max(8, round(BASE_PT * factor * scale_percent / 100))


def stylesheet(scale_percent: int = 100) -> str:
    """The application's stylesheet at this text size."""
    s = scale_percent
    return _QSS.format(
        body=point_size(s), h1=point_size(s, 1.6), h2=point_size(s, 1.2), line=point_size(s, 1.5),
        reply=point_size(s, 1.05), button_h=round(34 * s / 100), indicator=round(20 * s / 100),
        chevron=asset("ui", "chevron-down.svg").as_posix(),
    )
