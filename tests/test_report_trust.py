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

def _with_terminal_stderr(args, out_path: Path) -> tuple[int, bytes]:
    """Run with stdout redirected to a file and stderr on a pseudo-terminal (as in
    `offercheck FOLDER > out.txt` typed in a terminal): (exit status, what the screen got)."""
    master, slave = pty.openpty()
    try:
        with open(out_path, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "offercheck", *map(str, args)], stdout=out,
                                    stderr=slave, stdin=subprocess.DEVNULL)
            os.close(slave)
            screen = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                screen += chunk
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
