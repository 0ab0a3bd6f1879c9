"""Trainer dashboard benchmark (run by hand): the matrix as the trainer waits for it, window included.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/dashboard.py [--trainees 2000] [--attempts 5] [--repeat 5]
                                                                  [--data-dir DIR]

Fills demo data (2,000 trainees × 20 scenarios × 5 attempts, as the store benchmark), opens the window, logs in to
the trainer area and times, best of ``--repeat``: the query on its worker (``query_ms``), the model and column
widths on the GUI thread (``gui_ms``, the window is frozen meanwhile) and a sort by a scenario column
(``sort_ms``, frozen too). The whole path from login to the matrix on screen (``login_to_matrix_s``) includes
the Argon2 check of the password. No target in the issues; the window's answer should feel immediate.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2.exceptions import VerificationError  # noqa: E402

from simulator.demo import fill_demo  # noqa: E402
from simulator.paths import scenarios_dir  # noqa: E402
from simulator.scenario.loader import load_folder  # noqa: E402
from simulator.store import Store  # noqa: E402
from simulator.trainer.auth import HASH_KEY, TrainerAuth  # noqa: E402

PASSWORD = "bench-dashboard"
LOGIN_TIMEOUT_S = 120


def prepare(folder: Path, args: argparse.Namespace) -> None:
    with Store.open(folder, daily_backup=False) as store:
        if not store.trainees():
            catalogue = list(load_folder([scenarios_dir()]).scenarios.values())
            fill_demo(store, catalogue, trainees=args.trainees, attempts_per_trainee=args.attempts,
                      scenarios=args.scenarios, seed=7)
        auth = TrainerAuth(store)
        if not auth.is_set:
            auth.set_password(PASSWORD)
        else:
            try:
                auth.hasher.verify(store.get_meta(HASH_KEY), PASSWORD)
            except VerificationError:
                raise SystemExit(f"{folder} has another trainer password: use a folder this benchmark filled") from None


def best_ms(work: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def measure(folder: Path, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from simulator.speech import FakeSpeaker
    from simulator.ui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    window = build_window(folder, FakeSpeaker(), load_folder([scenarios_dir()]))
    window.resize(1366, 768)
    window.show()
    window.open_trainer_area()
    started = time.perf_counter()
    window.trainer.gate.password.setText(PASSWORD)
    window.trainer.gate.submit.click()
    dashboard = _wait_for_matrix(app, window, started)
    login_s = time.perf_counter() - started
    query = dashboard.query()
    result = (dashboard.desk.shops(), dashboard.desk.matrix(query))
    figures = {
        "login_to_matrix_s": login_s,
        "query_ms": best_ms(lambda: dashboard.desk.matrix(query), runs),
        "gui_ms": best_ms(lambda: (dashboard._on_job_succeeded(result), app.processEvents()), runs),
        "sort_ms": best_ms(lambda: _sort_the_other_way(app, dashboard.table), runs),
        "rows": float(len(dashboard.model.rows)),
    }
    window.close()
    return figures


def _sort_the_other_way(app: Any, table: Any) -> None:
    """Sort by the first scenario, the other way than now (sorting again the same way does nothing)."""
    from PySide6.QtCore import Qt

    header = table.horizontalHeader()
    ascending = header.sortIndicatorSection() == 2 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder)
    app.processEvents()


def _wait_for_matrix(app: Any, window: Any, started: float) -> Any:
    while time.perf_counter() - started < LOGIN_TIMEOUT_S:
        app.processEvents()
        if window.trainer.logged_in:
            dashboard = window.trainer.screens.dashboard
            if dashboard.job is None and dashboard.model.rows:
                return dashboard
        time.sleep(0.005)
    raise TimeoutError(f"the dashboard did not show its matrix within {LOGIN_TIMEOUT_S} s")


def run(args: argparse.Namespace | None = None) -> dict[str, float]:
    args = args or parse([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.data_dir) if args.data_dir else Path(tmp)
        started = time.perf_counter()
        prepare(folder, args)
        fill_s = time.perf_counter() - started
        return {"fill_s": fill_s, **measure(folder, args.repeat)}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trainees", type=int, default=2000)
    parser.add_argument("--scenarios", type=int, default=20)
    parser.add_argument("--attempts", type=int, default=5, help="attempts per trainee per scenario")
    parser.add_argument("--repeat", type=int, default=5, help="best of this many tries")
    parser.add_argument("--data-dir", default=None, help="reuse (or fill once) this folder")
    return parser.parse_args(argv)


def main() -> None:
    for key, value in run(parse(None)).items():
        print(f"{key:<20} {value:>10.3f}")


if __name__ == "__main__":
    main()
