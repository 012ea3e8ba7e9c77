"""The README and the CLI agree: quick start, real sessions, every command and nox session documented."""

from __future__ import annotations

import ast
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplonews.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _console_sessions() -> list[tuple[str, str]]:
    """(command, expected output) for every `$ diplonews ...` line of the README's console blocks."""
    found = []
    for block in re.findall(r"^```console\n(.*?)^```", README, re.S | re.M):
        parts = re.split(r"^\$ ", block, flags=re.M)
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            if command.startswith("diplonews "):
                found.append((command, output))
    return found


def test_quick_start_is_two_command_lines() -> None:
    """The quick start is one fenced block of exactly two commands: the main job, then the tests."""
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```bash\n(.*?)^```", section, re.S | re.M)
    assert len(blocks) == 1
    lines = [line for line in blocks[0].splitlines() if line.strip()]
    assert lines == [
        "python -m pip install nox && nox -s release",
        "python -m pip install nox && nox -s tests integration",
    ]


def test_ci_runs_the_readme_test_command() -> None:
    """`.ci/run` takes its command from the README's quick start, so the two cannot drift."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "## Quick start" in ci
    assert "[1]" in ci


@pytest.mark.parametrize(("command", "expected"), _console_sessions(), ids=lambda v: v[:40])
def test_readme_session_output_is_real(
    command: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each `$ diplonews ...` line of the README prints exactly what the README shows."""
    for folder in ("corpus", "annotations", "tests/cases", "reports", "benchmarks/preannotation_dev"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    for file in ("CHANGELOG.md", "dataset_card.md"):  # what `release` reads besides the folders
        shutil.copy(ROOT / file, tmp_path / file)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.output == expected, result.output


def test_readme_has_console_sessions() -> None:
    """The README shows at least ingest, schema check, validate and agreement with their output."""
    commands = {c.split()[1] for c, _ in _console_sessions()}
    assert {"ingest", "schema", "validate", "agreement"} <= commands


def test_every_command_is_documented_with_an_example() -> None:
    """Every top-level command appears in the README and its help ends with an example."""
    runner = CliRunner()
    names = main.list_commands(None)  # type: ignore[arg-type]
    assert len(names) >= 10
    for name in names:
        assert f"diplonews {name}" in README, name
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example" in result.output, name


def test_every_nox_session_has_a_docstring() -> None:
    """Each nox session carries a one-line docstring that `nox -l` shows."""
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    sessions = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and any("session" in ast.unparse(d) for d in node.decorator_list)
    ]
    assert {s.name for s in sessions} >= {"tests", "lint", "typing", "validate", "release", "annotate", "agreement"}
    for session in sessions:
        doc = ast.get_docstring(session)
        assert doc, session.name
        assert "\n" not in doc.strip(), session.name
