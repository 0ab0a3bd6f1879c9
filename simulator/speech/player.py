"""Play a WAV file in a way that can be cut off at once from another thread.

pyttsx3's own playback (``os.system("aplay ...")`` inside espeak's callback) cannot be
interrupted, and ``engine.stop()`` never cut the audio in our measurements. So the
speaker only asks pyttsx3 for a file and plays it here: a player child in its own
session (killed with ``os.killpg``, which also reaches any shell wrapper), or
``winsound`` asynchronously on Windows.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from simulator.speech.status import player_command

log = logging.getLogger(__name__)

#: Extra time a player gets beyond the WAV's length before it is killed as stuck.
PLAY_MARGIN_S = 5.0


@dataclass(frozen=True)
class PlayOutcome:
    """How a playback ended: ``stopped`` when we cut it, ``error`` (plain words) when it failed."""

    stopped: bool = False
    error: str = ""


class Player(Protocol):
    """One playback at a time; ``stop`` may be called from any thread, even when idle."""

    def start(self, path: Path) -> None:
        """Start playing ``path``; raises OSError when the player cannot be started."""
        ...

    def wait(self) -> PlayOutcome:
        """Block until the playback ends (bounded by the file's length plus a margin)."""
        ...

    def stop(self) -> None:
        """Cut the current playback now; no effect when nothing plays."""
        ...


def wav_seconds(path: Path) -> float:
    """Length of a WAV file in seconds (0.0 when unreadable)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / float(wav.getframerate() or 1)
    except (OSError, EOFError, wave.Error):
        return 0.0


class ProcessPlayer:
    """``aplay -q FILE`` (Linux) or ``afplay FILE`` (macOS) in its own process group."""

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command if command is not None else player_command()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._stopped = False
        self._limit_s = PLAY_MARGIN_S

    def start(self, path: Path) -> None:
        """Look the player up on PATH now (tests put a stand-in first) and start it."""
        exe = shutil.which(self._command[0]) if self._command else None
        if exe is None:
            raise FileNotFoundError(f"sound player {self._command[:1]} not found")
        args = [exe, *self._command[1:], str(path)]
        with self._lock:
            self._stopped = False
            self._limit_s = wav_seconds(path) + PLAY_MARGIN_S
            self._proc = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, start_new_session=True,
            )

    @property
    def pid(self) -> int | None:
        """Process id of the current player child (for tests and diagnostics)."""
        proc = self._proc
        return proc.pid if proc is not None else None

    def wait(self) -> PlayOutcome:
        """Wait for the child; kill it if it outlives the file by the margin."""
        proc = self._proc
        if proc is None:
            return PlayOutcome()
        try:
            _, err = proc.communicate(timeout=self._limit_s)
        except subprocess.TimeoutExpired:
            log.warning("Sound player still running after %.1f s; killing it", self._limit_s)
            self._kill(signal.SIGKILL)
            proc.communicate()
            with self._lock:
                self._proc = None
            return PlayOutcome(error="the sound player did not finish")
        with self._lock:
            self._proc, stopped = None, self._stopped
        if stopped or proc.returncode == 0:
            return PlayOutcome(stopped=stopped)
        lines = err.decode("utf-8", errors="replace").strip().splitlines()
        return PlayOutcome(error=lines[-1] if lines else f"the player exited with code {proc.returncode}")

    def stop(self) -> None:
        """Kill the player's whole process group (the shell and the player in it)."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                self._stopped = True
                self._kill(signal.SIGTERM)

    def _kill(self, sig: int) -> None:
        """Signal the child's process group; it may already be gone."""
        proc = self._proc
        if proc is None:
            return
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError) as exc:
            log.debug("Player %s already gone: %s", proc.pid, exc)


class WinsoundPlayer:
    """Windows: ``winsound.PlaySound`` asynchronously; stopping purges the sound."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._seconds = 0.0
        self._stopped = False

    def start(self, path: Path) -> None:
        """Play without blocking; the length of the file tells when it is over."""
        self._done.clear()
        self._stopped = False
        self._seconds = wav_seconds(path)
        if sys.platform == "win32":  # the check also tells mypy where winsound exists
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)

    def wait(self) -> PlayOutcome:
        """winsound gives no end notice: wait the file's length or until stopped."""
        self._done.wait(self._seconds)
        self._done.set()
        return PlayOutcome(stopped=self._stopped)

    def stop(self) -> None:
        """Stop any sound this process plays."""
        self._stopped = not self._done.is_set()
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(None, winsound.SND_PURGE)
        self._done.set()


def make_player() -> Player:
    """The player for this platform."""
    return WinsoundPlayer() if sys.platform == "win32" else ProcessPlayer()
