#!/usr/bin/env python
"""How fast is offercheck here? Generates its own documents, runs each case several
times and prints medians, with ratios against baselines measured in the same run.

    python scripts/bench.py            # 5 runs a case, about two minutes
    python scripts/bench.py --runs 3 --keep /tmp/bench   # keep the generated files

Cases and budgets (issue 6, on a 2-core machine):
  import      python -c "import spacy, pdfplumber, docx, typer, rich, rapidfuzz, yaml"
  letter      cold `offercheck extract` of a 3-page letter      <= 1.5 x import
  first run   the same with an empty rule cache                  (figure only)
  contract    cold `offercheck check` of a 50-page contract     <= 2.5 s, <= 250 MB peak
  two-column  cold `offercheck extract` of a 2-column PDF        (figure only)
  tables      cold `offercheck extract` of a PDF with ruled pay and key-terms tables (figure only)
  docx-50     cold `offercheck extract` of a 50-page DOCX        (figure only)
  pdftotext   pdftotext on the 50-page contract, where installed (baseline)
  diff        cold `offercheck diff` of the letter and a revision of it (a raised salary, a
              clause added) as DOCX   <= 1.1 x (cold check of the one + cold check of the other)
  warm        read + extract in one process on one CPU, 50 pages >= 50 pages/s
  batch       `extract DIR -j N`, 4 contracts and 8 letters      -j 2 >= 1.7 x -j 1
  offers      `offers` of 3 letters (letter, two-column, tables)  <= 1.1 x their 3 cold `check`s,
              and in one warm process <= 1.1 x `check_offer` of each (medians, same run)
Peak memory is the child's maximum resident set (wait4), its own children included.

"Cold" is a new process with a warm disk cache, as with .pyc files: every child gets
OFFERCHECK_CACHE_DIR in a temporary folder of the bench (removed at the end), filled by
one untimed check of the contract (it holds every word of the other documents) before
the cold cases. After the table, always: the profile of the 50-page contract, from the
warm runs (the time of each stage: read, extract, report, render), what the PDF table
reader (pdf_tables: ruling check on every page, pdfplumber on pages with ruling) costs
in the contract's read and in the tables letter's, and cProfile's top functions of one
more extract_document.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

IMPORT_STACK = "import spacy, pdfplumber, docx, typer, rich, rapidfuzz, yaml"
LETTER_PAGES, CONTRACT_PAGES, TWO_COLUMN_PAGES, DOCX_PAGES, TABLES_PAGES = 3, 50, 3, 50, 4
CONTRACT_CLAUSES, DOCX_CLAUSES = 430, 230
"""Boilerplate clauses between the letter's opening and its terms: 50 pages in all (the
PDF's 10 pt pages with narrow margins hold more than Word's)."""
LETTER_DATE = (2025, 3, 3)
"""The report's "today" in the profile: the letter's own date, so days left do not drift."""
REPO = Path(__file__).resolve().parent.parent

LETTER = [
    "Lanternfish Analytics, Inc.\n100 Main Street, Suite 400\nAustin, TX 78701",
    "March 3, 2025",
    "Jordan Avery\n2214 Juniper Lane, Apt. 5\nAustin, TX 78704",
    "Re: Offer of employment",
    "Dear Jordan Avery,",
    "On behalf of Lanternfish Analytics, Inc. (the \"Company\"), I am delighted to offer you the "
    "position of Senior Data Engineer. Everyone you met during the interviews came away impressed by "
    "your work on streaming data pipelines, and we believe you will make a real difference to the "
    "Platform team. This letter sets out the terms of our offer. Please read it carefully, and do not "
    "hesitate to ask me if anything is unclear.",
    "Position and duties. This is a full-time, exempt position. You will report to Renata Okafor, "
    "Director of Data Platform, and you will be responsible for designing, building and operating the "
    "Company's data pipelines, mentoring two junior engineers, and working with the analytics and "
    "product teams to make reliable data available across the business. Your duties may change from "
    "time to time as the needs of the business change, and you agree to devote your full business time "
    "and attention to the Company.",
    "Place of work. Your regular place of work will be our Austin, Texas office. Our teams work on a "
    "hybrid schedule: you will be expected in the office on Tuesdays, Wednesdays and Thursdays and may "
    "work from home on the other days, with your manager's agreement. Occasional travel to our other "
    "offices, usually no more than four days a quarter, will be part of the role.",
    "Start date. Your employment will begin on April 14, 2025, or on another date we agree in writing. "
    "On your first day, please come to the reception on the fourth floor at 9:00 a.m.; your onboarding "
    "will take most of the first week.",
    "Hours. Your normal working hours will be 40 hours per week, Monday to Friday, although the role "
    "will sometimes require you to work additional hours to meet deadlines. As an exempt employee you "
    "will not be eligible for overtime pay.",
    "Base salary. You will be paid a base salary of $142,000 per year, payable bi-weekly in accordance "
    "with the Company's normal payroll practices and subject to applicable withholdings and deductions. "
    "Your salary will be reviewed each year as part of the Company's annual review cycle, beginning in "
    "early 2026.",
    "Annual bonus. You will be eligible for an annual target bonus of 10% of your base salary, based on "
    "the Company's results and your individual performance during the calendar year. Any bonus for 2025 "
    "will be pro-rated from your start date. Bonuses are paid in March of the following year, and you "
    "must be employed on the payment date to receive one. The amount of any bonus is decided by the "
    "Company at its discretion.",
    "Signing bonus. You will receive a one-time signing bonus of $10,000, paid with your first regular "
    "paycheck. If you resign or are terminated for cause within twelve months of your start date, you "
    "agree to repay the signing bonus in full.",
    "Equity. Subject to approval by the Company's Board of Directors, you will be granted an option to "
    "purchase 12,000 shares of the Company's common stock. The exercise price will be the fair market "
    "value of a share on the date of grant, as determined by the Board. The option will vest over four "
    "years with a one-year cliff: 25% of the shares vest on the first anniversary of your start date and "
    "the rest vest in equal monthly installments over the following 36 months, as long as you remain "
    "employed. The option will be governed by the Company's 2021 Stock Incentive Plan and a separate "
    "option agreement, which will control if they differ from this letter.",
    "Benefits. You will be eligible to take part in the Company's benefit plans on the same terms as "
    "other employees, including medical, dental and vision insurance for you and your dependents, life "
    "and disability insurance, and a 401(k) plan with a company match of 4% of salary. Coverage begins "
    "on the first day of the month after your start date. The Company may change its benefit plans "
    "from time to time.",
    "Paid time off. You will receive 20 days of paid time off per year, accruing each pay period, in "
    "addition to the Company's ten paid holidays. You will also receive 5 sick days per year. Unused "
    "paid time off may be carried over to the next year up to a maximum of five days.",
    "Probation. The first 90 days of employment are a probationary period, during which your manager "
    "will meet with you regularly to review your progress. The probationary period does not change the "
    "at-will nature of your employment.",
    "Notice. Either party may end the employment by giving two weeks' written notice. The Company may "
    "pay your base salary for the notice period instead of asking you to work it.",
    "Confidentiality and inventions. As a condition of employment, you will be required to sign the "
    "Company's Confidential Information and Invention Assignment Agreement, under which you agree to "
    "keep the Company's confidential information secret during and after your employment and to assign "
    "to the Company the inventions you create in the course of your work. A copy is enclosed.",
    "Non-competition. For a period of twelve (12) months after your employment ends you will not work "
    "for a competitor of the Company within the United States in a role similar to the one described "
    "in this letter.",
    "Non-solicitation. For 12 months after your employment ends you will not solicit employees or "
    "customers of the Company to leave it.",
    "Conditions. This offer is contingent on the satisfactory completion of a background check and on "
    "your providing, within three business days of your start date, documents that establish your "
    "identity and your eligibility to work in the United States, as required by federal law.",
    "At-will employment. Your employment with the Company is at-will employment: either you or the "
    "Company may end it at any time, with or without cause, subject to the notice provision above. "
    "Nothing in this letter or in any policy of the Company changes this, except a written agreement "
    "signed by you and the Chief Executive Officer.",
    "Dispute resolution. Any dispute arising out of your employment will be resolved by final and "
    "binding arbitration in Austin, Texas, under the employment arbitration rules of the American "
    "Arbitration Association, to the fullest extent permitted by law.",
    "Governing law. This letter is governed by the laws of the State of Texas.",
    "Entire agreement. This letter and the agreements it mentions set out everything that you and the "
    "Company have agreed about your employment, and they take the place of any earlier promises or "
    "discussions, written or spoken. Only a document signed by both you and an officer of the Company "
    "can change them.",
    "This offer expires on March 17, 2025. To accept it, please sign and date this letter below and "
    "return it to me by then. If you have any questions in the meantime, you can reach me at "
    "512-555-0147.",
    "We are excited about the prospect of you joining us and look forward to working with you.",
    "Sincerely,\nMorgan Lee\nVP People, Lanternfish Analytics, Inc.",
    "Accepted and agreed:\n\n\n______________________________\nJordan Avery\n\nDate: ________________",
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


def _pdf(path: Path, paragraphs: list[str], size: float = 10, line: float = 5,
         margin: float | None = None) -> None:
    """One column of paragraphs (no ``margin``: 1 cm at the sides and top, 2 cm at the bottom)."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    if margin is not None:
        pdf.set_margins(margin, margin)
    pdf.set_auto_page_break(True, margin=margin or 20)
    pdf.set_font("Helvetica", size=size)
    pdf.add_page()
    for p in paragraphs:
        pdf.multi_cell(0, line, p)
        pdf.ln(line * 0.6)
    pdf.output(str(path))


