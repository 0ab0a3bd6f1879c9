"""Everything around the attempts: trainer reviews, the audit log, the outbox of records to send, key/value meta,
and the privacy deletes (erase a trainee, purge old attempts, drop demo data).

Privacy deletes write their audit line in the same transaction, so the log never misses an erase.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from .core import Core
from .records import AuditEntry, OutboxItem, Review, iso, new_id, now_iso

_OUTBOX_COLS = "id, kind, payload, created, sent_at, tries, last_error"


PC_SHOP_KEY = "pc_shop"


class ExtrasMixin(Core):
    """Reviews, audit, outbox, meta and deletions."""

    def add_review(self, attempt_id: str, trainer: str, note: str = "", sign_off: bool = False) -> int:
        """A trainer's note on an attempt, optionally signing it off; returns the review id."""
        now = now_iso()
        with self.write("save the review"):
            cursor = self.db.execute(
                "INSERT INTO reviews (attempt_id, trainer, note, signed_off_at, created) VALUES (?, ?, ?, ?, ?)",
                [attempt_id, trainer, note, now if sign_off else None, now])
        return int(cursor.lastrowid or 0)

    def reviews(self, attempt_id: str) -> list[Review]:
        return [Review(**r) for r in self._select(
            "SELECT id, attempt_id, trainer, note, signed_off_at, created FROM reviews "
            "WHERE attempt_id = ? ORDER BY id", [attempt_id])]

    def audit(self, action: str, actor: str = "", detail: str = "") -> None:
        """Append one line to the audit log (trainer_login, login_failed, export, erase, import, purge ...)."""
        with self.write("write the audit log"):
            self._audit(action, actor, detail)

    def _audit(self, action: str, actor: str, detail: str) -> None:
        self.db.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                        [now_iso(), actor, action, detail])

    def audit_log(self, limit: int = 200, action: str | None = None) -> list[AuditEntry]:
        """Newest lines first."""
        where, params = ("WHERE action = ?", [action]) if action else ("", [])
        return [AuditEntry(**r) for r in self._select(
            f"SELECT id, at, actor, action, detail FROM audit {where} ORDER BY id DESC LIMIT ?", [*params, limit])]

    def enqueue(self, kind: str, payload: Any) -> str:
        """Put a record to send later (e.g. an xAPI statement) in the outbox; returns its id."""
        item_id = new_id()
        with self.write("queue the record"):
            self.db.execute("INSERT INTO outbox (id, kind, payload, created) VALUES (?, ?, ?, ?)",
                            [item_id, kind, json.dumps(payload, ensure_ascii=False), now_iso()])
        return item_id

    def pending(self, kind: str | None = None, limit: int = 100) -> list[OutboxItem]:
        """Items not yet sent, oldest first."""
        where, params = ("AND kind = ?", [kind]) if kind else ("", [])
        rows = self._select(f"SELECT {_OUTBOX_COLS} FROM outbox WHERE sent_at IS NULL {where} "
                            "ORDER BY created LIMIT ?", [*params, limit])
        return [OutboxItem.from_row(r) for r in rows]

    def mark_sent(self, item_ids: list[str]) -> None:
        with self.write("mark records as sent"):
            now = now_iso()
            self.db.conn.executemany("UPDATE outbox SET sent_at = ? WHERE id = ?", [(now, i) for i in item_ids])

    def mark_failed(self, item_id: str, error: str) -> None:
        """Count a failed try and keep the reason (shown by ``simulator push --status``)."""
        with self.write("note the failed send"):
            self.db.execute("UPDATE outbox SET tries = tries + 1, last_error = ? WHERE id = ?", [error, item_id])

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", [key])
        return default if row is None else row["value"]

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or, with None, delete) a meta value."""
        with self.write("save a setting"):
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key = ?", [key])
            else:
                self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def pc_shop(self) -> str | None:
        """The shop this PC belongs to, set once by a trainer; new profiles made here belong to it."""
        return self.get_meta(PC_SHOP_KEY)

    def set_pc_shop(self, shop: str | None) -> None:
        self.set_meta(PC_SHOP_KEY, " ".join(shop.split()) if shop and shop.strip() else None)

    def erase_trainee(self, trainee_id: str, actor: str = "") -> int:
        """Delete a trainee with all attempts, choices and reviews; returns the attempts deleted."""
        with self.write("erase the trainee"):
            n = self.db.execute("SELECT COUNT(*) FROM attempts WHERE trainee_id = ?", [trainee_id]).fetchone()[0]
            self.db.execute("DELETE FROM trainees WHERE id = ?", [trainee_id])
            self._audit("erase", actor, f"trainee {trainee_id} ({n} attempts)")
        return int(n)

    def purge_before(self, cutoff: datetime, actor: str = "") -> int:
        """Delete attempts started before ``cutoff`` (retention); returns how many."""
        with self.write("purge old attempts"):
            n = self.db.execute("DELETE FROM attempts WHERE started < ?", [iso(cutoff)]).rowcount
            self._audit("purge", actor, f"{n} attempts started before {iso(cutoff)}")
        return int(n)

    def delete_demo(self, actor: str = "") -> int:
        """Remove every demo trainee (and so their attempts); returns the trainees deleted."""
        with self.write("delete the demo data"):
            self.db.execute("DELETE FROM attempts WHERE demo = 1")
            n = self.db.execute("DELETE FROM trainees WHERE demo = 1").rowcount
            self._audit("purge", actor, f"demo data: {n} trainees")
        return int(n)
