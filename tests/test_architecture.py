"""ARCHITECTURE.md is the map, and the code keeps it true.

* every module under ``src/offercheck`` is named in ARCHITECTURE.md (and every module
  the map names exists);
* the import graph has no circle, counting the imports inside functions (a lazy import
  is still a dependency);
* the renderers lay out a Report: they import nothing that computes content;
* no function is above radon's complexity grade C;
* values are written as JSON in one place, and nothing caches a value on a frozen Document.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "offercheck"
MAP = ROOT / "ARCHITECTURE.md"


def modules() -> dict[str, Path]:
    out = {}
    for p in sorted(PKG.rglob("*.py")):
        parts = p.relative_to(PKG.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = p
    return out


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                full = f"{target}.{alias.name}"
                out.add(full if full in known else target)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m in known and m != name}


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports(name, path, set(mods)) for name, path in mods.items()}


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def test_cycles_finds_a_circle_and_only_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_graph_has_no_circle():
    assert cycles(graph()) == []


def _named_in_map() -> set[str]:
    """The package's files the map names, as `extract.py` or `ingest/pdf.py` (names in
    other folders, `scripts/bench.py`, are not the package's)."""
    text = MAP.read_text(encoding="utf-8")
    folders = {p.name for p in PKG.iterdir() if p.is_dir() and p.name != "__pycache__"}
    names = set(re.findall(r"`((?:[a-z_]+/)?[a-z_]+\.py)`", text))
    return {n for n in names if "/" not in n or n.split("/")[0] in folders}


def test_every_module_is_on_the_map_and_the_map_names_no_other():
    on_map = _named_in_map()
    files = {p.relative_to(PKG).as_posix() for p in modules().values()}
    assert files - on_map == set(), "modules missing from ARCHITECTURE.md"
    assert on_map - files == set(), "ARCHITECTURE.md names modules that do not exist"


def test_renderers_only_lay_out():
    g = graph()
    computing = {"offercheck.compare", "offercheck.suggest", "offercheck.describe", "offercheck.flags", "offercheck.flag_checks",
                 "offercheck.report", "offercheck.expectations", "offercheck.extract", "offercheck.resolve",
                 "offercheck.derive", "offercheck.timeline"}
    reach = {m: sorted(g[m] & computing) for m in g if m.startswith("offercheck.render")}
    assert all(not v for v in reach.values()), reach


def test_no_function_is_above_complexity_grade_c():
    cc = pytest.importorskip("radon.complexity")
    worst = []
    for name, path in modules().items():
        for block in cc.cc_visit(path.read_text(encoding="utf-8")):
            if cc.cc_rank(block.complexity) > "C":
                worst.append(f"{name}:{block.lineno} {block.name} {cc.cc_rank(block.complexity)} ({block.complexity})")
    assert not worst, worst


def test_json_is_written_in_one_place():
    """Values are typed end to end; only values.py and render/json.py write them as JSON."""
    allowed = {PKG / "values.py", PKG / "render" / "json.py"}
    for path in PKG.rglob("*.py"):
        if path not in allowed:
            assert "to_json" not in path.read_text(encoding="utf-8"), path.name


def test_no_value_is_cached_on_a_frozen_document():
    for path in PKG.rglob("*.py"):
        assert "_offercheck_" not in path.read_text(encoding="utf-8"), path.name
