"""Broken and hostile inputs end in one clear `Error:` line and a non-zero exit, and write nothing.

The cases live in tests/hostile/cases.json: files to create, the command, the exact exit code and stderr.
"""

from __future__ import annotations

import json
import os
import traceback
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --- random damage: whatever breaks in a valid document, no command answers with a traceback ---------------

VALID_TREE = Path(__file__).parent / "cases" / "valid"
CASE_CORPUS = Path(__file__).parent / "cases" / "articles.jsonl"
_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=8),
    st.just("\ud800"),
    st.just("Q7747\n"),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for key, value in obj.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            out += _paths(value, (*prefix, index))
    return out


@st.composite
def _damaged(draw: st.DrawFn, doc: dict[str, Any]) -> dict[str, Any]:
    import copy

    damaged = copy.deepcopy(doc)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(_paths(damaged)[1:]))
        parent = damaged
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(_ODD_VALUES)
    return damaged


def _valid_doc() -> tuple[str, dict[str, Any]]:
    path = sorted((VALID_TREE / "a2").glob("*.json"))[0]
    return path.name, json.loads(path.read_text(encoding="utf-8"))


_NAME, _DOC = _valid_doc()


# derandomize: CI runs the same examples every time (a red build must be reproducible); explore locally
# with --hypothesis-seed=N or a larger max_examples.
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(damaged=_damaged(_DOC))
def test_random_damage_never_ends_in_a_traceback(damaged: dict[str, Any]) -> None:
    """validate, agreement and adjudicate on a tree with one damaged file: a finding or `Error:`, never a crash."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "annotations"
        shutil.copytree(VALID_TREE, tree)
        # ensure_ascii keeps lone surrogates writable (as \\ud800 escapes); allow_nan writes NaN as JSON readers see it
        text = json.dumps(damaged, ensure_ascii=True, allow_nan=True)
        (tree / "a2" / _NAME).write_text(text, encoding="utf-8")
        runner = CliRunner()
        for args in (
            ["validate", str(tree), "--corpus", str(CASE_CORPUS)],
            ["agreement", str(tree), "--format", "json"],
            ["adjudicate", "--annotations", str(tree), "--corpus", str(CASE_CORPUS)],
        ):
            result = runner.invoke(main, args)
            crash = result.exception if not isinstance(result.exception, SystemExit) else None
            assert crash is None, f"{args[0]} crashed on {text[:300]}:\n{''.join(traceback.format_exception(crash))}"
            assert result.exit_code in (0, 1, 2), (args[0], result.exit_code)


@pytest.mark.parametrize("field", ["kb", "id"])
def test_an_id_with_a_trailing_newline_is_refused_at_level_1(tmp_path: Path, field: str) -> None:
    """`$` lets Python's re accept "Q7747\\n"; the schema check still refuses it and names the path."""
    doc = json.loads(next((VALID_TREE / "a1").glob("*.json")).read_text(encoding="utf-8"))
    entity = next(e for e in doc["entities"] if "kb" in e)
    index = doc["entities"].index(entity)
    entity[field] += "\n"
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--corpus", str(CASE_CORPUS)])
    assert result.exit_code == 1
    assert f"{path}::$.entities[{index}].{field}: [L1 schema-invalid] " in result.output
    assert "remove the line break at its end" in result.output


def test_an_offset_written_as_a_float_is_refused_at_level_1(tmp_path: Path) -> None:
    """JSON Schema counts 19.0 as an integer; level 1 refuses it, so later levels never slice with a float."""
    doc = json.loads(next((VALID_TREE / "a1").glob("*.json")).read_text(encoding="utf-8"))
    doc["mentions"][0]["start"] = float(doc["mentions"][0]["start"])
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--corpus", str(CASE_CORPUS)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1
    start = doc["mentions"][0]["start"]
    assert f"{path}::$.mentions[0].start: [L1 schema-invalid] {start!r} is not an integer" in result.output


def test_a_lone_surrogate_escape_is_named_not_written(tmp_path: Path) -> None:
    """ "\\ud800" parses as JSON but is no text: agreement names the file instead of failing to write its report."""
    import shutil

    tree = tmp_path / "annotations"
    shutil.copytree(VALID_TREE, tree)
    damaged = tree / "a2" / _NAME
    doc = json.loads(damaged.read_text(encoding="utf-8"))
    doc["mentions"][0]["text"] = "\ud800"
    damaged.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["agreement", str(tree), "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {damaged}: holds a lone surrogate escape ('\\ud800'), which is not text; "
        "fix the \\u escape or write the character itself\n"
    )
