"""Values derived once from a loaded scenario (its machine, its best reachable scores).

A loaded scenario never changes, but it cannot be a dict key (its mappings are
unhashable), so entries are keyed by identity and keep the scenario alive, which
stops its id from being reused by another object.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from simulator.scenario.model import Scenario

T = TypeVar("T")


def per_scenario(cache: dict[Any, tuple[Scenario, Any]], scenario: Scenario, key: Hashable,
                 make: Callable[[], T]) -> T:
    """``make()`` for this scenario and key, computed on first use and remembered in ``cache``."""
    entry = cache.get((id(scenario), key))
    if entry is None or entry[0] is not scenario:
        entry = (scenario, make())
        cache[(id(scenario), key)] = entry
    return entry[1]  # type: ignore[no-any-return]
