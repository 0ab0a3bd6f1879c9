"""PDF reports with fpdf2: a summary of the completion records, and a certificate for one trainee.

A Unicode TrueType font is embedded so French accents and non-Latin names print: DejaVu Sans from the system, else
the copy shipped in ``assets/fonts`` (free licence, see DejaVu-LICENSE.txt there); a CJK fallback font is added when
the system has one. Arabic prints letter by letter (no shaping without uharfbuzz).
Both documents are for people (HR, the trainee), so they speak French or English and give dates on this PC's
clock; the CSV, XLSX and JSON files stay in UTC for the tools that read them.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF

from simulator.paths import asset

from .common import Progress, local_moment
from .writers import counted

log = logging.getLogger(__name__)

SYSTEM_FONTS = Path("/usr/share/fonts/truetype")
FALLBACKS = (SYSTEM_FONTS / "droid/DroidSansFallbackFull.ttf", SYSTEM_FONTS / "noto/NotoSansCJK-Regular.ttc")


WORDS = {
    "fr": {
        "summary": "Bilan des formations", "by_scenario": "Par situation", "by_shop": "Par boutique",
        "generated": "Édité le {when}. Filtres\u00a0: {filters}. {n} lignes stagiaire × situation.",
        "no_filter": "aucun", "scenario": "situation", "shop": "boutique", "trainees": "stagiaires",
        "passed": "ont réussi", "failed": "à revoir", "in_progress": "en cours", "average": "moy. meilleur score",
        "certificate": "Attestation de formation", "version": "version", "completed": "réussie le",
        "best": "meilleur score", "validated_by": "validée par",
        "none_passed": "Aucune situation réussie pour l’instant.",
        "day": "%d/%m/%Y", "moment": "%d/%m/%Y %H:%M",
    },
    "en": {
        "summary": "Completion summary", "by_scenario": "By scenario", "by_shop": "By shop",
        "generated": "Generated {when}. Filters: {filters}. {n} trainee × scenario records.",
        "no_filter": "none", "scenario": "scenario", "shop": "shop", "trainees": "trainees",
        "passed": "passed", "failed": "to retry", "in_progress": "in progress", "average": "avg best score",
        "certificate": "Certificate of training", "version": "version", "completed": "completed on",
        "best": "best score", "validated_by": "validated by", "none_passed": "No scenario passed yet.",
        "day": "%Y-%m-%d", "moment": "%Y-%m-%d %H:%M",
    },
}
LANGUAGES = tuple(WORDS)


def _words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["fr"])


def _day(stored: str | None, words: dict[str, str]) -> str:
    moment = local_moment(stored)
    return moment.strftime(words["day"]) if moment else ""


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
                  filters: str = "", lang: str = "fr") -> int:
    """A summary report: how many trainees passed each scenario, and per shop."""
    words = _words(lang)
    kept = list(_count_into(rows, total, progress))
    buckets = summarise(kept)
    pdf = new_pdf(words["summary"])
    _heading(pdf, words["summary"])
    when = datetime.now().astimezone().strftime(words["moment"])
    pdf.multi_cell(0, 5, words["generated"].format(when=when, filters=filters or words["no_filter"], n=len(kept)),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    columns = [words[k] for k in ("trainees", "passed", "failed", "in_progress", "average")]
    for kind, title in (("scenario", words["by_scenario"]), ("shop", words["by_shop"])):
        _heading(pdf, title, 12)
        _table(pdf, [words[kind], *columns], _summary_rows(buckets[kind]), (70, 22, 22, 22, 24, 22))
    pdf.output(str(path))
    return len(kept)


def _count_into(rows: Iterable[dict[str, Any]], total: int, progress: Progress | None) -> Iterable[dict[str, Any]]:
    """Keep only what the summary needs (a few small fields per row)."""
    keep = ("scenario_id", "scenario_title", "shop", "status", "best_overall")
    for row in counted(rows, total, progress):
        yield {k: row[k] for k in keep}


def write_certificate(path: Path, trainee: dict[str, Any], rows: list[dict[str, Any]], lang: str = "fr") -> int:
    """One trainee's certificate: every scenario passed, with scores and the trainer's sign-off."""
    words = _words(lang)
    pdf = new_pdf(f"{words['certificate']} {trainee['display_name']}")
    _heading(pdf, words["certificate"], 18)
    pdf.set_font("DejaVu", "", 12)
    who = trainee["display_name"] + (f" ({trainee['employee_id']})" if trainee.get("employee_id") else "")
    pdf.multi_cell(0, 7, f"{who}\n{trainee.get('shop') or ''}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    passed = [r for r in rows if r["status"] == "passed"]
    table = [[r["scenario_title"] or r["scenario_id"], r["scenario_version"], _day(r["first_completed"], words),
              r["best_overall"], _signed(r, words)] for r in passed]
    header = [words[k] for k in ("scenario", "version", "completed", "best", "validated_by")]
    _table(pdf, header, table, (56, 16, 30, 28, 60))
    if not passed:
        pdf.multi_cell(0, 6, words["none_passed"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return len(passed)


def _signed(row: dict[str, Any], words: dict[str, str]) -> str:
    if not row.get("signed_off_by"):
        return ""
    return f"{row['signed_off_by']}, {_day(row['signed_off_at'], words)}"
