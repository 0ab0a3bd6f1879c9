"""xAPI statements: shape, stable ids, idempotent queueing, and pushing with retries through a fake LRS."""

from __future__ import annotations

from typing import Any

from records.factory import SCENARIOS
from simulator.records import lrs, xapi


def finished_ids(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["id"] for r in store._select("SELECT id FROM attempts WHERE status = 'finished' ORDER BY started")]


def test_service_queues_on_finish(store) -> None:  # type: ignore[no-untyped-def]
    assert store.counts()["outbox"] == 2 * (5 + 5 + 4)  # the service queued every finished attempt
    assert xapi.queue_missing(store, SCENARIOS) == 0


def test_statements_of_an_attempt(store) -> None:  # type: ignore[no-untyped-def]
    store.db.execute("DELETE FROM outbox")
    attempt_id = finished_ids(store)[0]
    assert xapi.queue_attempt_statements(store, attempt_id, SCENARIOS) == 5  # attempted, 2 answered, completed, passed
    items = store.pending(kind="xapi", limit=100)
    verbs = [i.payload["verb"]["id"].rsplit("/", 1)[1] for i in items]
    assert sorted(verbs) == ["answered", "answered", "attempted", "completed", "passed"]
    passed = next(i.payload for i in items if i.payload["verb"]["id"].endswith("passed"))
    assert passed["result"]["score"]["scaled"] == 1.0
    assert set(passed["result"]["extensions"]) == {f"{xapi.EXT}/{c}" for c in ("empathy", "adaptation", "interest")}
    account = passed["actor"]["account"]
    assert account["name"] == store.attempt(attempt_id).trainee_id and "/shop-pc/" in account["homePage"]
    answered = next(i.payload for i in items if i.payload["verb"]["id"].endswith("answered"))
    assert answered["object"]["definition"]["interactionType"] == "choice"
    assert answered["result"]["response"] == "warm"
    assert {i.id for i in items} == {i.payload["id"] for i in items}
    assert xapi.statement_id(attempt_id, "completed") in {i.id for i in items}
    assert xapi.queue_attempt_statements(store, attempt_id, SCENARIOS) == 0


def test_sweep_is_idempotent(store) -> None:  # type: ignore[no-untyped-def]
    store.db.execute("DELETE FROM outbox")
    assert xapi.queue_missing(store, SCENARIOS) == 6
    n = store.counts()["outbox"]
    assert n == 2 * (5 + 5 + 4)
    assert xapi.queue_missing(store, SCENARIOS) == 0
    assert store.counts()["outbox"] == n


class FakeLrs:
    """Holds statements by id; can fail a number of times or answer 409 for known ids, like a real LRS."""

    def __init__(self, failures: int = 0) -> None:
        self.held: dict[str, Any] = {}
        self.failures, self.calls = failures, 0

    def __call__(self, config: lrs.LrsConfig, body: list[dict[str, Any]]) -> int:
        self.calls += 1
        if self.failures:
            self.failures -= 1
            raise OSError("connection refused")
        if any(s["id"] in self.held for s in body):
            return 409
        self.held.update({s["id"]: s for s in body})
        return 200


def test_push_batches_retries_and_never_duplicates(store) -> None:  # type: ignore[no-untyped-def]
    xapi.queue_missing(store, SCENARIOS)
    total = store.counts()["outbox"]
    fake, sleeps = FakeLrs(failures=2), []
    config = lrs.LrsConfig("http://127.0.0.1:9/xAPI")
    result = lrs.push(store, config, send=fake, sleep=sleeps.append, batch=10)
    assert (result.sent, result.pending, len(fake.held)) == (total, 0, total)
    assert sleeps == [0.5, 1.0]
    store.db.execute("UPDATE outbox SET sent_at = NULL")  # as if the marks were lost after sending
    again = lrs.push(store, config, send=fake, sleep=sleeps.append, batch=10)
    assert again.sent == total and len(fake.held) == total


def test_push_when_down_keeps_everything(store) -> None:  # type: ignore[no-untyped-def]
    xapi.queue_missing(store, SCENARIOS)
    total = store.counts()["outbox"]
    down = FakeLrs(failures=10**6)
    result = lrs.push(store, lrs.LrsConfig("http://127.0.0.1:9/xAPI"), send=down, sleep=lambda s: None)
    assert result.sent == 0 and result.pending == total and "cannot reach" in result.error
    assert down.calls == lrs.RETRIES
    up = FakeLrs()
    assert lrs.push(store, lrs.LrsConfig("http://127.0.0.1:9/xAPI"), send=up, sleep=lambda s: None).sent == total
