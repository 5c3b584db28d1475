"""The child process that readers run in: memory cap, deadline, crashes, errors passed back."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from offercheck import sandbox
from offercheck.errors import CorruptDocument, DocumentTooLarge, OcrUnavailable, RuleError
from offercheck.sandbox import MATCHING_RULES, Limits, extend_deadline, run_isolated

pytestmark = pytest.mark.skipif(not sandbox.isolation_available(), reason="isolation needs Linux fork")

SMALL = Limits(memory_mb=256, timeout_s=5)


def test_result_comes_back() -> None:
    assert run_isolated(lambda a, b=0: a + b, 2, b=3, label="x") == 5
    pid, text = run_isolated(lambda: (os.getpid(), "é" * 1_000_000), label="x")
    assert pid != os.getpid()  # it ran elsewhere
    assert text == "é" * 1_000_000  # and a result larger than the pipe's buffer arrives whole


def test_offercheck_error_comes_back_with_its_class_and_hint() -> None:
    def fail():
        raise OcrUnavailable("scan.pdf: no Tesseract", hint="apt-get install tesseract-ocr")

    with pytest.raises(OcrUnavailable) as info:
        run_isolated(fail, label="scan.pdf")
    assert info.value.message == "scan.pdf: no Tesseract" and info.value.hint == "apt-get install tesseract-ocr"


def test_memory_cap_stops_a_runaway_allocation() -> None:
    def hog():
        blocks = []
        for _ in range(64):  # 4 GiB in 64 MiB steps
            blocks.append(bytearray(64 * 2**20))
        return len(blocks)

    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match=r"big\.pdf: reading the file needs more than \d+ MB of memory"):
        run_isolated(hog, label="big.pdf", limits=SMALL)
    assert time.monotonic() - started < 5


def test_the_cap_is_at_least_the_headroom_above_a_large_parent() -> None:
    budget = sandbox._Budget.now(256)
    vsz, _ = sandbox._memory_now()
    assert budget.limit >= max(256 * 2**20, vsz + sandbox.MIN_HEADROOM_MB * 2**20 - 2**20)
    # and a modest allocation inside that headroom works
    assert run_isolated(lambda: len(bytearray(100 * 2**20)), label="x", limits=SMALL) == 100 * 2**20


def test_deadline_kills_a_hang() -> None:
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match=r"slow\.pdf: reading the file took longer than 0\.5 s"):
        run_isolated(time.sleep, 30, label="slow.pdf", limits=Limits(timeout_s=0.5))
    assert time.monotonic() - started < 3


def test_deadline_kills_the_grandchildren_too(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"

    def start_and_wait():
        proc = subprocess.Popen(["sleep", "60"])
        pid_file.write_text(str(proc.pid))
        proc.wait()

    with pytest.raises(DocumentTooLarge):
        run_isolated(start_and_wait, label="scan.pdf", limits=Limits(timeout_s=1))
    pid = int(pid_file.read_text())
    for _ in range(50):  # the orphan is reaped by init shortly after the kill
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        with open(f"/proc/{pid}/stat") as f:
            assert f.read().split()[2] == "Z", "the sleep started by the reader is still running"


def test_a_child_that_answers_and_then_hangs_is_killed_not_waited_for(monkeypatch) -> None:
    # the answer is in, but the child never exits (a lock left held across the fork, say):
    # the caller gets the answer once the grace period is over, and the child is gone
    monkeypatch.setattr(sandbox, "EXIT_GRACE_S", 0.5)

    def answer_then_hang():
        sandbox._channel.send(("ok", os.getpid()))
        time.sleep(60)

    started = time.monotonic()
    pid = run_isolated(answer_then_hang, label="x", limits=SMALL)
    assert time.monotonic() - started < 4
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # reaped: no such process any more


def test_extend_deadline_buys_time_for_slow_progress() -> None:
    def slow_but_alive():
        for _ in range(4):
            extend_deadline(0.5)
            time.sleep(0.3)
        return "done"

    assert run_isolated(slow_but_alive, label="scan.pdf", limits=Limits(timeout_s=0.5)) == "done"
    extend_deadline(10)  # outside a child: nothing happens


def test_crash_is_reported_as_a_damaged_file() -> None:
    with pytest.raises(CorruptDocument, match=r"odd\.pdf: reading the file crashed \(signal SIGSEGV\)"):
        run_isolated(lambda: os.kill(os.getpid(), 11), label="odd.pdf")


def test_abort_with_little_memory_used_is_a_crash_not_memory() -> None:
    with pytest.raises(CorruptDocument, match="crashed"):
        run_isolated(os.abort, label="odd.pdf")


def test_bug_comes_back_as_runtime_error_with_the_child_traceback() -> None:
    def buggy():
        return {}["missing"]

    with pytest.raises(RuntimeError, match="KeyError: 'missing'") as info:
        run_isolated(buggy, label="x")
    assert "buggy" in "".join(info.value.__notes__)


def test_unpicklable_result_is_a_bug_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="cannot be returned"):
        run_isolated(lambda: (lambda: None), label="x")


def test_rules_task_words_its_errors_for_rules() -> None:
    with pytest.raises(RuleError, match=r"--rules mine: matching the rules took longer than 0\.5 s; .*backtrack"):
        run_isolated(time.sleep, 10, label="--rules mine", limits=Limits(timeout_s=0.5), task=MATCHING_RULES)


def test_without_isolation_the_function_runs_here(monkeypatch) -> None:
    monkeypatch.setattr(sandbox, "isolation_available", lambda: False)
    assert run_isolated(os.getpid, label="x") == os.getpid()


def test_limits_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("OFFERCHECK_MEMORY_MB", "300")
    monkeypatch.setenv("OFFERCHECK_TIMEOUT", "7")
    assert Limits.default() == Limits(300, 7.0)
    assert Limits.default(timeout_s=3) == Limits(300, 3.0)
    monkeypatch.setenv("OFFERCHECK_TIMEOUT", "soon")
    assert Limits.default().timeout_s == sandbox.DEFAULT_TIMEOUT_S


@pytest.mark.parametrize("value", ["inf", "1e308", "Infinity"])
def test_limits_past_the_maximum_are_clamped(monkeypatch, value) -> None:
    monkeypatch.setenv("OFFERCHECK_MEMORY_MB", value)
    monkeypatch.setenv("OFFERCHECK_TIMEOUT", value)
    assert Limits.default() == Limits(sandbox.MAX_MEMORY_MB, sandbox.MAX_TIMEOUT_S)
    assert Limits.default(timeout_s=float(value)).timeout_s == sandbox.MAX_TIMEOUT_S
    monkeypatch.setenv("OFFERCHECK_TIMEOUT", "nan")
    assert Limits.default().timeout_s == sandbox.DEFAULT_TIMEOUT_S


def test_buffered_output_is_not_written_twice(tmp_path: Path) -> None:
    code = ("import sys; from offercheck.sandbox import run_isolated\n"
            "sys.stdout.write('before ')\n"
            "print(run_isolated(lambda: 'after', label='x'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         stdin=subprocess.DEVNULL)
    assert out.stdout == "before after\n", out.stderr
