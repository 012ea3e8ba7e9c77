"""The synthetic corpus generator of benchmarks/: deterministic per seed, valid, realistic in size and disagreement."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from diplonews.corpus import load_articles
from diplonews.validate import validate_documents, validate_paths

ROOT = Path(__file__).resolve().parents[1]


def _load_synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_synth"] = module
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


@pytest.fixture(scope="module")
def sample() -> list[tuple[dict[str, Any], dict[str, dict[str, Any]]]]:
    """Forty documents, three annotators, seed 0."""
    return list(synth.iter_corpus(40, seed=0, annotators=3))


def test_same_seed_gives_the_same_documents() -> None:
    """Generating an index twice with one seed gives equal output, and another seed gives another text."""
    assert synth.generate(5, seed=1) == synth.generate(5, seed=1)
    assert synth.generate(5, seed=1)[0]["text"] != synth.generate(5, seed=2)[0]["text"]


def test_smaller_corpora_are_prefixes_of_larger_ones() -> None:
    """Document i does not depend on how many documents are generated, so 1k is the first 1k of 10k."""
    small = [a["text_sha256"] for a, _ in synth.iter_corpus(3, seed=4)]
    large = [a["text_sha256"] for a, _ in synth.iter_corpus(6, seed=4)]
    assert small == large[:3]


def test_documents_validate_with_zero_errors(sample: list[tuple[dict[str, Any], dict[str, dict[str, Any]]]]) -> None:
    """Every annotator's document passes the JSON Schema and every level of the project's validator."""
    schema = json.loads((ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8"))
    article_schema = json.loads((ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    items = []
    for article, docs in sample:
        jsonschema.validate(article, article_schema)
        for name, doc in docs.items():
            jsonschema.validate(doc, schema)
            items.append((Path(f"annotations/{name}/{doc['doc_id']}.json"), doc))
    articles = {a["doc_id"]: a for a, _ in sample}
    errors = [f for f in validate_documents(items, articles) if f.severity == "error"]
    assert errors == []


def test_texts_and_layers_have_realistic_sizes(sample: list[tuple[dict[str, Any], dict[str, dict[str, Any]]]]) -> None:
    """Texts are 1,400-2,500 code points of Arabic, hashed, and each document has mentions, events and stances."""
    for article, docs in sample:
        text = article["text"]
        assert 1400 <= len(text) <= 2500
        assert sum("\u0600" <= ch <= "\u06ff" for ch in text) > len(text) / 2
        assert article["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert set(docs) == {"a1", "a2", "a3"}
    complete = [d for _, docs in sample for d in docs.values() if d["status"] == "complete"]
    assert sum(len(d["mentions"]) for d in complete) / len(complete) > 15
    assert sum(len(d["events"]) for d in complete) / len(complete) > 2
    assert sum(len(d["stances"]) for d in complete) / len(complete) > 1


def test_every_span_slices_its_text(sample: list[tuple[dict[str, Any], dict[str, dict[str, Any]]]]) -> None:
    """Mention, trigger and evidence offsets cut exactly their stored text out of the frozen text."""
    for _, docs in sample:
        for doc in docs.values():
            spans = doc["mentions"] + [e["trigger"] for e in doc["events"]] + [s["evidence"] for s in doc["stances"]]
            for span in spans:
                assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_annotators_disagree_some_but_not_mostly(
    sample: list[tuple[dict[str, Any], dict[str, dict[str, Any]]]],
) -> None:
    """Two annotators share most mention spans of a document, but not all of them across the sample."""
    shared = union = 0
    for _, docs in sample:
        left = {(m["start"], m["end"]) for m in docs["a1"]["mentions"]}
        right = {(m["start"], m["end"]) for m in docs["a2"]["mentions"]}
        shared += len(left & right)
        union += len(left | right)
    assert 0.7 < shared / union < 0.99


def test_write_corpus_lays_out_a_tree_the_validator_accepts(tmp_path: Path) -> None:
    """write_corpus writes corpus/articles.jsonl and annotations/<annotator>/<doc_id>.json that validate."""
    counts = synth.write_corpus(tmp_path, 4, seed=3, annotators=2)
    assert counts["documents"] == 4
    assert counts["files"] == 8
    files = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "annotations").rglob("*.json"))
    assert files == [f"annotations/{a}/syn_00000{i}.json" for a in ("a1", "a2") for i in range(4)]
    assert list(load_articles(tmp_path / "corpus" / "articles.jsonl")) == [f"syn_00000{i}" for i in range(4)]
    result = validate_paths([tmp_path / "annotations"], tmp_path / "corpus" / "articles.jsonl")
    assert result.errors == []
    assert result.files == 8
