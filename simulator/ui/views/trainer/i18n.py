"""The trainer area's own translation catalogue (``trainer_<lang>.qm``), installed beside the main one.

Qt asks every installed translator in turn, so this one only needs the trainer screens' texts. The area installs
it when it is built (the main window rebuilds its views when the language changes).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from simulator.paths import translations_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def use_language(lang: str) -> bool:
    """Install ``trainer_<lang>.qm`` in place of the previous one; False when it cannot be loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    translator = QTranslator(app)
    path = translations_dir() / f"trainer_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("Trainer translation %s could not be loaded; showing the English source texts", path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
