"""Completion exports: hostile names survive CSV and XLSX neutralised, typed cells, atomic and cancellable writes."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from records.factory import SCENARIOS, play
from simulator.records.common import Cancelled, Filters, neutralise
from simulator.records.export import export
from simulator.service import Service

HOSTILE = ["=HYPERLINK(\"http://x\")", "+33 6 12", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "\nLF",
           'Jean "Jo" Dupont', "Martin; Paul, fils", "Ligne\nsuivante", "محمد علي", "王小明", "Zoé 🎉",
           "Ægir Ørsted-Lévêque"]


@pytest.fixture
def hostile(store):  # type: ignore[no-untyped-def]
    """Trainees whose exact names (set in SQL, as an imported bundle could) are the hostile strings."""
    service = Service(SCENARIOS, store)
    for n, name in enumerate(HOSTILE):
        play(service, f"placeholder {n}", [1, 1], employee_id=f"E{n}", shop="=cmd|' /C calc'!A0")
        with store.write():
            store.db.execute("UPDATE trainees SET display_name = ? WHERE employee_id = ?", [name, f"E{n}"])
    return store


def read_csv(path: Path, separator: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM missing"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=separator))


@pytest.mark.parametrize("separator", [";", ","])
def test_csv_parses_back_with_dangerous_values_neutralised(hostile, tmp_path: Path, separator: str) -> None:
    out = tmp_path / "records.csv"
    result = export(hostile, "csv", out, Filters(), SCENARIOS, separator=separator)
    rows = read_csv(out, separator)
    assert len(rows) == result.count
    names = {r["trainee"] for r in rows}
    for name in HOSTILE:
        assert neutralise(name) in names
    assert "'=HYPERLINK(\"http://x\")" in names and "'\nLF" in names and 'Jean "Jo" Dupont' in names
    assert all(r["shop"] == "'=cmd|' /C calc'!A0" for r in rows if r["employee id"].startswith("E"))
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r", "\n")) for r in rows for v in r.values())


def test_xlsx_has_no_formula_and_typed_cells(hostile, tmp_path: Path) -> None:
    out = tmp_path / "records.xlsx"
    export(hostile, "xlsx", out, Filters(), SCENARIOS)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2"
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert not [c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t"))]
    best = [row[header.index("best overall")].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(v, int | float) for v in best)
    done = [row[header.index("first completion (UTC)")].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(v, datetime) for v in done)
    names = {row[0].value for row in sheet.iter_rows(min_row=2)}
    assert "'=HYPERLINK(\"http://x\")" in names and "王小明" in names and "Zoé 🎉" in names


def test_json_and_pdf_and_xapi(hostile, tmp_path: Path) -> None:
    n = export(hostile, "json", tmp_path / "r.json", Filters(), SCENARIOS).count
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(data["records"]) == n and "محمد علي" in {r["trainee"] for r in data["records"]}
    export(hostile, "pdf", tmp_path / "r.pdf", Filters(), SCENARIOS)
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVu" in pdf
    export(hostile, "pdf", tmp_path / "cert.pdf", Filters(trainee="Zoé 🎉"), SCENARIOS)
    assert (tmp_path / "cert.pdf").read_bytes().startswith(b"%PDF")
    export(hostile, "xapi", tmp_path / "s.json", Filters(), SCENARIOS)
    statements = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert len({s["id"] for s in statements}) == len(statements) > 0
    assert not any(name in (tmp_path / "s.json").read_text(encoding="utf-8") for name in ("Alice", "王小明"))


def test_filters(store, tmp_path: Path) -> None:
    def count(**kw) -> int:  # type: ignore[no-untyped-def]
        return export(store, "json", tmp_path / "f.json", Filters(**kw), SCENARIOS).count

    assert count() == 4
    assert count(shop="Shop 0") == 2
    assert count(trainee="alice martin") == 2
    assert count(since=date(2000, 1, 1), until=date.today()) == 4
    assert count(until=date(2000, 1, 1)) == 0


def test_cancel_leaves_no_file_and_keeps_the_old_one(store, tmp_path: Path) -> None:
    out = tmp_path / "records.csv"
    out.write_text("previous export", encoding="utf-8")
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    for fmt in ("csv", "xlsx", "json", "pdf", "xapi", "bundle"):
        with pytest.raises(Cancelled):
            export(store, fmt, out, Filters(), SCENARIOS, progress=cancel)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "records.csv"]
    assert calls


def test_progress_reaches_total_and_export_is_audited(store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(store, "csv", tmp_path / "r.csv", Filters(), SCENARIOS, progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[-1] == (4, 4)
    assert store.audit_log(action="export")[0].detail.startswith("csv: 4 records")
