"""Preferences of this computer, through one typed wrapper over ``QSettings``.

One table of defaults, one property per key: no settings key is spelled anywhere
else. Training progress never lives here (it is in the SQLite store).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
MODES = ("practice", "assessment")
TEXT_SCALES = (100, 125, 150)  # percent of the base font
VOICE_RATES = (140, 175, 210)  # slow, normal, fast (words per minute)

DEFAULTS: dict[str, Any] = {
    "language": "fr",
    "speech_on": True,
    "voice_rate": 175,
    "text_scale": 100,
    "mode": "practice",
}
_ALLOWED: dict[str, tuple[Any, ...]] = {
    "language": LANGUAGES, "speech_on": (True, False), "voice_rate": VOICE_RATES,
    "text_scale": TEXT_SCALES, "mode": MODES,
}


class Settings(QObject):
    """Typed access to the preferences; ``changed(key)`` tells views what to redraw."""

    changed = Signal(str)

    def __init__(self, backend: QSettings) -> None:
        super().__init__()
        self._backend = backend

    @classmethod
    def in_folder(cls, folder: Path) -> Settings:
        """Preferences kept next to the progress database (so ``--data-dir`` isolates both)."""
        folder.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))

    def get(self, key: str) -> Any:
        """The stored value, or the default when missing or not one of the allowed values."""
        default = DEFAULTS[key]
        raw = self._backend.value(key, default)
        value = _coerce(raw, type(default))
        if value not in _ALLOWED[key]:
            log.info("Ignoring setting %s=%r (not allowed)", key, raw)
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        if value not in _ALLOWED[key]:
            raise ValueError(f"{key} cannot be {value!r}")
        if value != self.get(key):
            self._backend.setValue(key, value)
            self._backend.sync()
            self.changed.emit(key)

    language = property(lambda self: str(self.get("language")), lambda self, v: self.set("language", v))
    speech_on = property(lambda self: bool(self.get("speech_on")), lambda self, v: self.set("speech_on", v))
    voice_rate = property(lambda self: int(self.get("voice_rate")), lambda self, v: self.set("voice_rate", v))
    text_scale = property(lambda self: int(self.get("text_scale")), lambda self, v: self.set("text_scale", v))
    mode = property(lambda self: str(self.get("mode")), lambda self, v: self.set("mode", v))


def _coerce(raw: Any, kind: type) -> Any:
    """QSettings' INI backend hands back strings: turn them into the default's type."""
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    try:
        return kind(raw)
    except (TypeError, ValueError):
        return None
