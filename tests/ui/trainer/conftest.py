"""Trainer-area tests: a data folder filled with demo trainees, and helpers to get past the password gate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from trainer_helpers import PASSWORD, wait_idle

from simulator.demo import fill_demo
from simulator.store import Store
from simulator.trainer.auth import TrainerAuth


@pytest.fixture
def demo_data(tmp_path: Path, catalogue: Any) -> Path:
    """Six demo trainees with three attempts per scenario, and a trainer password already set."""
    store = Store.open(tmp_path)
    try:
        fill_demo(store, list(catalogue.scenarios.values()), trainees=6, attempts_per_trainee=3, seed=3)
        TrainerAuth(store).set_password(PASSWORD)
    finally:
        store.close()
    return tmp_path


@pytest.fixture
def logged_in(qtbot: Any, make_window: Callable[..., Any], demo_data: Path) -> Callable[..., Any]:
    """A window on the demo data, in the trainer area, logged in, with the dashboard loaded."""

    def make(**settings: Any) -> Any:
        window = make_window(**settings)
        window.open_trainer_area()
        gate = window.trainer.gate
        qtbot.keyClicks(gate.password, PASSWORD)
        qtbot.keyClick(gate.password, "\r")
        qtbot.waitUntil(lambda: window.trainer.logged_in, timeout=10_000)
        wait_idle(qtbot, window.trainer.screens.dashboard)
        return window

    return make
