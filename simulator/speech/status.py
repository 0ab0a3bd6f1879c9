"""Whether speech can work on this computer, and why not in plain words.

Speech is a comfort, never a requirement: a missing engine or player must leave the
trainer usable. The UI shows :attr:`SpeechStatus.reason` (or translates by
:attr:`SpeechStatus.code`) instead of failing.
"""

from __future__ import annotations

import ctypes.util
import logging
import shutil
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

OK = "ok"
NO_ENGINE = "no_engine"
NO_PLAYER = "no_player"
INIT_FAILED = "init_failed"

#: Plain-word reasons per code, English then French (the UI may translate by code instead).
REASONS: dict[str, tuple[str, str]] = {
    OK: ("Speech is on.", "La voix est active."),
    NO_ENGINE: (
        "Speech is off: the espeak-ng speech engine is not installed on this computer.",
        "La voix est coupée : le moteur de synthèse vocale espeak-ng n'est pas installé sur cet ordinateur.",
    ),
    NO_PLAYER: (
        "Speech is off: no sound player was found on this computer (aplay, from alsa-utils).",
        "La voix est coupée : aucun lecteur de son n'a été trouvé sur cet ordinateur "
        "(aplay, du paquet alsa-utils).",
    ),
    INIT_FAILED: (
        "Speech is off: the speech engine could not be started. The details are in the log.",
        "La voix est coupée : le moteur de synthèse vocale n'a pas pu démarrer. "
        "Les détails sont dans le journal.",
    ),
}


@dataclass(frozen=True)
class SpeechStatus:
    """Whether the speaker can talk; ``reason`` is English plain words, ``code`` a stable key."""

    available: bool
    reason: str
    code: str = OK

    @classmethod
    def of(cls, code: str) -> SpeechStatus:
        """Build the status for one of the reason codes above."""
        return cls(available=code == OK, reason=REASONS[code][0], code=code)

    def reason_in(self, lang: str) -> str:
        """The reason in French when ``lang`` starts with ``fr``, else in English."""
        english, french = REASONS.get(self.code, (self.reason, self.reason))
        return french if lang.lower().startswith("fr") else english


def player_command() -> list[str]:
    """The external player for this platform (empty on Windows, where winsound is used)."""
    if sys.platform == "win32":
        return []
    if sys.platform == "darwin":
        return ["afplay"]
    return ["aplay", "-q"]


def engine_library_found() -> bool:
    """True when pyttsx3 has a native engine to load (espeak-ng on Linux; SAPI5/NSSS elsewhere)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return ctypes.util.find_library("espeak-ng") is not None


def player_found() -> bool:
    """True when the platform's player can be started (looked up on PATH each time)."""
    command = player_command()
    return not command or shutil.which(command[0]) is not None


def availability() -> SpeechStatus:
    """Check engine library and player without starting an engine (safe from any thread)."""
    if not engine_library_found():
        return SpeechStatus.of(NO_ENGINE)
    if not player_found():
        return SpeechStatus.of(NO_PLAYER)
    return SpeechStatus.of(OK)
