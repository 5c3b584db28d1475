"""The report a candidate can forward and trust: where the output goes, what an
encoding can hold, what the reply to the recruiter says (and never says).

Each test here failed before the fix it guards. The letters are written for these
tests.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import pty
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from offercheck import cli

LETTER = Path(__file__).resolve().parent / "data" / "deadline-letter.txt"
TODAY = ["--today", "2025-03-05"]


def offercheck(*args, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """The console script in a child process (stdin closed)."""
    return subprocess.run([sys.executable, "-m", "offercheck", *map(str, args)], capture_output=True,
                          stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})}, **kw)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


# -- 1. output goes to stdout whenever stdout is redirected, whatever stderr is ----------

def _read_all(master: int) -> bytes:
    """Everything written to a pseudo-terminal until the child closes it."""
    screen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    return screen


def _with_terminal_stderr(args, out_path: Path) -> tuple[int, bytes]:
    """Run with stdout redirected to a file and stderr on a pseudo-terminal (as in
    `offercheck FOLDER > out.txt` typed in a terminal): (exit status, what the screen got)."""
    master, slave = pty.openpty()
    try:
        with open(out_path, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "offercheck", *map(str, args)], stdout=out,
                                    stderr=slave, stdin=subprocess.DEVNULL)
            os.close(slave)
            screen = _read_all(master)
            return proc.wait(timeout=120), screen
    finally:
        os.close(master)


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "letters"
    d.mkdir()
    for name in ("a.txt", "b.txt"):
        (d / name).write_text(LETTER.read_text(encoding="utf-8"), encoding="utf-8")
    return d


@pytest.mark.parametrize("command", [["check", "--jobs", "1", *TODAY], ["extract", "--jobs", "1"]])
def test_a_batch_redirected_to_a_file_writes_the_file_not_the_screen(folder, tmp_path, command):
    out = tmp_path / "out.txt"
    code, screen = _with_terminal_stderr([command[0], folder, *command[1:]], out)
    assert code == 0, screen
    written = out.read_text(encoding="utf-8")
    if command[0] == "extract":
        lines = written.splitlines()
        assert len(lines) == 2 and all(json.loads(line)["terms"] for line in lines)
    else:
        assert written.count("==> ") == 2 and "Product Analyst" in written
    assert b"Product Analyst" not in screen and b"==>" not in screen


# -- 2. a stdout that is not UTF-8 ----------------------------------------------------------

RUPEE_LETTER = """
    Lotus Ledger Technologies Private Limited
    Pune, 3 February 2025

    Dear Kavya Iyer,

    1. Appointment. We are pleased to appoint you as Data Analyst at our Pune office.
    2. Remuneration. Your total Cost to Company (CTC) will be ₹9,60,000 per annum. Your basic salary will be ₹32,000 per month.
    3. Hours. Your working hours are 9:30 am to 6:30 pm, Monday to Friday.
    4. Notice. Either party may end this appointment by giving 60 days' notice in writing.

    Please sign and return a copy of this letter by 28 February 2025 — “Accepted” below.

    Accepted and agreed
    Signature: ____________________
    Date: ____________________
