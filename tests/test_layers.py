"""The layers below the window must run without Qt (on a server, in a script, in CI without a display)."""

from __future__ import annotations

import subprocess
import sys

QT_FREE_MODULES = [
    "simulator.scenario.model",
    "simulator.scenario.loader",
    "simulator.engine",
    "simulator.engine.scoring",
    "simulator.engine.debrief",
    "simulator.service",
    "simulator.store",
    "simulator.speech",
    "simulator.records",
    "simulator.trainer",
    "simulator.cli",
]


def test_engine_scoring_loader_store_and_cli_import_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "import simulator.cli as cli\n"
        "cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_package_version_matches_pyproject():
    import tomllib
    from pathlib import Path

    import simulator

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))
    assert simulator.__version__ == pyproject["project"]["version"]
