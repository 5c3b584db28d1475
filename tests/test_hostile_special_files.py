"""Special files as inputs (devices, FIFOs, a damaged rule cache) and a user with no
home: a clear error or the normal result, never a hang or a traceback."""
from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_hostile_support import SAMPLES

from offercheck.rulebook import cache as cache_mod

LETTER = SAMPLES / "us-offer-letter.pdf"
EXPECT = SAMPLES / "us-offer-letter.expect.yaml"
fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def offercheck(*argv: object, env: dict | None = None, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """The CLI in a child process: a hang fails the test instead of stalling the run."""
    return subprocess.run([sys.executable, "-m", "offercheck", *map(str, argv)], capture_output=True,
                          text=True, timeout=timeout, env=env if env is not None else os.environ.copy(), **kwargs)


def assert_clean_exit(proc: subprocess.CompletedProcess, *fragments: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = proc.stderr.splitlines()
    assert 1 <= len(lines) <= 3 and lines[0].startswith("offercheck: "), proc.stderr
    assert "Traceback" not in proc.stderr
    for fragment in fragments:
        assert fragment in proc.stderr, (fragment, proc.stderr)


# ---------------------------------------------------------------- 9. devices and FIFOs

@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_as_expectations_is_refused_at_once() -> None:
    started = time.monotonic()
    proc = offercheck("check", LETTER, "--expect", "/dev/zero", timeout=30)  # it was read for 3.7 GB
    assert_clean_exit(proc, "/dev/zero", "not a regular file")
    assert time.monotonic() - started < 20


@fifos
def test_fifo_as_expectations_does_not_wait(tmp_path: Path) -> None:
    fifo = tmp_path / "me.yaml"
    os.mkfifo(fifo)  # no writer: opening it for reading blocks for ever
    assert_clean_exit(offercheck("check", LETTER, "--expect", fifo), "me.yaml", "not a regular file")


def _extract(cache: Path | None, **kwargs) -> subprocess.CompletedProcess:
    env = os.environ.copy()
    env.pop("OFFERCHECK_NO_CACHE", None)
    if cache is not None:
        env["OFFERCHECK_CACHE_DIR"] = str(cache)
    return offercheck("extract", LETTER, "--format", "json", env=env, **kwargs)


@pytest.fixture(scope="module")
def normal_result(tmp_path_factory) -> str:
    proc = _extract(tmp_path_factory.mktemp("cache"))
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@fifos
def test_cache_file_that_is_a_fifo_is_ignored(tmp_path: Path, normal_result: str) -> None:
    os.mkfifo(tmp_path / cache_mod._file_name())
    proc = _extract(tmp_path)
    assert (proc.returncode, proc.stderr, proc.stdout) == (0, "", normal_result)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_cache_file_that_is_a_device_is_ignored(tmp_path: Path, normal_result: str) -> None:
    (tmp_path / cache_mod._file_name()).symlink_to("/dev/zero")  # read for ever, marshal never done
    proc = _extract(tmp_path)
    assert (proc.returncode, proc.stderr, proc.stdout) == (0, "", normal_result)


@pytest.mark.parametrize("junk", ["junk", 7, ("x",), {"rules": (1,)}])
def test_cache_entries_of_the_wrong_shape_are_compiled_afresh(tmp_path: Path, normal_result: str, junk) -> None:
    assert _extract(tmp_path).returncode == 0  # fills the cache with every rule's entries
    path = tmp_path / cache_mod._file_name()
    entries = marshal.loads(path.read_bytes())
    assert any(k[0] == "check" for k in entries) and any(k[0] == "yaml" for k in entries)
    path.write_bytes(marshal.dumps({key: junk for key in entries}))
    proc = _extract(tmp_path)
    assert (proc.returncode, proc.stderr, proc.stdout) == (0, "", normal_result)


def test_check_entry_of_the_wrong_shape_is_recomputed(tmp_path: Path, monkeypatch) -> None:
    source = r"notice\s+period"
    cache = cache_mod.RegexCache(tmp_path)
    cache._entries = {("check", source): "junk"}
    monkeypatch.setattr(cache_mod, "_CACHE", cache)
    assert cache_mod.checked(source) == (cache_mod.backtracks(source), cache_mod.prefilter(source))


# ---------------------------------------------------------------- 10. no home

def test_no_home_means_no_cache(monkeypatch) -> None:
    def no_home(cls=None):
        raise RuntimeError("Could not determine home directory.")

    for name in ("OFFERCHECK_NO_CACHE", "OFFERCHECK_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(Path, "home", classmethod(no_home))
    assert cache_mod.cache_dir() is None
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: (_ for _ in ()).throw(KeyError("getpwuid(): uid not found"))))
    assert cache_mod.cache_dir() is None


def _homeless_env() -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("HOME", "XDG_CACHE_HOME", "OFFERCHECK_CACHE_DIR", "OFFERCHECK_NO_CACHE")}
    return env


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root and setpriv to take a uid")
def test_cli_for_a_uid_with_no_passwd_entry(normal_result: str) -> None:
    import pwd

    uid = 54321
    while True:
        try:
            pwd.getpwuid(uid)
            uid += 1
        except KeyError:
            break
    env = _homeless_env()
    proc = subprocess.run(["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", sys.executable,
                           "-m", "offercheck", "extract", str(LETTER), "--format", "json"],
                          capture_output=True, text=True, timeout=120, env=env, cwd="/")
    if "Permission denied" in proc.stderr and "offercheck" not in proc.stderr:
        pytest.skip(f"uid {uid} cannot run {sys.executable}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout == normal_result
