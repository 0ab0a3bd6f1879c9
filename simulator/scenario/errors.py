"""Problems found in a scenario file, and the one exception the loader raises.

Authors fix files from these messages, so each problem carries the file and
the 1-based line and column it is about, and prints as ``file:line:column: message``
(the form editors and terminals turn into a link).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a scenario file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class ScenarioError(Exception):
    """A scenario file cannot be used; ``problems`` lists every reason found, in file order.

    It is the only exception the loader lets out, so callers (the window, the
    command line) can show the list and carry on with the other files.
    """

    def __init__(self, file: str, problems: Iterable[Problem]) -> None:
        self.file = file
        self.problems: list[Problem] = sorted(problems, key=lambda p: (p.line, p.column, p.message))
        super().__init__("\n".join(str(p) for p in self.problems) or f"{file}: unusable scenario")

    def __reduce__(self) -> tuple[type[ScenarioError], tuple[str, list[Problem]]]:
        return (ScenarioError, (self.file, self.problems))
