"""Store benchmark (run by hand): fill demo data, then time the dashboard queries and the choice commit.

    .venv/bin/python bench/store.py [--trainees 2000] [--scenarios 20] [--attempts 5] [--commits 200]
                                    [--data-dir DIR]

Targets (issue 3): the fill well under a minute; matrix, one trainee's history and one scenario's choice stats
each < 200 ms; ``record_choice`` (BEGIN IMMEDIATE … COMMIT with synchronous=FULL) < 10 ms median.
Without ``--data-dir`` everything happens in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.demo import fill_demo  # noqa: E402
from simulator.paths import scenarios_dir  # noqa: E402
from simulator.scenario.loader import load_folder  # noqa: E402
from simulator.store import Store  # noqa: E402
from simulator.trainer.service import TrainerService  # noqa: E402

REPEAT = 5


def best_ms(query: Callable[[], Any]) -> float:
    """Best of a few runs, in ms (the first warms the cache like a trainer's second click would)."""
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        query()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def time_fill(store: Store, args: argparse.Namespace) -> dict[str, float]:
    catalogue = list(load_folder([scenarios_dir()]).scenarios.values())
    started = time.perf_counter()
    summary = fill_demo(store, catalogue, trainees=args.trainees, attempts_per_trainee=args.attempts,
                        scenarios=args.scenarios, seed=7)
    return {"fill_s": time.perf_counter() - started, "attempts": float(summary.attempts),
            "choices": float(summary.choices)}


def time_queries(store: Store) -> dict[str, float]:
    trainee = store.trainees()[len(store.trainees()) // 2]
    scenario_id = store.attempts_of(trainee.id)[0].scenario_id
    shop = trainee.shop
    trainer = TrainerService(store, load_folder([scenarios_dir()]).scenarios)
    return {"matrix_ms": best_ms(store.matrix), "matrix_one_shop_ms": best_ms(lambda: store.matrix(shop=shop)),
            "history_ms": best_ms(lambda: store.attempts_of(trainee.id)),
            "choice_stats_ms": best_ms(lambda: store.choice_stats(scenario_id)),
            # What the trainer's dashboard asks for (sorted squares and sign-offs), not only the store query:
            "dashboard_query_ms": best_ms(lambda: (trainer.matrix(), trainer.sign_offs()))}


def time_commits(store: Store, commits: int) -> dict[str, float]:
    trainee = store.ensure_trainee("Bench Mark")
    attempt_id = store.start_attempt(trainee.id, "bench", 1, None, "practice", "fr")
    times = []
    for seq in range(1, commits + 1):
        started = time.perf_counter()
        store.record_choice(attempt_id, seq, f"node-{seq}", "reply", 1, 1500)
        times.append(time.perf_counter() - started)
    return {"commit_median_ms": statistics.median(times) * 1000,
            "commit_p95_ms": statistics.quantiles(times, n=20)[18] * 1000}


def run(args: argparse.Namespace | None = None) -> dict[str, float]:
    args = args or parse([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp)
        store = Store.open(folder, daily_backup=False)
        try:
            results = time_fill(store, args)
            results.update(time_queries(store))
            results.update(time_commits(store, args.commits))
        finally:
            store.close(backup=False)
    return results


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trainees", type=int, default=2000)
    parser.add_argument("--scenarios", type=int, default=20)
    parser.add_argument("--attempts", type=int, default=5, help="attempts per trainee per scenario")
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--data-dir", default=None)
    return parser.parse_args(argv)


def main() -> None:
    results = run(parse(None))
    targets = {"matrix_ms": 200, "matrix_one_shop_ms": 200, "dashboard_query_ms": 200, "history_ms": 200,
               "choice_stats_ms": 200, "commit_median_ms": 10, "fill_s": 60}
    print(f"{'measure':<22} {'value':>12} {'target':>8}")
    for key, value in results.items():
        target = targets.get(key)
        mark = "" if target is None else (" ok" if value < target else " SLOW")
        print(f"{key:<22} {value:12.1f} {target if target else '':>8}{mark}")


if __name__ == "__main__":
    main()
