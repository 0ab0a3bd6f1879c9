"""GDPR: access export, erasure down to the bytes of the database and WAL files, retention purge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from records.factory import GOOD, SCENARIOS, play
from simulator.records import privacy, xapi
from simulator.records.common import RecordsError
from simulator.service import Service

NAME = "Zénobie Quixotéa-Wąsik 王"


def test_trainee_export_holds_everything(store) -> None:  # type: ignore[no-untyped-def]
    data = privacy.trainee_data(store, "alice martin")
    assert data["trainee"]["display_name"] == "Alice Martin"
    assert len(data["attempts"]) == 3 and sum(len(a["choices"]) for a in data["attempts"]) == 5
    with pytest.raises(RecordsError, match="No trainee"):
        privacy.trainee_data(store, "nobody")


def test_erase_removes_rows_and_bytes(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = Service(SCENARIOS, store)
    attempt = play(service, NAME, GOOD, employee_id="EMP-77123", shop="Lyon")
    store.add_review(attempt, "Trainer T", f"good work {NAME}", sign_off=True)
    store.audit("export", "trainer", f"json ({NAME})")
    xapi.queue_missing(store, SCENARIOS)
    tid = store.attempt(attempt).trainee_id
    others = store.counts()["attempts"] - 1

    counts = privacy.erase(store, NAME, actor="trainer")
    assert counts["attempts"] == 1 and counts["outbox"] == 5 and counts["audit"] >= 1 and counts["wal_emptied"]
    for table, column in (("trainees", "id"), ("attempts", "trainee_id"), ("outbox", "payload"),
                          ("audit", "detail"), ("reviews", "note")):
        assert not store._select(f"SELECT 1 FROM {table} WHERE {column} LIKE ?", [f"%{tid}%"]), table
    assert store.counts()["attempts"] == others
    assert "erased" in store.audit_log(action="erase")[0].detail
    assert store.check().ok  # the store stays sound after VACUUM
    files = [store.path, Path(str(store.path) + "-wal")]
    for needle in (NAME.encode(), b"EMP-77123", tid.encode()):
        for file in files:
            assert not file.exists() or needle not in file.read_bytes(), (needle, file.name)
    assert b"Alice Martin" in store.path.read_bytes()  # the others are still there


def test_purge_old_attempts(store) -> None:  # type: ignore[no-untyped-def]
    old = (datetime.now(UTC) - timedelta(days=400)).isoformat(timespec="milliseconds")
    with store.write():
        store.db.execute("UPDATE attempts SET started = ? WHERE scenario_id = 'other'", [old])
    xapi.queue_missing(store, SCENARIOS)
    assert privacy.purge(store, 12) == 2
    assert store.counts()["attempts"] == 4
    assert not store._select("SELECT 1 FROM outbox WHERE json_extract(payload, '$.context.registration') "
                             "NOT IN (SELECT id FROM attempts)")
    with pytest.raises(RecordsError):
        privacy.purge(store)  # no setting yet
    privacy.set_retention(store, 1)
    assert privacy.purge(store) == 0


def test_the_retention_setting_is_applied_once_a_day_without_a_button(store) -> None:  # type: ignore[no-untyped-def]
    def age(scenario_id: str, days: int) -> None:
        started = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds")
        with store.write():
            store.db.execute("UPDATE attempts SET started = ? WHERE scenario_id = ?", [started, scenario_id])

    age("other", 400)
    assert privacy.purge_due(store) == 0  # no period set: nothing is ever deleted on its own
    assert store.counts()["attempts"] == 6
    privacy.set_retention(store, 12)
    gone = [r["id"] for r in store._select("SELECT id FROM attempts WHERE scenario_id = 'other'")]
    assert privacy.purge_due(store) == 2 and store.counts()["attempts"] == 4
    assert store.audit_log(action="purge")[0].actor == "retention setting"
    on_disk = store.path.read_bytes() + Path(f"{store.path}-wal").read_bytes()
    assert not [a for a in gone if a.encode() in on_disk], "a purged attempt is still readable in the files"
    age("tiny", 400)
    assert privacy.purge_due(store) == 0  # already applied today
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert privacy.purge_due(store, now=tomorrow) == 4 and store.counts()["attempts"] == 0


def test_months_ago_clamps_the_day() -> None:
    assert privacy.months_ago(1, datetime(2025, 3, 31, tzinfo=UTC)).date().isoformat() == "2025-02-28"
    assert privacy.months_ago(14, datetime(2025, 1, 15, tzinfo=UTC)).date().isoformat() == "2023-11-15"


def test_erase_also_removes_backups_that_hold_the_trainee(store) -> None:  # type: ignore[no-untyped-def]
    service = Service(SCENARIOS, store)
    play(service, NAME, GOOD, employee_id="EMP-77123", shop="Lyon")
    older = store.backup()
    assert older is not None and NAME.encode() in older.read_bytes()

    counts = privacy.erase(store, NAME, actor="trainer")
    backups = store.backups()
    assert counts["backups_removed"] >= 1 and not older.exists() and backups  # a fresh restore point remains
    for backup in backups:
        assert NAME.encode() not in backup.read_bytes() and b"EMP-77123" not in backup.read_bytes()
        assert b"Alice Martin" in backup.read_bytes()