"""


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json", "html", "email"])
def test_every_format_writes_to_a_cp1252_stdout(tmp_path, fmt):
    letter = write(tmp_path, "letter.txt", RUPEE_LETTER)
    expect = write(tmp_path, "me.yaml", "base_salary: {min: 1200000, currency: INR, period: year}\n")
    args = ["--email"] if fmt == "email" else ["--format", fmt]
    r = offercheck(letter, "-e", expect, *args, *TODAY, env={"PYTHONIOENCODING": "cp1252"})
    assert r.returncode in (0, 1) and r.stderr == b"", r.stderr
    text = r.stdout.decode("cp1252")  # the bytes are what cp1252 holds
    if fmt == "json":
        report = json.loads(text)  # still valid, nothing lost
        assert "₹9,60,000" in report["terms"]["base_salary"]["evidence"]["text"]
    elif fmt == "html":
        assert r.stdout.isascii() and "&#8377;9,60,000" in text
    else:
        assert "INR 9,60,000" in text


def test_extract_and_text_write_to_a_cp1252_stdout(tmp_path):
    letter = write(tmp_path, "letter.txt", RUPEE_LETTER)
    env = {"PYTHONIOENCODING": "cp1252"}
    r = offercheck("extract", letter, env=env)
    assert r.returncode == 0 and "₹" in json.loads(r.stdout.decode("cp1252"))["terms"]["base_salary"]["evidence"]["text"]
    r = offercheck("extract", letter, "--format", "jsonl", env=env)
    assert r.returncode == 0 and json.loads(r.stdout.decode("cp1252"))["terms"]
    r = offercheck("text", letter, env=env)
    assert r.returncode == 0 and "INR 9,60,000" in r.stdout.decode("cp1252")
    assert "“Accepted”" in r.stdout.decode("cp1252")  # what cp1252 holds stays as it is
    r = offercheck("text", letter, env={"PYTHONIOENCODING": "ascii"})
    assert r.returncode == 0 and '2025 - "Accepted" below' in r.stdout.decode("ascii")
    r = offercheck("extract", letter, "--format", "table", env={"PYTHONIOENCODING": "ascii"})
    assert r.returncode == 0 and r.stdout.isascii()


# -- 3. halfway only where there is room, in the field's natural unit -------------------------

TERMS_LETTER = """
    Brightwater Analytics Ltd
    12 Mill Lane, Leeds

    Dear Sam Okafor,

    We are pleased to offer you the position of Research Analyst.
    Your salary will be £41,750 per annum.
    You will be entitled to 22 days of paid annual leave.
    Your employment will start on 7 April 2025.
    After your probation, you must give 6 weeks' notice in writing to end your employment.

    Please confirm your acceptance by 20 March 2025.
"""


def check_json(tmp_path: Path, expectations: str, letter: str = TERMS_LETTER) -> dict:
    path = write(tmp_path, "letter.txt", letter)
    expect = write(tmp_path, "me.yaml", expectations)
    r = offercheck(path, "-e", expect, "--format", "json", *TODAY)
    assert r.returncode in (0, 1), r.stderr
    return {c["field"]: c for c in json.loads(r.stdout)["checks"]}


def test_halfway_never_equals_the_ask_and_is_in_weeks_for_notice(tmp_path):
    checks = check_json(tmp_path, "notice_employee: {max: 1 month}\n")
    s = checks["notice_employee"]["suggestion"]
    assert s["ask"].endswith("could we bring it down to 1 month?")
    # 6 weeks and 1 month: 36 days halfway, said in whole weeks, and not the ask itself
    assert s["fallback"] == "If 1 month is not possible, propose meeting halfway at 5 weeks."


def test_no_halfway_where_there_is_no_room(tmp_path):
    checks = check_json(tmp_path, "pto_days: {min: 23}\nbase_salary: {min: 41751}\n")
    assert checks["pto_days"]["status"] == "not_met" and checks["base_salary"]["status"] == "not_met"
    assert checks["pto_days"]["suggestion"].get("fallback") is None  # 22.5 days is not a day
    assert checks["base_salary"]["suggestion"].get("fallback") is None  # nothing whole in between


def test_halfway_money_is_in_whole_currency_units(tmp_path):
    checks = check_json(tmp_path, "base_salary: {min: 41800}\npto_days: {min: 25}\n")
    assert checks["base_salary"]["suggestion"]["fallback"].endswith("halfway at £41,775 a year.")
    assert checks["pto_days"]["suggestion"]["fallback"].endswith("halfway at 24 days.")  # 23.5, toward the ask


def test_no_halfway_on_a_date_the_candidate_fixed(tmp_path):
    fixed = check_json(tmp_path, "start_date: {not_before: 2025-04-21, not_after: 2025-04-21}\n")["start_date"]
    assert fixed["status"] == "not_met" and fixed["suggestion"].get("fallback") is None
    loose = check_json(tmp_path, "start_date: {not_before: 2025-04-21}\n")["start_date"]
    assert loose["suggestion"]["fallback"].endswith("halfway at 2025-04-14.")


def test_no_halfway_where_the_candidate_asked_for_removal(tmp_path):
    letter = TERMS_LETTER + "\n    For 12 months after your employment ends you must not work for a competitor.\n"
    c = check_json(tmp_path, "non_compete: {allowed: false, max: 6 months}\n", letter)["non_compete"]
    assert c["status"] == "not_met" and c["suggestion"]["ask"].endswith("could it be removed?")
    assert "halfway" not in c["suggestion"]["fallback"] and "narrow" in c["suggestion"]["fallback"]


# -- 4. a CTC is named as the letter names it, never "base salary" ---------------------------

def test_a_ctc_is_called_a_ctc_in_the_report_and_never_base_salary_to_the_employer(tmp_path):
    letter = write(tmp_path, "letter.txt", RUPEE_LETTER)
    expect = write(tmp_path, "me.yaml", "base_salary: {min: 1200000, currency: INR, period: year}\n")
    r = offercheck(letter, "-e", expect, "--format", "json", *TODAY)
    report = json.loads(r.stdout)
    assert report["terms"]["base_salary"]["value"]["amount"] == 960000  # the value is still the CTC
    check = report["checks"][0]
    assert "sets the CTC (total cost to company) at ₹9,60,000 a year" in check["suggestion"]["ask"]
    email = offercheck(letter, "-e", expect, "--email", *TODAY).stdout.decode()
    assert "CTC (total cost to company)" in email
    assert "base salary" not in email.lower()
    terminal = offercheck(letter, "-e", expect, *TODAY).stdout.decode()
    assert "base salary" not in terminal.lower() and "Must-haves to resolve: CTC (total cost to company)" in terminal


# -- 5. blanks in the acceptance and signature blocks are not questions ---------------------

SIGNED_LETTER = """
    Harbour Lane Studio Ltd

    Dear Kavya Iyer,

    We are pleased to offer you the role of Junior Designer. Your salary will be £29,000 per annum.
    Please reply by 20 March 2025.

    Yours sincerely,
    Tom Reid

    I accept the offer on the terms set out above.
    Signature:
    Kavya Iyer, ____________, London
    ______ I will need a work permit  ______ I will not
