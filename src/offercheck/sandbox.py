"""Run a document reader in a child process with a memory cap and a deadline.

A PDF or DOCX that came by email can be built to hurt: a 10 kB PDF whose content
stream inflates to 2 GB makes pdfium allocate until the machine swaps, and pdfium,
being C++, cannot be interrupted from Python. So binary formats are parsed in a
forked child whose address space is capped with ``RLIMIT_AS`` and which is killed at
a deadline; whatever goes wrong there (MemoryError, pdfium aborting on a failed
allocation, a crash, a hang) comes back as a one-line error naming the file.

``fork`` rather than ``spawn``: the child starts with the parent's modules already
imported, so isolation costs about 10 ms, not the ~300 ms of a fresh interpreter.
Only Linux both enforces ``RLIMIT_AS`` and forks cheaply and safely; elsewhere
:func:`run_isolated` runs the function in-process, without limits.

The child may ask for more time with :func:`extend_deadline` (OCR does, per page):
the deadline is there for a reader that is stuck, not for a long scan making progress.
"""
from __future__ import annotations

import os
import pickle
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from offercheck.errors import CorruptDocument, DocumentTooLarge, OffercheckError, RuleError

T = TypeVar("T")

DEFAULT_MEMORY_MB = 896
"""Address space the reading process may reach. A letter needs under 150 MB (OCR
included); 7/8 GiB keeps the waiting parent (~60 MB) and the child under 1 GiB together."""

DEFAULT_TIMEOUT_S = 25.0
"""Seconds a reader may take, plus what it asks for (OCR). A letter takes well under 2 s and
200 dense pages under 1 s; 25 s keeps every answer, even a refusal, within half a minute."""

MAX_TIMEOUT_S = 3600.0
"""The longest deadline: --timeout refuses more; OFFERCHECK_TIMEOUT (inf, 1e308) is clamped
to it, as a deadline past the clock's range would fail every read."""

MAX_MEMORY_MB = 65536
"""The largest cap: OFFERCHECK_MEMORY_MB (inf, 1e30) is clamped to it; no letter needs
more, and a cap past RLIMIT_AS's range would make every read crash."""

MIN_HEADROOM_MB = 512
"""A parent that is already large (a test process with spaCy loaded) lets its child grow
by at least this much, since a cap below the inherited size would fail every allocation."""


@dataclass(frozen=True)
class Limits:
    memory_mb: int = DEFAULT_MEMORY_MB
    """Cap on the child's address space (``RLIMIT_AS``), in MiB."""
    timeout_s: float = DEFAULT_TIMEOUT_S
    """Seconds before the child is killed."""

    @classmethod
    def default(cls, timeout_s: float | None = None) -> "Limits":
        """The defaults, overridden by ``OFFERCHECK_MEMORY_MB``, ``OFFERCHECK_TIMEOUT`` and ``timeout_s``;
        each clamped to its maximum (``inf`` means "the most there is")."""
        memory = _env_number("OFFERCHECK_MEMORY_MB", DEFAULT_MEMORY_MB, MAX_MEMORY_MB)
        timeout = _env_number("OFFERCHECK_TIMEOUT", DEFAULT_TIMEOUT_S, MAX_TIMEOUT_S) \
            if timeout_s is None else min(float(timeout_s), MAX_TIMEOUT_S)
        return cls(memory_mb=int(memory), timeout_s=float(timeout))


def _env_number(name: str, default: float, most: float) -> float:
    """A positive number from the environment, at most ``most``; anything else (unset, a
    word, 0, NaN) leaves the default."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return min(value, most) if value > 0 else default


@dataclass(frozen=True)
class Task:
    """How to word what went wrong in the child, for one kind of work."""

    doing: str
    """What the child was doing, after the label: "reading the file"."""
    too_slow: str
    too_big: str
    crashed: str
    limit_error: type[OffercheckError]
    """Raised for the deadline and the memory cap."""
    crash_error: type[OffercheckError]
    deadline_s: float | None = None
    """The deadline to name in the message, where the child had only what was left of it."""


READING = Task(
    "reading the file",
    too_slow="it is damaged or built to be slow (raise the limit with --timeout)",
    too_big="it is damaged or built to exhaust memory, not a normal letter",
    crashed="it is damaged or built to attack readers; print it to a new PDF and try again",
    limit_error=DocumentTooLarge, crash_error=CorruptDocument)

MATCHING_RULES = Task(
    "matching the rules",
    too_slow="a regex in your --rules may backtrack catastrophically (a nested repeat such as "
             "(a+)+); simplify it, or raise the limit with --timeout",
    too_big="a rule in your --rules matches far too much; make its patterns narrower",
    crashed="run again with --debug and please report it",
    limit_error=RuleError, crash_error=RuleError)


def checking_long_text(chars: int, deadline_s: float) -> Task:
    """How to word a long text's matching, run under what is left of the reader's deadline."""
    return Task(f"checking its {chars:,} characters of text",
                too_slow="save just the letter's pages as a new file, or raise the limit with --timeout",
                too_big="save just the letter's pages as a new file",
                crashed="run again with --debug and please report it",
                limit_error=DocumentTooLarge, crash_error=CorruptDocument, deadline_s=deadline_s)


class Stopped(SystemExit):
    """Ctrl-C (SIGINT) or SIGTERM arrived: raised where the process is, so that ``finally``
    blocks run (the reader's child is killed and its temporary files removed), then an exit
    with the shell's code for the signal (130, 143). A SystemExit, as typer turns a
    KeyboardInterrupt into a silent exit code, and a pool worker exits quietly on one."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.message = "interrupted" if signum == signal.SIGINT else "terminated"


def _stop(signum, frame) -> None:
    # A second signal must not cut the cleanup short: a batch worker that Ctrl-C stopped is
    # sent SIGTERM by its pool a moment later, while it is removing its temporary files.
    # (A handler that does nothing, not SIG_IGN: Python raises OSError for a signal that
    # arrived just before its handler became SIG_IGN.)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _already_stopping)
    raise Stopped(signum)


def _already_stopping(signum, frame) -> None:
    pass


def stop_on_signals() -> None:
    """Turn SIGINT and SIGTERM into :class:`Stopped` in this process (the CLI, a batch
    worker); a SIGINT the shell ignores (a background job) stays ignored."""
    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _stop)
        signal.signal(signal.SIGTERM, _stop)
    except ValueError:  # not the main thread: keep the defaults
        pass


