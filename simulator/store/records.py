"""The rows the store hands out: small frozen dataclasses, so callers never see SQL or dict keys.

Timestamps are ISO 8601 strings in UTC (``2025-03-01T09:30:00.000+00:00``): they sort as text, which keeps the
dashboard queries on plain indexes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

MODES = ("practice", "assessment")
STATUSES = ("in_progress", "finished", "abandoned")
CELL_STATUSES = ("new", "in_progress", "passed", "failed")
SCORE_KEYS = ("empathy", "adaptation", "interest", "overall")


def now_iso() -> str:
    """The current time as stored (UTC, milliseconds)."""
    return iso(datetime.now(UTC))


def iso(moment: datetime) -> str:
    """A datetime as stored; naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")



def new_id() -> str:
    """A random UUID, as text (uuid is imported here, when an id is made: with platform, it costs a start ~4 ms)."""
    import uuid

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Trainee:
    id: str
    display_name: str
    employee_id: str | None
    shop: str | None
    created: str
    demo: bool = False


@dataclass(frozen=True)
class Attempt:
    id: str
    trainee_id: str
    scenario_id: str
    scenario_version: int
    persona: str | None
    mode: str
    lang: str
    started: str
    finished: str | None
    status: str
    empathy: int | None = None
    adaptation: int | None = None
    interest: int | None = None
    overall: int | None = None
    passed: bool | None = None
    outcome: str | None = None
    ending: str | None = None
    demo: bool = False

    @property
    def scores(self) -> dict[str, int | None]:
        return {key: getattr(self, key) for key in SCORE_KEYS}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Attempt:
        data = {k: row[k] for k in cls.__dataclass_fields__}
        data["passed"] = None if row["passed"] is None else bool(row["passed"])
        data["demo"] = bool(row["demo"])
        return cls(**data)


@dataclass(frozen=True)
class ChoiceRow:
    attempt_id: str
    seq: int
    node_id: str
    reply_id: str
    position: int
    chosen_at: str
    elapsed_ms: int | None = None


class MatrixCell(NamedTuple):
    """One trainee × scenario square of the trainer's dashboard (a tuple: 40,000 of them build fast)."""

    trainee_id: str
    display_name: str
    shop: str | None
    scenario_id: str
    status: str  # new | in_progress | passed | failed
    best_overall: int | None
    attempts: int
    last_at: str | None


@dataclass(frozen=True)
class ChoiceStat:
    """How often a reply was picked at a decision point, and how well those attempts ended."""

    node_id: str
    reply_id: str
    count: int
    avg_overall: float | None


@dataclass(frozen=True)
class Review:
    id: int
    attempt_id: str
    trainer: str
    note: str
    signed_off_at: str | None
    created: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    detail: str


@dataclass(frozen=True)
class OutboxItem:
    id: str
    kind: str
    payload: Any
    created: str
    sent_at: str | None
    tries: int
    last_error: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OutboxItem:
        return cls(**{**row, "payload": json.loads(row["payload"])})
