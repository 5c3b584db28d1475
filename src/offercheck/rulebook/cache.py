"""Compiled rule regexes (and parsed rule files) kept on disk between runs, as Python
keeps .pyc files.

Compiling the rules' regexes (``{money}`` and ``{date}`` make them large) and reading
their parse trees costs more than half a second, at every start. What that produces is
plain data (the regex engine's code, group names, anchors), so it is kept in one
``marshal`` file, keyed by the regex's own text: a changed rule is simply a new key.

Where: ``$OFFERCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/offercheck``, else
``~/.cache/offercheck`` (none when there is no home: no ``HOME`` and no passwd entry);
``OFFERCHECK_NO_CACHE=1`` turns it off. Only rules go in it,
never anything from a document. A missing, unreadable, damaged or stale file (or a FIFO or device
in its place, or entries of another shape) is the same as an empty one, and a cache that cannot be written is not an error: the run just
compiles afresh. The file is written once, at exit, to a temporary name and renamed,
so a reader never sees half of it.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

from offercheck.rulebook.regex import backtracks, build, compile_entry, prefilter

CACHE_VERSION = 2
"""Raise when the layout of what is stored changes."""

MAX_ENTRIES = 20_000
"""Past this, a save keeps only what the run used (rules edited many times over)."""


def cache_dir() -> Path | None:
    if os.environ.get("OFFERCHECK_NO_CACHE", "") not in ("", "0"):
        return None
    if os.environ.get("OFFERCHECK_CACHE_DIR"):
        return Path(os.environ["OFFERCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no HOME and no passwd entry (a container's uid)
            return None
    return Path(base) / "offercheck"


def _file_name() -> str:
    """Named for this Python, its regex engine, and the code that works out what is
    stored (a change to it is a new file, as a changed rule is a new key)."""
    import _sre
    import hashlib

    from offercheck import yamlio
    from offercheck.rulebook import regex
    code = hashlib.sha1(b"".join(Path(m.__file__).read_bytes() for m in (regex, yamlio))
                        + Path(__file__).read_bytes()).hexdigest()[:12]
    return f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{CACHE_VERSION}-{code}.marshal"


class RegexCache:
    def __init__(self, directory: Path | None):
        self.path = directory / _file_name() if directory is not None else None
        self._entries: dict | None = None
        self._used: set = set()
        self.dirty = False

    @property
    def entries(self) -> dict:
        if self._entries is None:
            self._entries = {}
            if self.path is not None:
                try:
                    data = marshal.loads(_read_regular(self.path))
                except (OSError, EOFError, ValueError, TypeError):
                    data = None
                if isinstance(data, dict):
                    self._entries = data
        return self._entries

    def get(self, key):
        value = self.entries.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key, value) -> None:
        self.entries[key] = value
        self._used.add(key)
        self.dirty = True

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        tmp = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=self.path.parent)
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(entries))
            os.replace(tmp, self.path)
            tmp = None
            self.dirty = False
            # files an older offercheck left for this Python are stale now
            for old in self.path.parent.glob(f"regex-{sys.implementation.cache_tag}-*.marshal"):
                if old != self.path:
                    old.unlink()
        except (OSError, ValueError):
            pass
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


def _read_regular(path: Path) -> bytes:
    """The file's bytes; a FIFO or a device there (it would block, or never end) is an OSError."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        return f.read()


_CACHE: RegexCache | None = None


def regex_cache() -> RegexCache:
    global _CACHE
    if _CACHE is None:
        _CACHE = RegexCache(cache_dir())
        atexit.register(_CACHE.save)
    return _CACHE


def checked(source: str) -> tuple[bool, tuple[frozenset[str], ...]]:
    """(does it nest repeats that backtrack, its prefilter) for a regex as written."""
    key = ("check", source)
    value = regex_cache().get(key)
    if not _is_check(value):  # missing, or a damaged cache's entry of another shape
        value = (backtracks(source), prefilter(source))
        regex_cache().put(key, value)
    return value


def _is_check(value) -> bool:
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], bool)
            and isinstance(value[1], tuple) and all(isinstance(s, frozenset) for s in value[1]))


def compiled(source: str, flags: int) -> tuple[re.Pattern, tuple]:
    """The compiled pattern, and (anchors, heads): see :mod:`offercheck.rulebook.regex`."""
    flags = int(flags)  # a re.RegexFlag would not marshal
    key = ("re", source, flags)
    cache = regex_cache()
    entry = cache.get(key)
    if isinstance(entry, tuple) and len(entry) == 6:
        try:
            return build(source, entry), entry[4:6]
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh below
            pass
    entry = compile_entry(source, flags)  # raises re.error for a bad regex
    try:
        pattern = build(source, entry)
    except Exception:  # noqa: BLE001 - this Python's engine differs: no cache, plain re
        return re.compile(source, flags), entry[4:6]
    cache.put(key, entry)
    return pattern, entry[4:6]


def rule_file(path: Path) -> Any:
    """``load_yaml(path, unique_keys=True)``, from the cache when a file with these very
    bytes was read before (parsing the shipped rules is most of loading them)."""
    import hashlib

    from offercheck.yamlio import MAX_BYTES, load_yaml

    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        return load_yaml(path, unique_keys=True)  # refuses it
    key = ("yaml", hashlib.sha1(raw).hexdigest())
    hit = regex_cache().get(key)
    if isinstance(hit, dict):  # a rule file is a mapping; anything else is a damaged entry
        try:
            return _decode(hit)
        except (TypeError, IndexError, KeyError, ValueError):
            pass
    data = load_yaml(path, raw.decode("utf-8"), unique_keys=True)
    plain = _encode(data)
    try:
        marshal.dumps(plain)
    except ValueError:  # a date or another value marshal cannot keep: not cached
        return data
    regex_cache().put(key, plain)
    return data


def _encode(data: Any) -> Any:
    """YAML data as marshal keeps it: a line marker becomes a tuple (line, key lines)."""
    from offercheck.yamlio import Line

    if isinstance(data, dict):
        return {k: _encode(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_encode(v) for v in data]
    if isinstance(data, Line):
        return (int(data), dict(getattr(data, "keys", {})))
    return data


def _decode(data: Any) -> Any:
    from offercheck.yamlio import Line

    if isinstance(data, dict):
        return {k: _decode(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_decode(v) for v in data]
    if isinstance(data, tuple):
        line = Line(data[0])
        line.keys = data[1]
        return line
    return data
