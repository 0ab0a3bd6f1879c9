"""Push to a REAL Learning Record Store (ralph, fs backend) on 127.0.0.1: exact counts, no duplicates, no loss.

Ralph lives in its own virtualenv (``tools/setup_lrs.sh``); set ``SIMULATOR_RALPH`` to its ``ralph`` executable or
create ``.venv-lrs`` at the repository root. Skipped, with the reason, when it is absent.

The server is ralph's own app (``ralph.api:app``) with the fs backend, started with uvicorn as ``ralph runserver -b
fs`` does, minus two things that break a test: runserver's auto-reload (it watches the current folder) and the fs
backend's INDEX write mode, which refuses every write after the first to its one file (ralph 5.1); APPEND mode
keeps every batch. Ralph's own duplicate-id check (409) is untouched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from records.factory import GOOD, SCENARIOS, play
from simulator.records import lrs, xapi
from simulator.service import Service

pytestmark = pytest.mark.lrs
ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "simulator", "lrs-test-secret"


SERVE = """
import sys, uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
FSDataBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="info")
"""


def ralph_path() -> Path | None:
    for candidate in (os.environ.get("SIMULATOR_RALPH"), str(ROOT / ".venv-lrs" / "bin" / "ralph")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Ralph:
    """One ralph server on loopback with basic-auth credentials; start and stop it at will."""

    def __init__(self, exe: Path, home: Path) -> None:
        self.exe, self.home, self.port = exe, home, free_port()
        self.env = {**os.environ, "RALPH_AUTH_FILE": str(home / "auth.json"), "RALPH_APP_DIR": str(home / "app"),
                    "RALPH_RUNSERVER_BACKEND": "fs"}
        self.proc: subprocess.Popen[bytes] | None = None
        subprocess.run([str(exe), "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-A", USER,
                        "https://simulator.example.org", "-w"], env=self.env, check=True, capture_output=True,
                       timeout=60)

    @property
    def config(self) -> lrs.LrsConfig:
        return lrs.LrsConfig(f"http://127.0.0.1:{self.port}/xAPI", USER, PASSWORD)

    def start(self) -> None:
        log = open(self.home / "ralph.log", "ab")  # noqa: SIM115 - kept open for the server's life
        env = {**self.env, "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.home / "statements")}
        self.proc = subprocess.Popen([str(self.exe.parent / "python"), "-c", SERVE, str(self.port)],
                                     env=env, stdout=log, stderr=subprocess.STDOUT, cwd=self.home)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"ralph stopped: {(self.home / 'ralph.log').read_text()[-2000:]}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        pytest.fail("ralph did not answer within 60 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.proc = None


@pytest.fixture
def ralph(tmp_path: Path) -> Iterator[Ralph]:
    exe = ralph_path()
    if exe is None:
        reason = "ralph is not installed: run tools/setup_lrs.sh or set SIMULATOR_RALPH to its ralph executable"
        if os.environ.get("SIMULATOR_REQUIRE_LRS"):  # CI installs ralph: a skip there would hide a broken setup
            pytest.fail(reason)
        pytest.skip(reason)
    (tmp_path / "ralph").mkdir()
    server = Ralph(exe, tmp_path / "ralph")
    server.start()
    yield server
    server.stop()


def test_push_to_real_lrs_exact_no_duplicates_no_loss(store, ralph: Ralph) -> None:  # type: ignore[no-untyped-def]
    xapi.queue_missing(store, SCENARIOS)
    first = store.counts()["outbox"]
    result = lrs.push(store, ralph.config)
    assert (result.sent, result.pending, result.rejected) == (first, 0, 0), result
    assert len(lrs.read_statements(ralph.config, limit=7)) == first  # paging through "more"

    store.db.execute("UPDATE outbox SET sent_at = NULL")  # lost marks: everything is sent again
    assert lrs.push(store, ralph.config).sent == first
    assert len(lrs.read_statements(ralph.config)) == first

    ralph.stop()
    play(Service(SCENARIOS, store), "Chloé Late", GOOD)
    xapi.queue_missing(store, SCENARIOS)
    down = lrs.push(store, ralph.config, sleep=lambda s: None)
    assert down.sent == 0 and down.pending == 5 and down.error
    ralph.start()
    assert lrs.push(store, ralph.config).sent == 5
    assert len(lrs.read_statements(ralph.config)) == first + 5 == store.counts()["outbox"]
