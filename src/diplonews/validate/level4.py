"""Level 4: consistency across documents and annotators (QIDs, surface forms, texts, duplicates)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from diplonews.validate.findings import Finding, Where


@dataclass(frozen=True)
class Loaded:
    """A schema-valid document and where it came from."""

    where: Where
    doc: dict[str, Any]


def _odd_ones(values: Sequence[str]) -> set[str]:
    """The values to report: all but the unique most common one (all of them when there is a tie)."""
    ranked = Counter(values).most_common()
    if len(ranked) < 2:
        return set()
    if ranked[0][1] > ranked[1][1]:
        return {v for v, _ in ranked[1:]}
    return {v for v, _ in ranked}


def _tally(values: Sequence[str]) -> str:
    return ", ".join(f"{v} {n}x" for v, n in sorted(Counter(values).items()))


def check_corpus(items: Sequence[Loaded], articles: dict[str, dict[str, Any]]) -> Iterator[Finding]:
    """Every level-4 finding over all schema-valid documents of a run."""
    yield from _duplicates(items)
    yield from _texts(items, articles)
    yield from _qids(items)
    yield from _surface_forms(items)


def _duplicates(items: Sequence[Loaded]) -> Iterator[Finding]:
    first: dict[tuple[str, str], str] = {}
    for item in items:
        key = (item.doc["annotator"], item.doc["doc_id"])
        if key in first:
            yield item.where.at(
                "duplicate-document",
                "$.doc_id",
                f"annotator {key[0]} already has document {key[1]} in {first[key]}; delete or merge one of the files",
            )
        else:
            first[key] = item.where.file


def _texts(items: Sequence[Loaded], articles: dict[str, dict[str, Any]]) -> Iterator[Finding]:
    by_doc: dict[str, list[Loaded]] = defaultdict(list)
    for item in items:
        by_doc[item.doc["doc_id"]].append(item)
    for doc_id, copies in by_doc.items():
        texts = [c.doc["text"] for c in copies]
        if len(set(texts)) < 2:
            continue
        corpus_text = articles.get(doc_id, {}).get("text")
        odd = {t for t in set(texts) if t != corpus_text} if corpus_text in texts else _odd_ones(texts)
        basis = "the corpus text" if corpus_text in texts else "the other copies"
        for c in copies:
            if c.doc["text"] in odd:
                others = sorted({o.doc["annotator"] for o in copies if o.doc["text"] not in odd}) or ["none"]
                yield c.where.at(
                    "annotator-text-mismatch",
                    "$.text",
                    f"the {len(copies)} copies of {doc_id} have {len(set(texts))} different texts; this one "
                    f"({c.doc['annotator']}) differs from {basis} (kept by: {', '.join(others)}); "
                    "re-create it from the corpus text",
                )


def _qids(items: Sequence[Loaded]) -> Iterator[Finding]:
    uses: dict[str, list[tuple[str, Loaded, int]]] = defaultdict(list)
    for item in items:
        for i, e in enumerate(item.doc["entities"]):
            if e.get("kb", "").startswith("Q"):
                uses[e["kb"]].append((e["type"], item, i))
    for qid, found in uses.items():
        types = [t for t, _, _ in found]
        odd = _odd_ones(types)
        tally = _tally(types) if odd else ""
        for e_type, item, i in found:
            if e_type in odd:
                yield item.where.at(
                    "qid-type-conflict",
                    f"$.entities[{i}].type",
                    f"{qid} is typed {tally} across the corpus; "
                    f"this entity is {e_type}: give every entity linked to {qid} one type",
                )


def _surface_forms(items: Sequence[Loaded]) -> Iterator[Finding]:
    uses: dict[str, list[tuple[str, Loaded, int]]] = defaultdict(list)
    for item in items:
        type_of = {e["id"]: e["type"] for e in item.doc["entities"]}
        for i, m in enumerate(item.doc["mentions"]):
            if m["entity"] in type_of:
                uses[m["text"]].append((type_of[m["entity"]], item, i))
    for form, found in uses.items():
        types = [t for t, _, _ in found]
        if len(set(types)) < 2 or len({it.where.file for _, it, _ in found}) < 2:
            continue
        odd = _odd_ones(types)
        tally = _tally(types)
        for e_type, item, i in found:
            if e_type in odd:
                yield item.where.at(
                    "surface-form-type-conflict",
                    f"$.mentions[{i}]",
                    f"{form!r} is labelled {tally} across documents; "
                    f"here it is {e_type}: check that the difference is intended",
                )
