"""Play every installed scenario to an ending with the keyboard alone, in both modes.

The best path and the poorest path of each scenario are played; the attempt saved in the
store and the debrief's figures must equal what the engine computes for the same replies.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest
from PySide6.QtCore import Qt

from simulator.engine import Run
from simulator.engine.paths import all_paths, best_raw, path_effects
from simulator.engine.scoring import score
from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder

SCENARIOS = sorted(load_folder([scenarios_dir()]).scenarios.values(), key=lambda s: s.id)
BY_ID = {s.id: s for s in SCENARIOS}


def extreme_paths(scenario: Any) -> dict[str, tuple[str, ...]]:
    return _extreme_paths(scenario.id)


@functools.cache
def _extreme_paths(scenario_id: str) -> dict[str, tuple[str, ...]]:
    """The best and the poorest complete paths for the first persona (by overall score)."""
    scenario = BY_ID[scenario_id]
    best = best_raw(scenario)

    def overall(path: tuple[str, ...]) -> int:
        return score(path_effects(scenario, None, path), best, scenario.pass_rule).overall

    paths = list(all_paths(scenario))
    return {"best": max(paths, key=overall), "poor": min(paths, key=overall)}


def positions(scenario: Any, path: tuple[str, ...]) -> list[int]:
    """The numbers the trainee presses for this path."""
    run, keys = Run(scenario), []
    for reply_id in path:
        keys.append(next(i for i, r in enumerate(run.offered(), start=1) if r.id == reply_id))
        run.choose_reply(reply_id)
    return keys


def open_scenario(qtbot: Any, window: Any, scenario_id: str) -> None:
    """Profiles → catalogue → scenario, with Enter and the arrow keys."""
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.catalogue
    ids = [entry.scenario.id for entry in window.catalogue.entries]
    for _ in range(ids.index(scenario_id)):
        qtbot.keyClick(window, Qt.Key.Key_Down)
    assert window.catalogue.current().scenario.id == scenario_id
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.play


def press_reply(qtbot: Any, window: Any, position: int, use_arrows: bool) -> None:
    if use_arrows:  # arrows from the first reply, then Enter
        for _ in range(position - 1):
            qtbot.keyClick(window, Qt.Key.Key_Down)
        assert window.play.replies.selected == position - 1
        qtbot.keyClick(window, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + position))


@pytest.mark.parametrize("mode", ["practice", "assessment"])
@pytest.mark.parametrize("which", ["best", "poor"])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_keyboard_playthrough(qtbot: Any, make_window: Any, scenario: Any, which: str, mode: str) -> None:
    path = extreme_paths(scenario)[which]
    window = make_window(mode=mode)
    trainee = window.bridge.service.ensure_profile("Camille Test")
    window.show_profiles()
    open_scenario(qtbot, window, scenario.id)
    for number, position in enumerate(positions(scenario, path)):
        assert not window.play.feedback.isVisibleTo(window.play)
        press_reply(qtbot, window, position, use_arrows=number % 2 == 1)
        if mode == "practice":
            assert window.play.feedback.isVisibleTo(window.play), "practice mode explains each choice"
            qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.debrief

    expected = Run.replay(scenario, None, path).scores()
    store = window.bridge.service.store
    attempt = store.attempts_of(trainee.id)[-1]
    assert attempt.status == "finished" and attempt.mode == mode
    assert [c.reply_id for c in store.choices(attempt.id)] == list(path)
    assert attempt.scores == expected.as_dict()
    assert attempt.passed == expected.passed
    shown = list(window.debrief.chart.values().values())
    assert shown == [expected.empathy, expected.adaptation, expected.interest, expected.overall]
    assert window.debrief.debrief.scores == expected
    qtbot.keyClick(window, Qt.Key.Key_Return)  # the debrief's obvious next step: back if passed, else retry
    assert window.stack.currentWidget() is (window.catalogue if expected.passed else window.play)


def test_closing_mid_scenario_offers_to_resume(qtbot: Any, make_window: Any) -> None:
    scenario = SCENARIOS[0]
    window = make_window()
    window.bridge.service.ensure_profile("Camille Test")
    window.show_profiles()
    open_scenario(qtbot, window, scenario.id)
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    window.close()

    again = make_window()
    again.show_profiles()
    qtbot.keyClick(again, Qt.Key.Key_Return)
    assert again.catalogue.banner.isVisibleTo(again.catalogue)
    assert again.catalogue.current().scenario.id == scenario.id
    qtbot.keyClick(again, Qt.Key.Key_Return)
    assert again.stack.currentWidget() is again.play
    assert len(again.bridge.session.run.history) == 1


def test_an_attempt_whose_end_was_not_saved_resumes_into_its_debrief(qtbot: Any, make_window: Any) -> None:
    scenario = BY_ID["none-left"]
    window = make_window()
    service = window.bridge.service
    trainee = service.ensure_profile("Camille Test")
    session = service.start(scenario.id, trainee_id=trainee.id)
    store = service.store
    for step, reply_id in enumerate(extreme_paths(scenario)["best"], start=1):
        node_id = session.run.state
        position = session.run.choose_reply(reply_id).position
        store.record_choice(session.attempt_id, step, node_id, reply_id, position, 1000)  # as if the end failed
    assert store.attempt(session.attempt_id).status == "in_progress"
    window.show_profiles()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.catalogue.banner.isVisibleTo(window.catalogue)
    ids = [entry.scenario.id for entry in window.catalogue.entries]
    for _ in range(ids.index(scenario.id)):
        qtbot.keyClick(window, Qt.Key.Key_Down)
    assert window.catalogue.current().resumable_attempt == session.attempt_id
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.debrief
    attempt = store.attempt(session.attempt_id)
    assert attempt.status == "finished" and attempt.overall == 100