def _two_column_pdf(path: Path, paragraphs: list[str]) -> None:
    """The paragraphs flowing down the left column, then the right, page after page."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_margins(18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=8, line_height=1.3) as cols:
        for p in paragraphs:
            cols.write(p + "\n\n")
    pdf.output(str(path))


KEY_TERMS = [("Position", "Senior Data Engineer"), ("Start date", "April 14, 2025"),
             ("Base salary", "$142,000 per year, payable bi-weekly"),
             ("Probation", "90 days from the start date, during which your manager reviews your progress"),
             ("Notice", "Two weeks' written notice by either party")]
PAY_TABLE = [("Component", "Per month", "Per year"), ("Base salary", "$11,833", "$142,000"),
             ("Target bonus (10%)", "-", "$14,200"), ("401(k) match (4%)", "$473", "$5,680"),
             ("Total target compensation", "$12,306", "$161,880")]


def _tables_pdf(path: Path, paragraphs: list[str]) -> None:
    """The letter with a ruled key-terms table after its opening and a ruled pay table
    before its benefits: the pages pdfplumber's table finder runs on."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_margins(25.4, 25.4)
    pdf.set_auto_page_break(True, margin=25.4)
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for i, p in enumerate(paragraphs):
        if i in (6, 12):
            with pdf.table(col_widths=(30, 70) if i == 6 else None, first_row_as_headings=False) as table:
                for values in (KEY_TERMS if i == 6 else PAY_TABLE):
                    row = table.row()
                    for value in values:
                        row.cell(value)
            pdf.ln(3)
        pdf.multi_cell(0, 5.6, p)
        pdf.ln(3.4)
    pdf.output(str(path))


