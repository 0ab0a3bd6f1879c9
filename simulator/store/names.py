"""Trainee names as people type them, and as they are compared.

One rule for saving a name and for finding it again (the profile list, ``--trainee NAME``, ``trainee export``):
single spaces, NFC, no invisible control or direction-override characters; compared with Unicode case folding,
so "ÉLODIE" finds "Élodie" (SQLite's NOCASE only folds A-Z). Joiners stay: they are part of names written in
Persian or Indic scripts, and of emoji.
"""

from __future__ import annotations

import unicodedata

_JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner
SQL_FOLD = "simulator_fold_name"  # the SQL function registered on the store's connections


def canonical(raw: str) -> str:
    """The name as saved: trimmed, single spaces, NFC, without control, format or unassigned characters."""
    name = unicodedata.normalize("NFC", " ".join(str(raw).split()))
    return "".join(ch for ch in name if ch in _JOINERS or unicodedata.category(ch)[0] != "C")


def folded(raw: str | None) -> str:
    """The key two names are compared by: the canonical name, case-folded."""
    return canonical(raw or "").casefold()
