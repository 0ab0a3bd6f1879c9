"""TrainerService: matrix with filters and sorting, trainee page, replay, sign-off, analytics, records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from records.factory import SCENARIOS

from simulator.records.common import Filters
from simulator.trainer.service import TrainerService


def svc(store) -> TrainerService:  # type: ignore[no-untyped-def]
    return TrainerService(store, SCENARIOS)


def test_matrix_filters_and_sorts(store) -> None:  # type: ignore[no-untyped-def]
    s = svc(store)
    cells = s.matrix()
    assert len(cells) == 4 and {c.status for c in cells} == {"passed", "failed"}
    assert [c.display_name for c in s.matrix(shop="Shop 1")] == ["Bob Durand"] * 2
    assert {c.scenario_id for c in s.matrix(status="passed")} == {"tiny"}
    assert [c.best_overall for c in s.matrix(sort="best", descending=True)][:2] == [100, 100]
    assert all(c.status == "new" for c in s.matrix(until=date(2000, 1, 1)))


def test_trainee_page_and_replay(store) -> None:  # type: ignore[no-untyped-def]
    s = svc(store)
    alice = next(t for t in store.trainees() if t.display_name == "Alice Martin")
    page = s.trainee_page(alice.id)
    assert len(page.attempts) == 3 and len(page.series) == 3
    assert page.weakest in ("empathy", "adaptation", "interest")
    assert page.series[0].at <= page.series[-1].at
    good = next(a for a in page.attempts if a.overall == 100)
    replay = s.replay(good.id, "en")
    assert [(line.customer, line.reply) for line in replay.lines] == [("Hello", "say warm"),
                                                                      ("Can you check?", "say check")]
    assert replay.lines[0].feedback == "fb warm" and replay.lines[0].elapsed_ms is not None
    assert replay.ending == "comes back" and replay.title == "Tiny"


def test_sign_off_shows_in_exports(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s = svc(store)
    attempt = store._select("SELECT id FROM attempts WHERE overall = 100 LIMIT 1")[0]["id"]
    s.review(attempt, "Marie Formatrice", "Très bien", sign_off=True)
    assert s.replay(attempt).reviews[0].signed_off_at
    s.export("json", tmp_path / "r.json", Filters())
    text = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert '"signed_off_by": "Marie Formatrice"' in text
    assert store.audit_log(action="sign_off")


def test_the_dashboards_sign_offs_agree_with_the_completion_records(store) -> None:  # type: ignore[no-untyped-def]
    """The dashboard read them from the whole completion query: about 4 s at 2,000 trainees, now a few ms."""
    from simulator.records import completion

    s = svc(store)
    attempts = [r["id"] for r in store._select("SELECT id FROM attempts WHERE scenario_id = 'tiny' ORDER BY id")]
    s.review(attempts[0], "Marie", "Bien", sign_off=True)
    s.review(attempts[1], "Paul", "Très bien", sign_off=True)  # the latest sign-off is the one shown
    s.review(attempts[0], "Zoé", "Une note sans validation", sign_off=False)
    expected = {(r["trainee_id"], r["scenario_id"]): (r["signed_off_by"], r["signed_off_at"])
                for r in completion.all_records(store, Filters(), SCENARIOS) if r["signed_off_at"]}
    assert s.sign_offs() == expected and len(expected) >= 1
    assert "Zoé" not in {by for by, _ in expected.values()}


def test_scenario_analytics(store) -> None:  # type: ignore[no-untyped-def]
    points = svc(store).scenario_analytics("tiny", "en")
    assert [p.node_id for p in points] == ["greet", "ask"]
    greet = points[0]
    assert greet.reached == 4 and {r.reply_id: r.count for r in greet.replies} == {"warm": 2, "cold": 2}
    warm = next(r for r in greet.replies if r.reply_id == "warm")
    assert warm.share == 0.5 and warm.avg_overall == 100 and warm.outcomes == {"returns": 2}
    assert warm.text == "say warm"
