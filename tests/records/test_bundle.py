"""Franchise merge: export a bundle from one data folder, import it twice into another; counts are exact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from records.factory import SCENARIOS, filled_store
from simulator.records import bundle
from simulator.records.common import Filters, RecordsError
from simulator.records.export import export

TABLES = ("trainees", "attempts", "choices", "reviews")


def test_bundle_merges_idempotently(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    attempt = store._select("SELECT id FROM attempts LIMIT 1")[0]["id"]
    store.add_review(attempt, "Trainer", "ok", sign_off=True)
    out = tmp_path / "shop-a.bundle"
    assert export(store, "bundle", out, Filters(), SCENARIOS).count == 6
    other = filled_store(tmp_path / "b", ["Chloé B", "Dan B", "Eve B"])
    try:
        before = {t: other.counts()[t] for t in TABLES}
        mine = {t: store.counts()[t] for t in TABLES}
        first = bundle.import_bundle(other, out)
        assert first.added == mine
        after = {t: other.counts()[t] for t in TABLES}
        assert after == {t: before[t] + mine[t] for t in TABLES}
        second = bundle.import_bundle(other, out)
        assert second.added == {t: 0 for t in TABLES}
        assert {t: other.counts()[t] for t in TABLES} == after
        assert other.audit_log(action="import")[0].detail.startswith("bundle shop-a.bundle")
    finally:
        other.close(backup=False)


def test_bundle_with_filter_and_bad_files(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alice.bundle"
    assert export(store, "bundle", out, Filters(trainee="Alice Martin"), SCENARIOS).count == 3
    (tmp_path / "junk.bundle").write_text("not a database")
    with pytest.raises(RecordsError, match="not a simulator bundle"):
        bundle.import_bundle(store, tmp_path / "junk.bundle")
    with sqlite3.connect(out) as conn:
        conn.execute("UPDATE attempts SET overall = 900")
    conn.close()
    before = store.counts()
    with pytest.raises(RecordsError, match="nothing was changed"):
        bundle.import_bundle(store, out)
    assert store.counts() == before


def test_import_progress_moves_row_by_row_and_cancel_changes_nothing(store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar stood still between tables (half a minute each for a franchise's bundle)."""
    from simulator.records.common import Cancelled

    out = tmp_path / "shop-a.bundle"
    export(store, "bundle", out, Filters(), SCENARIOS)
    monkeypatch.setattr(bundle._Ticker, "EVERY", 1)
    other = filled_store(tmp_path / "b", ["Chloé B"])
    try:
        before = other.counts()
        seen: list[tuple[int, int]] = []

        def cancel_halfway(done: int, total: int) -> bool:
            seen.append((done, total))
            return done < total * 3 // 4  # stop during the merge, after the check

        with pytest.raises(Cancelled):
            bundle.import_bundle(other, out, cancel_halfway)
        assert other.counts() == before  # one transaction: nothing half-imported
        rows = sum(store.counts()[t] for t in TABLES)
        assert {total for _, total in seen} == {2 * rows} and len(seen) > 2 * len(TABLES)
        assert [done for done, _ in seen] == sorted(done for done, _ in seen)
        seen.clear()
        bundle.import_bundle(other, out, lambda done, total: seen.append((done, total)) is None)
        assert seen[-1] == (2 * rows, 2 * rows) and other.counts()["attempts"] == before["attempts"] + 6
    finally:
        other.close(backup=False)
