"""Durability: pragmas read back, a full disk, a busy file, a read-only folder, two writers at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import new_attempt, raw_integrity, raw_seqs

from simulator.store import Store, StoreError
from simulator.store.errors import translate

CHILD = Path(__file__).with_name("child_writer.py")


def test_durability_pragmas_are_read_back(store: Store) -> None:
    found = store.pragmas()
    assert found["journal_mode"] == "wal"
    assert found["synchronous"] == 2  # FULL
    assert found["foreign_keys"] == 1
    assert found["busy_timeout"] >= 5000


def test_full_disk_reports_plainly_and_loses_nothing_reported(data_dir: Path) -> None:
    store = Store.open(data_dir)
    attempt_id = new_attempt(store)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    saved: list[int] = []
    with pytest.raises(StoreError) as caught:
        for seq in range(1, 5001):
            store.record_choice(attempt_id, seq, "n" * 300, "reply", 1, 900)
            saved.append(seq)
    assert caught.value.kind == "full"
    assert caught.value.message.startswith("The disk is full: the simulator could not save your last choice")
    assert not store.conn.in_transaction
    assert len(store.choices(attempt_id)) == len(saved)  # still readable after the failure
    store.close(backup=False)
    assert saved and raw_seqs(store.path, attempt_id) == set(saved)
    assert raw_integrity(store.path) == ["ok"]


def test_busy_file_reports_plainly_and_saves_nothing(store: Store) -> None:
    attempt_id = new_attempt(store)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.conn.execute("PRAGMA busy_timeout = 50")  # shorten the wait for the test only
    with pytest.raises(StoreError) as caught:
        store.record_choice(attempt_id, 1, "n1", "r1", 1)
    other.execute("ROLLBACK")
    other.close()
    assert caught.value.kind == "locked" and "another copy" in caught.value.message
    assert store.choices(attempt_id) == []


def test_read_only_folder_is_named_in_the_message(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "locked"
    target.mkdir()
    monkeypatch.setattr(os, "access", lambda *_args, **_kw: False)
    with pytest.raises(StoreError) as caught:
        Store.open(target)
    assert caught.value.kind == "readonly" and str(target) in caught.value.message
    assert not (target / "simulator.sqlite").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot be written"):
            Store.open(target)
    finally:
        target.chmod(0o700)


def test_sqlite_errors_are_translated_to_plain_words(tmp_path: Path) -> None:
    error = sqlite3.OperationalError("attempt to write a readonly database")
    assert translate(error, tmp_path).kind == "readonly"
    assert translate(OSError(28, "No space left on device"), tmp_path).kind == "full"
    assert translate(sqlite3.DatabaseError("database disk image is malformed"), tmp_path).kind == "corrupt"


def test_two_processes_writing_at_once_never_see_a_lock(data_dir: Path) -> None:
    Store.open(data_dir).close(backup=False)  # create and migrate first
    n = 1000
    children = [subprocess.Popen([sys.executable, str(CHILD), "counter", str(data_dir), str(n)],
                                 stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [json.loads(child.communicate(timeout=170)[0]) for child in children]
    print("two writers:", [(r["done"], r["error_count"]) for r in results])
    assert [r["error_count"] for r in results] == [0, 0], results
    store = Store.open(data_dir, daily_backup=False)
    assert store.get_meta("counter") == str(2 * n)  # every read-then-write counted exactly once
    store.close(backup=False)
