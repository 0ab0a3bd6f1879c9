"""Interface languages: French by default, English; ``.qm`` files compiled from the ``.ts`` next to this file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from simulator.paths import translations_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def use_language(lang: str) -> bool:
    """Install the translator for ``lang`` (replacing the previous one); False when its file is missing."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    translator = QTranslator(app)
    path = translations_dir() / f"simulator_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("Interface translation %s could not be loaded; showing the English source texts", path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(lang))
    return True
