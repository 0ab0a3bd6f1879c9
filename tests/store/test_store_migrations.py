"""Versioned migrations: a real v1 file is upgraded with its data and a backup; newer files are refused."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from simulator.store import CURRENT_VERSION, Store, StoreError, schema
from simulator.store.location import db_path


def _v1_file(data_dir: Path) -> Path:
    """A database as the first release wrote it, with one trainee, one attempt and two choices."""
    data_dir.mkdir(parents=True)
    path = db_path(data_dir)
    db = Database(sqlite3.connect(path, isolation_level=None))
    with db.atomic():
        schema.MIGRATIONS[0].apply(db)
        db.execute("PRAGMA user_version = 1")
    db.table("trainees").insert({"id": "t1", "display_name": "Ana", "created": "2024-01-01T09:00:00.000+00:00"})
    db.table("attempts").insert({"id": "a1", "trainee_id": "t1", "scenario_id": "cap", "scenario_version": 1,
                                 "mode": "practice", "lang": "fr", "started": "2024-01-01T09:01:00.000+00:00"})
    for seq in (1, 2):
        db.table("choices").insert({"attempt_id": "a1", "seq": seq, "node_id": f"n{seq}", "reply_id": "r",
                                    "position": 1, "chosen_at": "2024-01-01T09:02:00.000+00:00"})
    db.close()
    return path


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_v1_schema_is_really_smaller() -> None:
    db = Database(memory=True)
    schema.MIGRATIONS[0].apply(db)
    assert "reviews" not in db.table_names() and "elapsed_ms" not in db["choices"].columns_dict


def test_v1_file_is_upgraded_with_its_data_and_a_backup(data_dir: Path) -> None:
    path = _v1_file(data_dir)
    store = Store.open(data_dir)
    assert _version(path) == CURRENT_VERSION == 3
    assert store.upgrade_backup is not None and _version(store.upgrade_backup) == 1
    assert [c.reply_id for c in store.choices("a1")] == ["r", "r"]
    assert store.choices("a1")[0].elapsed_ms is None
    store.record_choice("a1", 3, "n3", "r", 2, 4200)
    store.add_review("a1", "Marc", "ok")
    assert store.choices("a1")[-1].elapsed_ms == 4200 and store.check().ok
    store.close()


def test_a_failing_upgrade_leaves_the_file_at_v1(data_dir: Path, monkeypatch) -> None:
    path = _v1_file(data_dir)

    def broken(db: Database) -> None:
        schema.MIGRATIONS[1].apply(db)
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], schema.Migration(2, "broken", broken)))
    with pytest.raises(RuntimeError):
        Store.open(data_dir)
    assert _version(path) == 1
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "reviews" not in tables
        assert conn.execute("SELECT COUNT(*) FROM choices").fetchone()[0] == 2


def test_a_file_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close(backup=False)
    path = db_path(data_dir)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.kind == "newer"
    assert "newer version of the simulator" in caught.value.message and "99" in caught.value.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
