"""The day's first backup for the window: on its own thread and connection, beside the trainee's writes."""

from __future__ import annotations

from pathlib import Path

from simulator.store import Store
from simulator.store import backup as backups
from tests.store.store_helpers import new_attempt, raw_seqs


def test_the_days_backup_runs_beside_writes_and_is_verified(data_dir: Path) -> None:
    store = Store.open(data_dir, daily_backup=False)
    attempt_id = new_attempt(store)
    for seq in range(1, 301):  # enough pages that the copy takes a moment
        store.record_choice(attempt_id, seq, "n" * 200, "reply", 1, 900)
    assert store.backups() == []
    thread = store.start_daily_backup()
    assert thread is not None
    seq = 300
    while thread.is_alive() and seq < 2_300:  # bounded: saving choices meanwhile never waits for the copy
        seq += 1
        store.record_choice(attempt_id, seq, "n", "reply", 1, 900)
    thread.join(timeout=60)
    made = store.backups()
    assert len(made) == 1 and backups.is_sound(made[0])
    assert set(range(1, 301)) <= raw_seqs(made[0], attempt_id)  # everything saved before it began
    assert store.start_daily_backup() is None  # one a day
    store.close(backup=False)
    assert raw_seqs(store.path, attempt_id) == set(range(1, seq + 1))


def test_closing_waits_for_the_days_backup(data_dir: Path) -> None:
    store = Store.open(data_dir, daily_backup=False)
    new_attempt(store)
    assert store.start_daily_backup() is not None
    store.close(backup=False)
    made = backups.list_backups(data_dir)
    assert len(made) == 1 and backups.is_sound(made[0])
    assert not list((data_dir / "backups").glob("partial-*"))


def test_a_folder_with_uri_characters_in_its_name_is_checked_and_backed_up(tmp_path: Path) -> None:
    data_dir = tmp_path / "magasin #12 ?soir 100%"
    store = Store.open(data_dir)  # the opening backup reads through a read-only URI connection
    new_attempt(store)
    assert store.check().ok
    made = store.backups()
    assert len(made) == 1 and backups.is_sound(made[0])
    store.close(backup=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [data_dir.name]
