#!/usr/bin/env python
"""How fast is offercheck here? Generates its own documents, runs each case several
times and prints medians, with ratios against baselines measured in the same run.

    python scripts/bench.py            # 5 runs a case (about a minute and a half)
    python scripts/bench.py --runs 3 --keep /tmp/bench   # keep the generated files

Cases and budgets (issue 6, on a 2-core machine):
  import      python -c "import spacy, pdfplumber, docx, typer, rich, rapidfuzz, yaml"
  letter      cold `offercheck extract` of a 3-page letter      <= 1.5 x import
  contract    cold `offercheck check` of a 50-page contract     <= 2.5 s, <= 250 MB peak
  two-column  cold `offercheck extract` of a 2-column PDF        (figure only)
  docx-50     cold `offercheck extract` of a 50-page DOCX        (figure only)
  pdftotext   pdftotext on the 50-page contract, where installed (baseline)
  warm        extract_terms in one process, 50-page contract     >= 50 pages/s on one core
  batch       `offercheck extract DIR -j N` over 12 letters      -j 2 >= 1.7 x -j 1
Peak memory is the child's maximum resident set (wait4), its own children included.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IMPORT_STACK = "import spacy, pdfplumber, docx, typer, rich, rapidfuzz, yaml"

LETTER = [
    "Lanternfish Analytics, Inc.\n100 Main Street, Austin, TX 78701",
    "March 3, 2025",
    "Dear Jordan Avery,",
    "We are pleased to offer you the position of Senior Data Engineer at Lanternfish Analytics, Inc. "
    "(the \"Company\"). This is a full-time, exempt position based in our Austin, Texas office.",
    "Start date. Your employment will begin on April 14, 2025.",
    "Compensation. You will be paid a base salary of $142,000 per year, payable bi-weekly in "
    "accordance with the Company's normal payroll practices.",
    "Bonus. You will be eligible for an annual target bonus of 10% of your base salary.",
    "Equity. Subject to approval by the Board, you will be granted an option to purchase 12,000 shares "
    "of common stock, vesting over four years with a one-year cliff.",
    "Paid time off. You will receive 20 days of paid time off per year and 5 sick days.",
    "Probation. The first 90 days of employment are a probationary period.",
    "Notice. Either party may end the employment by giving two weeks' written notice.",
    "Non-competition. For a period of twelve (12) months after your employment ends you will not "
    "work for a competitor of the Company within the United States.",
    "Non-solicitation. For 12 months after your employment ends you will not solicit employees.",
    "Benefits. You will be eligible for health, dental and vision insurance and a 401(k) plan with "
    "a company match of 4% of salary.",
    "At-will employment. Your employment with the Company is at-will employment.",
    "Governing law. This letter is governed by the laws of the State of Texas.",
    "This offer expires on March 17, 2025. Please sign and return this letter by then.",
    "Sincerely,\nMorgan Lee\nVP People, Lanternfish Analytics, Inc.",
]

CLAUSE = ("{n}. {title}. The Employee shall perform the duties reasonably assigned by the Employer "
          "and shall comply with all policies of the Employer as amended from time to time. The "
          "Employer may review these duties annually. Nothing in this clause {n} limits any other "
          "obligation under this Agreement, and each obligation survives as stated in clause {m}. "
          "Confidential information includes business plans, customer lists and software, whether or "
          "not marked as confidential, and the Employee shall keep it secret during and after the "
          "employment.")
TITLES = ["Duties", "Policies", "Records", "Conduct", "Equipment", "Travel", "Expenses", "Training",
          "Data protection", "Health and safety", "Outside interests", "Property"]


def _pdf(path: Path, paragraphs: list[str], columns: int = 1, pages: int | None = None) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_font("Helvetica", size=10)
    if columns == 1:
        pdf.add_page()
        for p in paragraphs:
            pdf.multi_cell(0, 5, p)
            pdf.ln(3)
            if pages and pdf.page >= pages and pdf.get_y() > 240:
                break
    else:  # each page: the paragraphs split over two columns, left then right
        per_page = max(2, len(paragraphs) // (pages or 1))
        for k in range(0, len(paragraphs), per_page):
            chunk = paragraphs[k:k + per_page]
            pdf.add_page()
            half = (len(chunk) + 1) // 2
            for x, part in ((12, chunk[:half]), (110, chunk[half:])):
                pdf.set_xy(x, 20)
                for p in part:
                    pdf.set_x(x)
                    pdf.multi_cell(88, 4.5, p)
                    pdf.ln(2)
    pdf.output(str(path))


def make_documents(folder: Path) -> dict[str, Path]:
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    letter = folder / "letter-3p.pdf"
    _pdf(letter, LETTER + [LETTER[3], LETTER[13]] * 6 + LETTER[5:12] * 2)
    contract_paras = LETTER[:4] + [CLAUSE.format(n=i, m=i + 1, title=TITLES[i % len(TITLES)])
                                   for i in range(1, 440)] + LETTER[4:]
    contract = folder / "contract-50p.pdf"
    _pdf(contract, contract_paras, pages=50)
    twocol = folder / "two-column.pdf"
    _pdf(twocol, LETTER * 3, columns=2, pages=3)
    d = docx.Document()
    for i, p in enumerate(contract_paras[:420]):
        d.add_paragraph(p)
        if i % 9 == 8:
            d.add_page_break()
    doc50 = folder / "contract-50p.docx"
    d.save(str(doc50))
    return {"letter": letter, "contract": contract, "twocol": twocol, "docx": doc50}


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak MB) of one run of ``cmd``, its children included."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(cmd)} exited {p.returncode}")
    return wall, usage.ru_maxrss / 1024


def median_of(cmd: list[str], runs: int) -> tuple[float, float]:
    results = [timed(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def warm_pages_per_second(path: Path, runs: int) -> tuple[float, float]:
    """In one process, after a first run: seconds per document, pages per second."""
    code = f"""
