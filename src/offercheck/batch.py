"""Many files at once: every core, results in input order, one failure never stops the rest.

A pool of forked workers (each already holding the imported modules and the loaded
rulebook, and compiling a rule's regex once for all the files it reads) runs one
function per file; the function returns the text to print, or the file's one-line
error. Results come back as they finish and are handed on in input order, so the
output streams while the tail of the list is still being read.

Exit status of a batch: 2 when any file failed (each failure is printed in its
place, the others are still processed), otherwise the highest status of the files
(``check``: 1 when a must-have expectation is not met).
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from offercheck.errors import OffercheckError, UsageError, permission_denied

SUFFIXES = (".pdf", ".docx", ".txt")
"""What a folder given on the command line is searched for (recursively)."""


@dataclass(frozen=True)
class Outcome:
    """What one file gave: the text to print and its exit status, or its error."""

    path: Path
    text: str = ""
    code: int = 0
    error: str | None = None
    """The one-line error (``offercheck: ...``) when the file failed."""


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, each folder replaced by the documents under it in sorted order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise UsageError(f"{p}: is a folder, not a file, and holds no PDF, DOCX or TXT files to read")
            out.extend(found)
        else:
            out.append(p)
    return out


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run_one(fn: Callable[[Path], tuple[str, int]], path: Path) -> Outcome:
    """``fn(path)`` -> (text, status), any exception turned into the file's one-line error."""
    try:
        text, code = fn(path)
        return Outcome(path, text, code)
    except OffercheckError as e:
        return Outcome(path, error=e.lines()[0])
    except PermissionError as e:
        return Outcome(path, error=permission_denied(e).lines()[0])
    except MemoryError:
        return Outcome(path, error=f"offercheck: {path}: out of memory")
    except Exception as e:  # noqa: BLE001 - a bug on one file must not stop the others
        return Outcome(path, error=f"offercheck: {path}: internal error ({e.__class__.__name__}: {str(e)[:120]})")


_FN: Callable | None = None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _work(item: tuple[int, Path]) -> tuple[int, Outcome]:
    return item[0], run_one(_FN, item[1])


def run(fn: Callable[[Path], tuple[str, int]], paths: list[Path], jobs: int | None = None,
        warm: Callable[[], object] | None = None) -> Iterator[Outcome]:
    """Outcomes of ``fn`` over ``paths``, in the order of ``paths``, using ``jobs`` processes.

    ``warm`` runs once in this process before the workers fork (load the rulebook)."""
    global _FN
    jobs = min(jobs or default_jobs(), len(paths))
    if warm is not None:
        warm()
    if jobs <= 1 or sys.platform != "linux":
        for p in paths:
            yield run_one(fn, p)
        return
    import multiprocessing as mp

    # Tesseract's own threads fight the pool for the cores (6x slower on two cores)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    _FN = fn
    ctx = mp.get_context("fork")
    pending: dict[int, Outcome] = {}
    nxt = 0
    # largest files first, so no worker is left alone with a long one at the end
    order = sorted(enumerate(paths), key=lambda item: -_size(item[1]))
    from offercheck.sandbox import stop_on_signals

    # Pool.terminate() sends SIGTERM, and Ctrl-C reaches every worker: each then cleans up
    # (its reader's child and temporary files) and exits quietly, as on a SystemExit
    with ctx.Pool(jobs, initializer=stop_on_signals) as pool:
        for i, outcome in pool.imap_unordered(_work, order, chunksize=1):
            pending[i] = outcome
            while nxt in pending:
                yield pending.pop(nxt)
                nxt += 1


class Progress:
    """Files done, failures and time left, on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool | None = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total, self.done, self.failed = total, 0, 0
        self._bar = None
        if self.enabled and total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self._bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(),
                            console=Console(file=sys.stderr), transient=True,
                            # the results go to stdout as they are: rich's default would
                            # send them through the bar's console, onto the screen
                            redirect_stdout=False, redirect_stderr=False)
            self._task = self._bar.add_task("files", total=total, failed=0)
            self._bar.start()
        self.started = time.monotonic()

    def advance(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.error is not None
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=self.failed)

    def say(self, line: str) -> None:
        """A line on stderr, above the bar while it is drawn."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def extract_job(fmt: str, explain: bool, **options) -> Callable[[Path], tuple[str, int]]:
    """`offercheck extract` on one file of a batch: JSON Lines (one object a file) or a table."""
    def job(path: Path) -> tuple[str, int]:
        from offercheck.api import extract_terms
        from offercheck.render import json as rjson

        extraction = extract_terms(path, **options)
        if fmt == "table":
            from offercheck.render.terminal import terms_table
            from offercheck.report import terms_text
            return f"==> {path} <==\n" + terms_table(terms_text(extraction), explain=explain, color=False), 0
        return jsonl(rjson.extraction_json(extraction, explain=explain)), 0
    return job


def check_job(fmt: str, explain: bool, expect: Path | None, today, **options) -> Callable[[Path], tuple[str, int]]:
    """The main job on one file of a batch: its report under a ``==> file <==`` header, or a
    JSON Lines object for ``--format json``."""
    def job(path: Path) -> tuple[str, int]:
        from offercheck.api import check_offer
        from offercheck.render import by_name

        report = check_offer(path, expect, today=today, **options)
        if fmt == "json":
            from offercheck.render import json as rjson
            return jsonl(rjson.report_json(report)), report.exit_code
        return f"==> {path} <==\n" + by_name(fmt)(report, explain=explain, color=False), report.exit_code
    return job


def jsonl(data) -> str:
    import json
    return json.dumps(data, ensure_ascii=False) + "\n"


def error_text(outcome: Outcome, fmt: str) -> str:
    """How a failed file appears among the results on stdout (JSON Lines: an object)."""
    if fmt in ("json", "jsonl"):
        return jsonl({"document": {"path": str(outcome.path)}, "error": outcome.error})
    return ""


def run_cli(job: Callable[[Path], tuple[str, int]], paths: list[Path], fmt: str, jobs: int | None,
            write: Callable[[str], None], warm: Callable[[], object] | None = None,
            progress: bool | None = None) -> int:
    """Run ``job`` over ``paths``; hand each result to ``write`` in input order; print each
    failure's one-line error on stderr in its place. Returns the batch's exit status."""
    bar = Progress(len(paths), progress)
    worst, failed = 0, 0
    try:
        for outcome in run(job, paths, jobs, warm):
            bar.advance(outcome)
            if outcome.error is not None:
                failed += 1
                sys.stdout.flush()
                bar.say(outcome.error)
                write(error_text(outcome, fmt))
            else:
                worst = max(worst, outcome.code)
                write(outcome.text)
    finally:
        bar.close()
    return 2 if failed else worst
