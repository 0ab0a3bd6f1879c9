"""A writer killed with SIGKILL at random moments never loses a choice it reported as saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import new_attempt, raw_integrity, raw_seqs

from simulator.store import Store

CHILD = Path(__file__).with_name("child_writer.py")
KILLS = 100


def _spawn(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), "crash", str(data_dir)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


def _kill_after_ready(child: subprocess.Popen[str], attempt_id: str, start: int, delay: float) -> list[int]:
    """Start writing from ``start``, SIGKILL after ``delay`` seconds; return the seqs reported as saved."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{attempt_id} {start}\n")
    child.stdin.flush()
    assert child.stdout.readline() == "ready\n"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.stdin.close()
    out = child.stdout.read()  # same buffered reader as readline: nothing it read ahead is lost
    child.wait(timeout=30)
    return [int(line) for line in out.splitlines(keepends=True) if line.endswith("\n")]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_never_loses_a_reported_choice(data_dir: Path) -> None:
    store = Store.open(data_dir)
    attempt_id = new_attempt(store)
    store.close()
    rng = random.Random(20240611)
    reported: set[int] = set()
    found: set[int] = set()
    start, child = 1, _spawn(data_dir)
    for _ in range(KILLS):
        nxt = _spawn(data_dir)  # imports while this one writes: keeps the test short
        reported.update(_kill_after_ready(child, attempt_id, start, rng.uniform(0, 0.05)))
        assert raw_integrity(store.path) == ["ok"]
        found = raw_seqs(store.path, attempt_id)
        assert reported <= found, f"lost after a kill: {sorted(reported - found)[:10]}"
        start, child = max(found, default=0) + 1, nxt
    child.kill()
    child.communicate(timeout=30)
    print(f"\ncrash test: {KILLS} kills, {len(reported)} choices reported saved, {len(found)} found in the file")
    assert len(reported) >= KILLS // 2  # the kills really landed while writing (even on a loaded machine)
