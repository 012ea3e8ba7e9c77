"""The map/reduce runner: worker processes give the report of a single process, and the --jobs and --format options."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.validate import runner, validate_paths
from diplonews.validate.cli import validate as validate_command
from diplonews.validate.reporters import REPORTERS, JsonReporter, TextReporter, reporter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles.jsonl"


def _report(*args: str) -> str:
    result = CliRunner().invoke(main, ["validate", *args, "--corpus", str(CORPUS)])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_two_processes_report_the_annotations_as_one_does(fmt: str) -> None:
    """`validate annotations/` prints the same report with --jobs 1 (no pool) and --jobs 2 (a pool of two)."""
    args = (str(ROOT / "annotations"), "--format", fmt)
    processes, _, chunks = runner._plan(runner.collect([ROOT / "annotations"]), 2)
    assert (processes, len(list(chunks)) > 2) == (2, True)  # a pool of two, each taking several chunks
    assert _report(*args, "--jobs", "2") == _report(*args, "--jobs", "1")


def _damage(tree: Path) -> None:
    """Break the copied annotation tree at every level, in files that fall into different chunks."""
    a1, a2, gold = (sorted((tree / name).glob("*.json")) for name in ("a1", "a2", "gold"))
    a1[0].write_text('{"doc_id": ', encoding="utf-8")  # L1 json-unreadable
    doc = json.loads(a1[1].read_text(encoding="utf-8"))
    doc["mentions"][0]["level"] = "NAME"  # L1 schema-invalid
    a1[1].write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    shutil.copy(a2[0], tree / "a2" / "zz-moved.json")  # L1 doc-id-file-mismatch, L4 duplicate-document
    doc = json.loads(a2[2].read_text(encoding="utf-8"))
    doc["mentions"][1]["start"] += 1  # L2 span-text-mismatch
    doc["mentions"][2]["role"] = "GOV"  # L3 role-not-gpe, unless the mention is a GPE's
    doc["events"][0]["arguments"].append(dict(doc["events"][0]["arguments"][0]))  # L3 argument-duplicate
    a2[2].write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    doc = json.loads(gold[-1].read_text(encoding="utf-8"))
    linked = next(e for e in doc["entities"] if e.get("kb", "").startswith("Q"))
    linked["type"] = "WEAPON" if linked["type"] != "WEAPON" else "FAC"  # L4 qid-type-conflict
    gold[-1].write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_two_processes_report_a_damaged_tree_as_one_does(tmp_path: Path) -> None:
    """On a tree with findings at all four levels, one, two and three processes print the same reports."""
    tree = tmp_path / "annotations"
    shutil.copytree(ROOT / "annotations", tree, ignore=shutil.ignore_patterns("_*"))
    _damage(tree)
    one = _report(str(tree), "--format", "json", "--jobs", "1")
    assert {f["level"] for f in json.loads(one)["findings"]} == {1, 2, 3, 4}
    for jobs in ("2", "3"):
        assert _report(str(tree), "--format", "json", "--jobs", jobs) == one
        assert _report(str(tree), "--max-err", "0", "--jobs", jobs) == _report(
            str(tree), "--max-err", "0", "--jobs", "1"
        )
    assert [f.to_dict() for f in validate_paths([tree], CORPUS).findings] == json.loads(one)["findings"]


def test_a_second_result_is_the_first(tmp_path: Path) -> None:
    """`Validation.result` reduces once: asked again (as `build` does when a later step fails), it gives the same
    findings, not the empty report of an exhausted run."""
    tree = tmp_path / "annotations"
    shutil.copytree(ROOT / "annotations", tree, ignore=shutil.ignore_patterns("_*"))
    _damage(tree)
    with runner.Validation([tree], CORPUS, jobs=2) as validation:
        first = [f.to_dict() for f in validation.result().findings]
        again = [f.to_dict() for f in validation.result().findings]
    assert first
    assert validation.result().errors
    assert again == first


def test_chunks_keep_every_item_in_order() -> None:
    """Chunks hold every item once, in order, with its start; several per process, at most CHUNK items each."""
    for n, jobs in ((0, 2), (1, 2), (21, 2), (1000, 2), (100_000, 8), (3000, None)):
        processes, size, chunks = runner._plan(iter(range(n)), jobs)
        cut = list(chunks)
        assert [i for _, chunk in cut for i in chunk] == list(range(n))
        assert [start for start, _ in cut] == [chunk[0] for _, chunk in cut]
        assert all(len(chunk) <= size <= runner.CHUNK for _, chunk in cut)
        assert len(cut) >= min(n, 2 * processes)  # enough for every process to take turns
        assert processes == (0 if n == 0 else 1 if n == 1 else jobs or runner.cpu_count())


def test_processes_default_to_every_core_for_large_runs() -> None:
    """Without --jobs a small run stays in this process and a large one uses every core; 0 jobs is refused."""
    assert runner.processes_for(None, runner.AUTO_MIN_FILES - 1) == 1
    assert runner.processes_for(None, runner.AUTO_MIN_FILES) == runner.cpu_count()
    assert runner.processes_for(3, 1) == 3
    with pytest.raises(ValueError, match="at least 1"):
        runner.processes_for(0, 10)


def test_jobs_below_one_is_a_usage_error() -> None:
    """`--jobs 0` exits 2 naming the option."""
    result = CliRunner().invoke(main, ["validate", "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_format_choices_are_the_reporters() -> None:
    """--format offers exactly the names of REPORTERS, and each name makes its class with --max-err."""
    option = next(p for p in validate_command.params if p.name == "fmt")
    assert list(option.type.choices) == list(REPORTERS)  # type: ignore[attr-defined]
    assert isinstance(reporter("text", 3), TextReporter)
    assert reporter("text", 3).max_err == 3  # type: ignore[attr-defined]
    assert isinstance(reporter("json", 3), JsonReporter)


def test_help_and_checks_md_state_the_chunk_and_pool_sizes() -> None:
    """`validate --help` and docs/checks.md give the runner's own CHUNK and AUTO_MIN_FILES."""
    help_text = " ".join(CliRunner().invoke(main, ["validate", "--help"]).stdout.split())
    assert f"for fewer than {runner.AUTO_MIN_FILES} files" in help_text
    checks = " ".join((ROOT / "docs" / "checks.md").read_text(encoding="utf-8").split())
    assert f"chunks of up to {runner.CHUNK}" in checks
    assert f"for fewer than {runner.AUTO_MIN_FILES} files" in checks
