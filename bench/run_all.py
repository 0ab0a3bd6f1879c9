"""Every benchmark, one Markdown table: ``.venv/bin/python bench/run_all.py [--quick] [--only engine,store]``.

Imports each ``bench/<name>.py`` and calls its ``run(args)``; a benchmark that is
missing or fails shows as "not available" instead of stopping the others. When
a build exists in ``dist/simulator`` it adds the bundle's size and its startup
next to the startup from source. The benchmarks' own output goes to stderr, so
stdout is only the table (paste it as is).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
log = logging.getLogger(__name__)
BENCHMARKS = ("engine", "store", "dashboard", "startup", "export")
Row = tuple[str, str, str]  # figure, value, target

# (benchmark, pattern on the figure's key, target text, test) from the issues' "what it must show".
TARGETS: list[tuple[str, str, str, Callable[[float], bool]]] = [
    ("engine", r"load_(cold|warm)_s$", "< 2 s for 1,000 files", lambda v: v < 2),
    ("engine", r"choice_step_median_us$", "well under 1,000 µs", lambda v: v < 1000),
    ("store", r"commit.*median", "< 10 ms median", lambda v: v < 10),
    ("store", r"fill_s$", "< 60 s", lambda v: v < 60),
    ("store", r"(matrix|history|stat|query).*_ms$", "< 200 ms", lambda v: v < 200),
    ("startup", r"(^|\.)ratio$", "< 1.5", lambda v: v < 1.5),
    ("export", r"csv_vs_shell|csv.*ratio", "≤ 2× the sqlite3 shell", lambda v: v <= 2),
    ("export", r"xlsx_rss_2x_over_1x", "≈ 1 (constant memory)", lambda v: v < 1.3),
    ("bundle", r"size_mib$", "< 150 MB", lambda v: v < 150),
]
UNITS = {"_s": "s", "seconds": "s", "_ms": "ms", "_us": "µs", "_mib": "MiB", "_mb": "MB", "_kib": "KiB",
         "ratio": "×", "_vs_shell": "×"}


QUICK = {"files": 100, "runs": 200, "trainees": 200, "commits": 50, "repeat": 2, "runs_each": 2}


def bench_args(module: Any, quick: bool) -> argparse.Namespace:
    """The module's own defaults (the sizes its issue asks for); ``--quick`` shrinks the known size options."""
    parse = getattr(module, "parse", None)
    args = parse([]) if callable(parse) else argparse.Namespace()
    for key, value in QUICK.items() if quick else ():
        setattr(args, key, value)
    return args


