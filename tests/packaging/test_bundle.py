"""The packaged app works on its own: build it, copy it outside the checkout, run it with a clean environment.

About 1.5 minutes here (build ~70 s, checks ~15 s), so it stays in the default run;
deselect it with ``-m "not packaging"`` when iterating on something else.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.packaging
def test_built_bundle_runs_outside_the_source_tree() -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_bundle.py"), "--build"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    start = re.search(r"^\{$", result.stdout, re.M)  # the report follows PyInstaller's own output
    assert start, result.stdout[-3000:]
    report = json.loads(result.stdout[start.start():])
    assert report["failures"] == []
    assert report["scenarios"] >= 1 and report["play_steps"] >= 1
    assert report["size_mib"] < 150, f"bundle is {report['size_mib']} MiB, over the 150 MB budget"