def _docx(path: Path, paragraphs: list[str]) -> None:
    """The paragraphs with a page break before any that would overflow a page of Word's.

    python-docx's template prints 11 pt Calibri at 1.15 lines on 6-inch lines: about 85
    characters a line, 42 lines a page. Counting 80 and 40 (a paragraph's spacing as a
    line) keeps each page between two breaks within one printed page."""
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    used, last = 0, None
    for p in paragraphs:
        lines = 1 + sum(-(-max(1, len(line)) // 80) for line in p.split("\n"))
        if last is not None and used + lines > 40:
            last.add_run().add_break(WD_BREAK.PAGE)
            used = 0
        last = d.add_paragraph(p)
        used += lines
    d.save(str(path))


def docx_pages(path: Path) -> int:
    """Pages as the file's explicit page breaks make them (a DOCX stores no page count)."""
    import docx
    from docx.oxml.ns import qn

    body = docx.Document(str(path)).element.body
    return 1 + sum(br.get(qn("w:type")) == "page" for br in body.iter(qn("w:br")))


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def contract(clauses: int) -> list[str]:
    """The letter with numbered boilerplate clauses between its opening and its terms."""
    return LETTER[:6] + [CLAUSE.format(n=i, m=i + 1, title=TITLES[i % len(TITLES)])
                         for i in range(1, clauses + 1)] + LETTER[6:]


def make_documents(folder: Path) -> tuple[dict[str, Path], dict[str, int]]:
    """The four documents and their pages, each checked to be what its case is named after."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = {name: folder / file for name, file in (
        ("letter", "letter-3p.pdf"), ("contract", "contract-50p.pdf"),
        ("twocol", "two-column-3p.pdf"), ("docx", "contract-50p.docx"), ("tables", "tables-4p.pdf"))}
    # a realistic letter: 11 pt with one-inch margins, as offers are printed
    _pdf(docs["letter"], LETTER, size=11, line=5.6, margin=25.4)
    _pdf(docs["contract"], contract(CONTRACT_CLAUSES))
    _two_column_pdf(docs["twocol"], LETTER)
    _docx(docs["docx"], contract(DOCX_CLAUSES))
    _tables_pdf(docs["tables"], LETTER)
    pages = document_pages(docs)
    want = {"letter": LETTER_PAGES, "contract": CONTRACT_PAGES, "twocol": TWO_COLUMN_PAGES, "docx": DOCX_PAGES,
            "tables": TABLES_PAGES}
    if pages != want:  # a different fpdf2 lays text out differently: the cases would lie
        raise SystemExit(f"bench: generated pages {pages}, expected {want}")
    return docs, pages


def document_pages(docs: dict[str, Path]) -> dict[str, int]:
    return {name: docx_pages(p) if p.suffix == ".docx" else pdf_pages(p) for name, p in docs.items()}


class RuleCache:
    """The children's OFFERCHECK_CACHE_DIR, in a folder of the bench's own: one shared
    cache for the cold runs, or a fresh empty one for each first run."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="offercheck-bench-cache-"))
        self.shared = self.root / "shared"

    def _env(self, folder: Path) -> dict[str, str]:
        env = dict(os.environ, OFFERCHECK_CACHE_DIR=str(folder))
        env.pop("OFFERCHECK_NO_CACHE", None)  # the cold cases are defined with the cache on
        return env

    def warm_env(self) -> dict[str, str]:
        return self._env(self.shared)

    def empty_env(self) -> dict[str, str]:
        return self._env(Path(tempfile.mkdtemp(prefix="empty-", dir=self.root)))

    def files(self) -> int:
        return sum(len(names) for _, _, names in os.walk(self.shared))

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak MB) of one run of ``cmd``, its children included."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(cmd)} exited {p.returncode}")
    return wall, usage.ru_maxrss / 1024


