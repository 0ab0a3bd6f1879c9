"""Scenarios: the frozen model, the safe loader, the JSON Schema and the lint.

Use ``load_scenario(path)`` for one file and ``load_folder(paths)`` for a
catalogue; both report problems as ``file:line:column: message``.
"""

from simulator.scenario.errors import Problem, ScenarioError
from simulator.scenario.loader import Catalogue, load_folder, load_scenario

__all__ = ["Catalogue", "Problem", "ScenarioError", "load_folder", "load_scenario"]
