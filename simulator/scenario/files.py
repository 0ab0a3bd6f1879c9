"""Reading a scenario file's bytes, with the size limit checked before reading.

Kept apart from the YAML reader so that a start with every file already in the
validated cache never imports PyYAML.
"""

from __future__ import annotations

from pathlib import Path

from simulator.scenario.errors import Problem, ScenarioError

MAX_BYTES = 1024 * 1024


def whole_file_problem(file: str, message: str) -> ScenarioError:
    """A problem about the file as a whole, reported at its first line."""
    return ScenarioError(file, [Problem(file, 1, 1, message)])


def read_bytes(path: Path, file: str) -> bytes:
    """The file's bytes, refused before reading when over 1 MiB."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise whole_file_problem(file, f"the file is {size:,} bytes; a scenario file must be at most 1 MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise whole_file_problem(file, f"the file cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:  # grew between the two calls
        raise whole_file_problem(file, "the file is larger than 1 MiB")
    return data
