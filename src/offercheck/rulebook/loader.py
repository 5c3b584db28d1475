"""Load rules/*.yaml: strict schema, compiled patterns, errors that name file:line.

The id is the path: ``rules/compensation/base-salary.yaml`` is
``compensation.base-salary``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import process

from offercheck.errors import RuleError
from offercheck.rulebook.cache import checked, rule_file
from offercheck.rulebook.flagspec import FLAG_FIELD, FlagSchema, FlagSpec
from offercheck.rulebook.rule_regex import RuleRegex
from offercheck.fields import all_field_names
from offercheck.yamlio import LINE_KEY, YamlError, key_line, strip_lines

RULE_KEYS = {"field", "description", "normalizer", "params", "score", "context", "patterns",
             "examples"}
PATTERN_KEYS = {"name", "regex", "tokens", "value", "normalizer", "params", "score", "context",
                "group", "case"}
CONTEXT_KEYS = {"near", "side", "within", "add", "veto", "name"}
EXAMPLE_KEYS = {"text", "match", "value", "todo", "name"}
FLAG_RULE_KEYS = {"flag", "when", "description", "normalizer", "params", "score", "context", "patterns",
                  "examples"}
FLAG_EXAMPLE_KEYS = {"text", "match", "title", "todo", "name"}
"""A flag's example names the flag's first evidence (``match``) and its ``title``."""
SIDES = ("before", "after", "either", "line", "sentence", "clause", "section", "match")


@dataclass(frozen=True)
class Adjustment:
    """A context word or phrase that raises, lowers or vetoes a finding."""

    name: str
    near: re.Pattern
    side: str
    within: int
    add: float
    veto: bool


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern | None
    tokens: list | None
    value: Any
    """A constant value (booleans, enums, list elements); None means normalize the text."""
    has_value: bool
    normalizer: str | None
    params: dict
    score: float
    context: tuple[Adjustment, ...]
    group: str
    line: int


@dataclass(frozen=True)
class Example:
    text: str
    match: str | None
    value: Any
    has_value: bool
    todo: str | None
    name: str
    line: int


@dataclass(frozen=True)
class Rule:
    id: str
    field: str
    description: str
    patterns: tuple[Pattern, ...]
    examples: tuple[Example, ...]
    path: str
    flag: FlagSpec | None = None
    """A flag rule's wording and condition (rules/flags/); None for a term rule."""