def median_of(cmd: list[str], runs: int, env: Callable[[], dict[str, str]]) -> tuple[float, float]:
    """Median wall seconds and the highest peak MB; ``env()`` gives each run's environment."""
    results = [timed(cmd, env()) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def revised_letter(path: Path) -> Path:
    """The letter's second draft as a DOCX: the salary raised and a clause added."""
    salary = next(i for i, p in enumerate(LETTER) if p.startswith("Base salary."))
    paragraphs = list(LETTER)
    paragraphs[salary] = paragraphs[salary].replace("$142,000", "$151,000")
    paragraphs.insert(salary + 1, "Relocation. The Company will reimburse up to $8,000 of reasonable moving "
                                  "expenses, against receipts, within six months of your start date.")
    _docx(path, paragraphs)
    return path


def diff_case(folder: Path, letter: Path, oc: list[str], runs: int, warm, row) -> None:
    """`diff OLD NEW` against a check of each, cold, medians of the same run."""
    revised = revised_letter(folder / "letter-3p-revised.docx")
    a, _ = median_of(oc + ["check", str(letter)], runs, warm)
    b, _ = median_of(oc + ["check", str(revised)], runs, warm)
    t, mb = median_of(oc + ["diff", str(letter), str(revised)], runs, warm)
    row("diff letter vs revision, cold", f"{t:.3f} s {mb:.0f} MB", f"{t / (a + b):.2f} x 2 checks",
        "<= 1.10 x 2 checks", t / (a + b) <= 1.1)


# -- the warm runs and the profile: one child process, pinned to one CPU ------------

STAGES = ("read", "extract", "report", "render json")
"""What `offercheck check -f json` does after its imports, in order; they make the total."""


def pin_to_one_cpu() -> str:
    """Keep this process (and any thread it starts) on one CPU; say which."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned: no sched_setaffinity here"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def _where(filename: str, line: int) -> str:
    """A profiled function's file, short: relative to the repository, site-packages or stdlib."""
    import sysconfig

    if filename == "~":
        return "built-in"
    for base in (REPO, sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"]):
        try:
            return f"{Path(filename).relative_to(base)}:{line}"
        except ValueError:
            pass
    return f"{filename}:{line}"


def table_reader_cost(paths: dict[str, Path], runs: int) -> dict:
    """For each PDF, read in this process: the median seconds of the whole read and of
    the table reader's share, and what it did (pages checked, pages pdfplumber searched,
    tables found) in one read."""
    from offercheck.ingest import pdf_tables, read_document

    out = {}
    for name, path in paths.items():
        totals, shares = [], []
        for _ in range(runs + 1):  # the first read imports pdfplumber where needed: untimed
            pdf_tables.STATS = stats = pdf_tables.TableStats()
            t = time.perf_counter()
            read_document(path, isolate=False)
            totals.append(time.perf_counter() - t)
            shares.append((stats.seconds, stats.column_seconds))
        out[name] = {"read_s": statistics.median(totals[1:]), "tables_s": statistics.median(s[0] for s in shares[1:]),
                     "columns_s": statistics.median(s[1] for s in shares[1:]), "column_pages": stats.column_pages,
                     "checked": stats.pages_checked, "searched": stats.pages_searched, "tables": stats.tables}
    return out


def names_cost(document, runs: int) -> dict:
    """spaCy's share: the Matcher's organisation candidates over the whole document (the
    work done where the rules find no employer), medians after a first untimed run that
    loads spaCy; and whether this document's extraction needed it."""
    from offercheck import names

    names.org_candidates(document.text)
    times, found = [], []
    for _ in range(runs):
        t = time.perf_counter()
        found = names.org_candidates(document.text)
        times.append(time.perf_counter() - t)
    return {"s": statistics.median(times), "candidates": len(found), "distinct": len({c.text for c in found})}


def stages_child(path: Path, runs: int, top: int = 12, tables: Path | None = None) -> dict:
    """On one CPU, after a first untimed run: the seconds of each stage in each run, and
    cProfile's ``top`` functions by cumulative time of one more extract_document."""
    import cProfile
    import datetime as dt
    import pstats

    pinned = pin_to_one_cpu()  # before the imports, so no library sizes a thread pool for two
    from offercheck import api
    from offercheck.report import build_report
    from offercheck.render import by_name

    api.warm()
    render_json, render_terminal = by_name("json"), by_name("terminal")
    today = dt.date(*LETTER_DATE)

    def once() -> tuple[object, dict[str, float]]:
        t = [time.perf_counter()]
        document = api.read(path)
        t.append(time.perf_counter())
        extraction = api.extract_document(document)
        t.append(time.perf_counter())
        report = build_report(extraction, None, today)
        t.append(time.perf_counter())
        render_json(report)
        t.append(time.perf_counter())
        render_terminal(report, color=False)
        t.append(time.perf_counter())
        names = STAGES + ("render terminal",)
        return document, {name: t[i + 1] - t[i] for i, name in enumerate(names)}

    document, _ = once()  # compiles the rules this document needs, imports the renderers
    timings = [once()[1] for _ in range(runs)]
    profiler = cProfile.Profile()
    t = time.perf_counter()
    profiler.runcall(api.extract_document, document)
    profiled = time.perf_counter() - t
    stats = pstats.Stats(profiler).stats
    ranked = sorted(stats.items(), key=lambda kv: kv[1][3], reverse=True)[:top]
    readers = table_reader_cost({"contract": path, **({"tables letter": tables} if tables else {})}, runs)
    return {"pinned": pinned, "pages": document.pages, "timings": timings, "profiled_s": profiled,
            "table_reader": readers, "names": names_cost(document, runs),
            "top": [(func, _where(file, line), cum, own)
                    for (file, line, func), (_, _, own, cum, _) in ranked]}


def run_stages(path: Path, runs: int, env: dict[str, str], tables: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--stages-of", str(path), "--runs", str(runs),
                          "--tables-of", str(tables)],
                         capture_output=True, text=True, env=env, check=False)
    if out.returncode:
        raise SystemExit(f"bench: the warm runs failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.splitlines()[-1])


def print_profile(result: dict, runs: int) -> None:
    timings = result["timings"]
    totals = [sum(t[s] for s in STAGES) for t in timings]
    total = statistics.median(totals)
    print(f"profile: contract {result['pages']}p, warm, one process {result['pinned']}; "
          f"medians of {runs} runs")
    for name in STAGES:
        s = statistics.median(t[name] for t in timings)
        print(f"  {name:<34} {s:>9.3f} s {100 * s / total:>5.1f} %")
    print(f"  {'total':<34} {total:>9.3f} s")
    s = statistics.median(t["render terminal"] for t in timings)
    print(f"  {'(render terminal, instead of json)':<34} {s:>9.3f} s")
    for name, r in result["table_reader"].items():
        print(f"pdfplumber tables, {name}: {r['searched']} of {r['checked']} pages searched, {r['tables']} "
              f"tables, {r['tables_s']:.3f} s; two-column check: {r['column_pages']} pages regrouped, "
              f"{r['columns_s']:.3f} s; of a {r['read_s']:.3f} s read (in-process, medians)")
    n = result["names"]
    print(f"spaCy names, contract: Matcher over the paragraphs naming a legal suffix or an institution, "
          f"{n['candidates']} organisation candidates ({n['distinct']} distinct), {n['s']:.3f} s "
          f"(runs where the rules find no employer; in-process, medians)")
    print(f"cProfile of one extract_document ({result['profiled_s']:.3f} s with the profiler on), "
          f"by cumulative time:")
    print(f"  {'cumul. s':>8} {'own s':>7}  {'function':<40} where")
    for func, where, cum, own in result["top"]:
        print(f"  {cum:>8.3f} {own:>7.3f}  {func[:40]:<40} {where}")


OFFERS_WARM = """
import json, statistics, sys, time
from offercheck.api import check_offer, check_offers
paths, runs = sys.argv[1:-1], int(sys.argv[-1])
check_offers(paths)  # imports, rule cache and readers, untimed
checks, offers = [], []
for _ in range(runs):
    t = time.perf_counter(); [check_offer(p) for p in paths]; checks.append(time.perf_counter() - t)
    t = time.perf_counter(); check_offers(paths); offers.append(time.perf_counter() - t)
print(json.dumps([statistics.median(checks), statistics.median(offers)]))
"""
"""The warm comparison: in one process, the letters checked one by one, then compared."""


def offers_cases(row, oc: list[str], letters: list[Path], runs: int, warm: Callable[[], dict[str, str]]) -> None:
    """`offers` against the checks of its letters: cold (three processes against one) and
    warm (in one process, so the ratio is the comparison's own cost)."""
    checks = [median_of(oc + ["check", str(p)], runs, warm)[0] for p in letters]
    base = sum(checks)
    row("3 letters, 3 cold checks (baseline)", f"{base:.3f} s")
    t, mb = median_of(oc + ["offers", *map(str, letters)], runs, warm)
    row("3 letters, cold offers", f"{t:.3f} s {mb:.0f} MB", f"{t / base:.2f} x checks", "<= 1.10 x checks",
        t / base <= 1.1)
    out = subprocess.run([sys.executable, "-c", OFFERS_WARM, *map(str, letters), str(runs)], env=warm(),
                         capture_output=True, text=True, check=True).stdout
    c, o = json.loads(out)
    row("3 letters, warm offers", f"{o:.3f} s", f"{o / c:.2f} x checks", "<= 1.10 x checks", o / c <= 1.1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="generate the documents here and keep them")
    ap.add_argument("--stages-of", type=Path, help=argparse.SUPPRESS)  # the warm child
    ap.add_argument("--tables-of", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stages_of:
        print(json.dumps(stages_child(args.stages_of, args.runs, tables=args.tables_of)))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="offercheck-bench-"))
    cache = RuleCache()
    try:
        bench(folder, args.runs, cache)
    finally:
        cache.remove()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def bench(folder: Path, runs: int, cache: RuleCache) -> None:
    docs, pages = make_documents(folder)
    oc = [sys.executable, "-m", "offercheck"]
    warm = cache.warm_env
    rows: list[tuple[str, str, str, str, str]] = []

    def row(name, value, ratio="", budget="", ok=None):
        verdict = "" if ok is None else ("ok" if ok else "MISSES")
        rows.append((name, value, ratio, budget, verdict))
        print(f"  {name:<34} {value:>18} {ratio:>14} {budget:>18} {verdict}", flush=True)

    batch_runs = runs
    print(f"offercheck benchmark: {runs} runs a case ({batch_runs} for the batch), medians; "
          f"{os.cpu_count()} cores, load "
          f"{os.getloadavg()[0]:.2f} at start; documents in {folder}")
    print(f"  letter: {pages['letter']} pages, contract: {pages['contract']} pages, two-column: "
          f"{pages['twocol']} pages, tables: {pages['tables']} pages, docx: {pages['docx']} pages "
          "(by its page breaks)")
    imp, imp_mb = median_of([sys.executable, "-c", IMPORT_STACK], runs, warm)
    # the contract holds every word of the other documents: one untimed check of it
    # compiles (and so caches) whatever rule any cold case below will need
    timed(oc + ["check", str(docs["contract"]), "-f", "json"], warm())
    print(f"  rule cache: OFFERCHECK_CACHE_DIR={cache.shared}: {cache.files()} files after one "
          f"untimed check of the contract")
    print(f"  {'case':<34} {'median':>18} {'ratio':>14} {'budget':>18}")
    row("import stack (baseline)", f"{imp:.3f} s {imp_mb:.0f} MB")
    t, mb = median_of(oc + ["extract", str(docs["letter"])], runs, warm)
    row("letter 3p, cold extract", f"{t:.3f} s {mb:.0f} MB", f"{t / imp:.2f} x import", "<= 1.50 x import",
        t / imp <= 1.5)
    t, mb = median_of(oc + ["extract", str(docs["letter"])], runs, cache.empty_env)
    row("letter 3p, first run (empty cache)", f"{t:.3f} s {mb:.0f} MB", f"{t / imp:.2f} x import")
    t, mb = median_of(oc + ["check", str(docs["contract"]), "-f", "json"], runs, warm)
    row("contract 50p, cold check", f"{t:.3f} s", "", "<= 2.5 s", t <= 2.5)
    row("contract 50p, peak memory", f"{mb:.0f} MB", "", "<= 250 MB", mb <= 250)
    if shutil.which("pdftotext"):
        pt, _ = median_of(["pdftotext", str(docs["contract"]), os.devnull], runs, warm)
        row("pdftotext 50p (baseline)", f"{pt:.3f} s", f"{t / pt:.1f} x check")
    else:
        row("pdftotext 50p (baseline)", "not installed")
    t2, mb2 = median_of(oc + ["extract", str(docs["twocol"])], runs, warm)
    row("two-column 3p, cold extract", f"{t2:.3f} s {mb2:.0f} MB", f"{t2 / imp:.2f} x import")
    t4, mb4 = median_of(oc + ["extract", str(docs["tables"])], runs, warm)
    row("tables 4p, cold extract", f"{t4:.3f} s {mb4:.0f} MB", f"{t4 / imp:.2f} x import")
    t3, mb3 = median_of(oc + ["extract", str(docs["docx"])], runs, warm)
    row("docx 50p, cold extract", f"{t3:.3f} s {mb3:.0f} MB", f"{t3 / imp:.2f} x import")
    diff_case(folder, docs["letter"], oc, runs, warm, row)
    stages = run_stages(docs["contract"], runs, warm(), docs["tables"])
    s = statistics.median(t["read"] + t["extract"] for t in stages["timings"])
    pps = stages["pages"] / s
    one_cpu = "one CPU" if stages["pinned"].startswith("pinned") else "NOT PINNED"
    row(f"contract 50p, warm, {one_cpu}", f"{s:.3f} s {pps:.0f} p/s", "", ">= 50 pages/s", pps >= 50)
    batch_dir = folder / "batch"
    batch_dir.mkdir(exist_ok=True)
    for i in range(12):
        src = docs["letter"] if i % 3 else docs["contract"]
        shutil.copy(src, batch_dir / f"{i:02d}-{src.name}")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    b1, _ = median_of(oc + ["extract", str(batch_dir), "-j", "1"], batch_runs, warm)
    row("batch 12 files, -j 1 (baseline)", f"{b1:.3f} s")
    bn, bmb = median_of(oc + ["extract", str(batch_dir), "-j", str(cores)], batch_runs, warm)
    row(f"batch 12 files, -j {cores}", f"{bn:.3f} s {bmb:.0f} MB", f"{b1 / bn:.2f} x -j 1",
        ">= 1.70 x -j 1" if cores >= 2 else "", (b1 / bn >= 1.7) if cores >= 2 else None)
    offers_cases(row, oc, [docs["letter"], docs["twocol"], docs["tables"]], runs, warm)
    print_profile(stages, runs)
    misses = [r[0] for r in rows if r[4] == "MISSES"]
    print("budget: " + ("all met" if not misses else "missed by " + ", ".join(misses)))


if __name__ == "__main__":
    main()
