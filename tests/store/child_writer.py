"""Helper process for the crash and concurrency tests (run as a script, not collected by pytest).

``crash DATA_DIR``: read ``ATTEMPT_ID START_SEQ`` on stdin (imports are done before, so the parent's kill lands
while writing), print ``ready``, then record choices and print each seq only after ``record_choice`` returned.
``counter DATA_DIR N``: N read-then-write transactions on one meta counter; prints a JSON summary.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from simulator.store import Store, StoreError


def crash(data_dir: Path) -> None:
    attempt_id, start = sys.stdin.readline().split()
    store = Store.open(data_dir, daily_backup=False)
    store.db  # noqa: B018 - sqlite-utils is imported on first use: do it before the kills start
    print("ready", flush=True)
    for seq in range(int(start), int(start) + 100_000):
        store.record_choice(attempt_id, seq, f"node-{seq}", "calm", 1, 1000)
        print(seq, flush=True)


def counter(data_dir: Path, n: int) -> None:
    store = Store.open(data_dir, daily_backup=False)
    errors: list[str] = []
    for _ in range(n):
        try:
            with store.write("count"):
                row = store.db.execute("SELECT value FROM meta WHERE key = 'counter'").fetchone()
                value = int(row[0]) if row else 0
                store.db.execute("INSERT INTO meta (key, value) VALUES ('counter', ?) ON CONFLICT (key) "
                                 "DO UPDATE SET value = excluded.value", [str(value + 1)])
        except StoreError as error:
            errors.append(str(error))
    store.close(backup=False)
    print(json.dumps({"done": n - len(errors), "errors": errors[:5], "error_count": len(errors)}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "crash":
        crash(Path(sys.argv[2]))
    else:
        counter(Path(sys.argv[2]), int(sys.argv[3]))
