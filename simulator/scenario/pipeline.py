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

import itertools
import logging
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from simulator.bulk import collector_paused
from simulator.paths import is_frozen
from simulator.scenario import cache
from simulator.scenario.build import build
from simulator.scenario.document import Document
from simulator.scenario.errors import Problem, ScenarioError
from simulator.scenario.files import read_bytes
from simulator.scenario.model import Scenario

log = logging.getLogger(__name__)

Loaded = tuple[Scenario, Document]
Outcome = Loaded | ScenarioError
PARALLEL_FROM = 200  # files left to check; below this, starting two processes costs more than it saves
WORKERS = 2
_CHUNK = 25
_HEAD = 80  # files checked here while the workers start (a third of a second)


def load_file(path: Path, folder: Path | None) -> Loaded:
    """One file's scenario and document (``folder``: the cache, or None). Raises ScenarioError only."""
    file = str(path)
    with _reported(file):
        data = read_bytes(path, file)
        if cached := _from_cache(folder, data, path):
            return cached
        doc = _checked(data, file)
        cache.store(folder, data, cache.entry(doc))
        return build(doc, path), doc


def load_files(paths: Sequence[Path], folder: Path | None) -> list[Outcome]:
    """Each file's scenario and document, or its error, in the order given."""
    with collector_paused():
        return _load_files(paths, folder)


def _load_files(paths: Sequence[Path], folder: Path | None) -> list[Outcome]:
    first = [_first_look(path, folder) for path in paths]
    todo = [(i, data) for i, data in enumerate(first) if isinstance(data, bytes)]
    checked = _check_all([(data, str(paths[i]), folder) for i, data in todo])
    settled = {i: _settle(paths[i], result) for (i, _), result in zip(todo, checked, strict=True)}
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
    # Only on a cache miss: PyYAML, the schema and the lint cost a start with every file cached ~25 ms.
    from simulator.scenario import schema
    from simulator.scenario.lint import lint
    from simulator.scenario.yamlquick import read_plain
    from simulator.scenario.yamlsafe import parse_document

    quick = read_plain(data, file)
    if quick is not None and not schema.check(quick) and not lint(quick):
        return quick
    doc = parse_document(data, file)  # every position, for the messages
    problems = doc.refusals + _beyond(doc.refusals, schema.check(doc) + lint(doc))
    if problems:
        raise ScenarioError(file, problems)
    return doc


def _beyond(refusals: list[Problem], problems: list[Problem]) -> list[Problem]:
    """Drop problems at a refused value: a tag or alias already explains why that value looks wrong."""
    refused = {(p.line, p.column) for p in refusals}
    return [p for p in problems if (p.line, p.column) not in refused]


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


Item = tuple[bytes, str, Path | None]  # a file's bytes, its name, the cache folder


def _check_and_store(item: Item) -> tuple[Document, bytes] | ScenarioError:
    """Check one file's bytes: the document and its cache entry (already stored), or the file's error."""
    data, file, folder = item
    try:
        with _reported(file):
            doc = _checked(data, file)
            entry = cache.entry(doc)
            cache.store(folder, data, entry)
            return doc, entry
    except ScenarioError as error:
        return error


def check_one(item: Item) -> bytes | ScenarioError:
    """In a worker process: the entry is what travels back (all a valid file needs, quick to send)."""
    checked = _check_and_store(item)
    return checked if isinstance(checked, ScenarioError) else checked[1]


def _check_here(item: Item) -> Document | ScenarioError:
    """In this process: the document itself, with no round trip through its entry."""
    checked = _check_and_store(item)
    return checked if isinstance(checked, ScenarioError) else checked[0]


def _check_all(items: list[Item]) -> Iterator[Document | bytes | ScenarioError]:
    """Check in worker processes when there are many; one at a time if they cannot start.

    Results come as the workers give them, so the models are built meanwhile.
    """
    if len(items) < PARALLEL_FROM or not _workers_allowed():
        return map(_check_here, items)
    return _check_in_workers(items)


def _check_in_workers(items: list[Item]) -> Iterator[Document | bytes | ScenarioError]:
    from concurrent.futures import ProcessPoolExecutor  # a big folder only: the window never pays this import
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    from simulator.scenario import schema

    schema.compiled()  # before a fork, so that the workers inherit it
    given, head = 0, min(_HEAD, len(items) // 4)
    try:
        with ProcessPoolExecutor(WORKERS, mp_context=get_context(_start_method())) as pool:
            rest = pool.map(check_one, items[head:], chunksize=_CHUNK)
            for result in itertools.chain(map(_check_here, items[:head]), rest):  # the first while workers start
                yield result
                given += 1
    except (OSError, BrokenProcessPool, RuntimeError) as exc:
        log.warning("could not check scenario files in parallel (%s): checking the rest one by one", exc)
        yield from map(_check_here, items[given:])


def _start_method() -> str:
    """fork where it is safe, for it starts a worker at once with everything already imported;
    spawn otherwise: a thread of the window (speech, saving) copied mid-lock into a child would
    hang it, and macOS system libraries do not survive a fork."""
    return "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"


def _workers_allowed() -> bool:
    """Two cores at least, and not the packaged program (its processes would start the whole application)."""
    return (os.cpu_count() or 1) >= 2 and not is_frozen()


def _settle(path: Path, result: Document | bytes | ScenarioError) -> Outcome:
    if isinstance(result, ScenarioError):
        return result
    try:
        with _reported(str(path)):
            doc = cache.decode(result, str(path)) if isinstance(result, bytes) else result
            return build(doc, path), doc
    except ScenarioError as error:
        return error
