"""What the UI may rely on (``SpeakerProtocol``) and a stand-in for UI tests (``FakeSpeaker``).

The fake "speaks" on its own worker thread, like the real speaker, so UI tests catch a
callback that touches widgets from the wrong thread. It needs neither espeak nor a sound card.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from simulator.speech.status import OK, SpeechStatus
from simulator.speech.voices import clamp_rate

log = logging.getLogger(__name__)


class SpeakerProtocol(Protocol):
    """The speaker as the UI sees it; callbacks run on a worker thread, never the caller's."""

    on_started: Callable[[int], None] | None
    on_finished: Callable[[int], None] | None
    on_error: Callable[[str], None] | None

    def say(self, text: str, lang: str, voice_hint: str = "") -> int:
        """Speak soon, return the line id at once; a newer line cuts the current one."""
        ...

    def stop(self) -> None:
        """Cut the current line."""
        ...

    def replay(self) -> int | None:
        """Say the last line again."""
        ...

    def set_muted(self, muted: bool) -> None:
        """Muted: stop and ignore new lines."""
        ...

    def set_rate(self, words_per_minute: int) -> None:
        """Rate for the next lines."""
        ...

    def status(self, timeout: float = 5.0) -> SpeechStatus:
        """Whether speech works, and why not in plain words."""
        ...

    def close(self, timeout: float = 3.0) -> bool:
        """End the worker (bounded); True when it ended in time."""
        ...


@dataclass(frozen=True)
class SaidLine:
    """One line the fake spoke, and on which thread."""

    line_id: int
    text: str
    lang: str
    voice_hint: str
    rate: int
    thread_id: int


class FakeSpeaker:
    """Records lines instead of speaking them, on its own worker thread."""

    def __init__(self, status: SpeechStatus | None = None) -> None:
        self.on_started: Callable[[int], None] | None = None
        self.on_finished: Callable[[int], None] | None = None
        self.on_error: Callable[[str], None] | None = None
        self.said: list[SaidLine] = []
        self.stops = 0
        self.muted = False
        self.rate = 175
        self._status = status or SpeechStatus.of(OK)
        self._next_id = 0
        self._last: tuple[str, str, str] | None = None
        self._idle_marker = threading.Event()
        self._jobs: queue.Queue[tuple[int, str, str, str] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="fake-speech-worker", daemon=True)
        self._thread.start()

    def say(self, text: str, lang: str, voice_hint: str = "") -> int:
        """Queue the line for the worker, which records it and calls the callbacks."""
        self._next_id += 1
        self._last = (text, lang, voice_hint)
        if not self.muted and self._status.available:
            self._jobs.put((self._next_id, text, lang, voice_hint))
        return self._next_id

    def stop(self) -> None:
        """Count the stop."""
        self.stops += 1

    def replay(self) -> int | None:
        """Say the last line again."""
        return None if self._last is None else self.say(*self._last)

    def set_muted(self, muted: bool) -> None:
        """Muting also counts as a stop, as in the real speaker."""
        self.muted = muted
        if muted:
            self.stop()

    def set_rate(self, words_per_minute: int) -> None:
        """Keep the clamped rate, as the real speaker does."""
        self.rate = clamp_rate(words_per_minute)

    def status(self, timeout: float = 5.0) -> SpeechStatus:
        """The status given at construction."""
        return self._status

    def write_wav(self, text: str, lang: str, voice_hint: str, path: Path, timeout: float = 30.0) -> Path:
        """Write a short silent WAV, so diagnostics can be exercised without espeak."""
        import wave

        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(22050)
            wav.writeframes(b"\x00\x00" * 2205)
        return Path(path)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """For tests: wait until every queued line was "spoken" (bounded)."""
        self._idle_marker = threading.Event()  # set before queuing: the worker reads it
        self._jobs.put((-1, "", "", ""))
        return self._idle_marker.wait(timeout)

    def close(self, timeout: float = 3.0) -> bool:
        """End the worker."""
        self._jobs.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        """Worker: record each line with this thread's ident, then call the callbacks."""
        while (job := self._jobs.get()) is not None:
            line_id, text, lang, hint = job
            if line_id == -1:
                self._idle_marker.set()
                continue
            self.said.append(SaidLine(line_id, text, lang, hint, self.rate, threading.get_ident()))
            for callback in (self.on_started, self.on_finished):
                if callback is not None:
                    callback(line_id)
