"""The command line: parse arguments, call the API, render, map errors to exit codes.

No domain logic lives here.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from offercheck import __version__
from offercheck.errors import OffercheckError, UsageError

EXAMPLES = """
Examples:

  offercheck offer.pdf --expect me.yaml          check a letter against what you were told

  offercheck offer.pdf --format markdown -o report.md

  offercheck extract contract.docx --format json  the terms found, as JSON

  offercheck text offer.pdf                       the text the rules read
"""

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Check an offer letter or employment contract before you sign it." + EXAMPLES)

SUBCOMMANDS = ("check", "extract", "text", "init")


class ReportFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    html = "html"


class ExtractFormat(str, Enum):
    json = "json"
    table = "table"


def _version(value: bool):
    if value:
        typer.echo(f"offercheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")):
    """Check an offer letter or employment contract before you sign it."""


def _today(value: Optional[str]) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--today must be a date like 2025-03-01, not '{value}'") from None


def write_output(text: str, output: Optional[Path], inputs: list[Path]) -> None:
    """Print, or write atomically: a temporary file in the same folder, then a rename."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    target = output.resolve()
    if any(target == p.resolve() for p in inputs if p is not None):
        raise UsageError(f"--output {output} is one of the input files; choose another name")
    if target.is_dir():
        raise UsageError(f"--output {output} is a folder")
    if not target.parent.is_dir():
        raise UsageError(f"--output {output}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=".offercheck-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


CONTRACT = typer.Argument(..., help="The offer letter or contract: PDF, DOCX or TXT.", show_default=False)
PASSWORD = typer.Option(None, "--password", help="Password of an encrypted PDF.")
MAX_PAGES = typer.Option(500, "--max-pages", help="Refuse documents longer than this.")
RULES = typer.Option(None, "--rules", help="Extra rules: a YAML file or a folder of them.")
DEBUG = typer.Option(False, "--debug", help="Show a traceback on errors.")


@app.command()
def check(
    contract: Path = CONTRACT,
    expect: Optional[Path] = typer.Option(None, "--expect", "-e", help="Your expectations (YAML)."),
    format: ReportFormat = typer.Option(ReportFormat.terminal, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    today: Optional[str] = typer.Option(None, "--today", help="Count days from this date (YYYY-MM-DD)."),
    explain: bool = typer.Option(False, "--explain", help="Show which rule found each term and why."),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    rules: Optional[list[Path]] = RULES,
    debug: bool = DEBUG,
) -> int:
    """Check a contract against your expectations and print a pre-signing checklist (the default)."""
    from offercheck.api import check_offer
    from offercheck.render import by_name

    report = check_offer(contract, expect, today=_today(today), password=password, max_pages=max_pages,
                         rule_dirs=tuple(str(r) for r in rules or ()))
    text = by_name(format.value)(report, explain=explain, color=output is None and sys.stdout.isatty())
    write_output(text, output, [contract, expect])
    return report.exit_code


@app.command()
def extract(
    file: Path = typer.Argument(..., help="The offer letter or contract.", show_default=False),
    format: ExtractFormat = typer.Option(ExtractFormat.json, "--format", "-f", help="json or table."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file."),
    explain: bool = typer.Option(False, "--explain", help="Add the rule, score and runners-up of each term."),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    rules: Optional[list[Path]] = RULES,
    debug: bool = DEBUG,
) -> int:
    """Print the terms found in the document (the JSON of the terms contract)."""
    from offercheck.api import extract_terms
    from offercheck.render import json as rjson

    extraction = extract_terms(file, password=password, max_pages=max_pages,
                               rule_dirs=tuple(str(r) for r in rules or ()))
    if format is ExtractFormat.json:
        text = rjson.dumps(rjson.extraction_json(extraction, explain=explain))
    else:
        from offercheck.render.terminal import terms_table
        text = terms_table(extraction, explain=explain, color=output is None and sys.stdout.isatty())
    write_output(text, output, [file])
    return 0


@app.command()
def text(
    file: Path = typer.Argument(..., help="The offer letter or contract.", show_default=False),
    password: Optional[str] = PASSWORD,
    max_pages: int = MAX_PAGES,
    debug: bool = DEBUG,
) -> int:
    """Print the canonical text that the rules read (evidence offsets point into it)."""
    from offercheck.api import read

    sys.stdout.write(read(file, password=password, max_pages=max_pages).text)
    return 0


def _argv_with_default_command(argv: list[str]) -> list[str]:
    """`offercheck contract.pdf` is short for `offercheck check contract.pdf`."""
    for arg in argv:
        if arg in ("--help", "-h", "--version"):
            return argv
        if not arg.startswith("-"):
            return argv if arg in SUBCOMMANDS else ["check"] + argv
    return argv


def main(argv: list[str] | None = None) -> None:
    import click

    args = _argv_with_default_command(list(sys.argv[1:] if argv is None else argv))
    debug = "--debug" in args
    try:
        code = app(args=args, prog_name="offercheck", standalone_mode=False)
    except OffercheckError as e:
        if debug:
            raise
        for line in e.lines():
            print(line, file=sys.stderr)
        code = 2
    except click.exceptions.Abort:
        print("offercheck: interrupted", file=sys.stderr)
        code = 2
    except click.ClickException as e:
        if debug:
            raise
        print(f"offercheck: {e.format_message()}", file=sys.stderr)
        print("Try 'offercheck --help'.", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        print("offercheck: interrupted", file=sys.stderr)
        code = 2
    except Exception as e:  # a bug: say so briefly; --debug shows the traceback
        if debug:
            raise
        print(f"offercheck: internal error ({e.__class__.__name__}: {str(e)[:120]})", file=sys.stderr)
        print("Run again with --debug for details, and please report it.", file=sys.stderr)
        code = 2
    sys.exit(code if isinstance(code, int) else 0)
