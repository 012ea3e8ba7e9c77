"""docs/extending.md stays true: every file, Python name, command, option and nox session it names exists."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from diplonews.cli import main

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "docs" / "extending.md").read_text(encoding="utf-8")
CODE = re.findall(r"`([^`\n]+)`", GUIDE)
PATHS = [c for c in CODE if "/" in c and " " not in c and not c.startswith("--")]
NAMES = [c for c in CODE if re.fullmatch(r"diplonews(\.\w+)+", c)]
COMMANDS = [c for c in CODE if c.startswith("diplonews ")]
SESSIONS = [c.split()[-1] for c in CODE if c.startswith("nox -s ")]


def test_the_guide_names_things_to_check() -> None:
    """The guide is made of checkable references (a guard against the regexes silently matching nothing)."""
    assert len(PATHS) >= 15
    assert len(NAMES) >= 8
    assert len(COMMANDS) >= 4
    assert len(SESSIONS) >= 2


@pytest.mark.parametrize("path", PATHS)
def test_named_file_exists(path: str) -> None:
    """A file or folder the guide names is in the checkout."""
    assert (ROOT / path).exists(), path


@pytest.mark.parametrize("dotted", NAMES)
def test_named_python_object_exists(dotted: str) -> None:
    """A module, class, function or attribute the guide names can be imported."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return
    pytest.fail(f"{dotted} cannot be imported")


@pytest.mark.parametrize("command", COMMANDS)
def test_named_command_exists_with_its_options(command: str) -> None:
    """`diplonews <group> <command> [--option]` resolves to a command that has every option named."""
    import click

    words = command.split()[1:]
    cmd: click.Command = main
    ctx = click.Context(main)
    while words and isinstance(cmd, click.Group) and not words[0].startswith("-"):
        found = cmd.get_command(ctx, words.pop(0))
        assert found is not None, command
        cmd = found
    options = {opt for param in cmd.params for opt in getattr(param, "opts", ())}
    assert {w for w in words if w.startswith("--")} <= options, command


@pytest.mark.parametrize("session", SESSIONS)
def test_named_nox_session_exists(session: str) -> None:
    """A nox session the guide names is defined in noxfile.py."""
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    assert session in {f.name for f in tree.body if isinstance(f, ast.FunctionDef)}


def test_options_the_guide_names_exist_on_some_command() -> None:
    """Every `--option` the guide mentions on its own is an option of the command line."""
    import click

    ctx = click.Context(main)
    found = {opt for param in main.params for opt in getattr(param, "opts", ())}
    stack: list[click.Command] = [main]
    while stack:
        cmd = stack.pop()
        found |= {opt for param in cmd.params for opt in getattr(param, "opts", ())}
        if isinstance(cmd, click.Group):
            stack += [c for name in cmd.list_commands(ctx) if (c := cmd.get_command(ctx, name)) is not None]
    named = {o for c in CODE for o in re.findall(r"--[a-z][a-z-]+", c)} - {"--"}
    assert named <= found, sorted(named - found)
