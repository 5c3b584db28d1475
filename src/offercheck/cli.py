"""The command line: parse arguments, call the API, render, map errors to exit codes.

No domain logic lives here.
"""
from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from offercheck import __version__
from offercheck.errors import OffercheckError, UsageError, permission_denied
from offercheck.sandbox import MAX_TIMEOUT_S, Stopped, signals_stop

# "\b" keeps click from re-wrapping the examples into one paragraph.
EXAMPLES = """

\b
Examples:
  offercheck offer.pdf --expect me.yaml           check a letter against what you were told
  offercheck offer.pdf -e me.yaml --email         and draft one reply to the recruiter
  offercheck offer.pdf -o report.html             the report as a web page (.md, .json alike)
  offercheck offer.pdf --ics dates.ics            and the dates that matter, for a calendar
  offercheck extract contract.docx --format json  the terms found, as JSON
  offercheck diff offer-v1.pdf offer-v2.docx -e me.yaml   what the revised offer changed
  offercheck text offer.pdf                       the text the rules read
  offercheck offers a.pdf b.docx -e me.yaml        offers side by side, with pay over 4 years
  offercheck init my-expectations.yaml            a commented starter expectations file
  offercheck fields                               the terms it reads, one line each
"""

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Check an offer letter or employment contract before you sign it." + EXAMPLES)

SUBCOMMANDS = ("check", "extract", "text", "init", "fields", "offers", "diff")


class ReportFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    html = "html"


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


BY_EXTENSION = {".html": ReportFormat.html, ".htm": ReportFormat.html, ".md": ReportFormat.markdown,
                ".markdown": ReportFormat.markdown, ".json": ReportFormat.json}


def _report_format(chosen: Optional[ReportFormat], output: Optional[Path], email: bool) -> ReportFormat:
    """The format asked for, else the one the --output file's extension names; a mismatch
    between the two, or --email (plain text) with another format, is refused."""
    implied = BY_EXTENSION.get(output.suffix.lower()) if output is not None and str(output) != "-" else None
    named = {ReportFormat.html: "an HTML", ReportFormat.markdown: "a Markdown", ReportFormat.json: "a JSON"}
    if email:
        if chosen not in (None, ReportFormat.terminal):
            raise UsageError(f"--email writes a plain-text reply to paste into a message, not {chosen.value}",
                             "Drop --format (and write the reply to a .txt file or to the screen).")
        if implied is not None:
            raise UsageError(f"--email writes a plain-text reply, not {named[implied]} file like {output}",
                             "Write it to a .txt file, or to the screen.")
        return ReportFormat.terminal
    if chosen is None:
        return implied or ReportFormat.terminal
    if implied is not None and implied is not chosen:
        raise UsageError(f"--output {output} is {named[implied]} file but --format is {chosen.value}",
                         f"Use a matching extension, or drop --format to write {implied.value}.")
    return chosen


def _version(value: bool):
    if value:
        typer.echo(f"offercheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")):
    """Check an offer letter or employment contract before you sign it."""


TODAY_RANGE = (dt.date(1900, 1, 1), dt.date(2999, 12, 31))
"""--today past these would overflow the date arithmetic of deadlines (9999-12-31 + 7 days)."""


def _today(value: Optional[str]) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--today must be a date like 2025-03-01, not '{value}'") from None
    if not TODAY_RANGE[0] <= day <= TODAY_RANGE[1]:
        raise UsageError(f"--today must be a date between {TODAY_RANGE[0]} and {TODAY_RANGE[1]}, not {value}")
    return day


def _kind(fmt: str) -> str:
    """What a format's text is, for a stdout that cannot hold every character (textout)."""
    return "json" if fmt in ("json", "jsonl") else "html" if fmt == "html" else "text"


def print_fitted(text: str, fmt: str = "text") -> None:
    """Print what stdout's encoding can hold (JSON stays valid; see textout)."""
    from offercheck.textout import fit
    sys.stdout.write(fit(text, getattr(sys.stdout, "encoding", None), _kind(fmt)))


def _color(output: Optional[Path]) -> bool:
    """Colour only on a terminal that shows it: not for a file, a pipe, TERM=dumb or NO_COLOR."""
    return (output is None and sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
            and not os.environ.get("NO_COLOR"))


def aim_at(output: Optional[Path]) -> None:
    """Tell the renderers the encoding they draw for: stdout's, or UTF-8 for a file."""
    from offercheck import textout
    textout.aim(getattr(sys.stdout, "encoding", None) if output is None or str(output) == "-" else None)