"""


def test_blanks_in_the_acceptance_block_are_not_flagged_or_asked(tmp_path):
    letter = write(tmp_path, "letter.txt", SIGNED_LETTER)
    report = json.loads(offercheck(letter, "--format", "json", *TODAY).stdout)
    assert not [f for f in report["flags"] if f["id"].startswith("blank.")]
    email = offercheck(letter, "--email", *TODAY).stdout.decode()
    assert "blank" not in email


def test_a_blank_in_the_body_is_still_flagged(tmp_path):
    letter = write(tmp_path, "letter.txt", SIGNED_LETTER.replace("Junior Designer.", "Junior Designer in ________."))
    report = json.loads(offercheck(letter, "--format", "json", *TODAY).stdout)
    assert [f["id"] for f in report["flags"] if f["id"].startswith("blank.")] == ["blank.line"]


# -- 6. the list of fields is a command, not a file the user does not have ----------------

def test_offercheck_fields_lists_every_field_on_one_line():
    from offercheck.fields import FIELDS

    r = offercheck("fields")
    assert r.returncode == 0 and r.stderr == b""
    lines = r.stdout.decode().splitlines()
    assert [line.split()[0] for line in lines] == list(FIELDS)
    assert all(len(line.split(None, 1)) == 2 for line in lines)  # each with its line of help


def test_an_unknown_field_points_to_offercheck_fields(tmp_path):
    expect = write(tmp_path, "me.yaml", "base_salry: 90000\n")
    r = offercheck(LETTER, "-e", expect, *TODAY)
    err = r.stderr.decode()
    assert r.returncode == 2 and r.stdout == b"" and len(err.splitlines()) <= 3
    assert "did you mean 'base_salary'" in err and "offercheck fields" in err and "offercheck init" in err
    assert "TERMS.md" not in err


# -- without --expect: the questions any letter deserves; no deadline: ask for one ------------

def test_without_expectations_the_silences_of_the_letter_are_still_asked(tmp_path):
    letter = write(tmp_path, "letter.txt", """
        Northwind Widgets, Inc.

        Dear Alex Morgan,

        We are pleased to offer you the position of Product Analyst. Your annual base salary will be $95,000.
        Your duties are described in the enclosed Employee Handbook.

        Please sign and return this letter by March 10, 2025.
    """)
    email = " ".join(offercheck(letter, "--email", *TODAY).stdout.decode().split())
    assert ("The letter does not mention the working hours, the notice period, the paid leave and the pay "
            "frequency; could you confirm them in writing?") in email
    assert "Could you send me a copy of the Employee Handbook before I sign?" in email
    report = json.loads(offercheck(letter, "--format", "json", *TODAY).stdout)
    asked = next(line for line in report["checklist"] if line.startswith("Put "))
    assert "working hours, notice period, paid leave, pay frequency" in asked


def test_a_letter_without_a_deadline_asks_for_one(tmp_path):
    letter = write(tmp_path, "letter.txt", "\n".join(
        line for line in LETTER.read_text(encoding="utf-8").splitlines() if "March 10" not in line))
    email = " ".join(offercheck(letter, "--email", *TODAY).stdout.decode().split())
    assert "by when do you need my answer?" in email
    with_deadline = " ".join(offercheck(LETTER, "--email", *TODAY).stdout.decode().split())
    assert "by when" not in with_deadline


# -- -o infers the format from its extension; mismatches and --email with a format refused ----

@pytest.mark.parametrize("name, starts", [("report.html", "<!DOCTYPE html>"), ("report.md", "# Offer check"),
                                          ("report.json", "{")])
def test_output_extension_chooses_the_format(tmp_path, name, starts):
    out = tmp_path / name
    r = offercheck(LETTER, "-o", out, *TODAY)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8").startswith(starts)


@pytest.mark.parametrize("args, needle", [
    (["-o", "x.html", "-f", "json"], "is an HTML file but --format is json"),
    (["--email", "-f", "html"], "--email writes a plain-text reply"),
    (["--email", "-f", "markdown"], "--email writes a plain-text reply"),
    (["--email", "-o", "reply.md"], "not a Markdown file"),
])
def test_a_format_mismatch_is_refused_clearly(tmp_path, args, needle):
    r = offercheck(LETTER, *args, *TODAY, cwd=tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 2 and r.stdout == b"" and needle in err and len(err.splitlines()) <= 3, err
    assert "Traceback" not in err and not list(tmp_path.iterdir())


# -- the README's demo, and a deadline that has passed --------------------------------------

def test_the_readme_demo_pins_today_before_the_samples_deadline():
    import re
    import shlex

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    demo = next(line for line in readme.splitlines() if "offercheck samples/us-offer-letter.pdf" in line)
    args = shlex.split(re.search(r"offercheck (samples/us-offer-letter\.pdf[^;]*)", demo).group(1))
    today = dt.date.fromisoformat(args[args.index("--today") + 1])
    report = json.loads(offercheck(*args, "--format", "json", cwd=Path(__file__).resolve().parents[1]).stdout)
    assert dt.date.fromisoformat(report["deadline"]["date"]) > today


def test_a_passed_deadline_is_never_asked_to_be_extended(tmp_path):
    expect = write(tmp_path, "me.yaml", "offer_expiry: {not_before: 2025-03-14}\n")
    email = " ".join(offercheck(LETTER, "-e", expect, "--email", "--today", "2025-03-12").stdout.decode().split())
    assert "or later?" not in email and "2025-03-14" not in email and "halfway" not in email
    assert "The date to accept in the letter has passed; could you confirm the offer still stands?" in email
    report = json.loads(offercheck(LETTER, "-e", expect, "-f", "json", "--today", "2025-03-12").stdout)
    suggestion = report["checks"][0]["suggestion"]
    assert "no deadline to extend" in suggestion["ask"] and not suggestion.get("fallback")
    before = json.loads(offercheck(LETTER, "-e", expect, "-f", "json", *TODAY).stdout)["checks"][0]["suggestion"]
    assert before["ask"].endswith("could it be 2025-03-14 or later?")  # still ahead: asking is fair


# -- colour only where it shows -----------------------------------------------------------

def _on_a_terminal(args, env: dict) -> bytes:
    """What `offercheck ARGS` prints with stdout on a pseudo-terminal, in the environment ``env``."""
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "offercheck", *map(str, args)], stdout=slave,
                                stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
        os.close(slave)
        screen = _read_all(master)
        proc.wait(timeout=120)
        return screen
    finally:
        os.close(master)


def test_no_colour_for_a_dumb_terminal_or_no_color():
    base = {"TERM": "xterm-256color"}
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    assert b"\x1b[" in _on_a_terminal([LETTER, *TODAY], {**env, **base})  # colour where it shows
    assert b"\x1b[" not in _on_a_terminal([LETTER, *TODAY], {**env, "TERM": "dumb"})
    assert b"\x1b[" not in _on_a_terminal([LETTER, *TODAY], {**env, **base, "NO_COLOR": "1"})


# -- quotes in the reply are cut at a clause's end, never mid-word or on a dangling word ---------

LONG_CLAUSES = """
    Kestrel Freight Limited

    Dear Jo Bloggs,

    1. Role. We are pleased to offer you the position of Planner. Your salary will be £36,000 per annum.
    2. Restrictions. For 9 months after your employment ends you must not, directly or indirectly, solicit or deal with any customer of the Company with whom you had material dealings in the 12 months before your employment ends, wherever that customer is based and whatever the size of its business.
    3. Repayment. If you resign within 12 months of your start date, you agree to repay the full relocation payment within 30 days of your last day of employment with the Company or any of its group companies, without deduction.

    Please confirm your acceptance by 20 March 2025.
