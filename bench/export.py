"""Benchmark the completion exports on demo data (run by hand, not by pytest).

    .venv/bin/python bench/export.py                      # 2,000 trainees × 20 scenarios × 5 attempts
    .venv/bin/python bench/export.py --trainees 200 --formats csv,xlsx

Times each export format; runs the same completion query through the ``sqlite3`` shell to CSV in the same run
(target: our CSV within 2× of it); measures the XLSX export's peak RSS in a child process at 1× and 2× the data
(target: roughly constant, far from doubling). ``run(args) -> dict`` is what ``bench/run_all.py`` calls.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from simulator.demo import fill_demo
from simulator.paths import scenarios_dir
from simulator.records import queries
from simulator.records.common import Filters
from simulator.records.export import export
from simulator.scenario.loader import load_folder
from simulator.store import Store

ALL_FORMATS = ("csv", "xlsx", "json", "pdf", "xapi", "bundle")
# The peak is read from VmHWM on Linux: ru_maxrss keeps the parent's peak across fork and exec (the parent
# holds the filled store by then, 575 MB), so it measured the benchmark, not the export.
RSS_CHILD = """
import resource, sys, time, tracemalloc
def peak_kb():
    try:
        with open("/proc/self/status") as status:
            return int(next(l for l in status if l.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from pathlib import Path
from simulator.records.common import Filters
from simulator.records.export import export
from simulator.scenario.loader import load_folder
from simulator.paths import scenarios_dir
from simulator.store import Store
store = Store.open(Path(sys.argv[1]), daily_backup=False)
scenarios = load_folder([scenarios_dir()]).scenarios
before = peak_kb()
tracemalloc.start()
start = time.perf_counter()
n = export(store, "xlsx", Path(sys.argv[2]), Filters(), scenarios).count
seconds = time.perf_counter() - start
heap = tracemalloc.get_traced_memory()[1]
print(n, seconds, before, peak_kb(), heap)
store.close(backup=False)
"""


def make_data(folder: Path, trainees: int, scenarios: int, attempts: int) -> float:
    """Fill a fresh store with demo data; returns the seconds it took."""
    start = time.perf_counter()
    store = Store.open(folder, daily_backup=False)
    catalogue = list(load_folder([scenarios_dir()]).scenarios.values())
    fill_demo(store, catalogue, trainees=trainees, attempts_per_trainee=attempts, scenarios=scenarios)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close(backup=False)
    return time.perf_counter() - start


def time_formats(folder: Path, out: Path, formats: list[str]) -> dict[str, dict[str, float]]:
    store = Store.open(folder, daily_backup=False)
    scenarios = load_folder([scenarios_dir()]).scenarios
    found = {}
    try:
        for fmt in formats:
            start = time.perf_counter()
            n = export(store, fmt, out / f"records.{fmt}", Filters(), scenarios).count
            found[fmt] = {"seconds": round(time.perf_counter() - start, 3), "count": n,
                          "mb": round((out / f"records.{fmt}").stat().st_size / 1e6, 2)}
    finally:
        store.close(backup=False)
    return found


def sqlite3_shell_csv(folder: Path, out: Path) -> dict[str, float]:
    """The same completion query written to CSV by the sqlite3 command-line shell."""
    exe = shutil.which("sqlite3")
    if exe is None:
        return {"seconds": float("nan")}
    sql = queries.COMPLETION_SQL.format(where="1")
    start = time.perf_counter()
    with open(out / "shell.csv", "wb") as handle:
        subprocess.run([exe, "-csv", "-header", str(folder / "simulator.sqlite"), sql], stdout=handle, check=True)
    return {"seconds": round(time.perf_counter() - start, 3), "mb": round((out / "shell.csv").stat().st_size / 1e6, 2)}


def xlsx_rss(folder: Path, out: Path) -> dict[str, float]:
    """Peak RSS (MB) of a child process that only opens the store and exports XLSX, and its Python heap peak
    during the export (tracemalloc; slows that run, so its seconds are not the format's timing)."""
    done = subprocess.run([sys.executable, "-c", RSS_CHILD, str(folder), str(out / "rss.xlsx")],
                          capture_output=True, text=True, check=True)
    n, seconds, before_kb, kb, heap = done.stdout.split()
    return {"rows": int(n), "seconds": round(float(seconds), 2),
            "rss_before_export_mb": round(int(before_kb) / 1024, 1), "peak_rss_mb": round(int(kb) / 1024, 1),
            "python_heap_peak_mb": round(int(heap) / 1e6, 1)}


def run(args: argparse.Namespace | dict[str, Any]) -> dict[str, Any]:
    """Build the data, time every format, compare with the sqlite3 shell and measure XLSX memory at 1× and 2×."""
    a = vars(args) if isinstance(args, argparse.Namespace) else dict(args)
    formats = [f for f in a.get("formats", ",".join(ALL_FORMATS)).split(",") if f]
    work = Path(a.get("workdir") or tempfile.mkdtemp(prefix="bench-export-"))
    one, two, out = work / "x1", work / "x2", work / "out"
    out.mkdir(parents=True, exist_ok=True)
    size = (a.get("trainees", 2000), a.get("scenarios", 20), a.get("attempts", 5))
    result: dict[str, Any] = {"data": dict(zip(("trainees", "scenarios", "attempts"), size, strict=True))}
    result["fill_seconds"] = round(make_data(one, *size), 1)
    result["sqlite3_shell_csv"] = sqlite3_shell_csv(one, out)
    result["formats"] = time_formats(one, out, [f for f in formats if f != "xapi"])
    if "csv" in result["formats"]:
        result["csv_vs_shell"] = round(result["formats"]["csv"]["seconds"] / result["sqlite3_shell_csv"]["seconds"], 2)
    if not a.get("skip_rss"):
        result["fill_2x_seconds"] = round(make_data(two, size[0] * 2, size[1], size[2]), 1)
        result["xlsx_rss"] = {"1x": xlsx_rss(one, out), "2x": xlsx_rss(two, out)}
    if "xapi" in formats:  # last: about 1.6 million statements at full size
        result["formats"] |= time_formats(one, out, ["xapi"])
    if not a.get("keep"):
        shutil.rmtree(work, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trainees", type=int, default=2000)
    parser.add_argument("--scenarios", type=int, default=20)
    parser.add_argument("--attempts", type=int, default=5)
    parser.add_argument("--formats", default=",".join(ALL_FORMATS))
    parser.add_argument("--workdir", help="keep the data here (default: a temporary folder, removed)")
    parser.add_argument("--keep", action="store_true", help="do not delete the work folder")
    parser.add_argument("--skip-rss", action="store_true", help="skip the 1×/2× XLSX memory measure")
    print(json.dumps(run(parser.parse_args()), indent=2))


if __name__ == "__main__":
    main()
