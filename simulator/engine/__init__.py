"""The dialogue engine: runs, scoring and debrief. Qt-free.

Names are loaded on first use (PEP 562): the window's first frame needs none of
them, and the run module brings in `transitions`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.engine.debrief import Debrief, DebriefItem
    from simulator.engine.errors import ChoiceError
    from simulator.engine.run import Run, Step
    from simulator.engine.scoring import Scores

_HOMES = {"ChoiceError": "errors", "Debrief": "debrief", "DebriefItem": "debrief", "Run": "run", "Step": "run",
          "Scores": "scoring"}
__all__ = ["ChoiceError", "Debrief", "DebriefItem", "Run", "Scores", "Step"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