"""


def test_reply_quotes_end_at_a_clause_end_with_an_ellipsis(tmp_path):
    import re

    letter = write(tmp_path, "letter.txt", LONG_CLAUSES)
    expect = write(tmp_path, "me.yaml", "non_solicit: {allowed: false}\n")
    email = " ".join(offercheck(letter, "-e", expect, "--email", *TODAY).stdout.decode().split())
    text = " ".join(letter.read_text(encoding="utf-8").split())
    quotes = re.findall(r"“(.*?)”", email)
    cut = [q for q in quotes if q.endswith("…")]
    assert cut, email
    for q in cut:
        body = q.lstrip("…").rstrip("…")
        at = text.index(body)
        assert not text[at + len(body)].isalnum(), q  # a whole word
        last = body.split()[-1].lower()
        assert last not in {"the", "a", "of", "in", "to", "with", "and", "or"} and not last[0].isdigit(), q
    assert any(q.endswith("material dealings…") or q.endswith("directly or indirectly…") or
               q.endswith("solicit or deal with any customer of the Company…") for q in cut), cut


# -- an hourly letter is asked per hour ----------------------------------------------------------

def test_an_hourly_letter_is_asked_per_hour(tmp_path):
    letter = write(tmp_path, "letter.txt", """
        Oakridge Stores LLC, 12 Main Street, Dayton, Ohio

        Dear Sam Lee,

        We are pleased to offer you the position of Stock Associate. You will be paid $18.50 per hour, for 40 hours per week.

        Please reply by March 20, 2025.
    """)
    expect = write(tmp_path, "me.yaml", "base_salary: {min: 42000, period: year}\n")
    email = " ".join(offercheck(letter, "-e", expect, "--email", *TODAY).stdout.decode().split())
    # $42,000 a year at 40 hours a week is $20.19 and a bit an hour: asked as $20.20
    assert ("which sets the hourly rate at $18.50 an hour; could we bring it up to $20.20 an hour "
            "(about $42,000 a year)?") in email
    check = json.loads(offercheck(letter, "-e", expect, "-f", "json", *TODAY).stdout)["checks"][0]
    assert check["suggestion"]["fallback"].endswith("halfway at $19 an hour.")


# -- private figures: marked private in every view, never in the reply ------------------------

PRIVATE_EXPECT = ("base_salary: {min: 43000, walk_away: 41000, currency: GBP, period: year, "
                  "note: my other offer is 42k}\n")


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_private_figures_are_marked_private_in_every_view(tmp_path, fmt):
    letter = write(tmp_path, "letter.txt", TERMS_LETTER)
    expect = write(tmp_path, "me.yaml", PRIVATE_EXPECT)
    out = " ".join(offercheck(letter, "-e", expect, "-f", fmt, *TODAY).stdout.decode().split())
    assert "Fallback (private)" in out and "Why (private)" in out
    assert "walk-away is £41,000 a year" in out and "my other offer is 42k" in out


def test_private_figures_are_marked_in_json_and_kept_out_of_the_reply(tmp_path):
    letter = write(tmp_path, "letter.txt", TERMS_LETTER)
    expect = write(tmp_path, "me.yaml", PRIVATE_EXPECT)
    check = json.loads(offercheck(letter, "-e", expect, "-f", "json", *TODAY).stdout)["checks"][0]
    assert check["private"] == ["expected.walk_away", "suggestion.fallback", "suggestion.reason"]
    email = offercheck(letter, "-e", expect, "--email", *TODAY).stdout.decode()
    assert "could we bring it up to £43,000 a year?" in " ".join(email.split())
    assert "41,000" not in email and "42k" not in email and "walk-away" not in email and "halfway" not in email


# -- red flags a careful reader sees ----------------------------------------------------------

CAREFUL_LETTER = """
    Pinewood Retail Ltd

    Dear Alex Rowe,

    We are pleased to offer you the position of Store Supervisor. Your salary will be £27,000 per annum.
    The Company may amend, replace or withdraw the Staff Handbook at any time.
    The Company may deduct from your salary the cost of any loss or damage to Company property caused by you.
    You must not discuss your salary with other employees.

    Please confirm your acceptance by 20 March 2025.
