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


class _LineLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):  # noqa: D401 - yaml hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed", event.start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


class YamlError(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def load_yaml(path: Path | str, text: str | None = None) -> Any:
    """Parse YAML text safely; raise YamlError with line and column on failure."""
    if text is None:
        p = Path(path)
        if p.stat().st_size > MAX_BYTES:
            raise YamlError(f"file is larger than {MAX_BYTES // 1_000_000} MB")
        text = p.read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "invalid YAML"
        if "could not determine a constructor" in str(e):
            problem = "tags such as !!python/... are not allowed"
        raise YamlError(problem, mark.line + 1 if mark else None,
                        mark.column + 1 if mark else None) from None
    except yaml.YAMLError as e:
        raise YamlError(str(e).splitlines()[0]) from None


def strip_lines(data: Any) -> Any:
    """The same data without the line markers."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k != LINE_KEY}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data
