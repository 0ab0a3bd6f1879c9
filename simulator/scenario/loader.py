"""Load scenario files: safe YAML, then the JSON Schema, then the lint, then the model.

``load_scenario`` gives one scenario or a ``ScenarioError`` listing every problem
of the file; ``load_folder`` loads many and keeps going past bad files, so one
broken file never hides the others from trainees.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from simulator.scenario import cache
from simulator.scenario.document import Document
from simulator.scenario.errors import Problem, ScenarioError
from simulator.scenario.model import Scenario
from simulator.scenario.pipeline import load_file, load_files

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml")


@dataclass
class Catalogue:
    """The scenarios that loaded, by id, and one error per file that did not."""

    scenarios: dict[str, Scenario] = field(default_factory=dict)
    errors: list[ScenarioError] = field(default_factory=list)


def load_scenario(path: str | Path, *, use_cache: bool = True) -> Scenario:
    """Load and check one file. Raises ScenarioError (and nothing else) listing every problem."""
    return load_file(Path(path), cache.cache_dir() if use_cache else None)[0]


def load_folder(paths: Iterable[str | Path] | str | Path, *, use_cache: bool = True) -> Catalogue:
    """Load every scenario file of the given folders (``*.yaml``, ``*.yml``) and files.

    A file whose id was already loaded from an earlier file is an error on the later one.
    """
    catalogue = Catalogue()
    for outcome in load_files(_files(paths, catalogue), cache.cache_dir() if use_cache else None):
        if isinstance(outcome, ScenarioError):
            catalogue.errors.append(outcome)
            continue
        scenario, doc = outcome
        if scenario.id in catalogue.scenarios:
            catalogue.errors.append(_duplicate(doc, catalogue.scenarios[scenario.id]))
            continue
        catalogue.scenarios[scenario.id] = scenario
    log.info("loaded %d scenarios, %d files refused", len(catalogue.scenarios), len(catalogue.errors))
    return catalogue


def _files(paths: Iterable[str | Path] | str | Path, catalogue: Catalogue) -> list[Path]:
    """The scenario files to load, in a stable order (so "the second file" means the same each time)."""
    if isinstance(paths, str | Path):
        paths = [paths]
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            catalogue.errors.append(ScenarioError(str(path), [Problem(str(path), 1, 1, "no such file or folder")]))
    return files


def _duplicate(doc: Document, first: Scenario) -> ScenarioError:
    message = f'scenario id "{doc.data["id"]}" is already used by {first.source}: ids must be unique'
    return ScenarioError(doc.file, [doc.problem(("id",), message)])
