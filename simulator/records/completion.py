"""Completion records: one row per trainee × scenario, what HR needs to prove who completed which training.

The rows come from one grouped query (``queries.COMPLETION_SQL``) streamed from a snapshot; the scenario title is
added from the loaded catalogue (the database keeps only ids, so a renamed scenario shows its current title).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from simulator.scenario.model import Scenario

from . import queries
from .common import Filters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # text | int | datetime | minutes


COLUMNS: tuple[Column, ...] = (
    Column("trainee", "trainee", "text"),
    Column("employee_id", "employee id", "text"),
    Column("shop", "shop", "text"),
    Column("scenario_id", "scenario id", "text"),
    Column("scenario_title", "scenario title", "text"),
    Column("scenario_version", "scenario version", "int"),
    Column("status", "status", "text"),
    Column("first_completed", "first completion (UTC)", "datetime"),
    Column("best_overall", "best overall", "int"),
    Column("best_empathy", "best empathy", "int"),
    Column("best_adaptation", "best adaptation", "int"),
    Column("best_interest", "best interest", "int"),
    Column("attempts", "attempts", "int"),
    Column("time_minutes", "time spent (min)", "minutes"),
    Column("signed_off_by", "signed off by", "text"),
    Column("signed_off_at", "signed off on (UTC)", "datetime"),
)
KEYS = tuple(c.key for c in COLUMNS)


def titles(store: Any, scenarios: Mapping[str, Scenario], lang: str = "fr") -> dict[str, str]:
    """Scenario id -> title: the installed scenarios, plus the synthetic ids of demo data (kept in meta)."""
    found = {sid: s.title.get(lang) for sid, s in scenarios.items()}
    demo = json.loads(store.get_meta("demo_scenarios") or "{}")
    for sid, info in demo.items():
        found.setdefault(sid, info.get("title", {}).get(lang, ""))
    return found


def shape(row: dict[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """A query row as an export record (keys of ``COLUMNS`` plus ``trainee_id``)."""
    ms = row.pop("time_ms")
    row["time_minutes"] = round(ms / 60000, 1) if ms is not None else None
    row["scenario_title"] = names.get(row["scenario_id"], "")
    return row


def records(conn: Any, filters: Filters, names: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    """Stream the completion records matching ``filters`` from an open snapshot connection."""
    where, params = queries.where_clause(filters)
    for row in queries.stream(conn, queries.COMPLETION_SQL.format(where=where), params):
        yield shape(row, names)


def total(conn: Any, filters: Filters) -> int:
    where, params = queries.where_clause(filters)
    return int(conn.execute(queries.COUNT_SQL.format(where=where), params).fetchone()[0])


def all_records(store: Any, filters: Filters, scenarios: Mapping[str, Scenario],
                lang: str = "fr") -> list[dict[str, Any]]:
    """Every matching record in memory (for small exports, tests and the window's preview)."""
    names = titles(store, scenarios, lang)
    with queries.snapshot(store.path) as conn:
        return list(records(conn, filters, names))
