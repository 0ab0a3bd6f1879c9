"""Helpers for the speech tests: a fake synthesiser and a fake ``aplay`` on PATH.

The fake ``aplay`` is a shell script that logs its pid and its child's pid, then sleeps
for 30 s, so a test can see whether the speaker really killed the whole player group.
"""

from __future__ import annotations

import os
import sys
import threading
import wave
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from simulator.speech import Speaker

WAIT_S = 10.0  # upper bound for any event wait; never a timing assertion

SLEEPING_APLAY = """#!/bin/sh
echo $$ >> "$FAKE_APLAY_LOG"
sleep 30 &
echo $! >> "$FAKE_APLAY_LOG"
wait
"""
FAILING_APLAY = """#!/bin/sh
echo "aplay: main:831: audio open error: No such file or directory" >&2
exit 1
"""

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="stand-in player is a shell script")


def write_silence(path: Path, seconds: float = 0.2) -> None:
    """A short silent 16-bit mono WAV, like pyttsx3 writes."""
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x00\x00" * int(22050 * seconds))


def pid_alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (PID 1 may not reap in containers)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


@dataclass
class FakeSynth:
    """Records each call (text, rate, thread) and can hold the worker on a gate."""

    calls: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)
    entered: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.gate.set()

    def synthesise(self, text: str, lang: str, voice_hint: str, rate: int, path: Path) -> None:
        """Write silence after the gate opens."""
        self.calls.append((text, lang, voice_hint, rate, threading.get_ident()))
        self.entered.set()
        assert self.gate.wait(WAIT_S)
        write_silence(path)

    @property
    def texts(self) -> list[str]:
        """Texts synthesised, in order."""
        return [call[0] for call in self.calls]


@dataclass
class Events:
    """Callback recorder with one Event per started/finished line."""

    started: list[int] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    threads: set[int] = field(default_factory=set)
    _events: dict[tuple[str, int], threading.Event] = field(default_factory=dict)
    error_seen: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def event(self, kind: str, line_id: int) -> threading.Event:
        """The Event set when ``kind`` ('started'/'finished') happens for ``line_id``."""
        with self._lock:
            return self._events.setdefault((kind, line_id), threading.Event())

    def attach(self, speaker: Speaker) -> None:
        """Wire the speaker's callbacks to this recorder."""
        speaker.on_started = lambda i: self._record("started", i)
        speaker.on_finished = lambda i: self._record("finished", i)
        speaker.on_error = self._error

    def _record(self, kind: str, line_id: int) -> None:
        self.threads.add(threading.get_ident())
        getattr(self, kind).append(line_id)
        self.event(kind, line_id).set()

    def _error(self, message: str) -> None:
        self.errors.append(message)
        self.error_seen.set()


def install_player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> Path:
    """Put a stand-in ``aplay`` first on PATH; returns the file where it logs pids."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    exe = bin_dir / "aplay"
    exe.write_text(script)
    exe.chmod(0o755)
    log_file = tmp_path / "aplay-pids.log"
    log_file.touch()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("FAKE_APLAY_LOG", str(log_file))
    return log_file


def player_pids(log_file: Path, count: int) -> list[int]:
    """Pids logged by the stand-in player, waiting (bounded) until ``count`` are there."""
    done = threading.Event()
    for _ in range(int(WAIT_S / 0.01)):
        pids = [int(p) for p in log_file.read_text().split()]
        if len(pids) >= count:
            return pids
        done.wait(0.01)
    raise AssertionError(f"stand-in player logged fewer than {count} pids")




def pid_gone(pid: int) -> bool:
    """True once the process has died; polls (bounded) since a signal is delivered asynchronously."""
    pause = threading.Event()
    for _ in range(int(WAIT_S / 0.01)):
        if not pid_alive(pid):
            return True
        pause.wait(0.01)
    return False
