"""The log file in the data folder rotates, so a long-running shop PC never fills its disk with it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from simulator.ui import errors


def test_the_log_rotates_and_keeps_two_older_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 2_000)
    root = logging.getLogger()
    before = list(root.handlers)
    path = errors.log_to_file(tmp_path)
    try:
        for index in range(200):
            logging.getLogger("simulator.test").warning("line %03d %s", index, "x" * 40)
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["simulator.log", "simulator.log.1", "simulator.log.2"]
    assert all(p.stat().st_size <= 2_000 + 200 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")
    older = (tmp_path / "simulator.log.1").read_text(encoding="utf-8")
    assert "line 199" not in older and "line 1" in older
