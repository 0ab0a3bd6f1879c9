"""The speaker: customer lines spoken on one worker thread, the newest line always wins.

Why this shape (see speech-notes.md): pyttsx3 with espeak-ng hangs or drops work when
used from several threads or interrupted with ``engine.stop()``. So one worker thread
owns the engine and only ever writes a WAV per line (about 10 ms); the WAV is then played
by a killable player. ``say()`` never waits: it leaves the line in a one-slot mailbox
(a newer line replaces an unstarted one) and kills the current player.

Callbacks ``on_started(line_id)``, ``on_finished(line_id)`` and ``on_error(message)`` are
plain callables run on the worker thread; the UI turns them into queued signals.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from simulator.speech.jobs import Line, WavJob, clip_text
from simulator.speech.player import Player, make_player
from simulator.speech.status import INIT_FAILED, NO_ENGINE, OK, SpeechStatus, availability
from simulator.speech.synth import Pyttsx3Synth, Synthesiser
from simulator.speech.voices import clamp_rate

log = logging.getLogger(__name__)

DEFAULT_RATE = 175  # espeak-ng's own default; pyttsx3 would use 200


class SpeechError(RuntimeError):
    """A diagnostic synthesis (``write_wav``) could not be done; the message is plain words."""


class Speaker:
    """Speaks lines off the caller's thread; see the module docstring for the rules."""

    def __init__(
        self,
        *,
        rate: int = DEFAULT_RATE,
        synth_factory: Callable[[], Synthesiser] | None = None,
        player: Player | None = None,
        max_chars: int = 4000,
    ) -> None:
        self.on_started: Callable[[int], None] | None = None
        self.on_finished: Callable[[int], None] | None = None
        self.on_error: Callable[[str], None] | None = None
        self.speaking_thread_id: int | None = None  # ident of the thread that last synthesised a line
        self.last_synth_ms: float | None = None  # say() -> WAV ready, for the last line
        self._factory = synth_factory
        self._player = player if player is not None else make_player()
        self._max_chars = max_chars
        self._cond = threading.Condition()
        self._pending: Line | None = None
        self._wav_jobs: deque[WavJob] = deque()
        self._wanted: int | None = None  # the only line allowed to start playing
        self._last: Line | None = None
        self._next_id = 0
        self._muted = False
        self._closing = False
        self._rate = clamp_rate(rate)
        self._status = SpeechStatus.of(INIT_FAILED)
        self._ready = threading.Event()
        self._tmpdir = Path(tempfile.mkdtemp(prefix="simulator-speech-"))
        self._thread = threading.Thread(target=self._run, name="speech-worker", daemon=True)
        self._thread.start()

    # -- caller side (any thread, never blocks on speech) ---------------------------------

    def say(self, text: str, lang: str, voice_hint: str = "") -> int:
        """Speak ``text`` soon; returns its line id at once. A newer line cuts this one."""
        line = self._new_line(text, lang, voice_hint)
        with self._cond:
            self._last = line
            if self._muted or self._closing or not line.text:
                return line.line_id
            self._pending, self._wanted = line, line.line_id
            self._player.stop()
            self._cond.notify_all()
        return line.line_id

    def _new_line(self, text: str, lang: str, voice_hint: str) -> Line:
        """Number and clip a line (long texts crashed espeak: notes §6)."""
        with self._cond:
            self._next_id += 1
            line_id = self._next_id
        return Line(line_id, clip_text(text, self._max_chars), lang, voice_hint, time.perf_counter())

    def stop(self) -> None:
        """Cut the current line and drop any line not started yet."""
        with self._cond:
            self._pending, self._wanted = None, None
            self._player.stop()

    def replay(self) -> int | None:
        """Say the last line again (None when nothing was said yet)."""
        last = self._last
        return None if last is None else self.say(last.text, last.lang, last.voice_hint)

    def set_muted(self, muted: bool) -> None:
        """Muted: stop now and ignore new lines (they are still remembered for replay)."""
        with self._cond:
            self._muted = muted
        if muted:
            self.stop()

    @property
    def muted(self) -> bool:
        """Whether new lines are ignored."""
        return self._muted

    def set_rate(self, words_per_minute: int) -> None:
        """Speech rate for the next lines (80-450 words/min); our own copy is the truth (notes §2)."""
        self._rate = clamp_rate(words_per_minute)

    @property
    def rate(self) -> int:
        """The rate the next line will use (pyttsx3's getProperty('rate') can be wrong)."""
        return self._rate

    @property
    def worker_thread_id(self) -> int | None:
        """Ident of the worker thread that owns the engine."""
        return self._thread.ident

    def status(self, timeout: float = 5.0) -> SpeechStatus:
        """Whether speech works, once the worker has started the engine (bounded wait)."""
        self._ready.wait(timeout)
        return self._status

    def write_wav(self, text: str, lang: str, voice_hint: str, path: Path, timeout: float = 30.0) -> Path:
        """Synthesise to ``path`` on the worker (no playback); raises SpeechError on failure."""
        job = WavJob(clip_text(text, self._max_chars), lang, voice_hint, Path(path))
        if not job.text:
            raise SpeechError("There is no text to speak.")
        with self._cond:
            if self._closing:
                raise SpeechError("The speaker is closed.")
            self._wav_jobs.append(job)
            self._cond.notify_all()
        if not job.done.wait(timeout):
            raise SpeechError(f"Speech synthesis did not finish within {timeout:.0f} s.")
        if job.error:
            raise SpeechError(job.error)
        return job.path

    def close(self, timeout: float = 3.0) -> bool:
        """Stop speaking, end the worker and remove temp files; True when the worker ended in time."""
        with self._cond:
            self._closing = True
            self._pending, self._wanted = None, None
            self._player.stop()
            self._cond.notify_all()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("Speech worker did not end within %.1f s (left as a daemon thread)", timeout)
            return False
        return True

    # -- worker side ------------------------------------------------------------------------

    def _run(self) -> None:
        """Worker loop: start the engine here (it must live on this thread), then serve jobs."""
        synth = self._start_synth()
        self._ready.set()
        try:
            while (job := self._next_job()) is not None:
                if isinstance(job, WavJob):
                    self._do_wav(synth, job)
                else:
                    self._do_line(synth, job)
        finally:
            self._fail_wav_jobs("The speaker was closed.")
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    def _start_synth(self) -> Synthesiser | None:
        """Create the engine on this thread; on failure speech is off and the app goes on."""
        static = availability()
        if self._factory is None and static.code == NO_ENGINE:
            self._status = static
            return None
        try:
            synth = self._factory() if self._factory is not None else Pyttsx3Synth()
        except Exception:  # RuntimeError or ModuleNotFoundError from pyttsx3 (notes §5)
            log.exception("Speech engine could not be started; speech is off")
            self._status = SpeechStatus.of(INIT_FAILED)
            return None
        self._status = static if static.code != NO_ENGINE else SpeechStatus.of(OK)
        return synth

    def _next_job(self) -> Line | WavJob | None:
        """Block until there is work; diagnostics first, then the newest line; None on close."""
        with self._cond:
            while not (self._closing or self._pending or self._wav_jobs):
                self._cond.wait()
            if self._closing:
                return None
            if self._wav_jobs:
                return self._wav_jobs.popleft()
            line, self._pending = self._pending, None
            return line

    def _do_wav(self, synth: Synthesiser | None, job: WavJob) -> None:
        """Serve one write_wav request."""
        try:
            if synth is None:
                raise SpeechError(self._status.reason)
            synth.synthesise(job.text, job.lang, job.voice_hint, self._rate, job.path)
        except Exception as exc:
            log.warning("Could not write speech to %s: %s", job.path, exc)
            job.error = f"Speech could not be written to {job.path}: {exc}"
        job.done.set()

    def _do_line(self, synth: Synthesiser | None, line: Line) -> None:
        """Synthesise one line, then play it unless a newer line or stop() came meanwhile."""
        if synth is None or not self._status.available:
            log.info("Speech is off (%s); line %d not spoken", self._status.code, line.line_id)
            return
        self.speaking_thread_id = threading.get_ident()
        path = self._tmpdir / f"line-{line.line_id}.wav"
        try:
            synth.synthesise(line.text, line.lang, line.voice_hint, self._rate, path)
        except Exception as exc:
            log.warning("Speech synthesis failed for line %d: %s", line.line_id, exc)
            self._emit_error("This line could not be turned into speech.")
            return
        self.last_synth_ms = (time.perf_counter() - line.said_at) * 1000.0
        try:
            self._play(line, path)
        finally:
            path.unlink(missing_ok=True)

    def _play(self, line: Line, path: Path) -> None:
        """Start the player only if this line is still the wanted one, then wait for its end."""
        with self._cond:
            if self._wanted != line.line_id:
                return
            try:
                self._player.start(path)
            except OSError as exc:
                log.warning("Sound player could not start: %s", exc)
                self._emit_error("The sound could not be played: no sound player could be started.")
                return
        self._emit(self.on_started, line.line_id)
        outcome = self._player.wait()
        self._emit(self.on_finished, line.line_id)
        if outcome.error:
            log.warning("Sound player failed for line %d: %s", line.line_id, outcome.error)
            self._emit_error(f"The sound could not be played (is a sound card connected?): {outcome.error}")

    def _emit(self, callback: Callable[..., None] | None, argument: object) -> None:
        """Call a UI callback; its bugs must not kill the worker."""
        if callback is None:
            return
        try:
            callback(argument)
        except Exception:
            log.exception("Speech callback failed")

    def _emit_error(self, message: str) -> None:
        """Report a plain-words problem to the UI (from the worker thread)."""
        self._emit(self.on_error, message)

    def _fail_wav_jobs(self, message: str) -> None:
        """Release any write_wav caller still waiting when the worker ends."""
        with self._cond:
            while self._wav_jobs:
                job = self._wav_jobs.popleft()
                job.error = message
                job.done.set()
