"""Interface languages: French by default, English; ``.qm`` files compiled from the ``.ts`` next to this file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from simulator.paths import translations_dir

log = logging.getLogger(__name__)
_installed: dict[str, QTranslator] = {}


def use_language(lang: str, catalogue: str = "simulator") -> bool:
    """Install ``<catalogue>_<lang>.qm`` in place of that catalogue's previous one; False when it is missing.

    Qt asks every installed translator in turn, so each part of the window (the trainee's screens, the trainer
    area) can keep its own catalogue.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    previous = _installed.pop(catalogue, None)
    if previous is not None:
        app.removeTranslator(previous)
    translator = QTranslator(app)
    path = translations_dir() / f"{catalogue}_{lang}.qm"
    if not translator.load(str(path)):
        log.warning("Interface translation %s could not be loaded; showing the English source texts", path)
        return False
    app.installTranslator(translator)
    _installed[catalogue] = translator
    if catalogue == "simulator":
        QLocale.setDefault(QLocale(lang))
    return True
