"""The streaming runner: cross-document (level 4) findings over a hand-written tree, and the corpus index."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from diplonews.corpus import load_articles
from diplonews.errors import InputError
from diplonews.validate import validate_documents, validate_paths
from diplonews.validate.corpus_texts import FileTexts, RecordTexts

CASES = Path(__file__).resolve().parent / "cases"

# Three short texts; offsets below are counted by hand (each word is followed by one space).
T1 = "قال بوتين إن روسيا مستعدة."  # بوتين 4-9, روسيا 13-18; 26 code points
T1_EDITED = T1 + " اليوم"  # 32 code points, equal to T1 up to offset 26
T2 = "انتقدت روسيا حلف الناتو."  # روسيا 7-12, الناتو 17-23
T3 = "اجتمع حلف الناتو."  # الناتو 10-16
T3_EDITED = "اجتمع حلف الناتو أمس."  # الناتو 10-16


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _doc(doc_id: str, annotator: str, text: str, named: list[tuple[str, str | None, str, int, int]]) -> dict[str, Any]:
    """A document with one NAM mention per entity: (type, kb, text, start, end)."""
    entities, mentions = [], []
    for n, (e_type, kb, form, start, end) in enumerate(named, 1):
        entities.append({"id": f"E{n}", "type": e_type, **({"kb": kb} if kb else {})})
        mentions.append({"id": f"M{n}", "entity": f"E{n}", "start": start, "end": end, "text": form, "level": "NAM"})
    return {
        "doc_id": doc_id,
        "annotator": annotator,
        "schema_version": "0.1.0",
        "status": "complete",
        "text_sha256": _sha(text),
        "text": text,
        "entities": entities,
        "mentions": mentions,
        "events": [],
        "stances": [],
    }


PUTIN = ("PER", "Q7747", "بوتين", 4, 9)
RUSSIA_1 = ("GPE", "Q159", "روسيا", 13, 18)
NATO_2 = ("ORG", None, "الناتو", 17, 23)
NATO_3 = ("ORG", None, "الناتو", 10, 16)

# File (under the tree) -> document, in the order the runner walks them (annotators, then file names).
TREE = {
    "a1/d1.json": _doc("d1", "a1", T1, [PUTIN, RUSSIA_1]),
    "a1/d2.json": _doc("d2", "a1", T2, [("ORG", "Q159", "روسيا", 7, 12), NATO_2]),  # Russia typed ORG
    "a1/d3.json": _doc("d3", "a1", T3, [NATO_3]),
    "a2/d1.json": _doc("d1", "a2", T1_EDITED, [PUTIN, RUSSIA_1]),  # a text that is not the corpus text
    "a2/d1x.json": _doc("d1", "a2", T1, [("ORG", "Q7747", "بوتين", 4, 9), RUSSIA_1]),  # a2's 2nd d1; Putin ORG
    "gold/d1.json": _doc("d1", "gold", T1, [PUTIN, RUSSIA_1]),
    "gold/d2.json": _doc("d2", "gold", T2, [("GPE", "Q159", "روسيا", 7, 12), NATO_2]),
    "gold/d3.json": _doc("d3", "gold", T3_EDITED, [NATO_3]),
}
CORPUS = [{"doc_id": "d1", "text": T1}, {"doc_id": "d2", "text": T2}]  # d3 has no record

# Every finding, in report order: file-location findings, then levels 2-3 per file, then level 4
# (duplicates, texts, QIDs, surface forms). (file, rule, JSON path, message or None when not level 4)
LOCATION = [("a2/d1x.json", "doc-id-file-mismatch", "$.doc_id", None)]
PER_FILE = [
    ("a1/d2.json", "kb-type-mismatch", "$.entities[0].type", None),  # the KB lists Q159 (Russia) as a GPE
    ("a1/d3.json", "doc-not-in-corpus", "$.doc_id", None),
    (
        "a2/d1.json",
        "text-mismatch",
        "$.text",
        "the text differs from the corpus record from offset 26 (document ' اليوم', corpus ''; lengths 32 and 26); "
        "copy the corpus text and recompute the offsets by code",
    ),
    ("a2/d1x.json", "kb-type-mismatch", "$.entities[0].type", None),  # the KB lists Q7747 (Putin) as a PER
    ("gold/d3.json", "doc-not-in-corpus", "$.doc_id", None),
]


def _level4(root: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (
            "a2/d1x.json",
            "duplicate-document",
            "$.doc_id",
            f"annotator a2 already has document d1 in {root}/a2/d1.json; delete or merge one of the files",
        ),
        (
            "a2/d1.json",
            "annotator-text-mismatch",
            "$.text",
            "the 4 copies of d1 have 2 different texts; this one (a2) differs from the corpus text "
            "(kept by: a1, a2, gold); re-create it from the corpus text",
        ),
        (
            "a1/d3.json",
            "annotator-text-mismatch",
            "$.text",
            "the 2 copies of d3 have 2 different texts; this one (a1) differs from the other copies "
            "(kept by: none); re-create it from the corpus text",
        ),
        (
            "gold/d3.json",
            "annotator-text-mismatch",
            "$.text",
            "the 2 copies of d3 have 2 different texts; this one (gold) differs from the other copies "
            "(kept by: none); re-create it from the corpus text",
        ),
        (
            "a2/d1x.json",
            "qid-type-conflict",
            "$.entities[0].type",
            "Q7747 is typed ORG 1x, PER 3x across the corpus; this entity is ORG: "
            "give every entity linked to Q7747 one type",
        ),
        (
            "a1/d2.json",
            "qid-type-conflict",
            "$.entities[0].type",
            "Q159 is typed GPE 5x, ORG 1x across the corpus; this entity is ORG: "
            "give every entity linked to Q159 one type",
        ),
        (
            "a2/d1x.json",
            "surface-form-type-conflict",
            "$.mentions[0]",
            "'بوتين' is labelled ORG 1x, PER 3x across documents; here it is ORG: "
            "check that the difference is intended",
        ),
        (
            "a1/d2.json",
            "surface-form-type-conflict",
            "$.mentions[0]",
            "'روسيا' is labelled GPE 5x, ORG 1x across documents; here it is ORG: "
            "check that the difference is intended",
        ),
    ]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The hand-written tree under tmp_path/annotations and its corpus at tmp_path/articles.jsonl."""
    for name, doc in TREE.items():
        path = tmp_path / "annotations" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in CORPUS]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _got(findings: list[Any], root: Path) -> list[tuple[str, str, str, str | None]]:
    """(file under root, rule, JSON path, message of level-4 and text-mismatch findings) of each finding."""
    return [
        (
            Path(f.file).relative_to(root).as_posix(),
            f.rule,
            f.json_path,
            f.message if f.level == 4 or f.rule == "text-mismatch" else None,
        )
        for f in findings
    ]


