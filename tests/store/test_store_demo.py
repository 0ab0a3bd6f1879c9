"""Demo data: marked demo, scored by really replaying engine paths, and consistent with the dashboard summary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from simulator.demo import demo_scenario_titles, fill_demo
from simulator.engine import Run
from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder
from simulator.store import Store


@pytest.fixture(scope="module")
def catalogue() -> dict:
    scenarios = load_folder([scenarios_dir()]).scenarios
    if not scenarios:
        pytest.skip("no scenario installed")
    return scenarios


def test_demo_history_is_marked_scored_by_the_engine_and_summarised(store: Store, catalogue: dict) -> None:
    summary = fill_demo(store, list(catalogue.values()), trainees=6, attempts_per_trainee=3,
                        scenarios=len(catalogue) + 2, seed=5)
    assert summary.attempts == 6 * 3 * (len(catalogue) + 2)
    assert store.counts()["choices"] == summary.choices > summary.attempts
    assert all(t.demo for t in store.trainees()) and all(a.demo for a in store.attempts_where())
    extra = summary.scenario_ids[-1]
    assert "~" in extra and extra in demo_scenario_titles(store)
    for attempt in store.attempts_where(status="finished")[:30]:
        base = catalogue[attempt.scenario_id.split("~")[0]]
        replayed = Run.replay(base, attempt.persona, store.reply_ids(attempt.id))
        assert replayed.finished and replayed.scores().overall == attempt.overall
    from_summary = store.matrix()
    live = store.matrix(since=datetime(2000, 1, 1, tzinfo=UTC))
    assert len(from_summary) == 6 * len(summary.scenario_ids) and from_summary == live
    assert store.check().ok


def test_demo_data_can_be_removed_without_touching_real_trainees(store: Store, catalogue: dict) -> None:
    real = store.ensure_trainee("Vraie Personne")
    fill_demo(store, list(catalogue.values()), trainees=3, attempts_per_trainee=1, seed=2)
    assert store.delete_demo() == 3
    assert [t.id for t in store.trainees()] == [real.id]
    assert store.counts()["attempts"] == 0 and store.matrix() == []
