"""Broken and hostile inputs end in one clear `Error:` line and a non-zero exit, and write nothing.

The cases live in tests/hostile/cases.json: files to create, the command, the exact exit code and stderr.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.cli import main

CASES = json.loads((Path(__file__).parent / "hostile" / "cases.json").read_text(encoding="utf-8"))["cases"]


def _content(spec: dict[str, Any]) -> bytes:
    if "hex" in spec:
        return bytes.fromhex(spec["hex"])
    head = spec["repeat"][0] * spec["repeat"][1] if "repeat" in spec else ""
    return (head + spec.get("text", "")).encode("utf-8")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hostile_input_gives_a_clear_error_and_writes_nothing(
    case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exact `Error: file[:line][::$.path]: what; how to fix` line, the exit code, and no file changed."""
    work = tmp_path / "work"
    for rel, spec in case["files"].items():
        (work / rel).parent.mkdir(parents=True, exist_ok=True)
        (work / rel).write_bytes(_content(spec))
    for rel, tail in case.get("append", {}).items():
        with (work / rel).open("ab") as handle:
            handle.write((work / tail).read_bytes())
    work.mkdir(exist_ok=True)
    before = _snapshot(tmp_path)
    monkeypatch.chdir(work)
    result = CliRunner().invoke(main, case["args"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert (result.exit_code, result.stderr) == (case["exit"], case["stderr"])
    after = _snapshot(tmp_path)
    assert after == before, "a failed command changed files"
    leftovers = [d for d in tmp_path.rglob(".staged-*")]
    assert leftovers == []
    assert not os.path.exists(tmp_path / "escaped.json")
