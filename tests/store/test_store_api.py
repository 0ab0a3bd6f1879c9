"""The Qt-free API the service and the CLI rely on: play, resume, dashboard, reviews, audit, outbox, meta."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from store_helpers import SCORES, new_attempt

from simulator.store import Store, StoreError, resolve_data_dir


def test_resolve_data_dir_prefers_cli_then_env_then_platform(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("SIMULATOR_DATA_DIR")
    assert "simulator" in str(resolve_data_dir(None)).lower()


def test_ensure_trainee_gets_the_same_person_back(store: Store) -> None:
    first = store.ensure_trainee("Léa Martin")
    assert store.ensure_trainee("léa martin", shop="Lyon").id == first.id
    assert store.trainee(first.id).shop == "Lyon"
    by_badge = store.ensure_trainee("Léa Martin", employee_id="E42")
    assert by_badge.id != first.id
    assert store.ensure_trainee("L. Martin", employee_id="E42").id == by_badge.id
    with pytest.raises(StoreError):
        store.ensure_trainee("   ")


def test_choices_come_back_in_order_for_resume(store: Store) -> None:
    attempt_id = new_attempt(store)
    for seq, reply in enumerate(["listen", "apologise", "offer"], start=1):
        store.record_choice(attempt_id, seq, f"n{seq}", reply, seq, 1500)
    assert store.reply_ids(attempt_id) == ["listen", "apologise", "offer"]
    trainee_id = store.attempt(attempt_id).trainee_id
    assert [a.id for a in store.unfinished_attempts(trainee_id)] == [attempt_id]
    store.finish_attempt(attempt_id, SCORES, True, "returns", "happy")
    assert store.unfinished_attempts(trainee_id) == []
    assert store.attempt(attempt_id).scores == SCORES


def test_a_choice_is_refused_twice_or_after_the_end(store: Store) -> None:
    attempt_id = new_attempt(store)
    store.record_choice(attempt_id, 1, "n1", "r1", 1)
    with pytest.raises(StoreError, match="already saved"):
        store.record_choice(attempt_id, 1, "n1", "r2", 2)
    store.abandon_attempt(attempt_id)
    with pytest.raises(StoreError, match="not saved"):
        store.record_choice(attempt_id, 2, "n2", "r1", 1)
    with pytest.raises(StoreError):
        store.finish_attempt(attempt_id, SCORES, True, "returns", "happy")
    assert store.reply_ids(attempt_id) == ["r1"]


def test_unknown_mode_or_trainee_is_refused(store: Store) -> None:
    trainee = store.ensure_trainee("Hugo")
    with pytest.raises(StoreError, match="practice or assessment"):
        store.start_attempt(trainee.id, "x", 1, None, "exam", "fr")
    with pytest.raises(StoreError, match="not in the record book"):
        store.start_attempt("nobody", "x", 1, None, "practice", "fr")


def _finish(store: Store, name: str, scenario: str, overall: int, passed: bool, shop: str = "Paris") -> str:
    attempt_id = new_attempt(store, name, scenario, shop)
    store.record_choice(attempt_id, 1, "start", "r1" if passed else "r2", 1)
    store.finish_attempt(attempt_id, {**SCORES, "overall": overall}, passed, "returns", "end")
    return attempt_id


def test_matrix_status_best_score_and_filters(store: Store) -> None:
    _finish(store, "Ana", "cap", 50, False)
    _finish(store, "Ana", "cap", 85, True)
    _finish(store, "Ben", "cap", 40, False, shop="Lyon")
    new_attempt(store, "Ben", "queue", "Lyon")
    cells = {(c.display_name, c.scenario_id): c for c in store.matrix(["cap", "queue"])}
    assert (cells["Ana", "cap"].status, cells["Ana", "cap"].best_overall, cells["Ana", "cap"].attempts) == (
        "passed", 85, 2)
    assert cells["Ana", "queue"].status == "new"
    assert cells["Ben", "cap"].status == "failed"
    assert cells["Ben", "queue"].status == "in_progress"
    assert {c.display_name for c in store.matrix(["cap"], shop="Lyon")} == {"Ben"}
    assert [c.display_name for c in store.matrix(["cap"], status="passed")] == ["Ana"]
    long_ago = datetime(2000, 1, 1, tzinfo=UTC)  # forces the live query: it must agree with the summary
    assert store.matrix(["cap", "queue"]) == store.matrix(["cap", "queue"], since=long_ago)
    future = datetime.now(UTC) + timedelta(days=1)
    assert {c.status for c in store.matrix(["cap"], since=future)} == {"new"}


def test_choice_stats_count_and_average(store: Store) -> None:
    _finish(store, "Ana", "cap", 90, True)
    _finish(store, "Ben", "cap", 70, True)
    _finish(store, "Chloé", "cap", 30, False)
    stats = {(s.node_id, s.reply_id): s for s in store.choice_stats("cap")}
    assert (stats["start", "r1"].count, stats["start", "r1"].avg_overall) == (2, 80.0)
    assert (stats["start", "r2"].count, stats["start", "r2"].avg_overall) == (1, 30.0)
    assert store.choice_stats("other") == []


def test_history_and_attempt_filters(store: Store) -> None:
    first = _finish(store, "Ana", "cap", 90, True)
    second = _finish(store, "Ana", "queue", 60, False)
    trainee_id = store.attempt(first).trainee_id
    assert [a.id for a in store.attempts_of(trainee_id)] == [second, first]
    assert [a.id for a in store.attempts_where(scenario_id="queue")] == [second]
    assert store.attempts_where(shop="Nowhere") == []


def test_reviews_audit_outbox_meta(store: Store) -> None:
    attempt_id = _finish(store, "Ana", "cap", 90, True)
    store.add_review(attempt_id, "Marc", "Bonne écoute")
    store.add_review(attempt_id, "Marc", "Validé", sign_off=True)
    reviews = store.reviews(attempt_id)
    assert [r.note for r in reviews] == ["Bonne écoute", "Validé"]
    assert reviews[0].signed_off_at is None and reviews[1].signed_off_at is not None
    store.audit("trainer_login", "Marc")
    store.audit("export", "Marc", "csv, 1 row")
    assert [e.action for e in store.audit_log()] == ["export", "trainer_login"]
    assert [e.detail for e in store.audit_log(action="export")] == ["csv, 1 row"]
    first, second = store.enqueue("xapi", {"verb": "completed"}), store.enqueue("xapi", {"verb": "passed"})
    store.mark_failed(first, "LRS unreachable")
    store.mark_sent([second])
    [left] = store.pending()
    assert (left.id, left.payload, left.tries, left.last_error) == (first, {"verb": "completed"}, 1, "LRS unreachable")
    store.set_meta("lockout_until", "2030")
    assert store.get_meta("lockout_until") == "2030"
    store.set_meta("lockout_until", None)
    assert store.get_meta("lockout_until", "none") == "none"


def test_erase_purge_and_demo_delete_cascade_and_audit(store: Store) -> None:
    attempt_id = _finish(store, "Ana", "cap", 90, True)
    store.add_review(attempt_id, "Marc", "ok")
    _finish(store, "Ben", "cap", 50, False)
    trainee_id = store.attempt(attempt_id).trainee_id
    assert store.erase_trainee(trainee_id, "Marc") == 1
    counts = store.counts()
    assert (counts["trainees"], counts["attempts"], counts["choices"], counts["reviews"]) == (1, 1, 1, 0)
    assert store.matrix() == store.matrix(since=datetime(2000, 1, 1, tzinfo=UTC))
    assert store.purge_before(datetime.now(UTC) + timedelta(seconds=5)) == 1
    assert store.matrix() == []
    assert [e.action for e in store.audit_log()] == ["purge", "erase"]
    assert store.check().ok


def test_write_rolls_back_when_the_body_fails(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write():
        store.db.execute("INSERT INTO meta (key, value) VALUES ('half', 'done')")
        raise RuntimeError("boom")
    assert store.get_meta("half") is None
    assert not store.conn.in_transaction


def test_names_are_found_again_the_way_people_type_them(store: Store) -> None:
    """SQLite's NOCASE folds only A-Z: "ÉLODIE" made a second Élodie, and lookups disagreed with profiles."""
    elodie = store.ensure_trainee("Élodie  Faure")
    assert store.ensure_trainee(" ÉLODIE faure ").id == elodie.id
    assert store.ensure_trainee("e\u0301lodie faure").id == elodie.id  # the same name typed with a combining accent
    assert store.ensure_trainee("Eloïse Faure").id != elodie.id


def test_a_name_keeps_its_joiners_and_loses_direction_overrides(store: Store) -> None:
    chef = store.ensure_trainee("👩\u200d🍳 Chef")
    persian = store.ensure_trainee("نرگس\u200cزاده")
    spoof = store.ensure_trainee("\u202eevil\u202c")
    assert chef.display_name == "👩\u200d🍳 Chef" and "\u200c" in persian.display_name  # part of the name
    assert spoof.display_name == "evil"  # a hidden right-to-left override would disguise the name in lists
