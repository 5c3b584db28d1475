"""The stages run one way (issue 12): terms -> checks and flags -> a Report that holds
every sentence it shows -> renderers that only lay it out. Read from the source with
ast, imports inside functions (and under TYPE_CHECKING) counted."""
from __future__ import annotations

import ast
from pathlib import Path

import offercheck

PACKAGE = Path(offercheck.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ("offercheck",) + path.relative_to(PACKAGE).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imports(name: str, path: Path, known) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            found |= {base} | {f"{base}.{a.name}" for a in node.names}
    return {m for m in found if m in known and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_renderers_import_nothing_that_computes_content():
    graph = _graph()
    computing = {"offercheck.compare", "offercheck.suggest", "offercheck.describe", "offercheck.report",
                 "offercheck.flags", "offercheck.expectations"}
    for name, imports in graph.items():
        if name.startswith("offercheck.render"):
            assert not imports & computing, f"{name} imports {sorted(imports & computing)}"


def test_no_import_circle_across_packages():
    """A package and its own modules may import each other (ingest, rulebook); no circle
    runs between modules of different packages (compare <-> expectations <-> suggest was one)."""
    def package(name: str) -> str:
        return name.rsplit(".", 1)[0] if name.count(".") > 1 else name

    for cycle in _cycles(_graph()):
        assert len({package(m) for m in cycle} - {"offercheck"}) == 1 and \
            all(m.startswith(min(cycle)) for m in cycle), f"import circle: {cycle}"


def test_json_is_written_in_one_place():
    """Values are typed end to end; only values.py and render/json.py write them as JSON
    (confidence.py's features still read values' JSON forms: its own follow-up)."""
    allowed = {PACKAGE / "values.py", PACKAGE / "render" / "json.py", PACKAGE / "confidence.py"}
    for path in PACKAGE.rglob("*.py"):
        if path not in allowed:
            assert "to_json" not in path.read_text(encoding="utf-8"), path.name


def test_no_value_is_cached_on_a_frozen_document():
    for path in PACKAGE.rglob("*.py"):
        assert "_offercheck_" not in path.read_text(encoding="utf-8"), path.name
