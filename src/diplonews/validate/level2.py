"""Level 2: the text equals the corpus record and every span's offsets select its text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from diplonews._io import sha256_text
from diplonews.validate.corpus_texts import CorpusTexts
from diplonews.validate.findings import Finding, Where


def span_lists(doc: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(list, field, spans) of each kind of span of a document: mentions, event triggers, stance evidence."""
    return [
        ("mentions", "", doc["mentions"]),
        ("events", ".trigger", [e["trigger"] for e in doc["events"]]),
        ("stances", ".evidence", [s["evidence"] for s in doc["stances"]]),
    ]


def spans(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON path, span) of every span of a document, in report order."""
    for kind, field, items in span_lists(doc):
        for i, span in enumerate(items):
            yield f"$.{kind}[{i}]{field}", span


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


def check_spans(doc: dict[str, Any], where: Where) -> Iterator[Finding]:
    """Every span's offsets are in range and select its text, with no surrounding whitespace; mentions never cross.

    One loop over every span (mentions, triggers, evidence) holds the span rules; a span breaks at most one.
    """
    text: str = doc["text"]
    n = len(text)
    broken: set[int] = set()  # mentions whose offsets do not select their text: left out of the crossing rule
    for kind, field, items in span_lists(doc):
        for i, span in enumerate(items):
            start, end, stated = span["start"], span["end"], span["text"]
            if not 0 <= start < end <= n:
                yield where.at(
                    "span-out-of-range",
                    f"$.{kind}[{i}]{field}",
                    f"offsets {start}-{end} are outside 0 <= start < end <= {n}; {_nearest(text, stated, start)}",
                )
            elif text[start:end] != stated:
                yield where.at(
                    "span-text-mismatch",
                    f"$.{kind}[{i}]{field}",
                    f"text[{start}:{end}] is {text[start:end]!r}, not {stated!r}; {_nearest(text, stated, start)}; "
                    "recompute the offsets by code",
                )
            else:
                if stated != stated.strip():  # str.strip() removes what str.isspace() is true for
                    yield where.at(
                        "span-whitespace",
                        f"$.{kind}[{i}]{field}",
                        f"the span {stated!r} starts or ends with whitespace; move start/end inward past it",
                    )
                continue
            if not field:
                broken.add(i)
    yield from _crossing(doc["mentions"], broken, where)


def _crossing(mentions: list[dict[str, Any]], broken: set[int], where: Where) -> Iterator[Finding]:
    """Mentions that cross one another, among those that select their text (a broken span has its finding).

    A sweep by (start, longest first): a mention crosses an earlier one that is still open (ends after this
    one starts) and ends before this one does.
    """
    order = sorted([(m["start"], -m["end"], i) for i, m in enumerate(mentions)])
    open_spans: list[tuple[int, int, int]] = []  # (start, end, index) of mentions that may overlap the next one
    reach = 0  # the largest end among them
    for start, neg_end, i in order:
        if i in broken:
            continue  # its span has its own finding
        end = -neg_end
        if reach <= start:
            open_spans.clear()  # every earlier mention ends before this one starts: none can cross it
        else:
            open_spans = [o for o in open_spans if o[1] > start]
            for other_start, other_end, j in open_spans:
                if other_start < start < other_end < end:
                    yield _crossing_finding(mentions, i, j, where)
        open_spans.append((start, end, i))
        reach = max(reach, end)


def _crossing_finding(mentions: list[dict[str, Any]], i: int, j: int, where: Where) -> Finding:
    m, other = mentions[i], mentions[j]
    return where.at(
        "mention-spans-cross",
        f"$.mentions[{i}]",
        f"{m['id']} ({m['start']}-{m['end']} {m['text']!r}) crosses {other['id']} "
        f"({other['start']}-{other['end']} {other['text']!r}); make one contain the other or separate them",
    )
