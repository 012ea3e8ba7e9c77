"""The shared file helpers: the fast document encoder and all-or-nothing staged writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from diplonews._io import StagedWrites, dumps, dumps_document
from diplonews.annotations import document_files

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [*sorted((ROOT / "annotations").glob("*/*.json")), ROOT / "tests" / "fixtures" / "sample_document.json"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dumps_document_writes_the_bytes_dumps_writes(path: Path) -> None:
    """Every committed document encodes to the same text with the fast encoder as with ``dumps``."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert dumps_document(doc) == dumps(doc)


def test_dumps_document_escapes_as_dumps_does() -> None:
    """Quotes, backslashes, control characters, line separators and empty containers come out alike."""
    doc = {"text": 'قال "بوتين" \\ \x01\t\u2028\n', "entities": [], "events": {}, "n": None, "ok": True, "start": 7}
    assert dumps_document(doc) == dumps(doc)


def test_staged_writes_appear_together_on_commit(tmp_path: Path) -> None:
    """Nothing is visible before commit; after it every file is in place and no staging folder is left."""
    with StagedWrites(tmp_path) as staged:
        staged.add(tmp_path / "a1" / "d1.json", "one\n")
        staged.add(tmp_path / "a2" / "d1.json", "two\n")
        assert sorted(p.name for p in tmp_path.rglob("*.json")) == []
        written = staged.commit()
    assert written == [tmp_path / "a1" / "d1.json", tmp_path / "a2" / "d1.json"]
    assert [p.read_text(encoding="utf-8") for p in written] == ["one\n", "two\n"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a1", "a2"]


def test_staged_writes_leave_old_files_when_abandoned(tmp_path: Path) -> None:
    """An exception before commit keeps the old file and removes everything staged."""
    old = tmp_path / "a1" / "d1.json"
    old.parent.mkdir()
    old.write_text("old\n", encoding="utf-8")

    def pull_that_fails() -> None:
        with StagedWrites(tmp_path) as staged:
            staged.add(old, "new\n")
            raise RuntimeError("conversion failed")

    with pytest.raises(RuntimeError, match="conversion failed"):
        pull_that_fails()
    assert old.read_text(encoding="utf-8") == "old\n"
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == ["a1", "a1/d1.json"]


def test_staging_left_by_a_killed_run_is_removed_by_the_next_one(tmp_path: Path) -> None:
    """A killed pull/build leaves `.staged-*`; the next staged write removes it, and never a live run's."""
    import subprocess
    import sys

    from diplonews._io import OWNER_FILE, StagedWrites

    exited = [sys.executable, "-c", "import os; print(os.getpid())"]
    dead = subprocess.run(exited, check=True, capture_output=True, text=True)
    killed = tmp_path / ".staged-killed"
    killed.mkdir()
    (killed / OWNER_FILE).write_text(dead.stdout.strip(), encoding="utf-8")
    (killed / "0.tmp").write_text("half", encoding="utf-8")
    live = tmp_path / ".staged-live"
    live.mkdir()
    (live / OWNER_FILE).write_text(str(os.getppid()), encoding="utf-8")
    with StagedWrites(tmp_path) as staged:
        staged.add(tmp_path / "a.json", "{}")
        assert staged.removed_stale == [killed]
        staged.commit()
    assert not killed.exists()
    assert live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".staged-live", "a.json"]


def test_document_files_keep_the_order_of_sorting_the_paths(tmp_path: Path) -> None:
    # Names whose order by code point differs from a naive order by stem or by case.
    names = ["b.json", "a-b.json", "a.json", "a_b.json", "A.json", "a.b.json", "ä.json", "10.json", "9.json"]
    for name in names:
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    assert document_files(tmp_path) == sorted(tmp_path.glob("*.json"))
    assert [p.name for p in document_files(tmp_path)][:3] == ["10.json", "9.json", "A.json"]
