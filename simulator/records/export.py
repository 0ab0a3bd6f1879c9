"""One entry point for every export format: snapshot, count, stream, write under a temporary name, audit.

Used by the trainer window (from a worker thread, with a progress callback that can cancel) and by
``simulator export``. Each export is written to the audit log (format, count, filters; never the rows).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.scenario.model import Scenario

from . import completion, pdf, queries, writers, xapi
from .common import Filters, Progress, RecordsError, atomic_path, tick

log = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx", "pdf", "json", "xapi", "bundle")


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: Path
    count: int  # records (statements for xapi, attempts for bundle)


def export(store: Any, fmt: str, target: Path, filters: Filters, scenarios: Mapping[str, Scenario],
           progress: Progress | None = None, separator: str = ";", actor: str = "", lang: str = "fr") -> ExportResult:
    """Write the records matching ``filters`` to ``target`` in ``fmt``; raises ``Cancelled`` if cancelled.

    ``lang`` chooses the scenario titles and the words of the PDF documents.
    """
    if fmt not in FORMATS:
        raise RecordsError(f'Unknown format "{fmt}": use one of {", ".join(FORMATS)}.')
    if fmt == "csv" and separator not in (";", ",", "\t"):
        raise RecordsError('The separator must be ";" or "," (or a tab).')
    filters = queries.resolve(store, filters)
    if fmt == "bundle":
        from . import bundle

        n = bundle.export_bundle(store, Path(target), filters, progress)
    else:
        with atomic_path(Path(target)) as tmp:
            n = _write(store, fmt, tmp, filters, scenarios, progress, separator, lang)
    store.audit("export", actor, f"{fmt}: {n} records ({filters.describe()})")
    log.info("exported %d %s records to %s", n, fmt, target)
    return ExportResult(fmt, Path(target), n)


def _write(store: Any, fmt: str, tmp: Path, filters: Filters, scenarios: Mapping[str, Scenario],
           progress: Progress | None, separator: str, lang: str) -> int:
    if fmt == "pdf" and filters.trainee is not None:
        return _certificate(store, tmp, filters, scenarios, lang)
    with queries.snapshot(store.path) as conn:
        if fmt == "xapi":
            return _write_xapi(store, conn, tmp, filters, scenarios, progress)
        total = completion.total(conn, filters)
        rows = completion.records(conn, filters, completion.titles(store, scenarios, lang))
        if fmt == "csv":
            return writers.write_csv(tmp, rows, total, progress, separator)
        if fmt == "xlsx":
            return writers.write_xlsx(tmp, rows, total, progress)
        if fmt == "json":
            return writers.write_json(tmp, rows, total, progress, _meta(filters))
        return pdf.write_summary(tmp, rows, total, progress, filters.chosen(), lang)


def _meta(filters: Filters) -> dict[str, Any]:
    return {"generated": datetime.now(UTC).isoformat(timespec="seconds"), "filters": filters.describe(),
            "columns": list(completion.KEYS)}


def _certificate(store: Any, tmp: Path, filters: Filters, scenarios: Mapping[str, Scenario], lang: str) -> int:
    assert filters.trainee is not None
    trainee = queries.one_trainee(store, filters.trainee)
    rows = completion.all_records(store, Filters(filters.since, filters.until, filters.shop, trainee["id"],
                                                 (trainee["id"],)), scenarios, lang)
    return pdf.write_certificate(tmp, trainee, rows, lang)


def _finished_attempts(conn: Any, filters: Filters) -> Iterator[dict[str, Any]]:
    where, params = queries.where_clause(filters)
    yield from queries.stream(conn, "SELECT a.* FROM attempts a JOIN trainees t ON t.id = a.trainee_id "
                                    f"WHERE a.status = 'finished' AND {where} ORDER BY a.started", params)


def _write_xapi(store: Any, conn: Any, tmp: Path, filters: Filters, scenarios: Mapping[str, Scenario],
                progress: Progress | None) -> int:
    """A JSON array of the xAPI statements of every finished attempt matching the filters."""
    where, params = queries.where_clause(filters)
    total = conn.execute("SELECT COUNT(*) FROM attempts a JOIN trainees t ON t.id = a.trainee_id "
                         f"WHERE a.status = 'finished' AND {where}", params).fetchone()[0]
    install, n = xapi.install_id(store), 0
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write("[")
        for done, attempt in enumerate(_finished_attempts(conn, filters)):
            if done % 100 == 0:
                tick(progress, done, total)
            choices = [dict(r) for r in conn.execute(
                "SELECT * FROM choices WHERE attempt_id = ? ORDER BY seq", [attempt["id"]])]
            for statement in xapi.statements_for(attempt, choices, scenarios.get(attempt["scenario_id"]), install):
                handle.write(("\n" if n == 0 else ",\n") + json.dumps(statement, ensure_ascii=False))
                n += 1
        handle.write("\n]\n")
    tick(progress, total, total)
    return n
