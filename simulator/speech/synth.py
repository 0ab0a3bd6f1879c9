"""Text to WAV file with pyttsx3, following the rules measured in speech-notes.md.

Every method here must run on the one speech worker thread that created the engine:
one engine, created once, kept referenced, with one bare ``runAndWait()`` right after
``init()`` (the first one does not wait); then exactly one non-empty ``save_to_file()``
per ``runAndWait()``; never ``stop()``, ``say()`` or another bare ``runAndWait()``.
Property changes wait for espeak to be idle, or the next ``runAndWait()`` may cancel them.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Protocol

from simulator.speech.voices import VoiceSettings, choose_voice

log = logging.getLogger(__name__)

IDLE_POLL_S = 0.005
IDLE_MAX_POLLS = 400  # 2 s at most: espeak is normally idle between our lines
WAV_HEADER_BYTES = 44


class SynthesisError(RuntimeError):
    """The engine did not produce a usable WAV for a line."""


class Synthesiser(Protocol):
    """What the speaker's worker needs: one call that writes one WAV file."""

    def synthesise(self, text: str, lang: str, voice_hint: str, rate: int, path: Path) -> None:
        """Write ``text`` spoken in ``lang`` with ``voice_hint`` at ``rate`` words/min to ``path``."""
        ...


class Pyttsx3Synth:
    """pyttsx3 engine owned by the calling thread (create it on the speech worker)."""

    def __init__(self, driver_name: str | None = None) -> None:
        import pyttsx3  # local: a missing engine must not break importing the package

        self._errors: list[str] = []
        self._engine: Any = pyttsx3.init(driver_name)
        self._engine.connect("error", self._on_engine_error)
        self._engine.runAndWait()  # trap: the first runAndWait() on a fresh engine does not wait
        self.driver = str(getattr(self._engine, "driver_name", driver_name or ""))
        self._voices = list(self._engine.getProperty("voices") or [])
        self._applied: VoiceSettings | None = None
        log.info("Speech engine %s ready with %d voices", self.driver, len(self._voices))

    def _on_engine_error(self, name: Any = None, exception: BaseException | None = None, **_: Any) -> None:
        """pyttsx3 reports bad properties only here (no raise): keep them for the caller."""
        self._errors.append(str(exception))
        log.warning("Speech engine error: %s", exception)

    def _wait_idle(self) -> None:
        """Wait (bounded) for espeak to be idle, so a property change is not cancelled."""
        if self.driver != "espeak":
            return
        from pyttsx3.drivers import _espeak

        for _ in range(IDLE_MAX_POLLS):
            if not _espeak.IsPlaying():
                return
            time.sleep(IDLE_POLL_S)
        log.warning("espeak still busy after %.1f s; setting properties anyway", IDLE_MAX_POLLS * IDLE_POLL_S)

    def _apply(self, settings: VoiceSettings) -> None:
        """Set voice, rate and pitch, only when they differ from the last line's."""
        if settings == self._applied:
            return
        self._wait_idle()
        if settings.voice_id is not None:
            self._engine.setProperty("voice", settings.voice_id)
        self._engine.setProperty("rate", settings.rate)
        if settings.pitch is not None:
            self._engine.setProperty("pitch", settings.pitch)
        self._wait_idle()
        self._applied = settings

    def settings_for(self, lang: str, voice_hint: str, rate: int) -> VoiceSettings:
        """The voice settings this engine would use for a line (for logs and tests)."""
        return choose_voice(self._voices, lang, voice_hint, rate, self.driver)

    def synthesise(self, text: str, lang: str, voice_hint: str, rate: int, path: Path) -> None:
        """Write one WAV; raises SynthesisError when no audio came out."""
        if not text.strip():
            raise SynthesisError("empty text")  # trap: an empty utterance hangs runAndWait()
        self._errors.clear()
        self._apply(self.settings_for(lang, voice_hint, rate))
        path.unlink(missing_ok=True)
        self._engine.save_to_file(text, str(path))
        self._engine.runAndWait()
        if not path.exists() or path.stat().st_size <= WAV_HEADER_BYTES:
            self._applied = None  # a rejected property may be the cause: set them all again next time
            detail = "; ".join(self._errors) or "no detail"
            raise SynthesisError(f"no audio written to {path.name} ({detail})")
