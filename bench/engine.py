"""Engine benchmark (run by hand): load + validate 1,000 scenario files, and the cost of one choice step.

    .venv/bin/python bench/engine.py [--files 1000] [--runs 2000] [--stages]

Targets (issue 2): 1,000 files under 2 s; a choice step well under 1 ms. Loading is timed twice: cold
(empty cache of checked files, in a temporary folder) and warm (the same files again). CPU times are
printed beside wall times because a shared machine inflates the latter. ``parser_only_s`` is the floor
under the cold figure: libyaml (through PyYAML) only turning the same files into events, one process.
``--stages`` adds what each step of a cold load costs per file, one process (``stage_*_ms``).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.engine import Run  # noqa: E402
from simulator.engine.paths import all_paths  # noqa: E402
from simulator.paths import scenarios_dir  # noqa: E402
from simulator.scenario.cache import ENV_VAR  # noqa: E402
from simulator.scenario.loader import load_folder  # noqa: E402


def make_copies(folder: Path, count: int) -> None:
    """Copies of the installed scenarios, each with its own id (the loader refuses duplicate ids)."""
    sources = sorted(scenarios_dir().glob("*.yaml"))
    for i in range(count):
        src = sources[i % len(sources)]
        suffix = f"-{i:04d}"
        text = re.sub(r"^id: *(\S+)", rf"id: \g<1>{suffix}", src.read_text("utf-8"), count=1, flags=re.M)
        (folder / f"{src.stem}-{i:04d}.yaml").write_text(text, "utf-8")


def time_loading(count: int) -> dict[str, float]:
    """Cold (empty cache), then warm (same files again), with wall and CPU time: the machine may be shared."""
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files, cache = Path(tmp) / "files", Path(tmp) / "cache"
        files.mkdir()
        make_copies(files, count)
        previous = os.environ.get(ENV_VAR)
        os.environ[ENV_VAR] = str(cache)
        try:
            for label in ("cold", "warm"):
                results.update(_timed_load(files, count, label))
            results["parser_only_s"] = _parser_only(files)
        finally:
            _restore(previous)
    return results


def _parser_only(folder: Path) -> float:
    """The YAML parser alone, serially: what no change to the checks or the model can go below."""
    import yaml

    texts = [path.read_bytes() for path in sorted(folder.iterdir())]
    started = time.perf_counter()
    for text in texts:
        loader = yaml.CSafeLoader(text)
        while loader.get_event() is not None:
            pass
        loader.dispose()
    return time.perf_counter() - started


def _restore(previous: str | None) -> None:
    if previous is None:
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = previous


def _timed_load(folder: Path, count: int, label: str) -> dict[str, float]:
    started, cpu = time.perf_counter(), time.process_time()
    catalogue = load_folder([folder])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert len(catalogue.scenarios) == count and not catalogue.errors, catalogue.errors[:3]
    return {f"load_{label}_s": elapsed, f"load_{label}_cpu_s": cpu, f"per_file_{label}_ms": elapsed / count * 1000}


def time_stages(count: int) -> dict[str, float]:
    """Milliseconds per file of each step a cold load takes, in one process, over ``count`` distinct files."""
    from simulator.scenario import cache, schema
    from simulator.scenario.build import build
    from simulator.scenario.lint import lint
    from simulator.scenario.yamlquick import read_plain

    with tempfile.TemporaryDirectory() as tmp:
        files, folder = Path(tmp) / "files", Path(tmp) / "cache"
        files.mkdir()
        make_copies(files, count)
        paths = sorted(files.iterdir())
        schema.compiled()
        spent = dict.fromkeys(("read", "schema", "lint", "entry", "store", "decode", "build"), 0.0)
        for path in paths:
            data = path.read_bytes()
            doc = _timed(spent, "read", read_plain, data, str(path))
            assert doc is not None and not _timed(spent, "schema", schema.check, doc)
            assert not _timed(spent, "lint", lint, doc)
            entry = _timed(spent, "entry", cache.entry, doc)
            _timed(spent, "store", cache.store, folder, data, entry)
            _timed(spent, "build", build, _timed(spent, "decode", cache.decode, entry, str(path)), path)
    stages = {f"stage_{name}_ms": total * 1000 / count for name, total in spent.items()}
    return stages | {"stage_total_ms": sum(stages.values())}


def _timed(spent: dict[str, float], name: str, step: Any, *args: Any) -> Any:
    started = time.perf_counter()
    result = step(*args)
    spent[name] += time.perf_counter() - started
    return result


def time_steps(runs: int) -> dict[str, float]:
    catalogue = load_folder([scenarios_dir()])
    plans = [(s, p, path) for s in catalogue.scenarios.values() for p in s.persona_ids for path in all_paths(s, p)]
    step_times: list[float] = []
    new_run_times: list[float] = []
    for i in range(runs):
        scenario, persona, path = plans[i % len(plans)]
        t0 = time.perf_counter()
        run = Run(scenario, persona)
        new_run_times.append(time.perf_counter() - t0)
        for reply_id in path:
            t0 = time.perf_counter()
            run.choose_reply(reply_id)
            step_times.append(time.perf_counter() - t0)
    return {
        "choice_step_median_us": statistics.median(step_times) * 1e6,
        "choice_step_p99_us": statistics.quantiles(step_times, n=100)[98] * 1e6,
        "new_run_median_us": statistics.median(new_run_times) * 1e6,
        "steps_timed": float(len(step_times)),
    }


def run(args: argparse.Namespace | None = None) -> dict[str, float]:
    files = getattr(args, "files", 1000)
    runs = getattr(args, "runs", 2000)
    stages = time_stages(files) if getattr(args, "stages", False) else {}
    return {**time_loading(files), **time_steps(runs), **stages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--stages", action="store_true", help="also time each step of a cold load (one process)")
    results = run(parser.parse_args())
    for key, value in results.items():
        print(f"{key:<24} {value:10.3f}")


if __name__ == "__main__":
    main()
