"""The layout the README promises: labels only from labels.json, short functions, no cycles, commands in cli.py."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from diplonews.cli import LAZY_COMMANDS, main

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "diplonews"
# The core may not type a label: these folders and modules read every label from schema/labels.json.
# The pre-annotator is exempt: its rules are about particular labels by nature (a title chain makes a PER).
CORE = ("validate", "agreement", "adjudicate", "release", "labelstudio", "authoring.py", "corpus.py", "splits.py")
MAX_FUNCTION_LINES = 60


def _inventory_names() -> set[str]:
    raw = json.loads((ROOT / "schema" / "labels.json").read_text(encoding="utf-8"))
    names = set()
    for value in raw.values():
        for item in value if isinstance(value, list) else ():
            names.add(item.get("name", item.get("id")))
            names.update(mode["name"] for mode in item.get("modes", ()))
    # Proclitics are single Arabic letters that also occur in Arabic text constants; they are data, not labels.
    return {n for n in names if n and n.isascii()}


def _core_files() -> Iterator[Path]:
    for part in CORE:
        path = PACKAGE / part
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _prose(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings or ``__all__`` entries (prose and Python names, not labels)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            out.update(id(n) for n in ast.walk(node.value))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def test_no_label_is_typed_into_the_core() -> None:
    """No string constant in the core equals a label of labels.json; the code asks the inventory instead."""
    names = _inventory_names()
    found = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        prose = _prose(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in prose:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert found == [], "label names typed into the core; read them from load_inventory():\n" + "\n".join(found)


def test_no_function_is_longer_than_sixty_lines() -> None:
    """Every function in the package fits on a screen (split by meaning when one grows)."""
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.name} has {lines} lines")
    assert long == [], "\n".join(long)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """Modules of diplonews imported when ``path`` is imported (module level, not inside functions)."""
    out = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("diplonews"):
            out.add(node.module)
            out.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name.startswith("diplonews"))
    return out


def test_modules_import_without_cycles() -> None:
    """The module-level import graph of the package has no cycle (a package may import its own parts)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {
        name: {m for m in _top_level_imports(path) if m in modules and m != name} for name, path in modules.items()
    }
    # A package's __init__ re-exporting its parts is not a cycle of meaning: drop the edge part -> package.
    for name, deps in graph.items():
        deps -= {m for m in deps if name.startswith(m + ".")}
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                pytest.fail("import cycle: " + " -> ".join([*stack[stack.index(dep) :], dep]))
            if dep not in state:
                visit(dep, [*stack, dep])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_every_command_lives_in_a_cli_module() -> None:
    """Commands of a package live in its cli.py; the top-level modules' commands in diplonews/cli.py."""
    for name, target in LAZY_COMMANDS.items():
        assert target.partition(":")[0].endswith(".cli"), f"{name} is defined in {target}, not a cli module"
    for name, command in main.commands.items():
        assert isinstance(command, click.Command)
        assert command.callback is not None
        assert command.callback.__module__ == "diplonews.cli", name
