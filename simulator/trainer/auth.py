"""The trainer password: set at first use, kept only as an Argon2id hash, with a lockout that survives restarts.

Everything lives in the store's ``meta`` table (hash, failure count, locked-until time), so closing the program
does not reset the lockout. After ``FREE_TRIES`` failures in a row each further failure locks the area for
``BASE_DELAY`` seconds, doubling up to ``MAX_DELAY``. Every login, successful or not, goes to the audit log.
The clock is injected so tests need not wait.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

MIN_LENGTH = 8
FREE_TRIES = 3
BASE_DELAY = 30.0
MAX_DELAY = 3600.0
HASH_KEY, FAILURES_KEY, LOCKED_KEY = "trainer.password_hash", "trainer.failures", "trainer.locked_until"
ACTOR = "trainer"


class AuthError(Exception):
    """A refused password change or login, in plain words."""


class Locked(AuthError):
    """Too many wrong passwords: the trainer area is closed for ``seconds`` more."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(1, int(round(seconds)))
        super().__init__(f"Too many wrong passwords: the trainer area is locked for {self.seconds} more seconds.")


def lock_delay(failures: int) -> float:
    """Seconds locked after the ``failures``-th wrong password in a row (0 while under the free tries)."""
    if failures < FREE_TRIES:
        return 0.0
    return min(BASE_DELAY * 2 ** (failures - FREE_TRIES), MAX_DELAY)


class TrainerAuth:
    """Password set-up, login and lockout over a store (``get_meta``/``set_meta``/``audit``)."""

    def __init__(self, store, clock: Callable[[], float] = time.time,  # type: ignore[no-untyped-def]
                 hasher: PasswordHasher | None = None) -> None:
        self.store, self.clock = store, clock
        self.hasher = hasher or PasswordHasher()  # argon2id with the library's current defaults

    @property
    def is_set(self) -> bool:
        return bool(self.store.get_meta(HASH_KEY))

    def set_password(self, new: str, current: str | None = None) -> None:
        """Set the password (first use), or change it when ``current`` is right."""
        if len(new) < MIN_LENGTH:
            raise AuthError(f"The password must have at least {MIN_LENGTH} characters.")
        if self.is_set and (current is None or not self.login(current)):
            raise AuthError("The current password is wrong; the password was not changed.")
        self.store.set_meta(HASH_KEY, self.hasher.hash(new))
        self.store.audit("password_set", ACTOR, "trainer password set")

    def locked_for(self) -> float:
        """Seconds before another try is allowed (0 when open)."""
        until = float(self.store.get_meta(LOCKED_KEY) or 0)
        return max(0.0, until - self.clock())

    def failures(self) -> int:
        return int(self.store.get_meta(FAILURES_KEY) or 0)

    def login(self, password: str) -> bool:
        """True if right; False if wrong (counted). Raises ``Locked`` while locked, ``AuthError`` if none is set."""
        stored = self.store.get_meta(HASH_KEY)
        if not stored:
            raise AuthError("No trainer password is set yet: choose one first (at least 8 characters).")
        wait = self.locked_for()
        if wait > 0:
            self.store.audit("login_refused", ACTOR, f"locked for {int(wait)} s")
            raise Locked(wait)
        if self._verify(stored, password):
            self._succeeded(stored, password)
            return True
        self._failed()
        return False

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(stored, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _succeeded(self, stored: str, password: str) -> None:
        with self.store.write("open the trainer area"):
            self._reset(stored, password)

    def _reset(self, stored: str, password: str) -> None:
        self.store.set_meta(FAILURES_KEY, None)
        self.store.set_meta(LOCKED_KEY, None)
        if self.hasher.check_needs_rehash(stored):
            self.store.set_meta(HASH_KEY, self.hasher.hash(password))
        self.store.audit("login", ACTOR, "trainer area opened")

    def _failed(self) -> None:
        failures = self.failures() + 1
        delay = lock_delay(failures)
        with self.store.write("count the wrong password"):
            self.store.set_meta(FAILURES_KEY, str(failures))
            if delay:
                self.store.set_meta(LOCKED_KEY, repr(self.clock() + delay))
            self.store.audit("login_failed", ACTOR, f"wrong password ({failures} in a row)"
                             + (f", locked {int(delay)} s" if delay else ""))