"""


def test_careful_readers_red_flags_are_raised_and_put_to_the_employer(tmp_path):
    letter = write(tmp_path, "letter.txt", CAREFUL_LETTER)
    flags = {f["id"]: f for f in json.loads(offercheck(letter, "-f", "json", *TODAY).stdout)["flags"]}
    assert {"discretion.policies", "deduction.losses", "confidential.pay"} <= set(flags)
    email = " ".join(offercheck(letter, "--email", *TODAY).stdout.decode().split())
    assert "Could any deduction from my pay need my written agreement each time?" in email
    assert "so that I may discuss my pay where the law protects it?" in email
    assert "which benefits and policies are contractual" in email


def test_careful_readers_flags_stay_quiet_where_the_letter_is_fair(tmp_path):
    letter = write(tmp_path, "letter.txt", CAREFUL_LETTER.replace(
        "The Company may amend, replace or withdraw the Staff Handbook at any time.",
        "The Staff Handbook may be changed only with your written agreement.").replace(
        "The Company may deduct from your salary the cost of any loss or damage to Company property caused by you.",
        "Your salary will be reviewed each April.").replace(
        "You must not discuss your salary with other employees.", "You may join the staff pension scheme."))
    flags = {f["id"] for f in json.loads(offercheck(letter, "-f", "json", *TODAY).stdout)["flags"]}
    assert not flags & {"discretion.policies", "deduction.losses", "confidential.pay"}


# -- leave and notice shown with their basis ------------------------------------------------

BASIS_LETTER = """
    Fenwick & Hale Limited
    Norwich, 3 March 2025

    Dear Jo Bloggs,

    1. Role. We are pleased to offer you the position of Office Coordinator. Your salary will be £28,500 per annum.
    2. Holidays. You are entitled to 25 days' paid holiday in each holiday year, plus 8 bank holidays.
    3. Probation. Your employment is subject to a probationary period of 3 months. During your probationary period either of us may end your employment by giving one week's notice.
    4. Notice. After your probationary period you must give the Company four weeks' written notice to end your employment.

    Please confirm your acceptance by 20 March 2025.
