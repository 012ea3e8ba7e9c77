"""The real annotation passes under annotations/ survive a push to Label Studio and a pull back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplonews._io import read_json
from diplonews.annotations import annotation_files
from diplonews.corpus import load_articles
from diplonews.labelstudio import sync

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[1]
FILES = annotation_files(ROOT / "annotations")


@pytest.fixture(scope="module")
def pulled(ls_client: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Push the corpus and every annotator's documents as that annotator, then pull into a fresh folder."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    sync.push(ls_client, articles, title="real-annotations", overlap=2)
    created = sync.push_annotations(ls_client, [read_json(f) for f in FILES], title="real-annotations")
    assert created == len(FILES)
    out = tmp_path_factory.mktemp("pulled")
    sync.pull(ls_client, out, {d: a["text"] for d, a in articles.items()}, key=b"k", title="real-annotations")
    return out


@pytest.mark.parametrize("path", FILES, ids=[f"{f.parent.name}/{f.stem}" for f in FILES])
def test_annotation_file_comes_back_identical(pulled: Path, path: Path) -> None:
    """The pulled file equals the committed one, field by field and byte for byte."""
    original = read_json(path)
    back = pulled / path.parent.name / path.name
    assert back.exists(), f"{path.parent.name}/{path.name} was not pulled back"
    copy = read_json(back)
    for key in original:
        assert copy[key] == original[key], key
    assert back.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_pull_writes_nothing_but_the_pushed_files(pulled: Path) -> None:
    """No annotator or document appears that was not pushed."""
    got = sorted(str(p.relative_to(pulled)) for p in pulled.glob("*/*.json"))
    assert got == sorted(f"{f.parent.name}/{f.name}" for f in FILES)