@contextmanager
def signals_stop():
    """:func:`stop_on_signals` for a block; the handlers before it come back after it (a
    test calls the CLI in its own process)."""
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    stop_on_signals()
    try:
        yield
    finally:
        for sig, handler in previous.items():
            try:
                signal.signal(sig, handler)
            except (ValueError, TypeError):  # not the main thread; a handler set outside Python
                pass


def isolation_available() -> bool:
    """True where :func:`run_isolated` uses a limited child process (Linux)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def run_isolated(fn: Callable[..., T], *args: Any, label: str, limits: Limits | None = None,
                 task: Task = READING, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` in a forked child under ``limits``: its result, or its error.

    An :class:`OffercheckError` raised by ``fn`` is raised again here as it was. Running
    out of memory, dying from a signal, or passing the deadline become ``task``'s errors
    (for reading: :class:`DocumentTooLarge`, :class:`CorruptDocument`) with ``label``
    (the file name) in the message. Any other exception is a bug: it comes back as a
    RuntimeError whose note holds the child's traceback (``--debug`` shows it).
    """
    limits = limits or Limits.default()
    if not isolation_available():
        return fn(*args, **kwargs)
    # The child's temporary files (OCR's page images of the letter) go in a folder of our
    # own, removed here once the child is gone: a child killed at the deadline, on Ctrl-C
    # or on SIGTERM never gets to clean up after itself.
    try:
        scratch = tempfile.mkdtemp(prefix="offercheck-")
    except OSError:  # no writable temporary folder: the child finds out, if it needs one
        scratch = None
    try:
        return _run_child(fn, args, kwargs, label, limits, task, scratch)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _run_child(fn, args, kwargs, label: str, limits: Limits, task: Task, scratch: str | None):
    budget = _Budget.now(limits.memory_mb)
    read_fd, write_fd = os.pipe()
    for stream in (sys.stdout, sys.stderr):  # else text buffered before the fork is written twice
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; what it does is asserted through the parent
        os.close(read_fd)
        _child(_Channel(write_fd), budget.limit, scratch, fn, args, kwargs)
    os.close(write_fd)
    try:
        os.setpgid(pid, pid)  # the child does it too; whichever runs first wins the race
    except OSError:
        pass
    reaped = False
    try:
        message = _wait_for_message(read_fd, limits.timeout_s)
        if message is not _TIMED_OUT:
            # it has answered (or closed the pipe): it exits at once, or is stuck and killed
            status, rusage = _reap(pid, grace_s=EXIT_GRACE_S)
            reaped = True
    finally:  # on KeyboardInterrupt and Stopped too
        os.close(read_fd)
        if not reaped:
            _kill(pid)
    if message is _TIMED_OUT:
        raise task.limit_error(f"{label}: {task.doing} took longer than {task.deadline_s or limits.timeout_s:g} s; "
                               f"{task.too_slow}")
    if message is None:  # the child died without answering
        if budget.exhausted(status, rusage):
            raise task.limit_error(_memory_message(label, budget, task))
        raise task.crash_error(f"{label}: {task.doing} crashed ({_how(status)}); {task.crashed}")
    kind, payload = message
    if kind == "ok":
        return payload
    if kind == "error":
        raise payload
    if kind == "memory":
        raise task.limit_error(_memory_message(label, budget, task))
    error = RuntimeError(payload[0])
    error.add_note(payload[1])
    raise error


def _how(status: int) -> str:
    if not os.WIFSIGNALED(status):
        return f"exit status {os.WEXITSTATUS(status)}"
    number = os.WTERMSIG(status)
    try:
        return f"signal {signal.Signals(number).name}"
    except ValueError:
        return f"signal {number}"


def _memory_message(label: str, budget: "_Budget", task: Task) -> str:
    return f"{label}: {task.doing} needs more than {budget.limit // 2**20} MB of memory; {task.too_big}"


