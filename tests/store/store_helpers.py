"""Helpers shared by the store tests (imported by name: pytest puts this folder on ``sys.path``)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from simulator.store import Store

SCORES = {"empathy": 80, "adaptation": 70, "interest": 60, "overall": 72}


def new_attempt(store: Store, name: str = "Léa Martin", scenario: str = "forgotten-cap",
                shop: str | None = "Paris Opéra") -> str:
    trainee = store.ensure_trainee(name, shop=shop)
    return store.start_attempt(trainee.id, scenario, 1, "mother", "practice", "fr")


def raw_integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` through a plain connection, independent of the store."""
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def raw_seqs(path: Path, attempt_id: str) -> set[int]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT seq FROM choices WHERE attempt_id = ?", [attempt_id])}
