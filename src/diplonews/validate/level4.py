"""Level 4: consistency across documents and annotators (QIDs, surface forms, texts, duplicates).

Each document is reduced where it is checked into a ``Digest`` (of its chunk of files) and dropped;
``CorpusIndex.add`` takes the digests in report order and keeps only what the checks need: per document its
file, doc_id, annotator and text hash; per linked entity and per mention a packed ``position << 32 | index``
in an ``array`` under its (QID or text, type). Findings come out in the order the whole-corpus checks gave them:
duplicates, texts, QIDs, surface forms, each in document order.
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from diplonews.validate.corpus_texts import CorpusTexts
from diplonews.validate.findings import Finding, Where

_LOW = 0xFFFFFFFF


def _odd_ones(counts: dict[str, int]) -> set[str]:
    """The values to report: all but the unique most common one (all of them when there is a tie)."""
    ranked = Counter(counts).most_common()
    if len(ranked) < 2:
        return set()
    if ranked[0][1] > ranked[1][1]:
        return {v for v, _ in ranked[1:]}
    return {v for v, _ in ranked}


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{v} {n}x" for v, n in sorted(counts.items()))


def _by_key(uses: dict[tuple[str, str], array[int]]) -> dict[str, dict[str, array[int]]]:
    """(key, type) -> uses regrouped as key -> type -> uses, keys and types in first-use order."""
    out: dict[str, dict[str, array[int]]] = {}
    for (key, e_type), found in uses.items():
        out.setdefault(key, {})[e_type] = found
    return out


def _labelled(found: array[int], e_type: str) -> Iterator[tuple[int, str]]:
    """(packed use, type) for each use: what ``heapq.merge`` interleaves back into document order."""
    for packed in found:
        yield packed, e_type


Uses = dict[tuple[str, str], "array[int]"]  # (QID or mention text, entity type) -> packed uses, in document order


class Digest:
    """What level 4 needs of some documents (one, a chunk of files, a shard), made where they are checked.

    Per document: its position in the run (the order of the report), file, doc_id, annotator and text hash.
    Per (QID, type) of a linked entity and per (text, type) of a mention: the uses ``position << 32 | index``,
    grouped by key, so that a chunk of documents sends each key once. Digests of consecutive runs of
    documents are taken in by ``CorpusIndex.add`` in order.
    """

    def __init__(self) -> None:
        self.docs: list[tuple[int, str, str, str, str]] = []  # (position, file, doc_id, annotator, text hash)
        self.qids: Uses = {}
        self.forms: Uses = {}

    def add(self, position: int, file: str, doc: dict[str, Any], text_sha256: str, type_of: dict[str, str]) -> None:
        """Digest one schema-valid document (``type_of``: entity id -> type, the last entity of an id wins)."""
        self.docs.append((position, file, doc["doc_id"], doc["annotator"], text_sha256))
        base = position << 32
        qids = self.qids
        for packed, e in enumerate(doc["entities"], base):
            kb = e.get("kb")
            if kb is not None and kb.startswith("Q"):
                found = qids.get((kb, e["type"]))
                if found is None:
                    found = qids[(kb, e["type"])] = array("q")
                found.append(packed)
        forms, get_type = self.forms, type_of.get
        for packed, m in enumerate(doc["mentions"], base):
            e_type = get_type(m["entity"])
            if e_type is not None:
                found = forms.get((m["text"], e_type))
                if found is None:
                    found = forms[(m["text"], e_type)] = array("q")
                found.append(packed)


def _merge(into: Uses, uses: Uses) -> None:
    """Append the uses of later documents: new keys after the known ones, as if added one document at a time."""
    for key, found in uses.items():
        mine = into.get(key)
        if mine is None:
            into[key] = found
        else:
            mine.extend(found)


class CorpusIndex:
    """The compact digest of every schema-valid document of a run, and the level-4 findings over it."""

    def __init__(self, texts: CorpusTexts) -> None:
        self._texts = texts
        self._files: list[str] = []
        self._item: dict[int, int] = {}  # position in the run -> document number (schema-valid documents only)
        self._annotator = array("i")  # per document: index into _annotators
        self._annotators: dict[str, int] = {}
        self._first_of: list[dict[int, int]] = []  # per annotator: doc group -> its first document
        self._group = array("i")  # per document: index into _doc_ids (one group per doc_id)
        self._groups: dict[str, int] = {}
        self._doc_ids: list[str] = []
        self._first_hash: list[str] = []  # per group: the text hash of its first copy
        self._variant = array("i")  # per document: 0 = the group's first hash, k = _other_hashes[group][k - 1]
        self._other_hashes: dict[int, list[str]] = {}
        self._duplicates: list[Finding] = []
        self._qids: Uses = {}
        self._forms: Uses = {}

    def add(self, digest: Digest) -> None:
        """Take in the digest of the documents that follow those taken in so far."""
        for position, file, doc_id, annotator, text_sha256 in digest.docs:
            self._document(position, file, doc_id, annotator, text_sha256)
        _merge(self._qids, digest.qids)
        _merge(self._forms, digest.forms)

    def _document(self, position: int, file: str, doc_id: str, annotator: str, text_sha256: str) -> None:
        item = self._item[position] = len(self._files)
        self._files.append(file)
        group = self._groups.get(doc_id)
        if group is None:
            group = self._groups[doc_id] = len(self._doc_ids)
            self._doc_ids.append(doc_id)
            self._first_hash.append(text_sha256)
        self._group.append(group)
        self._variant.append(self._variant_of(group, text_sha256))
        who = self._annotators.get(annotator)
        if who is None:
            who = self._annotators[annotator] = len(self._first_of)
            self._first_of.append({})
        self._annotator.append(who)
        first = self._first_of[who].setdefault(group, item)
        if first != item:
            self._duplicates.append(
                Where(file, doc_id).at(
                    "duplicate-document",
                    "$.doc_id",
                    f"annotator {annotator} already has document {doc_id} in {self._files[first]}; "
                    "delete or merge one of the files",
                )
            )

    def _variant_of(self, group: int, text_sha256: str) -> int:
        if text_sha256 == self._first_hash[group]:
            return 0
        others = self._other_hashes.setdefault(group, [])
        if text_sha256 not in others:
            others.append(text_sha256)
        return others.index(text_sha256) + 1

    def _hash(self, item: int) -> str:
        group, variant = self._group[item], self._variant[item]
        return self._first_hash[group] if variant == 0 else self._other_hashes[group][variant - 1]

    def _where(self, item: int) -> Where:
        return Where(self._files[item], self._doc_ids[self._group[item]])

    def findings(self) -> Iterator[Finding]:
        """Every level-4 finding: duplicate documents, differing texts, QID types, surface-form types."""
        yield from self._duplicates
        yield from self._text_findings()
        yield from self._conflicts(self._qids, qids=True)
        yield from self._conflicts(self._forms, qids=False)

    def _text_findings(self) -> Iterator[Finding]:
        differing = sorted(self._other_hashes)  # groups in first-occurrence order of their doc_id
        wanted = set(differing)
        copies: dict[int, list[int]] = {g: [] for g in differing}
        if wanted:
            for item, group in enumerate(self._group):
                if group in wanted:
                    copies[group].append(item)
        names = list(self._annotators)
        for group in differing:
            doc_id, items = self._doc_ids[group], copies[group]
            hashes = [self._hash(item) for item in items]
            corpus = self._texts.sha256(doc_id)
            in_copies = corpus is not None and corpus in hashes
            odd = {h for h in set(hashes) if h != corpus} if in_copies else _odd_ones(Counter(hashes))
            basis = "the corpus text" if in_copies else "the other copies"
            kept = sorted({names[self._annotator[o]] for o, h in zip(items, hashes, strict=True) if h not in odd})
            kept_by = ", ".join(kept or ["none"])
            for item, h in zip(items, hashes, strict=True):
                if h in odd:
                    yield self._where(item).at(
                        "annotator-text-mismatch",
                        "$.text",
                        f"the {len(items)} copies of {doc_id} have {len(set(hashes))} different texts; this one "
                        f"({names[self._annotator[item]]}) differs from {basis} (kept by: {kept_by}); "
                        "re-create it from the corpus text",
                    )

    def _conflicts(self, uses: dict[tuple[str, str], array[int]], *, qids: bool) -> Iterator[Finding]:
        for key, by_type in _by_key(uses).items():
            if len(by_type) < 2 or (not qids and not self._in_two_files(by_type.values())):
                continue
            counts = {t: len(found) for t, found in by_type.items()}
            odd = _odd_ones(counts)
            tally = _tally(counts)
            streams = [_labelled(found, t) for t, found in by_type.items() if t in odd]
            for packed, e_type in heapq.merge(*streams):
                item, i = self._item[packed >> 32], packed & _LOW
                if qids:
                    yield self._where(item).at(
                        "qid-type-conflict",
                        f"$.entities[{i}].type",
                        f"{key} is typed {tally} across the corpus; "
                        f"this entity is {e_type}: give every entity linked to {key} one type",
                    )
                else:
                    yield self._where(item).at(
                        "surface-form-type-conflict",
                        f"$.mentions[{i}]",
                        f"{key!r} is labelled {tally} across documents; "
                        f"here it is {e_type}: check that the difference is intended",
                    )

    def _in_two_files(self, groups: Sequence[array[int]] | Any) -> bool:
        """True when the uses lie in at least two different files."""
        first: str | None = None
        for found in groups:
            for packed in found:
                file = self._files[self._item[packed >> 32]]
                if first is None:
                    first = file
                elif file != first:
                    return True
        return False