def test_streaming_run_gives_every_cross_document_finding(tree: Path) -> None:
    """validate_paths over the tree reports exactly the hand-written findings, in report order."""
    root = tree / "annotations"
    result = validate_paths([root], tree / "articles.jsonl")
    assert result.files == len(TREE)
    assert _got(result.findings, root) == LOCATION + PER_FILE + _level4(str(root))


def test_one_batch_of_documents_gives_the_same_findings(tree: Path) -> None:
    """validate_documents over the same documents at once gives the same findings (no file-location checks)."""
    root = tree / "annotations"
    items = [(root / name, doc) for name, doc in TREE.items()]
    found = validate_documents(items, load_articles(tree / "articles.jsonl"))
    assert _got(found, root) == PER_FILE + _level4(str(root))
    streamed = validate_paths([root], tree / "articles.jsonl").findings
    assert [f for f in streamed if f.rule != "doc-id-file-mismatch"] == found


def test_file_index_reads_the_corpus_as_load_articles_does(tmp_path: Path) -> None:
    """A byte-order mark, CRLF endings, blank lines and NaN give the hashes and texts load_articles reads."""
    corpus = tmp_path / "articles.jsonl"
    records = [{"doc_id": "a", "text": "أول", "n": float("nan")}, {"doc_id": "b", "text": "ثان\r\nثالث"}]
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in records]
    corpus.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n\r\n \n")
    from_file, in_memory = FileTexts(corpus), RecordTexts(load_articles(corpus))
    for doc_id, text in (("a", "أول"), ("b", "ثان\r\nثالث")):
        assert from_file.sha256(doc_id) == in_memory.sha256(doc_id) == _sha(text)
        assert from_file.text(doc_id) == in_memory.text(doc_id) == text
    assert from_file.sha256("c") is None


@pytest.mark.parametrize(
    "lines",
    [
        [b'{"doc_id": "a", "text": "x"}', b'{"doc_id": "a", "text": "y"}'],  # a repeated doc_id
        [b'{"doc_id": "a", "text": "x"}', b'{"doc_id": "../b", "text": "y"}'],  # not a document id
        [b'{"doc_id": "a", "text": ""}'],  # an empty text
        [b'{"doc_id": "a", "text": "x"}', b'{"doc_id": "b",'],  # not JSON
        [b'{"doc_id": "a", "text": "x"}', b'["a", "x"]'],  # not an object
        [b'{"doc_id": "a", "text": "\xff"}'],  # not UTF-8
    ],
)
def test_file_index_refuses_what_load_articles_refuses(tmp_path: Path, lines: list[bytes]) -> None:
    """A corpus load_articles refuses is refused by the file index with the same error."""
    corpus = tmp_path / "articles.jsonl"
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(InputError) as expected:
        load_articles(corpus)
    with pytest.raises(InputError) as got:
        FileTexts(corpus)
    assert str(got.value) == str(expected.value)


def test_a_file_reached_through_a_symlink_is_read_once(tmp_path: Path) -> None:
    """A symlinked folder and a symlinked file inside the walked tree resolve to files already counted."""
    root = tmp_path / "annotations"
    shutil.copytree(CASES / "valid", root)
    (root / "a3").symlink_to(root / "a1", target_is_directory=True)  # a3/case-1.json is a1/case-1.json
    (root / "gold" / "copy.json").symlink_to(root / "a2" / "case-1.json")
    result = validate_paths([root], CASES / "articles.jsonl")
    assert (result.files, result.findings) == (3, [])
