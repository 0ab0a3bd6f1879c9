"""The steps that turn one file into a scenario, and the same for many files at once.

One file: read the bytes (size refused first), look in the cache of checked
files, else parse, schema, lint; then build the model and remember the document.
Many files: the cache is looked up for every file first; when many files are
left to check (a first start, a new release), they are checked in two worker
processes, which only return plain documents or errors (the frozen model does
not pickle, and it is cheap to build): the model is built here, in file order,
so the results are exactly those of loading the files one by one.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from simulator.paths import is_frozen
from simulator.scenario import cache, schema
from simulator.scenario.build import build
from simulator.scenario.document import Document
from simulator.scenario.errors import Problem, ScenarioError
from simulator.scenario.files import read_bytes
from simulator.scenario.lint import lint
from simulator.scenario.model import Scenario

log = logging.getLogger(__name__)

Loaded = tuple[Scenario, Document]
Outcome = Loaded | ScenarioError
PARALLEL_FROM = 200  # files left to check; below this, starting two processes costs more than it saves
WORKERS = 2
_CHUNK = 25


def load_file(path: Path, folder: Path | None) -> Loaded:
    """One file's scenario and document (``folder``: the cache, or None). Raises ScenarioError only."""
    file = str(path)
    with _reported(file):
        data = read_bytes(path, file)
        return _from_cache(folder, data, path) or _finish(path, data, _checked(data, file), folder)


def load_files(paths: Sequence[Path], folder: Path | None) -> list[Outcome]:
    """Each file's scenario and document, or its error, in the order given."""
    with _collector_paused():
        return _load_files(paths, folder)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: loading only allocates, and each pass over the growing
    catalogue costs more; with it running, a warm load of 1,000 files takes about twice as long."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_files(paths: Sequence[Path], folder: Path | None) -> list[Outcome]:
    first = [_first_look(path, folder) for path in paths]
    todo = [(i, data) for i, data in enumerate(first) if isinstance(data, bytes)]
    checked = _check_all([(data, str(paths[i])) for i, data in todo])
    settled = {i: _settle(paths[i], data, result, folder) for (i, data), result in zip(todo, checked, strict=True)}
    return [settled[i] if isinstance(outcome, bytes) else outcome for i, outcome in enumerate(first)]


@contextmanager
def _reported(file: str) -> Iterator[None]:
    """Let ScenarioError through; turn anything else (a bug of ours) into one, so a catalogue never falls."""
    try:
        yield
    except ScenarioError:
        raise
    except Exception as exc:
        log.exception("unexpected failure while loading %s", file)
        raise ScenarioError(file, [Problem(file, 1, 1, f"internal error while reading this file: {exc!r}")]) from exc


def _checked(data: bytes, file: str) -> Document:
    """Parse, then the schema and the lint: the document, or a ScenarioError listing every problem."""
    from simulator.scenario.yamlsafe import parse_document  # only on a cache miss: PyYAML costs ~20 ms

    doc = parse_document(data, file)
    problems = doc.refusals + _beyond(doc.refusals, schema.check(doc) + lint(doc))
    if problems:
        raise ScenarioError(file, problems)
    return doc


def _beyond(refusals: list[Problem], problems: list[Problem]) -> list[Problem]:
    """Drop problems at a refused value: a tag or alias already explains why that value looks wrong."""
    refused = {(p.line, p.column) for p in refusals}
    return [p for p in problems if (p.line, p.column) not in refused]


def _finish(path: Path, data: bytes, doc: Document, folder: Path | None) -> Loaded:
    """Build the model of a checked document, then remember the document for the next load."""
    scenario = build(doc, path)
    cache.store(folder, data, doc)
    return scenario, doc


def _from_cache(folder: Path | None, data: bytes, path: Path) -> Loaded | None:
    """The scenario from a cache entry for these bytes, or None to check the file as usual."""
    doc = cache.fetch(folder, data, str(path))
    if doc is None:
        return None
    try:
        return build(doc, path), doc
    except Exception:  # an entry that does not build is as good as none: check the file itself
        log.debug("cache entry for %s does not build; checking the file", path, exc_info=True)
        return None


def _first_look(path: Path, folder: Path | None) -> Outcome | bytes:
    """A cache hit, or the read error, or else the bytes still to check."""
    file = str(path)
    try:
        with _reported(file):
            data = read_bytes(path, file)
            return _from_cache(folder, data, path) or data
    except ScenarioError as error:
        return error


def check_one(item: tuple[bytes, str]) -> Document | ScenarioError:
    """Check one file's bytes; runs in the worker processes, so it returns its error instead of raising."""
    data, file = item
    try:
        with _reported(file):
            return cache.trimmed(_checked(data, file))  # all a valid file needs, and less to send back
    except ScenarioError as error:
        return error


def _check_all(items: list[tuple[bytes, str]]) -> list[Document | ScenarioError]:
    """Check in worker processes when there are many; one at a time if they cannot start."""
    if len(items) < PARALLEL_FROM or not _workers_allowed():
        return [check_one(item) for item in items]
    from concurrent.futures import ProcessPoolExecutor  # a big folder only: the window never pays this import
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    try:
        # spawn, not fork: the window's threads must not be copied into a child mid-lock.
        with ProcessPoolExecutor(WORKERS, mp_context=get_context("spawn")) as pool:
            return list(pool.map(check_one, items, chunksize=_CHUNK))
    except (OSError, BrokenProcessPool, RuntimeError) as exc:
        log.warning("could not check scenario files in parallel (%s): checking them one by one", exc)
        return [check_one(item) for item in items]


def _workers_allowed() -> bool:
    """Two cores at least, and not the packaged program (its processes would start the whole application)."""
    return (os.cpu_count() or 1) >= 2 and not is_frozen()


def _settle(path: Path, data: bytes, result: Document | ScenarioError, folder: Path | None) -> Outcome:
    if isinstance(result, ScenarioError):
        return result
    try:
        with _reported(str(path)):
            return _finish(path, data, result, folder)
    except ScenarioError as error:
        return error
