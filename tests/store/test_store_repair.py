"""Damaged files are detected at open, set aside untouched, and replaced by the newest verified backup."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from store_helpers import raw_integrity

from simulator.store import Store, StoreError
from simulator.store.backup import KEEP, list_backups


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _two_sessions(data_dir: Path, extra_rows: int = 0) -> Path:
    """Ana is in the last backup (taken on close); Ben was added after it."""
    store = Store.open(data_dir)
    ana = store.ensure_trainee("Ana", shop="Paris")
    attempt_id = store.start_attempt(ana.id, "cap", 1, None, "practice", "fr")
    with store.write():  # one transaction: enough pages for a corruption "in the middle", quickly
        store.db.conn.executemany(
            "INSERT INTO choices (attempt_id, seq, node_id, reply_id, position, chosen_at) VALUES (?, ?, ?, ?, 1, '')",
            [(attempt_id, seq, f"node-{seq:05d}" * 8, "reply") for seq in range(1, extra_rows + 1)])
    store.close()
    store = Store.open(data_dir)
    store.ensure_trainee("Ben")
    store.close(backup=False)
    return store.path


def _open_after_damage(data_dir: Path, path: Path) -> Store:
    damaged = _digest(path)
    store = Store.open(data_dir)
    notice = store.repaired
    assert notice is not None and notice.set_aside is not None
    assert notice.set_aside.name.startswith("simulator.sqlite.") and notice.set_aside.name.endswith(".corrupt")
    assert _digest(notice.set_aside) == damaged  # kept as it was: nothing written into it
    return store


def test_flipped_header_is_repaired_from_the_last_backup(data_dir: Path) -> None:
    path = _two_sessions(data_dir)
    with open(path, "r+b") as handle:
        handle.write(bytes(b ^ 0xFF for b in handle.read(16)))
    store = _open_after_damage(data_dir, path)
    assert store.repaired is not None and store.repaired.backup is not None
    assert "not a database" in store.repaired.message and "was restored" in store.repaired.message
    assert [t.display_name for t in store.trainees()] == ["Ana"]
    assert store.check().ok
    store.close()


def test_damaged_page_in_the_middle_is_repaired(data_dir: Path) -> None:
    path = _two_sessions(data_dir, extra_rows=3000)
    pages = path.stat().st_size // 4096
    assert pages > 20
    with open(path, "r+b") as handle:
        handle.seek((pages // 2) * 4096)
        handle.write(random.Random(7).randbytes(4096))
    store = _open_after_damage(data_dir, path)
    assert store.repaired is not None and "was restored" in store.repaired.message
    assert [t.display_name for t in store.trainees()] == ["Ana"]
    assert store.counts()["choices"] == 3000
    store.close()


def test_no_backup_means_a_fresh_book_and_says_so(data_dir: Path) -> None:
    path = _two_sessions(data_dir)
    for backup in list_backups(data_dir):
        backup.unlink()
    path.write_bytes(b"this is not a database at all" * 100)
    store = _open_after_damage(data_dir, path)
    assert store.repaired is not None and store.repaired.backup is None
    assert "no backup was found" in store.repaired.message
    assert store.trainees() == []
    store.close()


def test_backups_are_verified_and_only_the_newest_kept(store: Store) -> None:
    made = [store.backup() for _ in range(KEEP + 3)]
    kept = store.backups()
    assert len(kept) == KEEP and kept[0] == made[-1]
    assert all(raw_integrity(p) == ["ok"] for p in kept)
    assert not list((store.data_dir / "backups").glob("*.tmp"))


def test_restore_puts_back_a_backup_and_keeps_the_current_file(store: Store) -> None:
    store.ensure_trainee("Ana")
    store.backup()
    store.ensure_trainee("Ben")
    aside = store.restore()
    assert aside is not None and aside.exists() and aside.name.endswith(".replaced")
    assert [t.display_name for t in store.trainees()] == ["Ana"]
    store.ensure_trainee("Chloé")  # the store keeps working on the restored file
    assert store.check().ok and store.pragmas()["journal_mode"] == "wal"


def test_restore_refuses_an_unusable_backup(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "simulator-20240101-000000.sqlite"
    bad.write_bytes(b"junk" * 1000)
    store.ensure_trainee("Ana")
    with pytest.raises(StoreError) as caught:
        store.restore(bad)
    assert caught.value.code == "unusable_backup" and caught.value.where == bad
    assert str(caught.value).startswith(f"{bad} is not a usable backup")  # the file given, not the backups folder
    assert [t.display_name for t in store.trainees()] == ["Ana"]
