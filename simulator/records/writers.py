"""Completion records to CSV, XLSX and JSON, streamed row by row into a file that is renamed only when complete.

CSV: UTF-8 with a BOM (so Excel detects the encoding), ``;`` by default (what French Excel expects), the csv module
quoting separators, quotes and line breaks. XLSX: xlsxwriter in ``constant_memory`` mode (rows flushed as written),
numbers as numbers, dates as dates, a frozen header, and no text ever turned into a formula, URL or number.
In both, text starting with ``= + - @``, tab, CR or LF is neutralised with a leading ``'``.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from .common import Progress, neutralise, parse_stored, tick
from .completion import COLUMNS, KEYS

log = logging.getLogger(__name__)

TICK_EVERY = 200
XLSX_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                "strings_to_numbers": False, "default_date_format": "yyyy-mm-dd hh:mm"}


def counted(rows: Iterable[dict[str, Any]], total: int, progress: Progress | None) -> Iterable[dict[str, Any]]:
    """Pass rows through, reporting progress every ``TICK_EVERY`` rows (and raising on cancel)."""
    done = 0
    tick(progress, 0, total)
    for row in rows:
        yield row
        done += 1
        if done % TICK_EVERY == 0:
            tick(progress, done, total)
    tick(progress, done, max(total, done))


def csv_cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise(value)
    return "" if value is None else value


def write_csv(path: Path, rows: Iterable[dict[str, Any]], total: int, progress: Progress | None = None,
              separator: str = ";") -> int:
    """Write the records as CSV; returns the number of rows."""
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=separator, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        out.writerow([c.header for c in COLUMNS])
        for row in counted(rows, total, progress):
            out.writerow([csv_cell(row[k]) for k in KEYS])
            n += 1
    return n


def write_json(path: Path, rows: Iterable[dict[str, Any]], total: int, progress: Progress | None = None,
               meta: dict[str, Any] | None = None) -> int:
    """Write ``{"export": {...}, "records": [...]}``, one record per line, without holding them all in memory."""
    n = 0
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{"export": ' + json.dumps(meta or {}, ensure_ascii=False) + ',\n "records": [')
        for row in counted(rows, total, progress):
            handle.write(("\n  " if n == 0 else ",\n  ") + json.dumps(row, ensure_ascii=False))
            n += 1
        handle.write("\n ]}\n")
    return n


def write_xlsx(path: Path, rows: Iterable[dict[str, Any]], total: int, progress: Progress | None = None) -> int:
    """Write the records as a typed, formula-free spreadsheet in roughly constant memory."""
    workbook = xlsxwriter.Workbook(str(path), XLSX_OPTIONS)
    try:
        n = _fill_sheet(workbook, rows, total, progress)
    except BaseException:
        with contextlib.suppress(Exception):  # frees its temporary files; the half file is removed by the caller
            workbook.close()
        raise
    try:
        workbook.close()
    except FileCreateError as error:  # xlsxwriter wraps the OSError of a full or read-only drive
        cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))
        _close_zip_left_open(cause)
        raise cause from None
    return n


def _close_zip_left_open(error: BaseException) -> None:
    """xlsxwriter leaves its ZipFile open when a write fails; close it here, quietly, rather than let its
    destructor print a traceback on the console when the error is dropped."""
    frame = error.__traceback__
    while frame is not None:
        for value in list(frame.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile):
                with contextlib.suppress(OSError, ValueError):
                    value.close()
        frame = frame.tb_next


def _fill_sheet(workbook: Any, rows: Iterable[dict[str, Any]], total: int, progress: Progress | None) -> int:
    sheet = workbook.add_worksheet("completion")
    formats = _formats(workbook)
    for col, column in enumerate(COLUMNS):
        sheet.write_string(0, col, column.header, formats["header"])
        sheet.set_column(col, col, 20 if column.kind in ("text", "datetime") else 12)
    sheet.freeze_panes(1, 0)
    n = 0
    for n, row in enumerate(counted(rows, total, progress), start=1):
        _xlsx_row(sheet, n, row, formats)
    return n


def _formats(workbook: Any) -> dict[str, Any]:
    return {"header": workbook.add_format({"bold": True}),
            "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
            "minutes": workbook.add_format({"num_format": "0.0"})}


def _xlsx_row(sheet: Any, r: int, row: dict[str, Any], formats: dict[str, Any]) -> None:
    for col, column in enumerate(COLUMNS):
        value = row[column.key]
        if value is None or value == "":
            continue
        if column.kind == "text":
            sheet.write_string(r, col, neutralise(str(value)))
        elif column.kind == "datetime":
            sheet.write_datetime(r, col, parse_stored(value), formats["datetime"])
        else:
            sheet.write_number(r, col, value, formats.get(column.kind))
