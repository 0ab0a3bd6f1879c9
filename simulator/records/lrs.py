"""Send the queued xAPI statements to a Learning Record Store, in batches, with bounded retries, never twice.

``POST {endpoint}/statements`` with ``X-Experience-API-Version: 1.0.3`` and basic auth. A batch the LRS accepted is
marked sent in the same breath; a statement it already holds (409 Conflict) counts as sent, because its id is
stable. When the LRS is unreachable the push stops after a few tries and every unsent statement stays queued for
the next push: nothing is lost. Plain ``urllib`` keeps the dependency list short.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from .common import Progress, RecordsError, Worded, tick
from .xapi import KIND, VERSION

log = logging.getLogger(__name__)

BATCH = 50
RETRIES = 3
TIMEOUT_S = 15
SETTINGS = ("lrs.endpoint", "lrs.username", "lrs.password")


@dataclass(frozen=True)
class LrsConfig:
    endpoint: str  # the xAPI base, e.g. http://127.0.0.1:8100/xAPI
    username: str = ""
    password: str = ""

    @property
    def statements_url(self) -> str:
        base = self.endpoint.rstrip("/")
        return base if base.endswith("/statements") else base + "/statements"

    def headers(self) -> dict[str, str]:
        headers = {"X-Experience-API-Version": VERSION, "Content-Type": "application/json"}
        if self.username:
            token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        return headers


@dataclass
class PushResult:
    sent: int = 0
    rejected: int = 0  # refused by the LRS as invalid; kept in the outbox with the reason
    pending: int = 0  # still queued after this push
    error: str = ""  # why the push stopped early, in plain words
    rejected_reasons: list[str] = field(default_factory=list)
    stopped_by: LrsDown | None = None  # the same, for the window to word in its language


class LrsDown(Worded):
    """The LRS could not be reached, refused the login or kept failing; the push stops, nothing is lost."""


def config_from(store: Any, endpoint: str | None = None, username: str | None = None,
                password: str | None = None) -> LrsConfig:
    """Command-line values win over the trainer settings saved in the store."""
    saved = [store.get_meta(key) or "" for key in SETTINGS]
    chosen = [v if v is not None else s for v, s in zip((endpoint, username, password), saved, strict=True)]
    if not chosen[0]:
        raise RecordsError("No LRS address is set: give --endpoint URL or save one in the trainer settings.",
                           code="no_lrs_address")
    return LrsConfig(*chosen)


def save_config(store: Any, config: LrsConfig) -> None:
    for key, value in zip(SETTINGS, (config.endpoint, config.username, config.password), strict=True):
        store.set_meta(key, value)


def _request(config: LrsConfig, body: list[dict[str, Any]]) -> int:
    """POST one batch; returns the HTTP status (error statuses too). Network failures raise ``OSError``."""
    data = json.dumps(body, ensure_ascii=False).encode()
    req = urllib.request.Request(config.statements_url, data=data, headers=config.headers(), method="POST")
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        log.info("LRS answered %s: %s", error.code, error.read()[:300])
        return int(error.code)


Sender = Callable[[LrsConfig, list[dict[str, Any]]], int]


class Pusher:
    """One push: walks the ids pending at the start (a bounded loop), batch by batch."""

    def __init__(self, store: Any, config: LrsConfig, send: Sender = _request,
                 sleep: Callable[[float], None] = time.sleep, batch: int = BATCH, retries: int = RETRIES) -> None:
        self.store, self.config, self.send, self.sleep = store, config, send, sleep
        self.batch, self.retries = batch, retries
        self.result = PushResult()

    def run(self, progress: Progress | None = None) -> PushResult:
        ids = [r["id"] for r in self.store._select(
            "SELECT id FROM outbox WHERE sent_at IS NULL AND kind = ? ORDER BY created, id", [KIND])]
        try:
            for start in range(0, len(ids), self.batch):
                tick(progress, start, len(ids))
                self._batch(ids[start:start + self.batch])
            tick(progress, len(ids), len(ids))
        except LrsDown as exc:
            self.result.error, self.result.stopped_by = str(exc), exc
        self.result.pending = len(self.store._select(
            "SELECT id FROM outbox WHERE sent_at IS NULL AND kind = ?", [KIND]))
        return self.result

    def _batch(self, ids: list[str]) -> None:
        marks = ",".join("?" * len(ids))
        rows = self.store._select(f"SELECT id, payload FROM outbox WHERE id IN ({marks})", ids)
        statements = {r["id"]: json.loads(r["payload"]) for r in rows}
        status = self._send_with_retries(list(statements.values()), ids)
        if status in (200, 204):
            self._sent(list(statements))
        else:  # 409 (some already there) or 400 (one invalid): settle them one by one
            for sid, statement in statements.items():
                self._single(sid, statement)

    def _single(self, sid: str, statement: dict[str, Any]) -> None:
        status = self._send_with_retries([statement], [sid])
        if status in (200, 204, 409):
            self._sent([sid])
        else:
            reason = f"the LRS refused statement {sid} (HTTP {status})"
            self.store.mark_failed(sid, reason)
            self.result.rejected += 1
            self.result.rejected_reasons.append(reason)

    def _sent(self, ids: list[str]) -> None:
        self.store.mark_sent(ids)
        self.result.sent += len(ids)

    def _send_with_retries(self, body: list[dict[str, Any]], ids: list[str]) -> int:
        """Send with exponential backoff on network errors and 5xx; raise ``LrsDown`` when out of tries."""
        reason, code, status = "", "lrs_failing", 0
        for attempt in range(self.retries):
            if attempt:
                self.sleep(0.5 * 2 ** (attempt - 1))
            try:
                status = self.send(self.config, body)
            except OSError as exc:
                reason = f"cannot reach the LRS at {self.config.endpoint} ({getattr(exc, 'reason', exc)})"
                code, status = "lrs_unreachable", 0
                continue
            if status in (401, 403):
                raise LrsDown(f"the LRS at {self.config.endpoint} refused the user name or password (HTTP {status})",
                              code="lrs_login_refused", endpoint=self.config.endpoint, status=status)
            if status < 500 and status != 429:
                return status
            reason, code = f"the LRS at {self.config.endpoint} failed (HTTP {status})", "lrs_failing"
        for sid in ids:
            self.store.mark_failed(sid, reason)
        raise LrsDown(reason + "; the records stay queued for the next push", code=code,
                      endpoint=self.config.endpoint, status=status)


def push(store: Any, config: LrsConfig, progress: Progress | None = None, **options: Any) -> PushResult:
    """Send every queued statement; see ``Pusher`` (options: send, sleep, batch, retries)."""
    return Pusher(store, config, **options).run(progress)


def read_statements(config: LrsConfig, limit: int = 100, max_pages: int = 1000) -> list[dict[str, Any]]:
    """Every statement the LRS holds (following ``more`` links, a bounded number of pages): for checks and tests."""
    url, found = f"{config.statements_url}?limit={limit}", []
    for _ in range(max_pages):
        req = urllib.request.Request(url, headers=config.headers())
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as response:
            page = json.loads(response.read())
        found.extend(page.get("statements", []))
        if not page.get("more"):
            return found
        url = urljoin(config.statements_url, page["more"])
    raise RecordsError(f"The LRS returned more than {max_pages} pages; stopped reading.")
