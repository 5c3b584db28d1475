#!/usr/bin/env python3
"""One representative case of each of the 15 categories of issue 11 ("Hostile and unusual
input, second round"), run through the installed CLI under /usr/bin/time -v; prints a
Markdown table: category, case, exit code, wall seconds, peak RSS, first line of stderr.

    python scripts/hostile_probe.py            # fixtures in a temporary folder, removed after
    python scripts/hostile_probe.py --keep DIR # build them in DIR and leave them there

The fixtures are built here, with the builders the tests use (tests/test_hostile_*.py);
nothing is read from a corpus. Cases that need a process of their own (a signal during
OCR, a user who may not read the file) are run by small helpers below.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

import test_hostile_support as h  # noqa: E402
from fixtures_build import docx_with_body, make_scanned_pdf  # noqa: E402
from hostile_fixtures import time_report  # noqa: E402

TIME = "/usr/bin/time"
SAMPLES = ROOT / "samples"
LETTER = "Dear Sam,\n\nYour base salary will be $98,000 per year.\n\nYou will start on 2 March 2026.\n"


@dataclass
class Case:
    category: str
    name: str
    argv: list[str]
    env: dict[str, str | None] = field(default_factory=dict)
    """Variables to set, or (None) to remove."""
    cwd: Path | None = None
    prefix: list[str] = field(default_factory=list)
    """Run before offercheck, under time (setpriv to run as another user)."""
    note: Callable[[], str] | None = None
    """A remark for the message column, taken after the run (the report's file mode)."""


@dataclass
class Result:
    code: int
    seconds: float
    peak_mb: float
    first_line: str


def build(out: Path) -> list[Case]:
    cases: list[Case] = []

    def add(category: int, name: str, *argv, **kwargs) -> None:
        cases.append(Case(str(category), name, [str(a) for a in argv], **kwargs))

    letter = out / "letter.txt"
    letter.write_text(LETTER)
    us, us_expect = SAMPLES / "us-offer-letter.pdf", SAMPLES / "us-offer-letter.expect.yaml"

    # 1 output onto devices
    add(1, "-o /dev/null (as root)", letter, "-o", "/dev/null")
    add(1, "-o /dev/full", letter, "-o", "/dev/full")

    # 2 invisible text stating a salary; 3 form fields and altChunk; 4 document2.xml
    import test_hostile_docx_parts as dp
    import test_hostile_pdf_visible as pv
    for hidden in ("render-mode-3", "white-on-white", "right-of-mediabox"):
        add(2, f"hidden $250,000 salary: {hidden}", pv.letter(out, pv.HIDDEN[hidden], f"hidden-{hidden}.pdf"))
    add(3, "filled AcroForm fields", pv.fillable(out, [pv.widget(b"/FT /Tx /T (BaseSalary) /V ($98,000 per year)")],
                                                 pv.BLANK_SALARY, "form-fields.pdf"))
    chunk = out / "altchunk.docx"
    chunk.write_bytes(dp.package(dp.para("Dear Sam,") + dp.alt_chunk("rIdC"),
                                 part_rels=[("rIdC", "aFChunk", "afchunk.htm")],
                                 parts={"word/afchunk.htm": ("text/html", dp.HTML_CHUNK)}))
    add(3, "DOCX altChunk (HTML)", chunk)
    online = out / "document2.docx"
    online.write_bytes(dp.package(dp.LETTER, main="word/document2.xml"))
    add(4, "main part word/document2.xml", online)

    # 5 look-alike digits
    lookalike = out / "lookalike.txt"
    lookalike.write_text(LETTER.replace("$98,000", "$1OO,OOO"))
    add(5, "salary $1OO,OOO (letter O)", "extract", lookalike)

    # 6 expectations that are no real number or date
    for name, yaml in (("NaN", "pto_days: NaN\n"), ("Infinity", "pto_days: Infinity\n"),
                       ("1e999999999", "pto_days: 1e999999999\n"), ("30 February", "start_date: 2025-02-30\n")):
        me = out / f"expect-{name}.yaml"
        me.write_text(yaml)
        add(6, f"expectations {name}", letter, "--expect", me)

    # 7 numbers past the int-string limit
    huge = "9" * 5000
    sentence = f"Your annual salary will be ${huge} per year."
    digits_txt = out / "salary-5000-digits.txt"
    digits_txt.write_text(LETTER.replace("Your base salary will be $98,000 per year.", sentence))
    add(7, "5,000-digit salary, TXT, extract --format json", "extract", digits_txt, "--format", "json")
    for fmt in ("markdown", "html", "terminal"):
        add(7, f"5,000-digit salary, TXT, check --format {fmt}", digits_txt, "--format", fmt)
    digits_docx = docx_with_body(out / "salary-5000-digits.docx", f"<w:p><w:r><w:t>{sentence}</w:t></w:r></w:p>")
    add(7, "5,000-digit salary, DOCX, --format json", digits_docx, "--format", "json")
    add(7, "5,000-digit salary, PDF, --format json", h.make_pdf(out / "salary-5000-digits.pdf", [[sentence]]),
        "--format", "json")
    import test_hostile_numbers as tn
    numbering = tn.NUMBERING.format(ns=h.W_NS, start="9" * 4000, fmt="lowerLetter", override="9" * 4000).encode()
    listed = docx_with_body(out / "list-start-4000-digits.docx", tn._numbered(sentence.replace(huge, "85,000"), 1),
                            extra_parts={"word/numbering.xml": numbering})
    add(7, "DOCX list w:start of 4,000 digits (lowerLetter)", listed, "--format", "json")

    # 8 limits and dates at their edges
    add(8, "--timeout inf", letter, "--timeout", "inf")
    add(8, "OFFERCHECK_MEMORY_MB=1e30", us, env={"OFFERCHECK_MEMORY_MB": "1e30"})
    add(8, "--today 9999-12-31 --email", us, "--expect", us_expect, "--today", "9999-12-31", "--email")

    # 9 special files
    add(9, "--expect /dev/zero", letter, "--expect", "/dev/zero")
    fifo = out / "letter-fifo.txt"
    os.mkfifo(fifo)
    add(9, "a FIFO as the letter", fifo)
    add(9, "a FIFO as --expect", letter, "--expect", fifo)

    # 10 no HOME
    add(10, "HOME and XDG_CACHE_HOME unset", us, env={"HOME": None, "XDG_CACHE_HOME": None})

    # 11 a file name that looks like an option
    h.make_pdf(out / "-rf.pdf", [LETTER.split("\n\n")])
    add(11, "offercheck -- -rf.pdf", "--", "-rf.pdf", cwd=out)

    # 12 one very long paragraph
    import test_hostile_long_text as tl
    long_txt = out / "paragraph-480k.txt"
    long_txt.write_text("Dear Sam,\n\n" + tl._paragraph(480_000) + "\n")
    add(12, "480k-character paragraph, TXT", long_txt, "--format", "json")
    long_docx = docx_with_body(out / "paragraph-480k.docx", f"<w:p><w:r><w:t>{tl._paragraph(480_000)}</w:t></w:r></w:p>")
    add(12, "480k-character paragraph, DOCX", long_docx, "--format", "json")
    add(12, "480k-character paragraph, DOCX, --timeout 3", long_docx, "--timeout", "3")
    digits_490k = out / "salary-490k-digits.txt"
    digits_490k.write_text(LETTER.replace("$98,000", "$" + "7" * 490_000))
    add(12, "490k-digit salary, TXT, extract", "extract", digits_490k)

    # 14 control characters in a DOCX, ESC in a file name
    import test_hostile_controls as tc
    salary = (tc._run("Your annual base salary will be ") + tc._sym_run(tc.ESC) + tc._run("[31m$90,000")
              + tc._sym_run(tc.BEL) + tc._run(" per year.\u009b2J"))
    controls = h.docx_document_xml(out / "controls.docx", h.body_xml(f"<w:p>{tc._run('Dear Alex,')}</w:p><w:p>{salary}</w:p>"))
    add(14, "ESC, BEL and CSI in DOCX runs", controls)
    escaped = out / "offer\x1b[31m.txt"
    escaped.write_text(LETTER)
    add(14, "ESC in the file name", escaped)

    # 15 a file name that is not UTF-8, and the report's mode
    raw = out / os.fsdecode(b"offer-\xff.txt")
    raw.write_text(LETTER)
    report = out / os.fsdecode(b"report-\xe9.md")
    add(15, "non-UTF-8 letter and -o names", raw, "-o", report, note=lambda: _mode(report))

    # (with 7) a letter that exists but may not be read
    locked = out / "locked"
    locked.mkdir()
    shutil.copy(letter, locked / "offer.txt")
    (locked / "offer.txt").chmod(0o644)
    unreadable = out / "unreadable.txt"
    shutil.copy(letter, unreadable)
    unreadable.chmod(0o000)
    as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if os.geteuid() == 0 else []
    if os.geteuid() != 0 or shutil.which("setpriv"):
        out.chmod(0o755)
        add("7+", "chmod 000 letter (as nobody)", unreadable, prefix=as_nobody)
        add("7+", "letter in a chmod 000 folder (as nobody)", locked / "offer.txt", prefix=as_nobody)
        locked.chmod(0o000)
    return cases


def _mode(path: Path) -> str:
    try:
        return f"report mode {stat.S_IMODE(path.stat().st_mode):04o}"
    except OSError as e:
        return f"no report ({e.strerror})"


def _first_line(stderr: str) -> str:
    """The first line offercheck wrote, before time's own report."""
    mine = re.split(r"^(?:Command (?:exited|terminated)|\tCommand being timed)", stderr, maxsplit=1, flags=re.M)[0]
    return next((line for line in mine.splitlines() if line.strip()), "")


def _env(changes: dict[str, str | None]) -> dict[str, str]:
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run(case: Case, offercheck: str) -> Result:
    proc = subprocess.run([TIME, "-v", *case.prefix, offercheck, *case.argv], capture_output=True, text=True,
                          errors="replace", env=_env(case.env), cwd=case.cwd, stdin=subprocess.DEVNULL, timeout=600)
    seconds, peak_mb, _ = time_report(proc.stderr)
    return Result(proc.returncode, seconds, peak_mb, _first_line(proc.stderr))


def signal_during_ocr(out: Path, offercheck: str, signum: int) -> Result:
    """offercheck on a six-page scan with a TMPDIR of its own, ``signum`` sent to it once a
    page image is on disk; the first line says how many files were left in that TMPDIR."""
    scan = out / "scan.pdf"
    if not scan.exists():
        page = "OFFER OF EMPLOYMENT\nYour annual salary will be 85,000 dollars.\nYou will start on Monday."
        make_scanned_pdf(scan, [page] * 6)
    private = Path(tempfile.mkdtemp(prefix="probe-tmp-", dir=out))
    proc = subprocess.Popen([TIME, "-v", offercheck, str(scan)], env=_env({"TMPDIR": str(private)}),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(private.rglob("page-*.png")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    pids = children.read_text().split() if children.exists() else []
    for pid in pids:  # time ignores SIGINT itself, as a shell's Ctrl-C reaches the whole group
        os.kill(int(pid), signum)
    _, stderr = proc.communicate(timeout=120)
    seconds, peak_mb, _ = time_report(stderr)
    left = [p for p in private.rglob("*")]
    return Result(proc.returncode, seconds, peak_mb, f"{_first_line(stderr)} ({len(left)} files left in TMPDIR)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build the fixtures in this folder and keep them")
    args = parser.parse_args()
    if not Path(TIME).exists():
        print("needs GNU time: apt-get install -y time", file=sys.stderr)
        return 2
    offercheck = shutil.which("offercheck", path=str(Path(sys.executable).parent)) or shutil.which("offercheck")
    out = args.keep or Path(tempfile.mkdtemp(prefix="offercheck-probe-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        print("| category | case | exit | seconds | peak MB | first line of stderr |")
        print("|---|---|---|---|---|---|")
        rows = [(case, lambda case=case: run(case, offercheck)) for case in build(out)]
        for name, signum in (("SIGINT", signal.SIGINT), ("SIGTERM", signal.SIGTERM)):
            rows.append((Case("13", f"{name} during OCR of a 6-page scan", []),
                         lambda signum=signum: signal_during_ocr(out, offercheck, signum)))
        for case, measure in sorted(rows, key=lambda row: _order(row[0].category)):
            result = measure()
            remark = case.note() if case.note else ""
            line = result.first_line.replace(str(out) + "/", "").replace("|", "\\|")
            line = "".join(c if c.isprintable() else repr(c)[1:-1] for c in line)[:140]
            print(f"| {case.category} | {case.name} | {result.code} | {result.seconds:.2f} | "
                  f"{result.peak_mb:.0f} | {line}{' — ' + remark if remark else ''} |", flush=True)
    finally:
        if args.keep is None:
            for p in [out, *out.rglob("*")]:
                if p.is_dir() and not p.is_symlink():
                    p.chmod(0o755)
            shutil.rmtree(out, ignore_errors=True)
    return 0


def _order(category: str) -> tuple[int, str]:
    return int(re.match(r"\d+", category).group()), category


if __name__ == "__main__":
    sys.exit(main())
