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
