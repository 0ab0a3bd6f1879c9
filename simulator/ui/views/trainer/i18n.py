"""The trainer area's own translation catalogue (``trainer_<lang>.qm``), installed beside the main one.

Qt asks every installed translator in turn, so this one only needs the trainer screens' texts. The area installs
it when it is built (the main window rebuilds its views when the language changes).
"""

from __future__ import annotations

from simulator.ui import i18n


def use_language(lang: str) -> bool:
    """Install ``trainer_<lang>.qm`` in place of the previous one; False when it cannot be loaded."""
    return i18n.use_language(lang, catalogue="trainer")
