"""Plain data the trainer window renders: trainee page, attempt replay, scenario analytics. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ScorePoint:
    at: str  # when the attempt finished (stored ISO time)
    scenario_id: str
    scores: dict[str, int | None]  # empathy, adaptation, interest, overall


@dataclass(frozen=True)
class TraineePage:
    trainee: Any  # store Trainee
    attempts: list[Any]  # store Attempts, newest first
    series: list[ScorePoint]  # finished attempts, oldest first: the chart's points
    averages: dict[str, float]  # per criterion over finished attempts
    weakest: str | None  # the criterion with the lowest average (None before any finished attempt)


@dataclass(frozen=True)
class ReplayLine:
    seq: int
    node_id: str
    customer: str  # what the customer said
    reply_id: str
    reply: str  # what the trainee chose
    principle: str
    feedback: str
    effects: dict[str, int]
    elapsed_ms: int | None


@dataclass(frozen=True)
class Replay:
    attempt: Any  # store Attempt
    trainee: Any  # store Trainee
    title: str
    lines: list[ReplayLine]
    ending: str  # the ending's text ("" if unfinished or unknown)
    reviews: list[Any]  # store Reviews


@dataclass(frozen=True)
class ReplyStat:
    reply_id: str
    text: str
    count: int
    share: float  # of the times this decision point was reached
    avg_overall: float | None
    outcomes: dict[str, int]  # finished attempts by outcome (returns / silent / leaves)


@dataclass(frozen=True)
class DecisionPoint:
    node_id: str
    customer: str
    reached: int
    replies: list[ReplyStat]
