"""The local store: one SQLite file per installation that survives crashes, full disks and damaged files.

Qt-free. Open with ``Store.open(data_dir)`` (find the folder with ``resolve_data_dir``); see ``store.py`` for what
opening does and the mixins for the API. Functions for the CLI: ``resolve_data_dir``, ``Store.open``,
``Store.check``, ``Store.backup``, ``Store.backups``, ``Store.restore``, ``Store.counts``.
"""

from .errors import StoreError
from .location import resolve_data_dir
from .records import Attempt, AuditEntry, ChoiceRow, ChoiceStat, MatrixCell, OutboxItem, Review, Trainee
from .repair import RepairNotice
from .schema import CURRENT_VERSION
from .store import CheckReport, Store

__all__ = [
    "CURRENT_VERSION", "Attempt", "AuditEntry", "CheckReport", "ChoiceRow", "ChoiceStat", "MatrixCell",
    "OutboxItem", "RepairNotice", "Review", "Store", "StoreError", "Trainee", "resolve_data_dir",
]
