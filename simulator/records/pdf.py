"""PDF reports with fpdf2: a summary of the completion records, and a certificate for one trainee.

A Unicode TrueType font is embedded so French accents and non-Latin names print: DejaVu Sans from the system, else
the copy shipped in ``assets/fonts`` (free licence, see DejaVu-LICENSE.txt there); a CJK fallback font is added when
the system has one. Arabic prints letter by letter (no shaping without uharfbuzz).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF

from simulator.paths import asset

from .common import Progress, utc_text
from .writers import counted

log = logging.getLogger(__name__)

SYSTEM_FONTS = Path("/usr/share/fonts/truetype")
FALLBACKS = (SYSTEM_FONTS / "droid/DroidSansFallbackFull.ttf", SYSTEM_FONTS / "noto/NotoSansCJK-Regular.ttc")


def font_file(name: str) -> Path:
    """A DejaVu face: the system copy if present, else the bundled one."""
    system = SYSTEM_FONTS / "dejavu" / name
    return system if system.exists() else asset("fonts", name)


def new_pdf(title: str) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_title(title)
    pdf.set_creator("simulator")
    pdf.add_font("DejaVu", "", str(font_file("DejaVuSans.ttf")))
    pdf.add_font("DejaVu", "B", str(font_file("DejaVuSans-Bold.ttf")))
    fallback = next((f for f in FALLBACKS if f.exists() and f.suffix == ".ttf"), None)
    if fallback is not None:
        pdf.add_font("Fallback", "", str(fallback))
        pdf.set_fallback_fonts(["Fallback"])
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    return pdf


def _heading(pdf: FPDF, text: str, size: int = 16) -> None:
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)


def _table(pdf: FPDF, header: list[str], rows: list[list[Any]], widths: tuple[int, ...]) -> None:
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=True) as table:
        for values in [header, *rows]:
            row = table.row()
            for value in values:
                row.cell("" if value is None else str(value))
    pdf.ln(4)


def summarise(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Per scenario and per shop: trainees, passed, failed, in progress, average best score."""
    out: dict[str, dict[str, dict[str, Any]]] = {"scenario": defaultdict(_bucket), "shop": defaultdict(_bucket)}
    for row in rows:
        label = f"{row['scenario_title'] or row['scenario_id']}"
        for kind, key in (("scenario", label), ("shop", row["shop"] or "—")):
            bucket = out[kind][key]
            bucket["trainees"] += 1
            bucket[row["status"]] += 1
            if row["best_overall"] is not None:
                bucket["scores"].append(row["best_overall"])
    return out


def _bucket() -> dict[str, Any]:
    return {"trainees": 0, "passed": 0, "failed": 0, "in_progress": 0, "scores": []}


def _summary_rows(buckets: dict[str, dict[str, Any]]) -> list[list[Any]]:
    rows = []
    for key in sorted(buckets):
        b = buckets[key]
        avg = round(sum(b["scores"]) / len(b["scores"])) if b["scores"] else ""
        rows.append([key, b["trainees"], b["passed"], b["failed"], b["in_progress"], avg])
    return rows


def write_summary(path: Path, rows: Iterable[dict[str, Any]], total: int, progress: Progress | None = None,
                  filters: str = "") -> int:
    """A summary report: how many trainees passed each scenario, and per shop."""
    kept = list(_count_into(rows, total, progress))
    buckets = summarise(kept)
    pdf = new_pdf("Completion summary")
    _heading(pdf, "Completion summary / Bilan des formations")
    pdf.multi_cell(0, 5, f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Filters: {filters or 'none'}. "
                   f"{len(kept)} trainee × scenario records.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    header = ["", "trainees", "passed", "failed", "in progress", "avg best"]
    for kind, title in (("scenario", "By scenario"), ("shop", "By shop")):
        _heading(pdf, title, 12)
        _table(pdf, [kind, *header[1:]], _summary_rows(buckets[kind]), (70, 22, 22, 22, 24, 22))
    pdf.output(str(path))
    return len(kept)


def _count_into(rows: Iterable[dict[str, Any]], total: int, progress: Progress | None) -> Iterable[dict[str, Any]]:
    """Keep only what the summary needs (a few small fields per row)."""
    keep = ("scenario_id", "scenario_title", "shop", "status", "best_overall")
    for row in counted(rows, total, progress):
        yield {k: row[k] for k in keep}


def write_certificate(path: Path, trainee: dict[str, Any], rows: list[dict[str, Any]]) -> int:
    """One trainee's certificate: every scenario passed, with scores and the trainer's sign-off."""
    pdf = new_pdf(f"Certificate {trainee['display_name']}")
    _heading(pdf, "Certificate of training / Attestation de formation", 18)
    pdf.set_font("DejaVu", "", 12)
    who = trainee["display_name"] + (f" ({trainee['employee_id']})" if trainee.get("employee_id") else "")
    pdf.multi_cell(0, 7, f"{who}\n{trainee.get('shop') or ''}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    passed = [r for r in rows if r["status"] == "passed"]
    table = [[r["scenario_title"] or r["scenario_id"], r["scenario_version"], utc_text(r["first_completed"]),
              r["best_overall"], _signed(r)] for r in passed]
    _table(pdf, ["scenario", "version", "completed (UTC)", "best", "validated by"], table, (60, 18, 35, 15, 62))
    if not passed:
        pdf.multi_cell(0, 6, "No scenario passed yet.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return len(passed)


def _signed(row: dict[str, Any]) -> str:
    if not row.get("signed_off_by"):
        return ""
    return f"{row['signed_off_by']}, {utc_text(row['signed_off_at'])[:10]}"
