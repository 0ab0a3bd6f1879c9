"""A trainer opens a trainee, replays an attempt, signs it off, and sees the sign-off in the matrix."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from trainer_helpers import wait_idle

from simulator.ui.views.trainer.matrix import FIXED


def test_sign_off_shows_in_the_matrix(qtbot: Any, logged_in: Callable[..., Any]) -> None:
    window = logged_in()
    screens = window.trainer.screens
    dashboard = screens.dashboard
    assert dashboard.model.rowCount() == 6
    assert not any(s.signed_by for r in dashboard.model.rows for s in r.squares.values())
    dashboard.table.setFocus()
    qtbot.keyClick(dashboard.table, Qt.Key.Key_Return)  # Enter on the first trainee
    assert screens.pages.currentWidget() is screens.trainee
    wait_idle(qtbot, screens.trainee)
    assert screens.trainee.chart.points and screens.trainee.weakest.text()
    qtbot.keyClick(screens.trainee.attempts, Qt.Key.Key_Return)  # Enter on the newest attempt
    assert screens.pages.currentWidget() is screens.replay
    replay = screens.replay
    wait_idle(qtbot, replay)
    assert replay.transcript.toPlainText().strip()
    qtbot.keyClicks(replay.trainer, "Marie Curie")
    qtbot.keyClicks(replay.note, "Good listening, rephrase more.")
    qtbot.mouseClick(replay.sign, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, replay)
    assert "Marie Curie" in replay.signed.text()
    wait_idle(qtbot, dashboard)
    qtbot.waitUntil(lambda: any(s.signed_by for r in dashboard.model.rows for s in r.squares.values()))
    attempt = window.bridge.service.store.attempt(replay.attempt_id)
    row = next(i for i, r in enumerate(dashboard.model.rows) if r.trainee_id == attempt.trainee_id)
    column = FIXED + dashboard.model.columns.index(attempt.scenario_id)
    square = dashboard.model.rows[row].squares[attempt.scenario_id]
    assert square.signed_by == "Marie Curie"
    shown = dashboard.model.index(row, column).data()
    assert "✔" in shown, shown  # said in text, not only by colour
    assert "Marie Curie" in dashboard.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
