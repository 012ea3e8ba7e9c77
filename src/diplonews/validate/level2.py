"""Level 2: the text equals the corpus record and every span's offsets select its text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from diplonews._io import sha256_text
from diplonews.validate.corpus_texts import CorpusTexts
from diplonews.validate.findings import Finding, Where


def spans(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON path, span) of every span of a document: mentions, event triggers, stance evidence."""
    for i, mention in enumerate(doc["mentions"]):
        yield f"$.mentions[{i}]", mention
    for i, event in enumerate(doc["events"]):
        yield f"$.events[{i}].trigger", event["trigger"]
    for i, stance in enumerate(doc["stances"]):
        yield f"$.stances[{i}].evidence", stance["evidence"]


def span_ok(text: str, span: dict[str, Any]) -> bool:
    """True when the span's offsets are in range and select exactly its text."""
    start: int = span["start"]
    end: int = span["end"]
    return 0 <= start < end <= len(text) and text[start:end] == span["text"]


def check_text(doc: dict[str, Any], texts: CorpusTexts, where: Where, actual: str | None = None) -> Iterator[Finding]:
    """The text is frozen (NFC, ``\\n``), hashed as stated, and equal to the corpus record.

    ``actual`` is the text's sha256 when the caller has it; the corpus text is compared by hash.
    """
    text: str = doc["text"]
    if "\r" in text or not unicodedata.is_normalized("NFC", text):
        yield where.at(
            "text-not-nfc", "$.text", "the text is not NFC with \\n line endings; copy it from corpus/articles.jsonl"
        )
    if actual is None:
        actual = sha256_text(text)
    if doc["text_sha256"] != actual:
        yield where.at(
            "sha256-mismatch",
            "$.text_sha256",
            f"text_sha256 is {doc['text_sha256'][:12]}… but the text hashes to {actual[:12]}…; "
            "set it to the corpus record's text_sha256",
        )
    expected_sha256 = texts.sha256(doc["doc_id"])
    if expected_sha256 is None:
        yield where.at(
            "doc-not-in-corpus",
            "$.doc_id",
            f"no corpus record has doc_id {doc['doc_id']!r}; use an id from the corpus or pass the right --corpus",
        )
    elif expected_sha256 != actual:
        expected = texts.text(doc["doc_id"])
        at = next(
            (i for i, (a, b) in enumerate(zip(text, expected, strict=False)) if a != b), min(len(text), len(expected))
        )
        yield where.at(
            "text-mismatch",
            "$.text",
            f"the text differs from the corpus record from offset {at} "
            f"(document {text[at : at + 12]!r}, corpus {expected[at : at + 12]!r}; lengths {len(text)} and "
            f"{len(expected)}); copy the corpus text and recompute the offsets by code",
        )


def _nearest(text: str, needle: str, start: int) -> str:
    """Where ``needle`` does occur, nearest to ``start``, as a hint."""
    hits: list[int] = []
    i = text.find(needle)
    while i >= 0 and len(hits) < 1000:
        hits.append(i)
        i = text.find(needle, i + 1)
    if not hits:
        return f"{needle!r} does not occur in the text"
    best = min(hits, key=lambda h: abs(h - start))
    return f"{needle!r} occurs at {best}-{best + len(needle)}"


def _span_problem(text: str, path: str, span: dict[str, Any], where: Where) -> Finding | None:
    """The level-2 finding of one span, if any: out of range, not selecting its text, or padded with spaces."""
    start, end, stated = span["start"], span["end"], span["text"]
    if not 0 <= start < end <= len(text):
        return where.at(
            "span-out-of-range",
            path,
            f"offsets {start}-{end} are outside 0 <= start < end <= {len(text)}; {_nearest(text, stated, start)}",
        )
    if text[start:end] != stated:
        return where.at(
            "span-text-mismatch",
            path,
            f"text[{start}:{end}] is {text[start:end]!r}, not {stated!r}; {_nearest(text, stated, start)}; "
            "recompute the offsets by code",
        )
    if stated[0].isspace() or stated[-1].isspace():
        return where.at(
            "span-whitespace",
            path,
            f"the span {stated!r} starts or ends with whitespace; move start/end inward past it",
        )
    return None


def all_fine(text: str, found: list[dict[str, Any]]) -> bool:
    """True when every span selects its text without surrounding whitespace (the usual case, checked in bulk)."""
    n = len(text)
    for span in found:
        start, end, stated = span["start"], span["end"], span["text"]
        # str.strip() removes exactly the characters str.isspace() is true for
        if not (0 <= start < end <= n and text[start:end] == stated and stated.strip() == stated):
            return False
    return True


def check_spans(doc: dict[str, Any], where: Where, mentions_fine: bool | None = None) -> Iterator[Finding]:
    """Offsets in range, selecting the span text, with no surrounding whitespace; mentions never cross.

    ``mentions_fine`` is ``all_fine(text, mentions)`` when the caller has it (level 3 reuses it).
    """
    text: str = doc["text"]
    triggers = [e["trigger"] for e in doc["events"]]
    evidence = [s["evidence"] for s in doc["stances"]]
    if mentions_fine is None:
        mentions_fine = all_fine(text, doc["mentions"])
    if not (mentions_fine and all_fine(text, triggers) and all_fine(text, evidence)):
        for path, span in spans(doc):
            problem = _span_problem(text, path, span, where)
            if problem is not None:
                yield problem
    yield from _crossing(doc, where, all_usable=mentions_fine)


def _nested(text: str, mentions: list[dict[str, Any]], *, all_usable: bool) -> bool:
    """True when no two usable mentions cross: sorted by (start, -end), each lies inside the open one on top."""
    if all_usable:
        spans = sorted([(m["start"], m["end"]) for m in mentions])
    else:
        spans = sorted([(m["start"], m["end"]) for m in mentions if span_ok(text, m)])
    previous_end = 0
    for start, end in spans:  # disjoint spans (the usual case) cannot cross: one cheap pass proves it
        if start < previous_end:
            break
        previous_end = end
    else:
        return True
    ends: list[int] = []  # a chain of nested spans' ends, innermost last
    for start, neg_end in sorted([(start, -end) for start, end in spans]):
        while ends and ends[-1] <= start:
            ends.pop()
        if ends and ends[-1] < -neg_end:
            return False
        ends.append(-neg_end)
    return True


def _crossing(doc: dict[str, Any], where: Where, *, all_usable: bool = False) -> Iterator[Finding]:
    text, mentions = doc["text"], doc["mentions"]
    if _nested(text, mentions, all_usable=all_usable):
        return
    # Broken spans already have their finding; crossing is judged among spans that select their text.
    usable = [i for i, m in enumerate(mentions) if span_ok(text, m)]
    order = sorted(usable, key=lambda i: (mentions[i]["start"], -mentions[i]["end"]))
    open_spans: list[int] = []  # mentions that may still overlap the next one, by index
    for i in order:
        m = mentions[i]
        open_spans = [j for j in open_spans if mentions[j]["end"] > m["start"]]
        for j in open_spans:
            other = mentions[j]
            if other["start"] < m["start"] < other["end"] < m["end"]:
                yield where.at(
                    "mention-spans-cross",
                    f"$.mentions[{i}]",
                    f"{m['id']} ({m['start']}-{m['end']} {m['text']!r}) crosses {other['id']} "
                    f"({other['start']}-{other['end']} {other['text']!r}); make one contain the other or separate them",
                )
        open_spans.append(i)
