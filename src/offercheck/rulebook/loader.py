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
from offercheck.fields import all_field_names
from offercheck.yamlio import LINE_KEY, YamlError, key_line, load_yaml, strip_lines

RULE_KEYS = {"field", "description", "normalizer", "params", "score", "context", "patterns",
             "examples"}
PATTERN_KEYS = {"name", "regex", "tokens", "value", "normalizer", "params", "score", "context",
                "group", "case"}
CONTEXT_KEYS = {"near", "side", "within", "add", "veto", "name"}
EXAMPLE_KEYS = {"text", "match", "value", "todo", "name"}
SIDES = ("before", "after", "either", "line", "sentence", "clause")


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


_SAMPLE = [chr(c) for c in range(32, 127)] + list("\t\n\u00a0é’“”€£₹")


def _edge(items, last: bool = False) -> set[str] | None:
    """The sample characters a parsed (sre) sequence can start with (or end with, when
    ``last``); None for 'any character'; an empty set when it can match nothing at all."""
    from re import _constants as C

    seq = list(items)
    order = list(reversed(seq)) if last else seq
    for k, (op, av) in enumerate(order):
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.NOT_LITERAL:
            return {c for c in _SAMPLE if c != chr(av)}
        if op is C.IN:
            return _in_set(av)
        if op is C.ANY:
            return None
        if op is C.SUBPATTERN:
            inner = _edge(av[-1], last)
            if inner == set():
                continue
            return inner
        if op is C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                f = _edge(branch, last)
                if f is None:
                    return None
                out |= f
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            f = _edge(av[2], last)
            if av[0] > 0 or f is None:
                return f
            rest_items = order[k + 1:]
            rest = _edge(list(reversed(rest_items)) if last else rest_items, last)
            return None if rest is None else f | rest
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        return None
    return set()


def _in_set(av) -> set[str] | None:
    from re import _constants as C

    tests = {C.CATEGORY_DIGIT: str.isdigit, C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
             C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
             C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
             C.CATEGORY_SPACE: str.isspace, C.CATEGORY_NOT_SPACE: lambda c: not c.isspace()}
    negate, out = False, set()
    for op, v in av:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.add(chr(v))
        elif op is C.RANGE:
            out |= {c for c in _SAMPLE if v[0] <= ord(c) <= v[1]}
        elif op is C.CATEGORY and v in tests:
            out |= {c for c in _SAMPLE if tests[v](c)}
        else:
            return None
    return {c for c in _SAMPLE if c not in out} if negate else out


def _children(op, av):
    from re import _constants as C

    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return [av[2]]
    if op is C.SUBPATTERN:
        return [av[-1]]
    if op is C.BRANCH:
        return list(av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


def _unbounded_repeats(items, outer=None):
    """Yield (outer item, inner item) for each unbounded repeat inside another one."""
    from re import _constants as C

    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] == C.MAXREPEAT:
            if outer is not None:
                yield outer, av[2]
            yield from _unbounded_repeats(av[2], av[2])
        else:
            for child in _children(op, av):
                yield from _unbounded_repeats(child, outer)


def _backtracks(source: str) -> bool:
    """A repeat holding another unbounded repeat, whose turns can split the same text in
    more than one way: ``(a+)+``, ``(\\w+\\s?)*``, ``(a*)*``. Safe when what ends one turn
    cannot begin the next (``(?:\\.\\d+)*``, ``(?:[a-z]+\\s)+``)."""
    from re import _parser

    try:
        tree = _parser.parse(source).data
    except Exception:  # noqa: BLE001 - re.compile reports the syntax error
        return False
    for outer, inner in _unbounded_repeats(tree):
        start, end = _edge(outer), _edge(outer, last=True)
        if start is None or end is None or not start or not end:
            return True
        first, final = _edge(inner), _edge(inner, last=True)
        if first is None or final is None:
            return bool(start & end)
        # a character that can end one turn, begin the next, and be taken by the inner
        # repeat lets the turns split the same text in many ways
        if start & end & (first | final):
            return True
    return False


