"""Safe YAML reading shared by the rulebook and the expectations file.

Only plain data is built (SafeLoader): ``!!python/...`` tags are refused, aliases are
refused (an alias bomb loads in milliseconds and then takes seconds and gigabytes to
walk), and every mapping remembers the line it started on so errors can say
``file:line``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LINE_KEY = "__line__"
MAX_BYTES = 2_000_000


class Line(int):
    """The line a mapping starts on; ``.keys`` maps each of its keys to the key's own line."""

    keys: dict


def key_line(mapping: dict, key: str) -> int | None:
    """The line of ``key`` in a loaded mapping, else the mapping's own line."""
    line = mapping.get(LINE_KEY)
    return getattr(line, "keys", {}).get(key, line)


# libyaml's parser when present (about seven times faster on the rules), else PyYAML's.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):
    unique_keys = False

    def construct_mapping(self, node, deep=False):
        if self.unique_keys:
            self._refuse_duplicate_keys(node)
        mapping = super().construct_mapping(node, deep=deep)
        line = Line(node.start_mark.line + 1)
        line.keys = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
        mapping[LINE_KEY] = line
        return mapping

    @staticmethod
    def _refuse_duplicate_keys(node) -> None:
        """A key written twice would silently keep only its last value."""
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"'{key_node.value}' appears twice (first on line {seen[key_node.value]})",
                    key_node.start_mark)
            seen[key_node.value] = key_node.start_mark.line + 1

    # Numbers no amount, count or score can be: refused here, where the line is known,
    # rather than failing later as an OverflowError or decimal.InvalidOperation.
    def construct_finite_float(self, node):
        value = self.construct_yaml_float(node)
        if value != value or value in (float("inf"), float("-inf")):
            raise yaml.constructor.ConstructorError(
                None, None, f"'{node.value}' is not a finite number", node.start_mark)
        return value

    def construct_short_int(self, node):
        if len(node.value) > MAX_NUMBER_CHARS:
            raise yaml.constructor.ConstructorError(
                None, None, f"a number of {len(node.value)} digits is too long", node.start_mark)
        return self.construct_yaml_int(node)

    # 2025-02-30, month 13, year 0 look like dates to YAML but are none: left as the text
    # they are, so the reader that expected a date says which key holds it.
    def construct_checked_timestamp(self, node):
        try:
            return self.construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


MAX_NUMBER_CHARS = 100
_LineLoader.add_constructor("tag:yaml.org,2002:float", _LineLoader.construct_finite_float)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _LineLoader.construct_short_int)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_checked_timestamp)


def _refuse_aliases(text: str) -> None:
    """Refuse the first alias, at its own line, before anything is composed."""
    for event in yaml.parse(text, Loader=_SafeBase):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed", event.start_mark)


def _load(text: str, unique_keys: bool = False) -> Any:
    _refuse_aliases(text)
    loader = _LineLoader(text)
    loader.unique_keys = unique_keys
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return loader.construct_document(node)
    finally:
        loader.dispose()


class YamlError(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def load_yaml(path: Path | str, text: str | None = None, *, unique_keys: bool = False) -> Any:
    """Parse YAML text safely; raise YamlError with line and column on failure.

    ``unique_keys`` refuses a mapping key written twice (PyYAML keeps the last silently).
    """
    if text is None:
        p = Path(path)
        if p.stat().st_size > MAX_BYTES:
            raise YamlError(f"file is larger than {MAX_BYTES // 1_000_000} MB")
        text = p.read_text(encoding="utf-8")
    try:
        return _load(text, unique_keys)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "invalid YAML"
        if "could not determine a constructor" in str(e):
            problem = "tags such as !!python/... are not allowed"
        raise YamlError(problem, mark.line + 1 if mark else None,
                        mark.column + 1 if mark else None) from None
    except yaml.YAMLError as e:
        raise YamlError(str(e).splitlines()[0]) from None
    except RecursionError:  # PyYAML's pure-Python composer recurses; libyaml stops at depth 1000
        raise YamlError("the YAML is nested too deeply") from None


def strip_lines(data: Any) -> Any:
    """The same data without the line markers."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k != LINE_KEY}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data
