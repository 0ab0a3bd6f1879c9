"""Plain-words errors for the store.

Every failure that reaches the trainee or the trainer is a ``StoreError`` whose message says what happened and
where, in words a shop manager understands; the original ``sqlite3`` error is kept as ``__cause__`` for the log.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


class StoreError(Exception):
    """A store failure with a message fit to show as is (no stack trace, no SQL).

    ``kind``, ``where`` (the folder) and ``doing`` (what could not be done) let the window word it again in
    its own language; so do ``code`` and ``params`` for the problems that are not about the disk (an attempt
    closed meanwhile, a file from a newer version...). The message itself is English, the language of the
    command line and of the log.
    """

    def __init__(self, message: str, *, kind: str = "other", where: Path | None = None,
                 doing: str | None = None, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.kind = kind  # "full", "locked", "readonly", "corrupt", "newer", "missing", "invalid", "other"
        self.where, self.doing = where, doing
        self.code, self.params = code, params

    @property
    def message(self) -> str:
        return str(self.args[0])


_FULL_CODES = {"SQLITE_FULL"}
_LOCKED_CODES = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY"}
_READONLY_PREFIXES = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")
_CORRUPT_PREFIXES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _code_name(error: sqlite3.Error) -> str:
    """The SQLite result-code name (``SQLITE_FULL`` ...), guessed from the text for very old drivers."""
    name = getattr(error, "sqlite_errorname", None)
    if name:
        return str(name)
    text = str(error).lower()
    for needle, code in (("disk is full", "SQLITE_FULL"), ("locked", "SQLITE_BUSY"),
                         ("readonly", "SQLITE_READONLY"), ("malformed", "SQLITE_CORRUPT"),
                         ("not a database", "SQLITE_NOTADB")):
        if needle in text:
            return code
    return "SQLITE_ERROR"


def translate(error: BaseException, where: Path, doing: str = "save your work") -> StoreError:
    """Turn a low-level error into a ``StoreError`` that says what to do about it.

    ``doing`` completes "could not ..." so the trainee knows what was lost (for a choice: "save your last choice").
    """
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return _os_error(error, where)
    code = _code_name(error) if isinstance(error, sqlite3.Error) else "SQLITE_ERROR"
    log.warning("store error %s while trying to %s in %s: %s", code, doing, where, error)
    if code in _FULL_CODES:
        return StoreError(f"The disk is full: the simulator could not {doing}. Free some space on the drive "
                          f"that holds {where} and try again; nothing else was lost.", kind="full", where=where,
                          doing=doing)
    if code in _LOCKED_CODES:
        return StoreError(f"The record book in {where} stayed busy (another copy of the simulator is probably "
                          f"open), so the simulator could not {doing}. Close the other copy and try again.",
                          kind="locked", where=where, doing=doing)
    if code.startswith(_READONLY_PREFIXES):
        return readonly_error(where, doing)
    if code.startswith(_CORRUPT_PREFIXES):
        return StoreError(f"The record book in {where} is damaged, so the simulator could not {doing}. "
                          f"Restart the simulator: it will repair the file from the latest backup.", kind="corrupt",
                          where=where, doing=doing)
    return StoreError(f"The simulator could not {doing} in {where} ({error}).", where=where, doing=doing,
                      code="failed", detail=str(error))


def readonly_error(where: Path, doing: str = "save your work") -> StoreError:
    """The folder or file cannot be written: say which one and how to choose another."""
    return StoreError(f"The folder {where} cannot be written to, so the simulator could not {doing}. "
                      f"Choose another folder with --data-dir (or SIMULATOR_DATA_DIR), or ask for write access.",
                      kind="readonly", where=where, doing=doing)


def _os_error(error: OSError, where: Path) -> StoreError:
    import errno

    if error.errno == errno.ENOSPC:
        return StoreError(f"The disk that holds {where} is full. Free some space and try again.", kind="full",
                          where=where)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return readonly_error(where)
    if error.errno in (errno.EEXIST, errno.ENOTDIR) and where.is_file():
        return StoreError(f"{where} is a file, not a folder: choose a folder for the record book (--data-dir or "
                          "SIMULATOR_DATA_DIR).", kind="invalid", where=where, code="not_a_folder")
    detail = error.strerror or str(error)
    return StoreError(f"The simulator could not use {where}: {detail}.", where=where, code="unusable", detail=detail)