class RuleRegex:
    """A rule's regex, compiled on first use, with a literal prefilter.

    Expanding ``{money}`` or ``{date}`` makes a regex large and slow to compile (about
    2 ms each with IGNORECASE), so the shipped rules, whose every regex the test suite
    compiles, are compiled only when a document could match them: ``required`` lists
    literal strings the regex cannot match without (each entry: at least one of its
    alternatives), read from the parse tree of the regex with its macros left out, and
    :meth:`may_match` checks them against the lower-cased text. Anything else (``search``,
    ``finditer``, ``groupindex`` ...) is the compiled ``re.Pattern``'s.
    """

    __slots__ = ("source", "flags", "required", "_compiled")

    def __init__(self, source: str, flags: int, required: tuple[frozenset[str], ...] = (),
                 compiled: re.Pattern | None = None):
        self.source, self.flags, self.required, self._compiled = source, flags, required, compiled

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def may_match(self, haystack: str) -> bool:
        """False only when the regex cannot match text whose :func:`haystack` this is."""
        return all(any(s in haystack for s in req) for req in self.required)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"RuleRegex({self.source[:60]!r})"


# Characters that IGNORECASE matches with an ASCII letter but that str.lower() leaves
# alone (re's case equivalences); tests/test_batch.py checks this over the whole BMP.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def haystack(text: str) -> str:
    """The text that :meth:`RuleRegex.may_match` searches: lower-cased, case equivalents folded."""
    return text.translate(_FOLD).lower()