"""


def test_holiday_and_stepped_notice_are_shown_with_their_basis(tmp_path):
    letter = write(tmp_path, "letter.txt", BASIS_LETTER)
    expect = write(tmp_path, "me.yaml", "pto_days: {min: 25}\nnotice_employee: {max: 1 month}\n")
    out = " ".join(offercheck(letter, "-e", expect, "-f", "markdown", *TODAY).stdout.decode().split())
    assert "25 days plus 8 bank holidays (33 days in all)" in out
    assert "4 weeks after probation (1 week during probation)" in out


# -- every equity instrument granted is listed --------------------------------------------------

def test_the_equity_line_lists_every_instrument_granted(tmp_path):
    letter = write(tmp_path, "letter.txt", """
        Acme Robotics, Inc.

        Dear Sam Lee,

        We are pleased to offer you the position of Engineer. Your annual base salary will be $150,000.
        Subject to Board approval, you will be granted an option to purchase 10,000 shares of common stock, vesting over 48 months with a 12-month cliff. You will also receive 2,000 restricted stock units (RSUs), vesting over 36 months.

        Please reply by March 20, 2025.
    """)
    for fmt in ("markdown", "html"):
        out = " ".join(offercheck(letter, "-f", fmt, *TODAY).stdout.decode().split())
        assert "10,000 options" in out and "also 2,000 RSUs" in out, fmt
    single = write(tmp_path, "single.txt", letter.read_text(encoding="utf-8").replace(
        " You will also receive 2,000 restricted stock units (RSUs), vesting over 36 months.", ""))
    assert "also" not in offercheck(single, "-f", "markdown", *TODAY).stdout.decode().split("## Terms found")[1]


def test_the_reply_asks_about_a_missing_deadline_once(tmp_path):
    import datetime as dt

    from offercheck.api import check_offer
    from offercheck.render import by_name

    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam,\n\nWe offer you the role of Analyst at a salary of $61,000 per year.\n",
                      encoding="utf-8")
    expect = tmp_path / "me.yaml"
    expect.write_text("offer_expiry: {not_before: 2027-05-20, priority: want}\n"
                      "base_salary: {min: 60000, currency: USD, period: year}\n",
                      encoding="utf-8")
    mail = " ".join(by_name("email")(check_offer(letter, expect, today=dt.date(2027, 5, 3))).split()).lower()
    from offercheck.describe import spoken
    assert mail.count("by when do you need my answer") == 1 and spoken("offer_expiry").lower() not in mail, mail


def test_a_monthly_mismatch_does_not_hide_a_second_annual_salary(tmp_path):
    """Two kinds of disagreement about pay are two flags: the first found never hides the other."""
    import datetime as dt

    from offercheck.api import check_offer

    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam,\n\nWe offer you the role of Analyst. Your annual salary will be $60,000 per year.\n"
                      "This is paid as a monthly salary of $4,000 per month.\n"
                      "The salary for this role is $72,000 per year from the second month.\n", encoding="utf-8")
    ids = [f.id for f in check_offer(letter, today=dt.date(2027, 1, 1)).flags]
    assert "pay.monthly_annual" in ids and "pay.two_salaries" in ids


ONE_SIDE_LETTER = """
    Calloway Print Works Ltd
    Leeds, 3 March 2025

    Dear Sam Okafor,

    1. Role. We are pleased to offer you the position of Press Operator. Your salary will be £26,000 per annum.
    2. Probation. Your first three months are a probationary period. During your probationary period the Company may end your employment by giving you one week's notice.
    3. Notice. After probation, the Company will give you one month's notice, and you must give the Company one month's notice.

    Please confirm your acceptance by 20 March 2025.
