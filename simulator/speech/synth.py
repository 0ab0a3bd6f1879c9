"""Text to WAV file with pyttsx3, following the rules measured in speech-notes.md.

The rules: one engine per process, created once, kept referenced, with one bare
``runAndWait()`` right after ``init()`` (the first one does not wait); then exactly one
non-empty ``save_to_file()`` per ``runAndWait()``, one thread at a time; never ``stop()``,
``say()`` or another bare ``runAndWait()``.
Property changes wait for espeak to be idle, or the next ``runAndWait()`` may cancel them.
"""

from __future__ import annotations

import atexit
import logging
import sys
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from simulator.speech.voices import VoiceSettings, choose_voice

log = logging.getLogger(__name__)

IDLE_POLL_S = 0.005
IDLE_MAX_POLLS = 400  # 2 s at most: espeak is normally idle between our lines
WAV_HEADER_BYTES = 44

#: espeak-ng is one library per process and pyttsx3 caches engines per driver name; two
#: engines share one callback and the older one hangs (notes §3c). So every Speaker in
#: the process uses the same engine, kept referenced here, and takes turns with this lock.
_ENGINE_LOCK = threading.Lock()
_ENGINES: dict[str, Any] = {}
_ERRORS: list[str] = []
_LAST_USER: list[object] = [None]


@atexit.register
def _release_engines() -> None:
    """Quiet pyttsx3 at exit: its ``DriverProxy.__del__`` fails noisily once modules are torn down."""
    _ENGINES.clear()
    driver = sys.modules.get("pyttsx3.driver")
    if driver is not None:  # the process is ending: the driver needs no cleanup that outlives it
        driver.DriverProxy.__del__ = lambda _self: None


class SynthesisError(RuntimeError):
    """The engine did not produce a usable WAV for a line."""


class Synthesiser(Protocol):
    """What the speaker's worker needs: one call that writes one WAV file."""

    def synthesise(self, text: str, lang: str, voice_hint: str, rate: int, path: Path) -> None:
        """Write ``text`` spoken in ``lang`` with ``voice_hint`` at ``rate`` words/min to ``path``."""
        ...


def _quiet_espeak_driver() -> None:
    """The espeak driver prints "Audio saved to ..." per file; send that to the debug log.

    Shadowing ``print`` in that one module is thread-safe, unlike redirecting sys.stdout.
    """
    module = sys.modules.get("pyttsx3.drivers.espeak")
    if module is not None:
        module.__dict__["print"] = lambda *args, **_: log.debug(" ".join(map(str, args)))


def _on_engine_error(name: Any = None, exception: BaseException | None = None, **_: Any) -> None:
    """pyttsx3 reports a rejected property only here (no raise): keep it for the caller."""
    _ERRORS.append(str(exception))
    log.warning("Speech engine error: %s", exception)


def _shared_engine(driver_name: str | None) -> Any:
    """The process's engine for ``driver_name``, created and primed once (call under the lock)."""
    key = driver_name or ""
    if key not in _ENGINES:
        import pyttsx3  # local: a missing engine must not break importing the package

        engine = pyttsx3.init(driver_name)
        engine.connect("error", _on_engine_error)
        engine.runAndWait()  # trap: the first runAndWait() on a fresh engine does not wait
        _ENGINES[key] = engine
        _quiet_espeak_driver()
    return _ENGINES[key]


class Pyttsx3Synth:
    """The process's pyttsx3 engine as seen by one speech worker."""

    def __init__(self, driver_name: str | None = None) -> None:
        with _ENGINE_LOCK:
            self._engine = _shared_engine(driver_name)
            self.driver = str(getattr(self._engine, "driver_name", driver_name or ""))
            self._voices = list(self._engine.getProperty("voices") or [])
        self._applied: VoiceSettings | None = None
        log.info("Speech engine %s ready with %d voices", self.driver, len(self._voices))

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
        """Set voice, rate and pitch, only when they differ from what this engine last used."""
        if settings == self._applied and _LAST_USER[0] is self:
            return
        self._wait_idle()
        if settings.voice_id is not None:
            self._engine.setProperty("voice", settings.voice_id)
        self._engine.setProperty("rate", settings.rate)
        if settings.pitch is not None:
            self._engine.setProperty("pitch", settings.pitch)
        self._wait_idle()
        self._applied = settings
        _LAST_USER[0] = self

    def settings_for(self, lang: str, voice_hint: str, rate: int) -> VoiceSettings:
        """The voice settings this engine would use for a line (for logs and tests)."""
        return choose_voice(self._voices, lang, voice_hint, rate, self.driver)

    def synthesise(self, text: str, lang: str, voice_hint: str, rate: int, path: Path) -> None:
        """Write one WAV; raises SynthesisError when no audio came out."""
        if not text.strip():
            raise SynthesisError("empty text")  # trap: an empty utterance hangs runAndWait()
        with _ENGINE_LOCK:
            _ERRORS.clear()
            self._apply(self.settings_for(lang, voice_hint, rate))
            path.unlink(missing_ok=True)
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
            if not path.exists() or path.stat().st_size <= WAV_HEADER_BYTES:
                self._applied = None  # a rejected property may be the cause: set all again next time
                raise SynthesisError(f"no audio written to {path.name} ({'; '.join(_ERRORS) or 'no detail'})")
