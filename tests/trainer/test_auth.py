"""Trainer password: Argon2id hash only, growing lockout that survives reopening the store, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher

from simulator.store import Store
from simulator.trainer.auth import AuthError, Locked, TrainerAuth, lock_delay

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # same algorithm, test-sized cost


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def auth(store: Store, clock: Clock) -> TrainerAuth:
    return TrainerAuth(store, clock, FAST)


def test_password_is_stored_as_argon2id_hash_only(store: Store) -> None:
    a = auth(store, Clock())
    assert not a.is_set
    with pytest.raises(AuthError, match="at least 8"):
        a.set_password("short")
    a.set_password("Bonjour-2025")
    stored = store.get_meta("trainer.password_hash") or ""
    assert stored.startswith("$argon2id$") and "Bonjour-2025" not in stored
    assert b"Bonjour-2025" not in store.path.read_bytes() + Path(f"{store.path}-wal").read_bytes()
    assert a.login("Bonjour-2025") and not a.login("wrong password")
    with pytest.raises(AuthError, match="current password is wrong"):
        a.set_password("another-one", current="nope-nope")
    a.set_password("another-one", current="Bonjour-2025")
    assert a.login("another-one")


def test_lockout_grows_and_survives_reopening(tmp_path: Path) -> None:
    clock = Clock()
    store = Store.open(tmp_path, daily_backup=False)
    auth(store, clock).set_password("correct horse")
    for _ in range(3):
        assert not auth(store, clock).login("bad")
    assert auth(store, clock).locked_for() == 30
    store.close()

    store = Store.open(tmp_path, daily_backup=False)  # a restart does not lift the lock
    a = auth(store, clock)
    with pytest.raises(Locked) as locked:
        a.login("correct horse")
    assert locked.value.seconds == 30
    clock.now += 31
    assert not a.login("still bad")
    assert a.locked_for() == 60  # doubled
    clock.now += 61
    assert a.login("correct horse")
    assert a.failures() == 0 and a.locked_for() == 0
    actions = [e.action for e in store.audit_log()]
    assert actions.count("login_failed") == 4 and actions.count("login") == 1
    assert actions.count("login_refused") == 1 and "password_set" in actions
    store.close()


def test_delay_is_capped() -> None:
    assert [lock_delay(n) for n in (1, 2, 3, 4, 5)] == [0, 0, 30, 60, 120]
    assert lock_delay(50) == 3600