@dataclass
class Rulebook:
    rules: list[Rule] = field(default_factory=list)

    def by_id(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def default_rules_dir() -> Path:
    """Rules shipped inside the installed package, else the source tree's rules/."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


def _did_you_mean(word: str, choices) -> str:
    best = process.extractOne(str(word), list(choices), score_cutoff=60)
    return f" (did you mean '{best[0]}'?)" if best else ""


class _Ctx:
    def __init__(self, path: Path, rule_id: str):
        self.path, self.rule_id = path, rule_id

    def fail(self, line: int | None, message: str) -> RuleError:
        where = f"{self.path}:{line}" if line else str(self.path)
        return RuleError(f"{where}: rule {self.rule_id}: {message}")


def _check_keys(ctx: _Ctx, data: dict, allowed: set[str], what: str) -> None:
    for key in data:
        if key == LINE_KEY:
            continue
        if key not in allowed:
            raise ctx.fail(key_line(data, key), f"unknown key '{key}' in {what}{_did_you_mean(key, allowed)};"
                                               f" allowed: {', '.join(sorted(allowed))}")


def _expand_macros(ctx: _Ctx, line: int, source: str, macros: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in macros:
            raise ctx.fail(line, f"unknown macro {{{name}}}{_did_you_mean(name, macros)};"
                                 f" known: {', '.join(sorted(macros))}")
        return f"(?:{macros[name]})"
    # {name} with a lowercase identifier is a macro; regex counts like {2,3} are left alone
    return re.sub(r"\{([A-Za-z_]+)\}", sub, source)


def _compile_regex(ctx: _Ctx, line: int, source: Any, case: bool, macros: dict[str, str],
                   lazy: bool = False) -> RuleRegex:
    if not isinstance(source, str) or not source.strip():
        raise ctx.fail(line, "regex must be a non-empty string")
    nested, required = checked(source)
    if nested:
        raise ctx.fail(line, "regex nests quantifiers (like (a+)+), which can backtrack for ever;"
                             " rewrite it without the nested repeat")
    expanded = _expand_macros(ctx, line, source, macros)
    regex = RuleRegex(expanded, 0 if case else re.IGNORECASE, required)
    if not lazy:
        try:
            regex.compiled
        except re.error as e:
            raise ctx.fail(line, f"bad regex: {e}") from None
    return regex


def _group_names(regex: RuleRegex):
    if regex._compiled is not None:
        return regex._compiled.groupindex
    return set(re.findall(r"\(\?P<([A-Za-z_]\w*)>", regex.source))


def _adjustments(ctx: _Ctx, items: Any, line: int, macros: dict[str, str],
                 lazy: bool = False) -> tuple[Adjustment, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ctx.fail(line, "context must be a list of {near, side, within, add | veto}")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise ctx.fail(line, "each context entry must be a mapping")
        iline = item.get(LINE_KEY, line)
        _check_keys(ctx, item, CONTEXT_KEYS, "context")
        if "near" not in item:
            raise ctx.fail(iline, "context entry needs 'near' (a regex)")
        side = item.get("side", "either")
        if side not in SIDES:
            raise ctx.fail(iline, f"side '{side}' is not one of {', '.join(SIDES)}")
        veto = bool(item.get("veto", False))
        add = item.get("add", 0.0)
        if not isinstance(add, (int, float)) or isinstance(add, bool):
            raise ctx.fail(iline, "add must be a number such as 0.1 or -0.2")
        if not veto and not add:
            raise ctx.fail(iline, "context entry needs 'add' (a number) or 'veto: true'")
        within = item.get("within", 60)
        if not isinstance(within, int) or within < 0 or within > 2000:
            raise ctx.fail(iline, "within must be a whole number of characters, 0 to 2000")
        out.append(Adjustment(str(item.get("name", item["near"]))[:60],
                              _compile_regex(ctx, iline, item["near"], False, macros, lazy),
                              side, within, float(add), veto))
    return tuple(out)


def _load_rule(path: Path, rule_id: str, data: Any, macros: dict[str, str], normalizers,
               lazy: bool = False) -> Rule:
    ctx = _Ctx(path, rule_id)
    if not isinstance(data, dict):
        raise ctx.fail(None, "a rule file must be a mapping with 'field' and 'patterns'")
    line = data.get(LINE_KEY, 1)
    is_flag = "flag" in data
    _check_keys(ctx, data, FLAG_RULE_KEYS if is_flag else RULE_KEYS, "flag rule" if is_flag else "rule")
    flag = None
    if is_flag:
        flag = FlagSchema(ctx.fail, lambda d, allowed, what: _check_keys(ctx, d, allowed, what),
                          _did_you_mean).spec(data, rule_id, "patterns" in data)
        fld = FLAG_FIELD
    else:
        fld = data.get("field")
        names = all_field_names()
        if fld not in names:
            raise ctx.fail(line, f"field '{fld}' is not a known field{_did_you_mean(fld, names)}")
    patterns = () if flag is not None and flag.when else _load_patterns(ctx, data, macros, normalizers, lazy, is_flag)
    examples = _load_examples(ctx, data, FLAG_EXAMPLE_KEYS if is_flag else EXAMPLE_KEYS)
    return Rule(rule_id, fld, str(data.get("description", "")), patterns, examples, str(path), flag)


def _load_patterns(ctx: _Ctx, data: dict, macros: dict[str, str], normalizers, lazy: bool,
                   is_flag: bool) -> tuple[Pattern, ...]:
    line = data.get(LINE_KEY, 1)
    defaults = {"normalizer": data.get("normalizer"), "params": strip_lines(data.get("params") or {}),
                "score": data.get("score", 0.7),
                "context": _adjustments(ctx, data.get("context"), line, macros, lazy)}
    pats = data.get("patterns")
    if not isinstance(pats, list) or not pats:
        raise ctx.fail(line, "patterns must be a non-empty list")
    patterns, seen = [], set()
    for i, p in enumerate(pats):
        if not isinstance(p, dict):
            raise ctx.fail(line, f"pattern {i + 1} must be a mapping")
        pattern = _load_pattern(ctx, p, i, p.get(LINE_KEY, line), defaults, macros, normalizers, lazy, is_flag)
        if pattern.name in seen:
            raise ctx.fail(pattern.line, f"pattern name '{pattern.name}' is used twice")
        seen.add(pattern.name)
        patterns.append(pattern)
    return tuple(patterns)


def _load_pattern(ctx: _Ctx, p: dict, i: int, pline: int, defaults: dict, macros: dict[str, str], normalizers,
                  lazy: bool, is_flag: bool) -> Pattern:
    _check_keys(ctx, p, PATTERN_KEYS, "pattern")
    name = str(p.get("name") or f"p{i + 1}")
    if ("regex" in p) == ("tokens" in p):
        raise ctx.fail(pline, f"pattern '{name}' needs exactly one of 'regex' or 'tokens'")
    regex = (_compile_regex(ctx, pline, p["regex"], bool(p.get("case", False)), macros, lazy)
             if "regex" in p else None)
    tokens = strip_lines(p.get("tokens")) if "tokens" in p else None
    if tokens is not None:
        _check_tokens(ctx, pline, name, tokens)
    norm = p.get("normalizer", defaults["normalizer"])
    # a flag's wording needs no value: a match is the flag (its items come from a normalizer)
    has_value = "value" in p or (is_flag and norm is None)
    params = dict(defaults["params"])
    params.update(strip_lines(p.get("params") or {}))
    if not has_value:
        _check_normalizer(ctx, pline, name, norm, normalizers, params)
    score = p.get("score", defaults["score"])
    if not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise ctx.fail(pline, "score must be a number from 0 to 1")
    group = str(p.get("group", "value"))
    if regex is not None and group != "value" and group not in _group_names(regex):
        raise ctx.fail(pline, f"pattern '{name}' names group '{group}' that its regex lacks")
    return Pattern(name, regex, tokens, strip_lines(p.get("value", True if is_flag else None)), has_value, norm,
                   params, float(score),
                   defaults["context"] + _adjustments(ctx, p.get("context"), pline, macros, lazy), group, pline)


def _check_normalizer(ctx: _Ctx, line: int, name: str, norm: str | None, normalizers, params: dict) -> None:
    if norm is None:
        raise ctx.fail(line, f"pattern '{name}' needs a 'value' or a 'normalizer'")
    if norm not in normalizers:
        raise ctx.fail(line, f"unknown normalizer '{norm}'{_did_you_mean(norm, normalizers)};"
                             f" known: {', '.join(sorted(normalizers))}")
    _check_params(ctx, line, name, norm, normalizers[norm], params)


def _load_examples(ctx: _Ctx, data: dict, allowed: set[str]) -> tuple[Example, ...]:
    line = data.get(LINE_KEY, 1)
    examples = []
    for j, e in enumerate(data.get("examples") or []):
        if not isinstance(e, dict) or "text" not in e:
            raise ctx.fail(line, f"example {j + 1} must be a mapping with 'text'")
        _check_keys(ctx, e, allowed, "example")
        if "match" not in e:
            raise ctx.fail(e.get(LINE_KEY), f"example {j + 1} needs 'match' (the matched text, or null)")
        examples.append(Example(str(e["text"]), e["match"], strip_lines(e.get("value", e.get("title"))),
                                "value" in e or "title" in e, e.get("todo"), str(e.get("name") or f"ex{j + 1}"),
                                e.get(LINE_KEY, line)))
    if not any(ex.match for ex in examples) or not any(ex.match is None for ex in examples):
        raise ctx.fail(line, "examples must include texts that match and texts that must not")
    return tuple(examples)


def _check_params(ctx: _Ctx, line: int, name: str, norm: str, fn, params: dict) -> None:
    import inspect

    allowed = [p for p in list(inspect.signature(fn).parameters)[2:]]
    for key in params:
        if key not in allowed:
            raise ctx.fail(line, f"pattern '{name}': normalizer {norm} takes no parameter '{key}'"
                                 f"{_did_you_mean(key, allowed)}; it takes: {', '.join(allowed) or 'none'}")


_TOKEN_ATTRS = {"ORTH", "TEXT", "LOWER", "LENGTH", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_SPACE",
                "IS_TITLE", "IS_UPPER", "LIKE_NUM", "SHAPE", "OP", "REGEX", "IS_SENT_START"}


def _check_tokens(ctx: _Ctx, line: int, name: str, tokens: Any) -> None:
    if not isinstance(tokens, list) or not tokens:
        raise ctx.fail(line, f"pattern '{name}': tokens must be a list of token specs")
    for t in tokens:
        if not isinstance(t, dict):
            raise ctx.fail(line, f"pattern '{name}': each token spec must be a mapping")
        for k in t:
            if k not in _TOKEN_ATTRS:
                raise ctx.fail(line, f"pattern '{name}': unknown token attribute '{k}'"
                                     f"{_did_you_mean(k, _TOKEN_ATTRS)}")


def rule_id_for(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    return ".".join(rel.parts)


def load_rulebook(dirs: list[Path] | None = None) -> Rulebook:
    """Load every rules/**/*.yaml; user rule folders or files may be added with ``dirs``."""
    from offercheck.normalize.registry import NORMALIZERS, macros

    roots = [default_rules_dir()] + list(dirs or [])
    book, ids = Rulebook(), {}
    roots = [Path(r) for r in roots]
    mac = macros()
    folder_macros: dict[Path, dict[str, str]] = {}
    for root in roots:
        if root.is_file():
            files, base = [root], root.parent
        elif root.is_dir():
            files, base = sorted(root.rglob("*.yaml")), root
        else:
            raise RuleError(f"rules path not found: {root}")
        for path in files:
            if path.name.startswith("_") or (root is roots[0] and path.relative_to(base).parts[0] == "law"):
                continue  # rules/law holds law packs (offercheck.lawpack), not rules
            rule_id = rule_id_for(base, path)
            if rule_id in ids:
                raise RuleError(f"{path}: rule id '{rule_id}' is already defined by {ids[rule_id]}")
            try:
                data = rule_file(path)
            except YamlError as e:
                where = f"{path}:{e.line}:{e.column}" if e.line else str(path)
                raise RuleError(f"{where}: {e.message}") from None
            except (OSError, UnicodeDecodeError) as e:
                raise RuleError(f"{path}: cannot read rule file ({e.__class__.__name__})") from None
            ids[rule_id] = path
            if path.parent not in folder_macros:
                folder_macros[path.parent] = _folder_macros(path.parent, mac)
            # the shipped rules are tested, so they compile on first use; a user's at once
            book.rules.append(_load_rule(path, rule_id, data, folder_macros[path.parent], NORMALIZERS,
                                         lazy=root is roots[0]))
    return book


def _folder_macros(folder: Path, macros: dict[str, str]) -> dict[str, str]:
    """The macros every rule gets, and the folder's own from its ``_macros.yaml`` (a mapping
    of name to regex; one may use those above it): the wording several flags share."""
    path = folder / "_macros.yaml"
    if not path.is_file():
        return macros
    try:
        data = rule_file(path)
    except YamlError as e:
        raise RuleError(f"{path}:{e.line}:{e.column}: {e.message}") from None
    ctx = _Ctx(path, "macros")
    if not isinstance(data, dict):
        raise ctx.fail(None, "a macros file must be a mapping of name to regex")
    out = dict(macros)
    for name, source in strip_lines(data).items():
        if not re.fullmatch(r"[a-z_]+", str(name)) or not isinstance(source, str):
            raise ctx.fail(key_line(data, name), f"macro '{name}' needs a lowercase name and a regex")
        out[name] = _expand_macros(ctx, key_line(data, name) or 1, source, out)
    return out