def _required(items) -> list[frozenset[str]]:
    """Literal strings a parsed (sre) sequence cannot match without: each entry is a set
    of alternatives one of which occurs in any text it matches (ASCII runs, lower-cased)."""
    from re import _constants as C

    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if len(run) >= 2:
            out.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is C.SUBPATTERN:
            out.extend(_required(av[-1]))
        elif op is C.ATOMIC_GROUP:
            out.extend(_required(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_required(av[2]))
        elif op is C.BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                best = _best(_required(branch))
                if best is None:
                    break
                alts |= best
            else:
                out.append(frozenset(alts))
    flush()
    return out


def _best(reqs: list[frozenset[str]]) -> frozenset[str] | None:
    return max(reqs, key=lambda r: min(map(len, r)), default=None)


def _prefilter(source: str) -> tuple[frozenset[str], ...]:
    """At most two of the most selective requirements of ``source`` (macros left out)."""
    from re import _parser

    try:
        reqs = _required(_parser.parse(re.sub(r"\{([A-Za-z_]+)\}", "(?:.)", source)).data)
    except Exception:  # noqa: BLE001 - no prefilter; the compile reports real errors
        return ()
    reqs = [r for r in reqs if min(map(len, r)) >= 3]
    return tuple(sorted(reqs, key=lambda r: -min(map(len, r)))[:2])


def _compile_regex(ctx: _Ctx, line: int, source: Any, case: bool, macros: dict[str, str],
                   lazy: bool = False) -> RuleRegex:
    if not isinstance(source, str) or not source.strip():
        raise ctx.fail(line, "regex must be a non-empty string")
    if _backtracks(source):
        raise ctx.fail(line, "regex nests quantifiers (like (a+)+), which can backtrack for ever;"
                             " rewrite it without the nested repeat")
    expanded = _expand_macros(ctx, line, source, macros)
    flags = 0 if case else re.IGNORECASE
    if lazy:
        return RuleRegex(expanded, flags, _prefilter(source))
    try:
        return RuleRegex(expanded, flags, _prefilter(source), re.compile(expanded, flags))
    except re.error as e:
        raise ctx.fail(line, f"bad regex: {e}") from None


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
    _check_keys(ctx, data, RULE_KEYS, "rule")
    fld = data.get("field")
    names = all_field_names()
    if fld not in names:
        raise ctx.fail(line, f"field '{fld}' is not a known field{_did_you_mean(fld, names)}")
    default_norm = data.get("normalizer")
    default_params = strip_lines(data.get("params") or {})
    default_score = data.get("score", 0.7)
    rule_context = _adjustments(ctx, data.get("context"), line, macros, lazy)
    pats = data.get("patterns")
    if not isinstance(pats, list) or not pats:
        raise ctx.fail(line, "patterns must be a non-empty list")
    patterns, seen = [], set()
    for i, p in enumerate(pats):
        if not isinstance(p, dict):
            raise ctx.fail(line, f"pattern {i + 1} must be a mapping")
        pline = p.get(LINE_KEY, line)
        _check_keys(ctx, p, PATTERN_KEYS, "pattern")
        name = str(p.get("name") or f"p{i + 1}")
        if name in seen:
            raise ctx.fail(pline, f"pattern name '{name}' is used twice")
        seen.add(name)
        if ("regex" in p) == ("tokens" in p):
            raise ctx.fail(pline, f"pattern '{name}' needs exactly one of 'regex' or 'tokens'")
        regex = (_compile_regex(ctx, pline, p["regex"], bool(p.get("case", False)), macros, lazy)
                 if "regex" in p else None)
        tokens = strip_lines(p.get("tokens")) if "tokens" in p else None
        if tokens is not None:
            _check_tokens(ctx, pline, name, tokens)
        norm = p.get("normalizer", default_norm)
        has_value = "value" in p
        if not has_value:
            if norm is None:
                raise ctx.fail(pline, f"pattern '{name}' needs a 'value' or a 'normalizer'")
            if norm not in normalizers:
                raise ctx.fail(pline, f"unknown normalizer '{norm}'{_did_you_mean(norm, normalizers)};"
                                      f" known: {', '.join(sorted(normalizers))}")
        params = dict(default_params)
        params.update(strip_lines(p.get("params") or {}))
        if not has_value:
            _check_params(ctx, pline, name, norm, normalizers[norm], params)
        score = p.get("score", default_score)
        if not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ctx.fail(pline, "score must be a number from 0 to 1")
        group = str(p.get("group", "value"))
        if regex is not None and group != "value" and group not in _group_names(regex):
            raise ctx.fail(pline, f"pattern '{name}' names group '{group}' that its regex lacks")
        patterns.append(Pattern(name, regex, tokens, strip_lines(p.get("value")), has_value, norm, params,
                                float(score), rule_context + _adjustments(ctx, p.get("context"), pline, macros, lazy),
                                group, pline))
    examples = []
    for j, e in enumerate(data.get("examples") or []):
        if not isinstance(e, dict) or "text" not in e:
            raise ctx.fail(line, f"example {j + 1} must be a mapping with 'text'")
        _check_keys(ctx, e, EXAMPLE_KEYS, "example")
        if "match" not in e:
            raise ctx.fail(e.get(LINE_KEY), f"example {j + 1} needs 'match' (the matched text, or null)")
        examples.append(Example(str(e["text"]), e["match"], strip_lines(e.get("value")), "value" in e,
                                e.get("todo"), str(e.get("name") or f"ex{j + 1}"), e.get(LINE_KEY, line)))
    if not any(ex.match for ex in examples) or not any(ex.match is None for ex in examples):
        raise ctx.fail(line, "examples must include texts that match and texts that must not")
    return Rule(rule_id, fld, str(data.get("description", "")), tuple(patterns), tuple(examples), str(path))


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
    for root in roots:
        if root.is_file():
            files, base = [root], root.parent
        elif root.is_dir():
            files, base = sorted(root.rglob("*.yaml")), root
        else:
            raise RuleError(f"rules path not found: {root}")
        for path in files:
            if path.name.startswith("_"):
                continue
            rule_id = rule_id_for(base, path)
            if rule_id in ids:
                raise RuleError(f"{path}: rule id '{rule_id}' is already defined by {ids[rule_id]}")
            try:
                data = load_yaml(path, unique_keys=True)
            except YamlError as e:
                where = f"{path}:{e.line}:{e.column}" if e.line else str(path)
                raise RuleError(f"{where}: {e.message}") from None
            except (OSError, UnicodeDecodeError) as e:
                raise RuleError(f"{path}: cannot read rule file ({e.__class__.__name__})") from None
            ids[rule_id] = path
            # the shipped rules are tested, so they compile on first use; a user's at once
            book.rules.append(_load_rule(path, rule_id, data, mac, NORMALIZERS, lazy=root is roots[0]))
    return book
