"""What the window starts once it is up: the day's backup (and, in the real app, the speech engine)."""

from __future__ import annotations

from typing import Any

from simulator.ui.app import _start_background_work


def test_the_days_backup_waits_for_the_window_then_runs_beside_it(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    store = window.bridge.service.store
    assert store.backups() == []  # not on the way to the first frame
    _start_background_work(window, with_speech=False)
    window.bridge.service.ensure_profile("Camille Test")  # saving goes on while it copies
    qtbot.waitUntil(lambda: len(store.backups()) == 1, timeout=20_000)


def test_the_retention_setting_is_applied_at_start_after_the_backup(qtbot: Any, make_window: Any) -> None:
    """It was only applied when a trainer pressed a button, though the privacy note promised it."""
    from datetime import UTC, datetime, timedelta

    from simulator.records import privacy

    window = make_window()
    service = window.bridge.service
    store = service.store
    trainee = service.ensure_profile("Camille Test")
    old = store.start_attempt(trainee.id, "cap", 1, None, "practice", "fr")
    recent = store.start_attempt(trainee.id, "cap", 1, None, "practice", "fr")
    two_years_ago = (datetime.now(UTC) - timedelta(days=730)).isoformat(timespec="milliseconds")
    with store.write():
        store.db.execute("UPDATE attempts SET started = ? WHERE id = ?", [two_years_ago, old])
    privacy.set_retention(store, 12)
    _start_background_work(window, with_speech=False)
    qtbot.waitUntil(lambda: [a.id for a in store.attempts_of(trainee.id)] == [recent], timeout=20_000)
    backup_ids = _attempt_ids(store.backups()[0])
    assert old in backup_ids, "the day's backup is taken first, so the deletion can be undone for a while"


def _attempt_ids(backup: Any) -> set[str]:
    import sqlite3

    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM attempts")}