import time, statistics
from offercheck.api import extract_terms
extract_terms({str(path)!r})
ts = []
for _ in range({runs}):
    t = time.perf_counter(); extract_terms({str(path)!r}); ts.append(time.perf_counter() - t)
print(statistics.median(ts))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    s = float(out.stdout.strip().splitlines()[-1])
    return s, pdf_pages(path) / s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="generate the documents here and keep them")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="offercheck-bench-"))
    docs = make_documents(folder)
    oc = [sys.executable, "-m", "offercheck"]
    rows: list[tuple[str, str, str, str, str]] = []

    def row(name, value, ratio="", budget="", ok=None):
        verdict = "" if ok is None else ("ok" if ok else "MISSES")
        rows.append((name, value, ratio, budget, verdict))
        print(f"  {name:<34} {value:>18} {ratio:>14} {budget:>18} {verdict}", flush=True)

    print(f"offercheck benchmark: {args.runs} runs a case, medians; {os.cpu_count()} cores; "
          f"documents in {folder}")
    print(f"  contract: {pdf_pages(docs['contract'])} pages, letter: {pdf_pages(docs['letter'])} pages, "
          f"two-column: {pdf_pages(docs['twocol'])} pages")
    print(f"  {'case':<34} {'median':>18} {'ratio':>14} {'budget':>18}")
    imp, imp_mb = median_of([sys.executable, "-c", IMPORT_STACK], args.runs)
    row("import stack (baseline)", f"{imp:.3f} s {imp_mb:.0f} MB")
    t, mb = median_of(oc + ["extract", str(docs["letter"])], args.runs)
    row("letter 3p, cold extract", f"{t:.3f} s {mb:.0f} MB", f"{t / imp:.2f} x import", "<= 1.50 x import",
        t / imp <= 1.5)
    t, mb = median_of(oc + ["check", str(docs["contract"]), "-f", "json"], args.runs)
    row("contract 50p, cold check", f"{t:.3f} s", "", "<= 2.5 s", t <= 2.5)
    row("contract 50p, peak memory", f"{mb:.0f} MB", "", "<= 250 MB", mb <= 250)
    if shutil.which("pdftotext"):
        pt, _ = median_of(["pdftotext", str(docs["contract"]), os.devnull], args.runs)
        row("pdftotext 50p (baseline)", f"{pt:.3f} s", f"{t / pt:.1f} x check")
    else:
        row("pdftotext 50p (baseline)", "not installed")
    t2, mb2 = median_of(oc + ["extract", str(docs["twocol"])], args.runs)
    row("two-column 3p, cold extract", f"{t2:.3f} s {mb2:.0f} MB", f"{t2 / imp:.2f} x import")
    t3, mb3 = median_of(oc + ["extract", str(docs["docx"])], args.runs)
    row("docx 50p, cold extract", f"{t3:.3f} s {mb3:.0f} MB", f"{t3 / imp:.2f} x import")
    s, pps = warm_pages_per_second(docs["contract"], args.runs)
    row("contract 50p, warm, one core", f"{s:.3f} s {pps:.0f} p/s", "", ">= 50 pages/s", pps >= 50)
    batch_dir = folder / "batch"
    batch_dir.mkdir(exist_ok=True)
    for i in range(12):
        src = docs["letter"] if i % 3 else docs["contract"]
        shutil.copy(src, batch_dir / f"{i:02d}-{src.name}")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    b1, _ = median_of(oc + ["extract", str(batch_dir), "-j", "1"], max(1, args.runs // 2))
    row("batch 12 files, -j 1 (baseline)", f"{b1:.3f} s")
    bn, bmb = median_of(oc + ["extract", str(batch_dir), "-j", str(cores)], max(1, args.runs // 2))
    row(f"batch 12 files, -j {cores}", f"{bn:.3f} s {bmb:.0f} MB", f"{b1 / bn:.2f} x -j 1",
        ">= 1.70 x -j 1" if cores >= 2 else "", (b1 / bn >= 1.7) if cores >= 2 else None)
    misses = [r[0] for r in rows if r[4] == "MISSES"]
    print("budget: " + ("all met" if not misses else "missed by " + ", ".join(misses)))
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
