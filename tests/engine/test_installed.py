"""Every path of every installed scenario, for every persona."""

from __future__ import annotations

import pytest

from simulator.engine import Run
from simulator.engine.paths import all_paths
from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder

CATALOGUE = load_folder([scenarios_dir()])
CASES = [(s, p) for s in sorted(CATALOGUE.scenarios.values(), key=lambda s: s.id) for p in s.persona_ids]


def test_installed_scenarios_all_load():
    assert not CATALOGUE.errors, [str(e) for e in CATALOGUE.errors]
    assert len(CATALOGUE.scenarios) >= 5


@pytest.mark.parametrize(("scenario", "persona"), CASES, ids=[f"{s.id}-{p}" for s, p in CASES])
def test_every_path_ends_with_scores_in_range(scenario, persona):
    results = []
    for path in all_paths(scenario, persona):
        run = Run.replay(scenario, persona, path)
        assert run.finished and run.ending is not None
        scores = run.scores()
        assert all(0 <= v <= 100 for v in scores.as_dict().values()), (path, scores)
        results.append((scores.overall, scores.passed, path))
    best = max(results)
    assert best[1], f"the best path {best[2]} does not pass: {best}"
    assert any(not passed for _, passed, _ in results), "no path fails: the scenario teaches nothing"
    outcomes = {Run.replay(scenario, persona, path).ending.outcome for _, _, path in results}
    assert len(outcomes) == 3, outcomes


@pytest.mark.parametrize(("scenario", "persona"), CASES, ids=[f"{s.id}-{p}" for s, p in CASES])
def test_best_path_has_no_missed_step(scenario, persona):
    best = max(all_paths(scenario, persona), key=lambda p: Run.replay(scenario, persona, p).scores().overall)
    assert Run.replay(scenario, persona, best).debrief().missed == 0