@dataclass(frozen=True)
class _Budget:
    """The child's address-space cap, and what the parent had when it forked."""

    limit: int
    start_vsz: int
    start_rss: int

    @classmethod
    def now(cls, memory_mb: int) -> "_Budget":
        vsz, rss = _memory_now()
        limit = max(memory_mb * 2**20, vsz + MIN_HEADROOM_MB * 2**20)
        try:
            import resource

            hard = resource.getrlimit(resource.RLIMIT_AS)[1]
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
        except (ImportError, OSError, ValueError):
            pass
        return cls(limit, vsz, rss)

    def exhausted(self, status: int, rusage) -> bool:
        """Whether a child that died without answering died of memory.

        pdfium aborts (SIGABRT) when an allocation fails, and the kernel's OOM killer
        sends SIGKILL; a real crash happens long before the child has used half its
        headroom. (``ru_maxrss`` is in KiB on Linux.)
        """
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            return True
        if rusage is None:
            return False
        grown = rusage.ru_maxrss * 1024 - self.start_rss
        return grown >= (self.limit - self.start_vsz) / 2


def _memory_now() -> tuple[int, int]:
    """(address space, resident set) of this process in bytes, from /proc; (0, 0) if unknown."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            size, resident = f.read().split()[:2]
        page = os.sysconf("SC_PAGE_SIZE")
        return int(size) * page, int(resident) * page
    except (OSError, ValueError):
        return 0, 0


class _Channel:
    """The child's end of the pipe: length-prefixed pickles (multiprocessing costs 15 ms to import)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, message: tuple) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "big") + data)
        while view:
            view = view[os.write(self.fd, view):]


_channel: _Channel | None = None
"""The child's end of the pipe, for :func:`extend_deadline`; None in the parent."""


def extend_deadline(seconds: float) -> None:
    """Ask the parent for ``seconds`` more; does nothing outside an isolated child."""
    if _channel is not None and seconds > 0:
        _channel.send(("extend", float(seconds)))


def _child(channel: _Channel, limit: int, scratch: str | None, fn, args, kwargs) -> None:  # pragma: no cover
    global _channel
    code = 0
    try:
        _become_child(limit)
        if scratch is not None:
            tempfile.tempdir = os.environ["TMPDIR"] = scratch
        _channel = channel
        try:
            message = ("ok", fn(*args, **kwargs))
        except OffercheckError as e:
            message = ("error", e)
        except MemoryError:
            message = ("memory", None)
        except BaseException as e:  # a bug in a reader: report it with its traceback
            message = ("bug", (f"{type(e).__name__}: {e}"[:300], traceback.format_exc()))
        try:
            channel.send(message)
        except MemoryError:
            channel.send(("memory", None))
        except Exception as e:  # the result does not pickle: a bug
            channel.send(("bug", (f"the result cannot be returned ({type(e).__name__}: {e})"[:300], "")))
    except BaseException:
        code = 70
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


def _become_child(limit: int) -> None:  # pragma: no cover - runs in the child
    import faulthandler
    import resource

    # Ctrl-C reaches the whole terminal group; the parent handles it and kills us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler (stop_on_signals) is for the parent
    # Our own process group, so that one kill also stops the Tesseract processes OCR starts.
    os.setpgid(0, 0)
    _die_with_parent()
    # pdfium aborts on a failed allocation; that is an answer here, not a crash to dump.
    faulthandler.disable()
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux ``PR_SET_PDEATHSIG``: if the parent is killed, so is the child (best effort)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


_TIMED_OUT = object()


def _wait_for_message(fd: int, timeout_s: float):
    """The child's answer; None if it died without one; _TIMED_OUT at the deadline."""
    deadline = time.monotonic() + timeout_s
    buffer = bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return _TIMED_OUT
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return None  # end of the pipe: the child is gone
        buffer += chunk
        while len(buffer) >= 8 and len(buffer) >= 8 + (size := int.from_bytes(buffer[:8], "big")):
            message = pickle.loads(buffer[8:8 + size])
            del buffer[:8 + size]
            if message[0] != "extend":
                return message
            deadline += message[1]


def _kill(pid: int) -> None:
    """Kill the child's process group (the child and any Tesseract it started), then reap it."""
    _signal_group(pid)
    _reap(pid)


def _signal_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


EXIT_GRACE_S = 10.0
"""How long a child that has answered may take to exit before it is killed."""


def _reap(pid: int, grace_s: float | None = None) -> tuple[int, Any]:
    """(wait status, resource usage) of the child, once it has exited; with ``grace_s``, a
    child still there after that long is killed (with its process group) first."""
    if grace_s is not None:
        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline:
            try:
                done, status, rusage = os.wait4(pid, os.WNOHANG)
            except ChildProcessError:
                return 0, None
            if done:
                return status, rusage
            time.sleep(0.002)
        _signal_group(pid)
    while True:
        try:
            _, status, rusage = os.wait4(pid, 0)
            return status, rusage
        except InterruptedError:
            continue
        except ChildProcessError:
            return 0, None