def flatten(results: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested results ({"formats": {"csv": {"seconds": 1}}}) as dotted keys ("formats.csv.seconds")."""
    flat: dict[str, Any] = {}
    for key, value in results.items():
        name = f"{prefix}{key}"
        flat.update(flatten(value, f"{name}.") if isinstance(value, dict) else {name: value})
    return flat


def derived(flat: dict[str, Any]) -> dict[str, Any]:
    """Export: XLSX memory at twice the data over once (constant memory means close to 1)."""
    one, two = flat.get("xlsx_rss.1x.peak_rss_mb"), flat.get("xlsx_rss.2x.peak_rss_mb")
    return {"xlsx_rss_2x_over_1x_ratio": two / one} if one and two else {}


def load_benchmark(name: str) -> Any:
    """The module ``bench/<name>.py`` (the folder is not a package: load it by path)."""
    path = ROOT / "bench" / f"{name}.py"
    if not path.exists():
        raise FileNotFoundError(f"bench/{name}.py does not exist yet")
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_benchmark(name: str, quick: bool) -> dict[str, Any]:
    """One benchmark in a fresh interpreter: a child's max RSS would otherwise include this process's memory
    (Linux counts the pages of the fork before ``exec``), and an earlier benchmark's caches would help a later one."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_run_here, name, quick).result()


def _run_here(name: str, quick: bool) -> dict[str, Any]:
    with contextlib.redirect_stdout(sys.stderr):
        module = load_benchmark(name)
        flat = flatten(dict(module.run(bench_args(module, quick))))
    return {**flat, **derived(flat)}


def target_for(bench: str, key: str, value: Any) -> str:
    for owner, pattern, text, test in TARGETS:
        if owner == bench and re.search(pattern, key) and isinstance(value, int | float):
            return f"{text} {'✅' if test(float(value)) else '❌'}"
    return "—"


def fmt(key: str, value: Any) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return str(value)
    unit = next((u for suffix, u in UNITS.items() if key.endswith(suffix)), "")
    number = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return f"{number} {unit}".strip()


def rows_for(bench: str, results: dict[str, Any]) -> list[Row]:
    return [(f"{bench}: {key}", fmt(key, value), target_for(bench, key, value)) for key, value in results.items()]


def benchmark_rows(names: list[str], quick: bool) -> tuple[list[Row], list[str]]:
    """Run each benchmark in turn; a failure becomes a "not available" row with the reason."""
    rows: list[Row] = []
    missing: list[str] = []
    for name in names:
        log.info("running bench/%s.py ...", name)
        try:
            rows += rows_for(name, run_benchmark(name, quick))
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            rows.append((f"{name}", "not available", f"{type(exc).__name__}: {str(exc)[:90]}"))
            missing.append(name)
    return rows, missing


def smoke_times(command: list[str], env: dict[str, str], cwd: Path, repeat: int) -> dict[str, float]:
    """Median whole-process time of ``gui --smoke`` and the first frame it reports."""
    import check_bundle as cb

    walls, frames = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                                timeout=cb.TIMEOUT_S, check=True)
        walls.append(time.perf_counter() - started)
        found = cb.FIRST_FRAME.search(result.stdout + result.stderr)
        frames += [float(found.group(1))] if found else []
    figures = {"smoke_whole_process_s": statistics.median(walls)}
    if frames:
        figures["first_frame_ms"] = statistics.median(frames)
    return figures


def bundle_rows(repeat: int) -> list[Row]:
    """Bundle size, and ``gui --smoke`` from the bundle (clean environment) then from source, alternately warmed."""
    import tempfile

    import bundle_lists
    import check_bundle as cb

    try:
        bundle = cb.find_bundle(ROOT / "dist")
    except FileNotFoundError:
        return [("bundle", "not available", "no dist/simulator: python packaging/build.py")]
    rows = rows_for("bundle", {"size_mib": bundle_lists.folder_size(bundle) / 2**20})
    with tempfile.TemporaryDirectory(prefix="simulator-bench-") as tmp:
        env = cb.clean_env(Path(tmp))
        exe = bundle / cb.executable_name()
        rows += rows_for("bundle", smoke_times([str(exe), "gui", "--smoke"], env, Path(tmp), repeat))
        source_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIMULATOR_DATA_DIR": str(Path(tmp) / "src")}
        source = [sys.executable, "-m", "simulator", "gui", "--smoke"]
        rows += rows_for("from source", smoke_times(source, source_env, ROOT, repeat))
    return rows


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    return (f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def table(rows: list[Row]) -> str:
    where = machine()
    lines = ["| figure | value | target | machine |", "|---|---|---|---|"]
    lines += [f"| {figure} | {value} | {target} | {where if i == 0 else '〃'} |"
              for i, (figure, value, target) in enumerate(rows)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every benchmark and print one Markdown table.")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: checks the suite runs; figures not comparable")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="comma-separated subset, e.g. engine,store")
    parser.add_argument("--no-bundle", action="store_true", help="skip the dist/ bundle figures")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    log.setLevel(logging.INFO)
    names = [n for n in args.only.split(",") if n]
    rows, missing = benchmark_rows(names, args.quick)
    if not args.no_bundle:
        try:
            rows += bundle_rows(repeat=2 if args.quick else 5)
        except (OSError, subprocess.SubprocessError) as exc:
            rows.append(("bundle", "not available", f"{type(exc).__name__}: {str(exc)[:90]}"))
    print(table(rows))
    if missing:
        print(f"\nnot available: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
