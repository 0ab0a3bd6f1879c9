from __future__ import annotations

import pytest

from simulator.engine import ChoiceError, Run
from simulator.engine.paths import all_paths, best_raw, path_effects
from simulator.engine.scoring import normalise


def test_choose_by_position_moves_through_the_graph(tiny):
    run = Run(tiny, "adult")
    assert [r.id for r in run.offered()] == ["warm", "cold", "rude"]
    run.choose(1)
    assert run.state == "ask" and not run.finished
    run.choose(1)
    run.choose(3)  # "promise" is offered because "check" was chosen
    assert run.finished and run.ending is not None and run.ending.outcome == "returns"
    assert [s.reply_id for s in run.history] == ["warm", "check", "promise"]


def test_gated_reply_is_offered_only_after_the_earlier_choice(tiny):
    run = Run(tiny, "adult")
    run.choose_reply("warm")
    run.choose_reply("later")
    assert [r.id for r in run.offered()] == ["take-number", "bye"]
    with pytest.raises(ChoiceError):
        run.choose_reply("promise")


def test_persona_condition_and_override(tiny):
    assert "to-child" not in [r.id for r in Run(tiny, "adult").offered()]
    run = Run(tiny, "child")
    step = run.choose_reply("to-child")
    assert step.effects.adaptation == 3


@pytest.mark.parametrize("position", [0, 4, -1, 99])
def test_out_of_range_choice_is_a_clear_error(tiny, position):
    with pytest.raises(ChoiceError, match="pick a number from 1 to 3"):
        Run(tiny, "adult").choose(position)


def test_choice_after_the_end_is_refused(tiny):
    run = Run(tiny, "adult")
    run.choose_reply("rude")
    with pytest.raises(ChoiceError, match="over"):
        run.choose(1)


def test_replay_rebuilds_the_same_run(tiny):
    run = Run(tiny, "child")
    for position in (4, 1, 1):
        run.choose(position)
    again = Run.replay(tiny, "child", [s.reply_id for s in run.history])
    assert again.history == run.history and again.state == run.state and again.mood == run.mood
    assert again.scores() == run.scores()


def test_mood_moves_with_replies_and_node_sets_it(tiny):
    run = Run(tiny, "adult")
    assert run.mood == -1
    run.choose_reply("rude")
    assert run.mood == -3  # clamped at the floor (-1 - 3 = -4)
    run2 = Run(tiny, "adult")
    run2.choose_reply("warm")
    assert run2.mood == 0  # the "ask" node sets mood 0 on arrival


def test_best_raw_depends_on_persona(tiny):
    adult, child = best_raw(tiny, "adult"), best_raw(tiny, "child")
    assert (adult.empathy, adult.adaptation, adult.interest) == (4, 5, 6)
    assert child.adaptation == 6 and child.interest == 7


def test_all_paths_are_complete_and_distinct(tiny):
    paths = list(all_paths(tiny, "adult"))
    assert len(paths) == len(set(paths))
    assert ("rude",) in paths and ("warm", "check", "promise") in paths
    assert ("warm", "later", "promise") not in paths
    for path in paths:
        assert Run.replay(tiny, "adult", path).finished


def test_best_path_scores_100_and_passes(tiny):
    scores = Run.replay(tiny, "adult", ["warm", "check", "promise"]).scores()
    assert scores.as_dict() == {"empathy": 100, "adaptation": 100, "interest": 100, "overall": 100}
    assert scores.passed


def test_poor_path_fails_and_scores_stay_in_range(tiny):
    for path in all_paths(tiny, "adult"):
        s = Run.replay(tiny, "adult", path).scores()
        assert all(0 <= v <= 100 for v in s.as_dict().values())
    assert not Run.replay(tiny, "adult", ["rude"]).scores().passed


def test_path_effects_matches_run(tiny):
    path = ("warm", "later", "take-number")
    assert path_effects(tiny, "adult", path) == Run.replay(tiny, "adult", path).raw()


@pytest.mark.parametrize(("raw", "best", "expected"),
                         [(5, 10, 50), (-3, 10, 0), (12, 10, 100), (0, 0, 100), (-1, 0, 0)])
def test_normalise(raw, best, expected):
    assert normalise(raw, best) == expected


def test_debrief_names_the_better_reply_where_missed(tiny):
    debrief = Run.replay(tiny, "adult", ["cold", "later", "bye"]).debrief()
    assert [i.chosen.id for i in debrief.items] == ["cold", "later", "bye"]
    assert [i.better.id if i.better else None for i in debrief.items] == ["warm", "check", "take-number"]
    assert debrief.missed == 3
    best = Run.replay(tiny, "adult", ["warm", "check", "promise"]).debrief()
    assert best.missed == 0 and best.ending is not None


def test_child_best_reply_differs_from_adult(tiny):
    child_best = Run.replay(tiny, "child", ["warm", "check", "promise"]).debrief()
    assert child_best.items[0].better is not None and child_best.items[0].better.id == "to-child"