def write_output(text: str, output: Optional[Path], inputs: list[Path], fmt: str = "text",
                 option: str = "--output") -> None:
    """Print, or write: a regular file atomically (a temporary file in the same folder, then a
    rename), anything else (a device such as /dev/null, a FIFO, /dev/stdout) straight into it.
    ``option`` names the file in messages (``--ics``)."""
    if output is None or str(output) == "-":
        print_fitted(text, fmt)
        return
    from offercheck.textout import undecodable
    text = undecodable(text, _kind(fmt))
    stream = _standard_stream(output)
    if stream is not None:
        _write_stream(text, output, stream, option)
        return
    target = output.resolve()
    if any(target == p.resolve() or _same_file(target, p) for p in inputs if p is not None):
        raise UsageError(f"{option} {output} is one of the input files; choose another name")
    if target.is_dir():
        raise UsageError(f"{option} {output} is a folder")
    if _is_special_file(target):
        _write_special(text, output, option)
        return
    if not target.parent.is_dir():
        raise UsageError(f"{option} {output}: folder {target.parent} does not exist")
    _write_atomically(text, output, target, option)


_STANDARD_STREAMS = {"/dev/stdout": "stdout", "/dev/stderr": "stderr", "/dev/fd/1": "stdout",
                     "/dev/fd/2": "stderr", "/proc/self/fd/1": "stdout", "/proc/self/fd/2": "stderr"}


def _standard_stream(output: Path):
    """sys.stdout for -o /dev/stdout (and the like): never replaced, never reopened."""
    name = _STANDARD_STREAMS.get(os.path.normpath(str(output)))
    return getattr(sys, name) if name else None


def _is_special_file(target: Path) -> bool:
    """A character or block device, a FIFO or a socket: written in place, never replaced."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_stream(text: str, output: Path, stream, option: str = "--output") -> None:
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise UsageError(f"{option} {output}: could not be written ({e.strerror or e})") from None


def _write_special(text: str, output: Path, option: str = "--output") -> None:
    """Open and write the device or FIFO itself (as the shell's `>` does): /dev/full fails here."""
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as e:
        raise UsageError(f"{option} {output}: could not be written ({e.strerror or e})") from None


def _write_atomically(text: str, output: Path, target: Path, option: str = "--output") -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".offercheck-", dir=target.parent)
    except OSError as e:
        raise UsageError(f"{option} {output}: cannot write in {target.parent} ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 is for the temporary file only
        os.replace(tmp, target)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):  # disk full, quota: the old file is untouched
            raise UsageError(f"{option} {output}: could not be written ({e.strerror or e}); "
                             "any earlier file there is unchanged") from None
        raise


def _umask() -> int:
    """The process's umask: read by setting it back at once, in the main thread only (another
    thread creating a file between the two calls would get umask 0); elsewhere the usual 022."""
    import threading
    if threading.current_thread() is not threading.main_thread():
        return 0o022
    old = os.umask(0)
    os.umask(old)
    return old