"""


def test_a_notice_during_probation_is_shown_only_on_the_side_it_binds(tmp_path):
    # the employer's probation notice is not the candidate's: the employee row stays plain
    letter = write(tmp_path, "letter.txt", ONE_SIDE_LETTER)
    out = offercheck(letter, "-f", "markdown", *TODAY).stdout.decode()
    text = " ".join(out.split())
    rows = [line for line in out.splitlines() if line.startswith("|") and "notice" in line.lower()]
    employer = next(line for line in rows if "employer" in line.split("|")[1].lower())
    employee = next(line for line in rows if "employee" in line.split("|")[1].lower() or "you" in line.split("|")[1].lower())
    assert "1 week during probation" in employer, text
    assert "during probation" not in employee, text


def test_the_probation_reasons_the_report_reads_are_the_notice_rules_own():
    from offercheck.report import DURING_PROBATION, OTHER_SIDE
    from offercheck.yamlio import load_yaml
    root = Path(__file__).resolve().parent.parent / "rules" / "termination"
    for field, other in OTHER_SIDE.items():
        data = load_yaml(root / f"{field.replace('_', '-')}.yaml")
        names = {adj["name"] for adj in data.get("context", [])}
        assert set(DURING_PROBATION) | {other} <= names, (field, set(DURING_PROBATION) | {other} - names)
