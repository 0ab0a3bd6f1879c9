"""GDPR duties: give a trainee everything stored about them, erase them everywhere, purge old attempts.

Erasing deletes the trainee's rows (attempts, choices and reviews follow by foreign key), the queued xAPI
statements naming their UUID, and scrubs audit lines naming them; the erasure itself is logged without the name.
``secure_delete`` overwrites freed space, VACUUM rewrites the file and a TRUNCATE checkpoint empties the WAL, so
the name's bytes are gone from ``simulator.sqlite`` and ``simulator.sqlite-wal``. Backups that still hold the
trainee are deleted too, and a fresh verified backup (without them) is made, so a restore cannot bring them back.
"""

from __future__ import annotations

import calendar
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.store.backup import list_backups
from simulator.store.core import read_only
from simulator.store.records import iso, now_iso

from . import queries
from .common import RecordsError

log = logging.getLogger(__name__)

RETENTION_KEY = "retention_months"
LAST_PURGE_KEY = "retention_last_purge"  # the day the retention setting was last applied
REDACTED = "[erased]"


def trainee_data(store: Any, who: str) -> dict[str, Any]:
    """Everything stored about one trainee, as plain JSON-ready data (the right of access)."""
    trainee = queries.one_trainee(store, who)
    tid = trainee["id"]
    attempts = store._select("SELECT * FROM attempts WHERE trainee_id = ? ORDER BY started", [tid])
    for attempt in attempts:
        attempt["choices"] = store._select("SELECT * FROM choices WHERE attempt_id = ? ORDER BY seq", [attempt["id"]])
        attempt["reviews"] = store._select("SELECT trainer, note, signed_off_at, created FROM reviews "
                                           "WHERE attempt_id = ? ORDER BY id", [attempt["id"]])
    queued = store._select("SELECT id, sent_at FROM outbox WHERE payload LIKE ?", [f"%{tid}%"])
    return {"exported": now_iso(), "trainee": trainee, "attempts": attempts,
            "xapi_statements": [{"id": q["id"], "sent_to_lrs": q["sent_at"]} for q in queued],
            "note": "xAPI statements name the trainee only by the UUID above, never by name."}


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def erase(store: Any, who: str, actor: str = "") -> dict[str, int]:
    """Delete one trainee everywhere and wipe the bytes; returns what was deleted (counts only)."""
    trainee = queries.one_trainee(store, who)
    tid, words = trainee["id"], [w for w in (trainee["display_name"], trainee["employee_id"]) if w]
    store.conn.execute("PRAGMA secure_delete = ON")
    with store.write("erase the trainee"):
        counts = _delete_rows(store, tid, words)
        store._audit("erase", actor, f"one trainee erased ({counts['attempts']} attempts, "
                                     f"{counts['outbox']} queued records, {counts['audit']} log lines scrubbed)")
    counts["wal_emptied"] = int(wipe(store))
    counts["backups_removed"] = drop_backups_holding(store, tid)
    return counts


def drop_backups_holding(store: Any, trainee_id: str) -> int:
    """Delete the backups that still hold the trainee, after making a fresh one without them.

    A restore must not bring an erased trainee back; the fresh backup keeps a restore point. A backup that
    cannot be read is left alone (it cannot be restored either) and logged.
    """
    held = [path for path in list_backups(store.data_dir) if _holds(path, trainee_id)]
    if held and store.backup() is None:
        log.warning("no fresh backup could be made: the %d older backups holding the trainee are kept", len(held))
        return 0
    for path in held:
        path.unlink(missing_ok=True)
    return len(held)


def _holds(path: Path, trainee_id: str) -> bool:
    try:
        with read_only(path) as conn:
            return conn.execute("SELECT 1 FROM trainees WHERE id = ?", [trainee_id]).fetchone() is not None
    except sqlite3.Error as error:
        log.warning("backup %s could not be read (%s): left as it is", path, error)
        return False


