"""What every export shares: filters, the progress callback, spreadsheet-safe text and all-or-nothing files.

Long operations take ``progress(done, total) -> bool`` (Orange3 style): the window's worker passes one that moves a
progress bar and returns False when the trainer presses Cancel; the command line passes none.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\n")


class Cancelled(Exception):
    """The user cancelled a long operation; nothing was written."""


class Worded(Exception):
    """An expected problem whose message (English: the command line's and the log's language) can be worded
    again by the window: ``code`` says which problem it is, ``params`` fill its sentence."""

    def __init__(self, message: str, *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


class RecordsError(Worded):
    """An expected problem (bad filter, unreadable bundle, unwritable folder), in plain words."""


WRITE_PROBLEMS = frozenset({"disk_full", "write_denied", "write_failed"})  # the data could not be written: exit 3
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # a quota counts as full; Windows has no EDQUOT


def write_error(error: OSError, target: Path) -> RecordsError:
    """A failed write of ``target`` in plain words: a full disk, no permission, or the system's reason."""
    if error.errno in _FULL:
        return RecordsError(f"The disk is full: {target} could not be written. Free some space or choose another "
                            "drive; nothing was changed there.", code="disk_full", file=target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return RecordsError(f"{target} cannot be written there (no permission, or a read-only drive). Choose "
                            "another folder; nothing was changed there.", code="write_denied", file=target)
    reason = error.strerror or str(error)
    return RecordsError(f"{target} could not be written ({reason}); nothing was changed there.",
                        code="write_failed", file=target, reason=reason)


def no_progress(done: int, total: int) -> bool:
    return True


def tick(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise ``Cancelled`` when the callback asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled("The operation was cancelled; nothing was written.")


def neutralise(value: str) -> str:
    """A text cell a spreadsheet will never read as a formula (OWASP CSV injection advice: prefix with ')."""
    return "'" + value if value.startswith(DANGEROUS_START) else value


@dataclass(frozen=True)
class Filters:
    """Which records an export covers: attempts started in [since, until] (whole days), one shop, one trainee."""

    since: date | None = None
    until: date | None = None
    shop: str | None = None
    trainee: str | None = None  # a display name, an employee id or a trainee id
    trainee_ids: tuple[str, ...] | None = None  # what ``trainee`` matched (set by ``queries.resolve``)

    def since_dt(self) -> datetime | None:
        return datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC) if self.since else None

    def until_dt(self) -> datetime | None:
        """The end of the ``until`` day (exclusive bound), so ``--until`` includes that day."""
        if self.until is None:
            return None
        return datetime(self.until.year, self.until.month, self.until.day, tzinfo=UTC) + timedelta(days=1)

    def describe(self) -> str:
        return self.chosen() or "all records"

    def chosen(self) -> str:
        """The filters given, as ``shop=Paris, since=2025-01-01`` ("" when none)."""
        return ", ".join(f"{k}={v}" for k, v in self.__dict__.items() if v is not None and k != "trainee_ids")


def parse_day(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD command-line date, or a plain-words error naming the option."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RecordsError(f"{option} must be a date like 2025-03-31 (got \"{text}\").") from None


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it onto ``target`` only if the block succeeds.

    The temporary file lives in the same folder so ``os.replace`` is atomic; on any error or cancel it is removed,
    so an interrupted export never leaves a half file (and never damages an older export of the same name).
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise RecordsError(f"The folder {folder} does not exist; choose another place to save the file.",
                           code="folder_missing", folder=folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise write_error(error, target) from error
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
    except OSError as error:  # the block only writes the temporary file: this is about the target's drive
        _remove_part(tmp)
        raise write_error(error, target) from error
    except BaseException:
        _remove_part(tmp)
        raise


def _remove_part(tmp: Path) -> None:
    """The temporary file and what SQLite may leave beside it (a bundle cut by a full disk keeps its journal)."""
    for leftover in (tmp, *(tmp.with_name(tmp.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - a drive that vanished; the rename never happened, the target is safe
            log.warning("Could not remove %s", leftover)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def local_moment(moment: str | None) -> datetime | None:
    """A stored timestamp (UTC) on this PC's clock, for what people read; None when empty or unreadable.

    The record book keeps UTC so that shops in different time zones merge; people read their own clock.
    """
    if not moment:
        return None
    try:
        return _stored_utc(moment).astimezone()
    except ValueError:
        return None


def _stored_utc(moment: str) -> datetime:
    """A stored ISO timestamp as an aware datetime: one without an offset is UTC, as ``store.records.iso`` means."""
    found = datetime.fromisoformat(moment)
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def parse_stored(moment: str | None) -> datetime | None:
    """A stored ISO timestamp as a naive UTC datetime (what spreadsheets take), or None."""
    if not moment:
        return None
    return _stored_utc(moment).astimezone(UTC).replace(tzinfo=None)
