"""The dialogue engine: runs, scoring and debrief. Qt-free."""

from simulator.engine.debrief import Debrief, DebriefItem
from simulator.engine.run import ChoiceError, Run, Step
from simulator.engine.scoring import Scores

__all__ = ["ChoiceError", "Debrief", "DebriefItem", "Run", "Scores", "Step"]
