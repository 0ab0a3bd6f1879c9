"""An export to a full drive: a plain message naming the file, exit 3, and nothing changed on that drive.

The drive is made full for real writes: the export's temporary file is a link to ``/dev/full``, on which every
write fails with ENOSPC (SQLite reports it as SQLITE_FULL), as it would on a full USB key.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from records.factory import SCENARIOS
from simulator.cli import main
from simulator.records import common
from simulator.records.common import Filters, RecordsError, write_error
from simulator.records.export import export

FORMATS = ("csv", "xlsx", "json", "pdf", "xapi", "bundle")
pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux) to fill a drive")


@pytest.fixture
def full_drive(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A folder where an export's temporary file takes every write as 'no space left on device'."""
    folder = tmp_path / "usb-key"
    folder.mkdir()
    real_mkstemp = common.tempfile.mkstemp

    def mkstemp(prefix: str = "", suffix: str = "", dir: Any = None) -> tuple[int, str]:  # noqa: A002
        if dir is None or Path(dir) != folder:
            return real_mkstemp(prefix=prefix, suffix=suffix, dir=dir)
        path = folder / f"{prefix}full{suffix}"
        path.symlink_to("/dev/full")
        return os.open(path, os.O_WRONLY), str(path)

    monkeypatch.setattr(common.tempfile, "mkstemp", mkstemp)
    return folder


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with one trainee, Léa, and one attempt, made through the command line."""
    folder = tmp_path / "data"
    assert main(["play", "forgotten-cap", "--trainee", "Léa", "--choices", "1,1,1", "--data-dir", str(folder)]) == 0
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_says_the_disk_is_full_and_keeps_the_old_file(store: Any, full_drive: Path, fmt: str) -> None:
    target = full_drive / f"records.{fmt}"
    target.write_text("previous export", encoding="utf-8")
    with pytest.raises(RecordsError) as caught:
        export(store, fmt, target, Filters(), SCENARIOS)
    assert caught.value.code == "disk_full" and caught.value.params["file"] == target
    assert str(target) in str(caught.value) and ".part" not in str(caught.value)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in full_drive.iterdir()) == [target.name]  # no half file, no journal


def test_the_command_line_says_it_in_one_line_with_exit_3(data: Path, full_drive: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("xlsx", "bundle"):  # the two whose libraries wrap the error (xlsxwriter, SQLite)
        target = full_drive / f"records.{fmt}"
        assert main(["export", "--data-dir", str(data), "--format", fmt, "--out", str(target)]) == 3
        err = capsys.readouterr().err
        assert err.startswith(f"simulator: The disk is full: {target} could not be written.") and "Traceback" not in err
        assert err.count("\n") == 1, err


def test_trainee_data_is_written_whole_or_not_at_all(data: Path, full_drive: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = full_drive / "lea.json"
    code = main(["trainee", "export", "Léa", "--data-dir", str(data), "--out", str(target)])
    assert code == 3 and "The disk is full" in capsys.readouterr().err
    assert not target.exists() and list(full_drive.iterdir()) == []


@pytest.mark.parametrize(("number", "code"), [(errno.ENOSPC, "disk_full"), (errno.EACCES, "write_denied"),
                                              (errno.EROFS, "write_denied"), (errno.EIO, "write_failed")])
def test_write_errors_are_told_apart(number: int, code: str) -> None:
    error = write_error(OSError(number, os.strerror(number), "/media/key/.r.csv.x.part"), Path("/media/key/r.csv"))
    assert error.code == code and "/media/key/r.csv" in str(error) and ".part" not in str(error)
