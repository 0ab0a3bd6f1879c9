"""A cache of checked scenario files, in the spirit of Python's ``.pyc`` files.

Parsing, the schema and the lint cost a few milliseconds per file, and the
same files are loaded at every start. A file that passed every check is stored
in ``marshal`` form (its data and positions: plain dicts, lists, tuples and
scalars) under the SHA-256 of its bytes and of what decides validity
(``CACHE_VERSION``, the schema, the program's and Python's versions); the next
load of the same bytes skips the checks. Only the model is built again.
marshal rather than JSON: ten times faster to write and keeps tuple keys; it
runs no code when read (unlike pickle), and an entry is read only when
its own digest matches, so a damaged file is never handed to it.
An entry keeps only the positions the model needs (nodes, replies, endings, the
id): a document read from the cache places anything else at its nearest parent.

The cache is a convenience, never a source of truth: an entry that cannot be
read, is cut short or was altered (its own digest does not match) is ignored
and the file is checked as usual. Folder: ``SIMULATOR_CACHE_DIR`` (an empty
value turns the cache off), else the per-user cache folder, then ``scenarios/``.

Every edit of a scenario and every new release leave entries nobody reads again;
the first write of a process drops those unread for ``KEEP_DAYS`` (a read refreshes
an entry's date once a month), so the folder of a shop PC does not grow for years.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import time
from functools import cache
from pathlib import Path

from platformdirs import user_cache_dir

import simulator
from simulator.scenario.document import Document
from simulator.scenario.document import Path as DataPath

log = logging.getLogger(__name__)

# Raise it whenever a change to the reader, the lint or the Document makes old entries wrong.
CACHE_VERSION = 2
ENV_VAR = "SIMULATOR_CACHE_DIR"
KEEP_DAYS = 90
REFRESH_DAYS = 30  # a read entry older than this gets today's date, so pruning spares it
TEMP_PREFIX = ".tmp-"
_DAY = 86_400
_pruned: set[Path] = set()  # folders already pruned by this process


def cache_dir() -> Path | None:
    """Where entries go, or None when ``SIMULATOR_CACHE_DIR`` is set but empty (cache off)."""
    configured = os.environ.get(ENV_VAR)
    if configured is not None:
        return Path(configured.strip()).expanduser() / "scenarios" if configured.strip() else None
    return Path(user_cache_dir("simulator", appauthor=False)) / "scenarios"


@cache
def _salt() -> bytes:
    """What, besides the file's bytes, decides whether a file is valid."""
    program = simulator.__version__  # not importlib.metadata: ~30 ms at every start, and absent when frozen
    schema = (Path(__file__).parent / "scenario.schema.json").read_bytes()  # importlib.resources: ~3 ms more
    python = f"{sys.version_info[0]}.{sys.version_info[1]}|{marshal.version}"
    return f"{CACHE_VERSION}|{program}|{python}|".encode() + hashlib.sha256(schema).digest()


def key(data: bytes) -> str:
    """The entry name for a file's bytes."""
    return hashlib.sha256(_salt() + data).hexdigest()


def fetch(folder: Path | None, data: bytes, file: str) -> Document | None:
    """The checked document stored for these bytes, or None (no entry, or an unusable one)."""
    if folder is None:
        return None
    path = folder / key(data)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        doc = decode(raw, file)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, EOFError):
        log.debug("ignoring an unusable cache entry for %s", file)
        return None
    _note_use(path)
    return doc


def _note_use(path: Path) -> None:
    """Give an entry read today a recent date (once a month at most: a write per read would cost)."""
    try:
        if time.time() - path.stat().st_mtime > REFRESH_DAYS * _DAY:
            os.utime(path)
    except OSError:
        pass  # a read-only cache simply ages; its entries are checked again after pruning


def entry(doc: Document) -> bytes:
    """A checked document as an entry: its digest, a newline, then the kept data and positions."""
    kept = trimmed(doc)
    payload = marshal.dumps({"data": kept.data, "marks": kept.marks, "keys": kept.key_marks})
    return hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def store(folder: Path | None, data: bytes, checked: bytes) -> None:
    """Remember that these bytes gave this entry (see ``entry``); failures are only logged."""
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(folder / key(data), checked)
    except OSError as exc:
        log.debug("cannot write the scenario cache in %s: %s", folder, exc)
        return
    prune_once(folder)


def prune_once(folder: Path) -> None:
    """Drop entries unread for ``KEEP_DAYS`` and temporary files left by a write cut short, once per process."""
    if folder in _pruned:
        return
    _pruned.add(folder)
    now = time.time()
    for path in folder.iterdir():
        age_limit = _DAY if path.name.startswith(TEMP_PREFIX) else KEEP_DAYS * _DAY
        try:
            if now - path.stat().st_mtime > age_limit:
                path.unlink()
        except OSError:
            continue  # gone already (another process pruned it), or not ours to remove


def _write_atomically(target: Path, content: bytes) -> None:
    """Write beside the target then rename, so a reader never sees half an entry."""
    import tempfile  # only when writing: a start with every file cached never does

    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temp, target)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        raise


def decode(raw: bytes, file: str) -> Document:
    """The document of an entry; ValueError (or another plain error) when it is not a sound one."""
    digest, _, payload = raw.partition(b"\n")
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        raise ValueError("digest mismatch")
    content = marshal.loads(payload)
    if not (isinstance(content["data"], dict) and isinstance(content["marks"], dict)
            and isinstance(content["keys"], dict)):
        raise TypeError("not a scenario entry")
    return Document(file, content["data"], content["marks"], content["keys"])


def trimmed(doc: Document) -> Document:
    """The document with only the positions a valid file still needs (what an entry keeps)."""
    return Document(doc.file, doc.data, {path: mark for path, mark in doc.marks.items() if _kept(path)},
                    {path: mark for path, mark in doc.key_marks.items() if len(path) <= 2})


def _kept(path: DataPath) -> bool:
    """Only the positions a valid file still needs: the model's lines, and the id for duplicate-id messages.

    Keeping all of them would make an entry three times larger and six times slower to read.
    """
    return len(path) <= 1 or (len(path) == 4 and path[0] == "nodes" and path[2] == "replies")

