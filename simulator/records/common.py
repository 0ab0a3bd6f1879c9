"""What every export shares: filters, the progress callback, spreadsheet-safe text and all-or-nothing files.

Long operations take ``progress(done, total) -> bool`` (Orange3 style): the window's worker passes one that moves a
progress bar and returns False when the trainer presses Cancel; the command line passes none.
"""

from __future__ import annotations

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


class RecordsError(Exception):
    """An expected problem (bad filter, unreadable bundle, unwritable folder), in plain words."""


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
        raise RecordsError(f"The folder {folder} does not exist; choose another place to save the file.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