def _same_file(a: Path, b: Path) -> bool:
    """A hard link to an input is the input too."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


CONTRACT = typer.Argument(..., help="The offer letter or contract: PDF, DOCX or TXT (several, or a "
                          "folder: one report each, on every core).", show_default=False)
JOBS = typer.Option(None, "--jobs", "-j", min=1, help="Processes for several files (default: every core).")
PASSWORD = typer.Option(None, "--password", help="Password of an encrypted PDF.")
MAX_PAGES = typer.Option(500, "--max-pages", help="Refuse documents longer than this.")
TIMEOUT = typer.Option(None, "--timeout", min=1, max=MAX_TIMEOUT_S, metavar="SECONDS",
                       help="Give up reading a file (or matching --rules) after this long "
                            f"(default 25, at most {MAX_TIMEOUT_S:g}).")
RULES = typer.Option(None, "--rules", help="Extra rules: a YAML file or a folder of them.")
DEBUG = typer.Option(False, "--debug", help="Show a traceback on errors.")


def _known_jurisdiction(name: str | None) -> None:
    """--jurisdiction must name a law pack (offercheck.lawpack)."""
    from offercheck.lawpack import find_pack, known_names

    if name is not None and find_pack(name) is None:
        raise UsageError(f"--jurisdiction: not a jurisdiction offercheck knows: '{name}'; "
                         f"known: {', '.join(known_names())} (or a name such as UK, California, Ontario)")


@app.command()
def check(
    contract: list[Path] = CONTRACT,
    expect: Optional[Path] = typer.Option(None, "--expect", "-e", help="Your expectations (YAML)."),
    format: Optional[ReportFormat] = typer.Option(None, "--format", "-f", show_default=False,
                                                  help="Report format (default: from the --output file's "
                                                       "extension, .html .md .json, else terminal)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    today: Optional[str] = typer.Option(None, "--today", help="Count days from this date (YYYY-MM-DD)."),
    explain: bool = typer.Option(False, "--explain", help="Show which rule found each term and why."),
    email: bool = typer.Option(False, "--email", help="Print one polite reply to the recruiter with your "
                               "asks and questions, instead of the report."),
    ics: Optional[Path] = typer.Option(None, "--ics", metavar="FILE", help="Also write the timeline's dates "
                                       "(deadline, start, probation, vesting ...) as a calendar file."),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    timeout: Optional[float] = TIMEOUT,
    rules: Optional[list[Path]] = RULES,
    jobs: Optional[int] = JOBS,
    jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", help="Where the job is (UK, California, "
                                               "Ontario ...): the law the letter is checked against; "
                                               "default: your expectations' defaults, else the letter."),
    debug: bool = DEBUG,
) -> int:
    """Check a contract against your expectations and print a pre-signing checklist (the default)."""
    from offercheck.api import check_offer
    from offercheck.render import by_name

    format = _report_format(format, output, email)
    _check_ics(ics, output, contract)
    _known_jurisdiction(jurisdiction)

    aim_at(output)
    if len(contract) > 1 or contract[0].is_dir():
        from offercheck import batch
        job = batch.check_job("email" if email else format.value, explain, expect, _today(today),
                              password=password, max_pages=max_pages, timeout=timeout,
                              rule_dirs=tuple(str(r) for r in rules or ()), jurisdiction=jurisdiction)
        raise typer.Exit(_run_batch(job, contract, format.value, jobs, output, [expect], rules))
    contract = contract[0]
    report = check_offer(contract, expect, today=_today(today), password=password, max_pages=max_pages,
                         timeout=timeout, rule_dirs=tuple(str(r) for r in rules or ()), jurisdiction=jurisdiction)
    text = by_name("email" if email else format.value)(report, explain=explain,
                                                       color=_color(output))
    if ics is not None:
        from offercheck.render import ics as rics
        write_output(rics.render(report), ics, [contract, expect], option="--ics")
    write_output(text, output, [contract, expect], "email" if email else format.value)
    raise typer.Exit(report.exit_code)


def _check_ics(ics: Optional[Path], output: Optional[Path], contract: list[Path]) -> None:
    """--ics takes one letter and a file of its own (not the screen, not the report's file)."""
    if ics is None:
        return
    if len(contract) > 1 or contract[0].is_dir():
        raise UsageError("--ics writes the dates of one letter; give one file")
    if str(ics) in ("-", ""):
        raise UsageError("--ics needs a file name, such as dates.ics")
    if output is not None and str(output) != "-" and _standard_stream(output) is None and (
            ics.resolve() == output.resolve() or _same_file(ics, output)):
        raise UsageError(f"--ics {ics} is also the --output file; choose another name")


@app.command()
def extract(
    file: list[Path] = typer.Argument(..., help="The offer letter or contract (several, or a folder: "
                                      "JSON Lines, on every core).", show_default=False),
    format: ExtractFormat = typer.Option(ExtractFormat.json, "--format", "-f",
                                         help="json, jsonl (one line a file) or table."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file."),
    explain: bool = typer.Option(False, "--explain", help="Add the rule, score and runners-up of each term."),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    timeout: Optional[float] = TIMEOUT,
    rules: Optional[list[Path]] = RULES,
    jobs: Optional[int] = JOBS,
    debug: bool = DEBUG,
) -> int:
    """Print the terms found in the document (the JSON of the terms contract)."""
    from offercheck.api import extract_terms
    from offercheck.render import json as rjson

    aim_at(output)
    if len(file) > 1 or file[0].is_dir() or format is ExtractFormat.jsonl:
        from offercheck import batch
        job = batch.extract_job(format.value, explain, password=password, max_pages=max_pages,
                                timeout=timeout, rule_dirs=tuple(str(r) for r in rules or ()))
        raise typer.Exit(_run_batch(job, file, format.value, jobs, output, [], rules))
    file = file[0]
    extraction = extract_terms(file, password=password, max_pages=max_pages, timeout=timeout,
                               rule_dirs=tuple(str(r) for r in rules or ()))
    if format is ExtractFormat.json:
        text = rjson.dumps(rjson.extraction_json(extraction, explain=explain))
    else:
        from offercheck.render.terminal import terms_table
        from offercheck.report import terms_text
        text = terms_table(terms_text(extraction), explain=explain, color=_color(output))
    write_output(text, output, [file], format.value)
    return 0


def _run_batch(job, inputs: list[Path], fmt: str, jobs: Optional[int], output: Optional[Path],
               others: list, rules) -> int:
    """Several files: results in input order to stdout (or --output), errors in place on stderr."""
    from offercheck import batch
    from offercheck.api import warm

    paths = batch.expand(inputs)
    chunks: list[str] = []
    to_stdout = output is None or str(output) == "-"

    def write(text: str) -> None:
        if to_stdout:
            print_fitted(text, fmt)
            sys.stdout.flush()
        else:
            chunks.append(text)

    from offercheck.ingest import reader_formats

    code = batch.run_cli(job, paths, fmt, jobs, write,
                         warm=lambda: warm(tuple(str(r) for r in rules or ()), reader_formats(paths)))
    if not to_stdout:
        write_output("".join(chunks), output, paths + [p for p in others if p is not None], fmt)
    return code


@app.command()
def offers(
    letters: list[Path] = typer.Argument(..., metavar="LETTER", show_default=False,
                                         help="Two or more offer letters (PDF, DOCX or TXT), called A, B, C "
                                              "in this order."),
    expect: Optional[Path] = typer.Option(None, "--expect", "-e", help="Your expectations (YAML)."),
    years: int = typer.Option(4, "--years", help="Total pay over this many years (1 to 30), beside the first year."),
    rate: Optional[list[str]] = typer.Option(None, "--rate", metavar="FROM:TO=RATE",
                                             help="An exchange rate you trust: GBP:USD=1.27 means 1 GBP = 1.27 USD "
                                                  "(or GBP=1.27 with --currency USD). Repeat for each currency."),
    currency: Optional[str] = typer.Option(None, "--currency", help="Compare totals in this currency (with --rate)."),
    price: Optional[list[str]] = typer.Option(None, "--price", metavar="OFFER=VALUE",
                                              help="What one share, unit or option of an offer is worth to you, "
                                                   "in the grant's currency: B=12.50. Options count as money only with it."),
    format: Optional[ReportFormat] = typer.Option(None, "--format", "-f", show_default=False,
                                                  help="terminal, markdown, html or json (default: from the --output "
                                                       "file's extension, else terminal)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the comparison to this file."),
    today: Optional[str] = typer.Option(None, "--today", help="Count days from this date (YYYY-MM-DD)."),
    max_pages: int = MAX_PAGES,
    timeout: Optional[float] = TIMEOUT,
    rules: Optional[list[Path]] = RULES,
    debug: bool = DEBUG,
) -> int:
    """Offers side by side: every term, your checks per offer, and pay over the first year and N years.
    Exit 0 if some offer meets every must-have (or no --expect), 1 if none does, 2 on error."""
    from offercheck.api import check_offers
    from offercheck.render.offers import by_name

    format = _report_format(format, output, False)
    aim_at(output)
    report = check_offers(letters, expect, years=years, rates=rate, currency=currency, prices=price,
                          today=_today(today), max_pages=max_pages, timeout=timeout,
                          rule_dirs=tuple(str(r) for r in rules or ()))
    write_output(by_name(format.value)(report, color=_color(output)), output, [*letters, expect], format.value)
    raise typer.Exit(report.exit_code)


@app.command()
def diff(
    old: Path = typer.Argument(..., help="The earlier version of the offer: PDF, DOCX or TXT.", show_default=False),
    new: Path = typer.Argument(..., help="The revised version (any of the three formats).", show_default=False),
    expect: Optional[Path] = typer.Option(None, "--expect", "-e", help="Your expectations (YAML): which "
                                          "checks the revision met, and what is still open."),
    format: Optional[ReportFormat] = typer.Option(None, "--format", "-f", show_default=False,
                                                  help="terminal, markdown, json or html (default: from the "
                                                       "--output file's extension, else terminal)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the comparison to this file."),
    today: Optional[str] = typer.Option(None, "--today", help="Count days from this date (YYYY-MM-DD)."),
    explain: bool = typer.Option(False, "--explain", help="Show which rule read each changed term and why."),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    timeout: Optional[float] = TIMEOUT,
    rules: Optional[list[Path]] = RULES,
    jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", help="Where the job is (UK, California, "
                                               "Ontario ...): the law both versions are checked against."),
    debug: bool = DEBUG,
) -> int:
    """Compare two versions of an offer: terms changed, added or removed, clauses reworded; exit status as a check of NEW."""
    from offercheck.api import diff_offers
    from offercheck.render.revision import by_name as diff_view

    format = _report_format(format, output, False)
    _known_jurisdiction(jurisdiction)
    aim_at(output)
    report = diff_offers(old, new, expect, today=_today(today), password=password, max_pages=max_pages,
                         timeout=timeout, rule_dirs=tuple(str(r) for r in rules or ()), jurisdiction=jurisdiction)
    text = diff_view(format.value)(report, explain=explain, color=_color(output))
    write_output(text, output, [old, new, expect], format.value)
    raise typer.Exit(report.exit_code)


@app.command()
def init(
    path: Path = typer.Argument(Path("expectations.yaml"), help="Where to write it ('-' prints it)."),
    debug: bool = DEBUG,
) -> int:
    """Write a commented starter expectations file to edit (never over an existing file)."""
    from offercheck.expectations import starter_file

    to_stdout = str(path) == "-"
    if not to_stdout and (path.exists() or path.is_symlink()):
        raise UsageError(f"{path} already exists; edit it, or give another name: offercheck init FILE")
    write_output(starter_file("expectations.yaml" if to_stdout else str(path)), None if to_stdout else path, [])
    if not to_stdout:
        print(f"Wrote {path}. Edit it, then run: offercheck CONTRACT --expect {path}", file=sys.stderr)
    return 0


@app.command()
def fields() -> int:
    """List the fields (the terms it reads, and the keys of an expectations file), one line each."""
    from offercheck.fields import ABOUT, FIELDS

    width = max(map(len, FIELDS))
    print_fitted("".join(f"{name:<{width}}  {ABOUT[name]}\n" for name in FIELDS))
    return 0


@app.command()
def text(
    file: Path = typer.Argument(..., help="The offer letter or contract.", show_default=False),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    timeout: Optional[float] = TIMEOUT,
    debug: bool = DEBUG,
) -> int:
    """Print the canonical text that the rules read (evidence offsets point into it)."""
    from offercheck.api import read

    print_fitted(read(file, password=password, max_pages=max_pages, timeout=timeout).text)
    return 0


def _argv_with_default_command(argv: list[str]) -> list[str]:
    """`offercheck contract.pdf` is short for `offercheck check contract.pdf`; so is
    `offercheck -- -rf.pdf` (after `--` every argument is a file, whatever it looks like)."""
    for arg in argv:
        if arg == "--":
            return ["check"] + argv
        if arg in ("--help", "-h", "--version"):
            return argv
        if not arg.startswith("-"):
            return argv if arg in SUBCOMMANDS else ["check"] + argv
    return argv


def _is_usage_error(e: Exception) -> bool:
    """click's usage errors, and typer's vendored copies of them (a different class)."""
    import click

    return isinstance(e, click.ClickException) or (
        hasattr(e, "format_message") and hasattr(e, "exit_code")
        and any(c.__name__ == "ClickException" for c in type(e).__mro__))


def main(argv: list[str] | None = None) -> None:
    try:
        with signals_stop():
            _main(argv)
    except BrokenPipeError:  # the reader went away (`offercheck ... | head`): nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


def _main(argv: list[str] | None) -> None:
    import click

    args = _argv_with_default_command(list(sys.argv[1:] if argv is None else argv))
    debug = "--debug" in (args[:args.index("--")] if "--" in args else args)  # not a file named so
    try:
        code = app(args=args, prog_name="offercheck", standalone_mode=False)
    except (OffercheckError, PermissionError) as e:
        if debug:
            raise
        for line in (e if isinstance(e, OffercheckError) else permission_denied(e)).lines():
            print(line, file=sys.stderr)
        code = 2
    except (click.exceptions.Abort, KeyboardInterrupt):
        print("offercheck: interrupted", file=sys.stderr)
        code = 130  # the shell's code for Ctrl-C
    except Stopped as e:
        print(f"offercheck: {e.message}", file=sys.stderr)
        code = e.code
    except Exception as e:  # noqa: BLE001 - every exception ends in a short message
        if debug:
            raise
        if type(e).__name__ == "NoArgsIsHelpError":  # bare `offercheck`: the help, on stdout
            print(e.format_message())
            sys.exit(0)
        if _is_usage_error(e):
            print(f"offercheck: {e.format_message()}", file=sys.stderr)
            print("Try 'offercheck --help'.", file=sys.stderr)
            sys.exit(2)
        # anything else is a bug: say so briefly; --debug shows the traceback
        print(f"offercheck: internal error ({e.__class__.__name__}: {str(e)[:120]})", file=sys.stderr)
        print("Run again with --debug for details, and please report it.", file=sys.stderr)
        code = 2
    sys.exit(code if isinstance(code, int) else 0)
