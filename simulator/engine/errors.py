"""The engine's own error, apart so that catching it does not load the engine (and `transitions`)."""

from __future__ import annotations


class ChoiceError(ValueError):
    """A choice that cannot be taken (out of range, unknown, or the run has ended)."""
