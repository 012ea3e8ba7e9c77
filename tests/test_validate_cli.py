"""The `diplonews validate` command: exact text and JSON output, the per-rule cap, exit codes, user errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplonews.cli import main

ROOT = Path(__file__).resolve().parents[1]
CASE_CORPUS = "tests/cases/articles.jsonl"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """File names in the output are as given on the command line, relative to the checkout."""
    monkeypatch.chdir(ROOT)


def _validate(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["validate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_valid_tree_prints_layer_counts_per_annotator() -> None:
    """A valid tree exits 0 and prints documents, mentions, entities, events, arguments, stances per annotator."""
    code, out, _ = _validate("tests/cases/valid", "--corpus", CASE_CORPUS)
    # a1 and gold: 8 mentions, 7 entities, 4 events with 2+2+3+2 arguments, 3 stances; a2 drops V4 (2) and S3.
    assert out == (
        "annotator  documents  mentions  entities  events  arguments  stances\n"
        "a1                 1         8         7       4          9        3\n"
        "a2                 1         8         7       3          7        2\n"
        "gold               1         8         7       4          9        3\n"
        "total              3        24        21      11         25        8\n"
        "*** PASSED *** 3 files, 0 errors, 0 warnings\n"
    )
    assert code == 0


def test_error_line_names_file_path_level_and_rule() -> None:
    """A shifted mention prints file::path, [L2 rule], what is there, where the text really is, and FAILED."""
    code, out, _ = _validate("tests/cases/invalid/span-text-mismatch.json", "--corpus", CASE_CORPUS)
    # فلاديمير بوتين is at 69-83 (docs: schema.md 5.6); the fixture moved it to 70-84.
    assert out == (
        "tests/cases/invalid/span-text-mismatch.json::$.mentions[1]: [L2 span-text-mismatch] "
        "text[70:84] is 'لاديمير بوتين ', not 'فلاديمير بوتين'; 'فلاديمير بوتين' occurs at 69-83; "
        "recompute the offsets by code\n"
        "L2 span-text-mismatch: 1 error\n"
        "*** FAILED *** with 1 error and 0 warnings in 1 file\n"
    )
    assert code == 1


def test_issue_example_location_format() -> None:
    """The role error prints exactly as in the issue: `...::$.events[2].arguments[0]: [L3 event-role-not-allowed]`."""
    code, out, _ = _validate("tests/cases/invalid/event-role-not-allowed.json", "--corpus", CASE_CORPUS)
    first = out.splitlines()[0]
    assert first.startswith(
        "tests/cases/invalid/event-role-not-allowed.json::$.events[2].arguments[0]: [L3 event-role-not-allowed] "
        "role PARTICIPANT is not allowed for ACCUSE (allowed: ACTOR, RECIPIENT, TOPIC, PLACE, TIME)"
    )
    assert code == 1


def test_warnings_alone_pass() -> None:
    """A document with only a warning exits 0 and says so in the verdict."""
    code, out, _ = _validate("tests/cases/invalid/mention-cuts-word.json", "--corpus", CASE_CORPUS)
    lines = out.splitlines()
    assert lines[0].startswith(
        "tests/cases/invalid/mention-cuts-word.json::$.mentions[3]: [L3 mention-cuts-word] warning: M4 'موسك'"
    )
    assert lines[1] == "L3 mention-cuts-word: 1 warning"
    assert lines[-1] == "*** PASSED *** 1 file, 0 errors, 1 warning"
    assert code == 0


def test_max_err_caps_the_lines_of_each_rule(tmp_path: Path) -> None:
    """With --max-err 1 only the first finding of a rule is printed; the summary counts them all."""
    doc = json.loads((ROOT / "tests/cases/invalid/span-text-mismatch.json").read_text(encoding="utf-8"))
    for name in ("one", "two", "three"):
        doc["annotator"] = name  # three annotators' copies, so no duplicate-document
        (tmp_path / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, _ = _validate(
        str(tmp_path / "one.json"),
        str(tmp_path / "two.json"),
        str(tmp_path / "three.json"),
        "--corpus",
        CASE_CORPUS,
        "--max-err",
        "1",
    )
    lines = out.splitlines()
    assert [line.split("::")[0] for line in lines[:1]] == [str(tmp_path / "one.json")]
    assert lines[1:] == [
        "L2 span-text-mismatch: 3 errors (2 not shown; raise --max-err)",
        "*** FAILED *** with 3 errors and 0 warnings in 3 files",
    ]
    assert lines[0].endswith("recompute the offsets by code")
    assert code == 1


def test_json_output_lists_every_finding() -> None:
    """--format json prints the verdict, counts by rule and each finding with all its fields."""
    code, out, _ = _validate("tests/cases/invalid/kb-shared.json", "--corpus", CASE_CORPUS, "--format", "json")
    report = json.loads(out)
    assert report == {
        "ok": False,
        "files": 1,
        "errors": 1,
        "warnings": 0,
        "by_rule": {"kb-shared": 1},
        "counts": {"a1": {"documents": 1, "mentions": 8, "entities": 7, "events": 4, "arguments": 9, "stances": 3}},
        "findings": [
            {
                "rule": "kb-shared",
                "level": 3,
                "severity": "error",
                "file": "tests/cases/invalid/kb-shared.json",
                "doc_id": "case-1",
                "json_path": "$.entities[4].kb",
                "message": "entity E5 has kb Q159 like entity E4; one real-world thing is one entity per document: "
                "point the mentions of E5 at E4 and delete E5",
            }
        ],
    }
    assert code == 1


def test_default_paths_are_annotations_and_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without arguments the command walks annotations/ against corpus/articles.jsonl."""
    shutil.copytree(ROOT / "tests/cases/valid", tmp_path / "annotations")
    (tmp_path / "annotations" / "_authoring").mkdir()
    (tmp_path / "corpus").mkdir()
    shutil.copy(ROOT / CASE_CORPUS, tmp_path / "corpus" / "articles.jsonl")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _validate()
    assert out.splitlines()[-1] == "*** PASSED *** 3 files, 0 errors, 0 warnings"
    assert code == 0


def test_empty_folder_passes_with_a_note(tmp_path: Path) -> None:
    """A folder without annotated documents is not an error: nothing is wrong yet."""
    code, out, _ = _validate(str(tmp_path), "--corpus", CASE_CORPUS)
    assert out == "no annotated documents found\n*** PASSED *** 0 files, 0 errors, 0 warnings\n"
    assert code == 0


def test_missing_path_is_a_user_error() -> None:
    """A path that does not exist gives `Error: ...` on stderr and exit 2."""
    code, out, err = _validate("no/such/file.json", "--corpus", CASE_CORPUS)
    assert err == (
        "Error: no/such/file.json: no such file or folder; pass annotation files or folders such as annotations/\n"
    )
    assert (code, out) == (2, "")


def test_missing_corpus_is_a_user_error() -> None:
    """A missing corpus file gives `Error: ...` naming it and the option to fix it."""
    code, _, err = _validate("tests/cases/valid", "--corpus", "nowhere.jsonl")
    assert err == "Error: nowhere.jsonl: corpus file not found; pass --corpus with the path of articles.jsonl\n"
    assert code == 2