def _delete_rows(store: Any, tid: str, words: list[str]) -> dict[str, int]:
    db = store.conn
    counts = {"attempts": db.execute("SELECT COUNT(*) FROM attempts WHERE trainee_id = ?", [tid]).fetchone()[0]}
    counts["outbox"] = db.execute("DELETE FROM outbox WHERE payload LIKE ? ESCAPE '\\'", [_like(tid)]).rowcount
    scrub = " OR ".join(["detail LIKE ? ESCAPE '\\'"] * (len(words) + 1))
    counts["audit"] = db.execute(f"UPDATE audit SET detail = ? WHERE {scrub}",
                                 [REDACTED, *(_like(w) for w in [*words, tid])]).rowcount
    db.execute(f"UPDATE audit SET actor = ? WHERE {scrub.replace('detail', 'actor')}",
               [REDACTED, *(_like(w) for w in [*words, tid])])
    db.execute("DELETE FROM attempts WHERE trainee_id = ?", [tid])
    db.execute("DELETE FROM trainees WHERE id = ?", [tid])
    return counts


def wipe(store: Any) -> bool:
    """Rewrite the file without free pages and empty the WAL, so deleted bytes leave the disk files.

    Returns False when another connection kept the WAL busy (it is emptied at a later checkpoint)."""
    with store._lock:
        store.conn.execute("VACUUM")
    return empty_wal(store)


def empty_wal(store: Any) -> bool:
    """Copy the WAL into the file and empty it; False when another connection kept it busy."""
    with store._lock:
        busy, _, _ = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the WAL could not be emptied now (another reader); it will be at the next checkpoint")
    return not busy


def months_ago(months: int, now: datetime | None = None) -> datetime:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    now = now or datetime.now(UTC)
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


def purge_due(store: Any, now: datetime | None = None) -> int:
    """The retention setting at work: once a day, delete the attempts that have passed it; returns how many.

    The window runs it at start, after the day's backup, so nobody has to remember to press the button."""
    months = retention_months(store)
    today = (now or datetime.now(UTC)).date().isoformat()
    if months is None or store.get_meta(LAST_PURGE_KEY) == today:
        return 0
    deleted = purge(store, months, actor="retention setting", now=now, compact=False)
    store.set_meta(LAST_PURGE_KEY, today)
    return deleted


def retention_months(store: Any) -> int | None:
    value = store.get_meta(RETENTION_KEY)
    return int(value) if value else None


def set_retention(store: Any, months: int | None) -> None:
    if months is not None and months < 1:
        raise RecordsError("The retention period must be at least 1 month.", code="retention_too_short")
    store.set_meta(RETENTION_KEY, None if months is None else str(months))


def purge(store: Any, months: int | None = None, actor: str = "", now: datetime | None = None,
          compact: bool = True) -> int:
    """Delete attempts started more than ``months`` ago (default: the saved setting); returns how many.

    ``secure_delete`` zeroes what is deleted and the WAL is emptied; ``compact`` also rewrites the file
    (VACUUM), which holds the record book for as long as it takes: not for the daily automatic purge."""
    months = months if months is not None else retention_months(store)
    if months is None or months < 1:
        raise RecordsError("No retention period is set: give --months N (at least 1).", code="retention_not_set")
    cutoff = iso(months_ago(months, now))
    store.conn.execute("PRAGMA secure_delete = ON")
    with store.write("purge old attempts"):
        n = store.conn.execute("DELETE FROM attempts WHERE started < ?", [cutoff]).rowcount
        store.conn.execute("DELETE FROM outbox WHERE kind = 'xapi' AND json_extract(payload, "
                           "'$.context.registration') NOT IN (SELECT id FROM attempts)")
        store._audit("purge", actor, f"{n} attempts started before {cutoff} ({months} months)")
    if n and compact:
        wipe(store)
    elif n:
        empty_wal(store)
    return int(n)
