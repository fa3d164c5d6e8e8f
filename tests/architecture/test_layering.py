"""The import graph follows the layering written in docs/architecture.md: a lower layer never
imports a higher one (it offers a hook or emits an event instead), and no two modules import
each other. Read from the source, so a new import against the layering fails here."""

import ast
from pathlib import Path

import openline

ROOT = Path(openline.__file__).parent

# Lowest first; apps on one rank do not import each other. Keep in step with docs/architecture.md.
LAYERS: list[set[str]] = [
    {"core"},
    {"web", "language"},
    {"accounts"},
    {"people", "notifications"},
    {"community"},
    {"participation"},
    {"inbox"},
    {"channels"},
    {"guidance", "knowledge", "feedback", "hooks"},
    {"insights"},
    {"api"},
    {"demo"},
    {"cli"},
]
RANK = {app: rank for rank, apps in enumerate(LAYERS) for app in apps}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["openline", *parts])


def _imports(path: Path) -> set[str]:
    """Every openline module `path` imports, at the top or inside a function."""
    module = _module_name(path)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # `from . import x` and `from pkg import module` name modules too.
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("openline.")}


def _graph() -> dict[str, set[str]]:
    sources = [p for p in ROOT.rglob("*.py") if "migrations" not in p.parts]
    modules = {_module_name(p) for p in sources}
    return {_module_name(p): _imports(p) & modules for p in sources}


def _app(module: str) -> str:
    return module.split(".")[1]


def test_every_app_has_a_place_in_the_layering():
    apps = {_app(module) for module in _graph() if module.count(".") >= 1}
    assert apps - set(RANK) == set()


def test_no_app_imports_one_above_or_beside_it():
    upward = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _app(module) != _app(target) and RANK[_app(target)] >= RANK[_app(module)]
    )
    assert upward == []


def test_no_two_modules_import_each_other():
    graph = _graph()
    pairs = sorted(
        f"{a} <-> {b}" for a, targets in graph.items() for b in targets if a < b and a in graph[b]
    )
    assert pairs == []
