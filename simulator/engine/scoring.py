"""Scores on the doctrine's three criteria, normalised to 0-100 against the best reachable."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from simulator.scenario.model import CRITERIA, Effects, PassRule


@dataclass(frozen=True)
class Scores:
    empathy: int
    adaptation: int
    interest: int
    overall: int
    passed: bool

    def get(self, criterion: str) -> int:
        return int(getattr(self, criterion))

    def as_dict(self) -> dict[str, int]:
        return {c: self.get(c) for c in (*CRITERIA, "overall")}

    def weakest(self) -> str:
        return weakest_criterion(self.as_dict())


def weakest_criterion(values: Mapping[str, float]) -> str:
    """The criterion to work on next: the lowest of the three (ties broken in the doctrine's order)."""
    return min(CRITERIA, key=values.__getitem__)


def normalise(raw: int, best: int) -> int:
    """Raw points as a percentage of the best reachable, clamped to 0-100."""
    if best <= 0:
        # Nothing positive can be earned on this criterion: avoiding losses is the best one can do.
        return 100 if raw >= best else 0
    return max(0, min(100, round(100 * raw / best)))


def score(raw: Effects, best: Effects, rule: PassRule) -> Scores:
    """Turn raw totals into Scores, applying the scenario's pass rule."""
    per = {c: normalise(raw.get(c), best.get(c)) for c in CRITERIA}
    overall = round(sum(per.values()) / len(per))
    passed = all(v >= rule.criterion_min for v in per.values()) and overall >= rule.overall_min
    return Scores(**per, overall=overall, passed=passed)
