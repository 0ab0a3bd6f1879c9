"""Nobody reaches a trainer view without the password; wrong passwords lock the area, across restarts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from trainer_helpers import PASSWORD

from simulator.ui.views.trainer.analytics import AnalyticsView
from simulator.ui.views.trainer.area import TrainerScreens
from simulator.ui.views.trainer.dashboard import DashboardView
from simulator.ui.views.trainer.privacy import RecordsView
from simulator.ui.views.trainer.replay import ReplayView
from simulator.ui.views.trainer.trainee import TraineePageView

SCREENS = (TrainerScreens, DashboardView, TraineePageView, ReplayView, AnalyticsView, RecordsView)


def trainer_views(window: Any) -> list[QWidget]:
    return [w for kind in SCREENS for w in window.findChildren(kind)]


def type_password(qtbot: Any, gate: Any, text: str) -> None:
    gate.password.clear()
    qtbot.keyClicks(gate.password, text)
    qtbot.keyClick(gate.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gate.job is None, timeout=10_000)


def test_a_trainee_cannot_reach_any_trainer_view(qtbot: Any, make_window: Callable[..., Any],
                                                demo_data: Path) -> None:
    window = make_window()
    assert not trainer_views(window), "trainer screens exist before any login"
    trainee_views = (window.catalogue, window.play, window.debrief, window.settings_view)  # built on first use
    assert window.stack.count() == 1 + len(trainee_views)
    for index in range(window.stack.count()):  # every page the window's stack can show
        window.stack.setCurrentIndex(index)
        assert not trainer_views(window)
    window.show_profiles()
    for _ in range(60):  # keyboard navigation over the whole window reaches no trainer view
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert not trainer_views(window)
    window.open_trainer_area()
    gate = window.trainer.gate
    type_password(qtbot, gate, "not the password")
    assert not window.trainer.logged_in and not trainer_views(window)
    assert gate.message.isVisible() and gate.message.text()
    assert window.stack.currentWidget() is window.trainer and window.trainer.stack.currentWidget() is gate


def test_the_right_password_opens_and_leaving_logs_out(qtbot: Any, make_window: Callable[..., Any],
                                                       demo_data: Path) -> None:
    window = make_window()
    window.open_trainer_area()
    type_password(qtbot, window.trainer.gate, PASSWORD)
    assert window.trainer.logged_in and trainer_views(window)
    window.show_profiles()  # any way out of the area logs out
    qtbot.waitUntil(lambda: not trainer_views(window))
    assert not window.trainer.logged_in
    window.open_trainer_area()
    assert window.trainer.stack.currentWidget() is window.trainer.gate
    store = window.bridge.service.store
    assert [e.action for e in store.audit_log(action="login")], "the login was not audited"


def test_first_use_asks_for_a_long_password_typed_twice(qtbot: Any, make_window: Callable[..., Any]) -> None:
    window = make_window()
    window.open_trainer_area()
    gate = window.trainer.gate
    assert gate.first_use and gate.again.isVisible()
    qtbot.keyClicks(gate.password, "short")
    qtbot.keyClicks(gate.again, "short")
    qtbot.mouseClick(gate.submit, Qt.MouseButton.LeftButton)
    assert "8" in gate.message.text() and not window.trainer.logged_in
    gate.password.setText("long enough 1")
    gate.again.setText("long enough 2")
    qtbot.mouseClick(gate.submit, Qt.MouseButton.LeftButton)
    assert gate.message.isVisible() and not window.trainer.logged_in
    gate.password.setText("long enough 1")
    gate.again.setText("long enough 1")
    qtbot.mouseClick(gate.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.trainer.logged_in, timeout=10_000)
    assert window.bridge.service.store.get_meta("trainer.password_hash").startswith("$argon2id$")


def test_wrong_passwords_lock_the_area_even_after_a_restart(qtbot: Any, make_window: Callable[..., Any],
                                                            demo_data: Path) -> None:
    window = make_window()
    window.open_trainer_area()
    gate = window.trainer.gate
    for _ in range(3):
        type_password(qtbot, gate, "guess guess")
    assert not gate.submit.isEnabled() and not gate.password.isEnabled()
    assert "30" in gate.message.text(), gate.message.text()
    type_password(qtbot, gate, PASSWORD)  # even the right one is refused while locked
    assert not window.trainer.logged_in
    window.close()
    again = make_window()  # a new window on the same data folder
    again.open_trainer_area()
    assert not again.trainer.gate.submit.isEnabled()
    assert "30" in again.trainer.gate.message.text() or "29" in again.trainer.gate.message.text()
    store = again.bridge.service.store
    assert len(store.audit_log(action="login_failed")) == 3


def test_the_wrong_password_message_sits_below_the_field_not_over_it(
        qtbot: Any, make_window: Callable[..., Any], demo_data: Path) -> None:
    window = make_window()  # French: the message takes two lines
    window.open_trainer_area()
    gate = window.trainer.gate
    type_password(qtbot, gate, "guess guess")
    assert gate.message.isVisible() and gate.message.text()

    def top_and_bottom(widget: Any) -> tuple[int, int]:
        top = widget.mapTo(gate, QPoint(0, 0)).y()
        return top, top + widget.height()

    qtbot.waitUntil(lambda: top_and_bottom(gate.password)[1] <= top_and_bottom(gate.message)[0])
    assert top_and_bottom(gate.message)[1] <= top_and_bottom(gate.submit)[0]
    assert gate.message.height() >= gate.message.heightForWidth(gate.message.width())  # no line cut off
