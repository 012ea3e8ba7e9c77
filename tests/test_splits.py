"""Split policy: deterministic, disjoint, complete, stable when documents are added, duplicates together."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.corpus import load_articles
from diplonews.errors import InputError
from diplonews.splits import (
    SPLITS,
    SplitDoc,
    assign,
    by_split,
    read_manifest,
    split_docs,
    units,
    update_manifest,
)

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["روسيا", "فرنسا", "ماكرون", "بوتين", "إيران", "أوكرانيا", "الناتو", "اتصال", "هاتفي", "سوريا", "وقف"]


@st.composite
def corpora(draw: st.DrawFn, min_size: int = 0) -> list[SplitDoc]:
    """Random corpora: a few pages, each cut into one to three documents of random Arabic words."""
    n = draw(st.integers(min_value=min_size, max_value=25))
    docs = []
    for i in range(n):
        page = draw(st.integers(min_value=0, max_value=max(1, n // 2)))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40))
        docs.append(SplitDoc(f"d{i:03d}", f"page{page}", draw(st.sampled_from(["a", "b"])), " ".join(words)))
    return docs


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_assignment_is_complete_disjoint_and_deterministic(docs: list[SplitDoc]) -> None:
    """Every document gets exactly one known split, and shuffling the input changes nothing."""
    first = assign(docs)
    assert set(first) == {d.doc_id for d in docs}
    assert set(first.values()) <= set(SPLITS)
    groups = by_split(first)
    assert sum(len(ids) for ids in groups.values()) == len(docs)
    assert sorted(d for ids in groups.values() for d in ids) == sorted(d.doc_id for d in docs)
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    assert assign(shuffled) == first


@settings(max_examples=60, deadline=None)
@given(corpora(), corpora())
def test_old_documents_never_move_when_new_ones_arrive(old: list[SplitDoc], extra: list[SplitDoc]) -> None:
    """Adding documents (even ones duplicating old texts or pages) keeps every old assignment."""
    before = assign(old)
    added = [SplitDoc(f"n{d.doc_id}", d.group, d.stratum, d.text) for d in extra]
    after = assign(old + added, before)
    assert {k: after[k] for k in before} == before
    assert set(after) == {d.doc_id for d in old + added}


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_units_share_one_split(docs: list[SplitDoc]) -> None:
    """Documents of one page, and near-duplicate texts, always land in the same split."""
    result = assign(docs)
    for unit in units(docs):
        assert len({result[d] for d in unit}) == 1
    by_page: dict[str, set[str]] = {}
    for d in docs:
        by_page.setdefault(d.group, set()).add(result[d.doc_id])
    assert all(len(s) == 1 for s in by_page.values())


@settings(max_examples=40, deadline=None)
@given(corpora(min_size=3))
def test_three_units_fill_every_split(docs: list[SplitDoc]) -> None:
    """Once a corpus has three units, no split is empty (the small-corpus rule)."""
    if len(units(docs)) >= 3:
        assert set(assign(docs).values()) == set(SPLITS)


def test_near_duplicate_on_another_page_joins_its_twin() -> None:
    """A reposted article (other page, one changed word, diacritics) is kept with its original."""
    text = "قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار مع فرنسا بشأن أوكرانيا والاتفاق النووي الإيراني"
    twin = text.replace("مستعدة", "مستعدةٌ").replace("أوكرانيا", "اوكرانيا")
    docs = [SplitDoc("a", "p1", "x", text), SplitDoc("b", "p2", "x", twin), SplitDoc("c", "p3", "x", "نص آخر تماما")]
    assert units(docs) == [["a", "b"], ["c"]]


def test_large_balanced_corpus_is_stratified_near_the_ratios() -> None:
    """200 single-document pages in two outlets split close to 80/10/10 within each outlet."""
    docs = [
        SplitDoc(f"d{i:03d}", f"p{i}", "a" if i % 2 else "b", f"نص رقم {i} " + "كلمة" * (i % 7) + str(i) * 9)
        for i in range(200)
    ]
    result = assign(docs)
    for outlet in ("a", "b"):
        counts = {s: sum(1 for d in docs if d.stratum == outlet and result[d.doc_id] == s) for s in SPLITS}
        assert counts == {"train": 80, "validation": 10, "test": 10}


def test_committed_manifest_covers_the_corpus_and_keeps_pages_together() -> None:
    """corpus/splits.json assigns every corpus document; the two documents of page 000 (and of 003) share a split."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    manifest = read_manifest(ROOT / "corpus" / "splits.json")
    assert set(manifest) == set(articles)
    assert assign(split_docs(articles), manifest) == manifest
    assert manifest["000_0ea221ab93fade0a-1"] == manifest["000_0ea221ab93fade0a-2"]
    assert manifest["003_dceb01e7f804bfd1-1"] == manifest["003_dceb01e7f804bfd1-2"]
    assert all(by_split(manifest).values())


def test_update_manifest_refuses_to_drop_a_released_document(tmp_path: Path) -> None:
    """A manifest document missing from the corpus is an error naming it."""
    path = tmp_path / "splits.json"
    articles = {"a": {"text": "نص", "source_file": "p"}, "b": {"text": "نص آخر", "source_file": "q"}}
    update_manifest(articles, path)
    del articles["b"]
    with pytest.raises(InputError, match=r"documents \['b'\] are in the split manifest"):
        update_manifest(articles, path)
