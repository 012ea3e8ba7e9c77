"""Annotated documents -> rows of each release config (plain dicts with label names, not ids)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from diplonews.schema import AUTHOR, Inventory

# A row's ``token_spans`` are (start, end) tuples, in the order of the feature's fields: Arrow converts a
# tuple to its struct about ten times faster than a dict, and a 10,000-document release has 6 million of them
# (``datasets`` reads them back as {"start", "end"} dicts, as the features declare).
_TOKEN = re.compile(r"\S+")
# A word of the ``ner`` config: letters, digits and Arabic marks (harakat, tatweel, Quranic signs) with any
# proclitic attached, as ANERcorp tokenises; every other non-space character is a token of its own.
_WORD = re.compile(r"[\w\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+|[^\s\w]")
# Sentence breaks: newlines, or a space after sentence-final punctuation (a decimal point has no space after it).
_SENTENCE_BREAK = re.compile(r"\s*\n\s*|(?<=[.!?\u061f\u2026])\s+")


def _span(obj: Mapping[str, Any]) -> dict[str, Any]:
    return {"start": obj["start"], "end": obj["end"], "text": obj["text"]}


def release_layers(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The four annotation layers in release form: arguments resolved to their mention's span."""
    mentions = {m["id"]: m for m in doc.get("mentions", [])}
    types = {e["id"]: e["type"] for e in doc.get("entities", [])}
    events = []
    for event in doc.get("events", []):
        arguments = []
        for arg in event.get("arguments", []):
            mention = mentions[arg["ref"]]
            arguments.append(
                {
                    "role": arg["role"],
                    "ref": arg["ref"],
                    "entity": mention["entity"],
                    "entity_type": types.get(mention["entity"]),
                    "start": mention["start"],
                    "end": mention["end"],
                    "text": mention["text"],
                }
            )
        events.append(
            {
                "id": event["id"],
                "type": event["type"],
                "mode": event.get("mode"),
                "trigger": _span(event["trigger"]),
                "arguments": arguments,
                "polarity": event["polarity"],
                "realis": event["realis"],
                "proposition": event.get("proposition"),
            }
        )
    return {
        "entities": [{"id": e["id"], "type": e["type"], "kb": e.get("kb")} for e in doc.get("entities", [])],
        "mentions": [
            {
                "id": m["id"],
                "entity": m["entity"],
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
                "level": m["level"],
                "role": m.get("role"),
                "proclitic": m.get("proclitic"),
            }
            for m in doc.get("mentions", [])
        ],
        "events": events,
        "stances": [
            {
                "id": s["id"],
                "holder": s["holder"],
                "target": s["target"],
                "label": s["label"],
                "evidence": _span(s["evidence"]),
            }
            for s in doc.get("stances", [])
        ],
    }


# The article fields a ``documents`` row carries (the text comes from the gold document, equal by check).
ARTICLE_META = ("title", "published", "outlet", "agency", "url", "source_file", "text_sha256")


@dataclass
class Released:
    """One released document as the configs' rows functions read it: gold, its article, its annotators' versions.

    ``layers`` and ``annotations`` are made on first use, once for every config that reads them.
    """

    gold: Mapping[str, Any]
    articles: Mapping[str, Mapping[str, Any]]  # doc_id -> article metadata
    inv: Inventory
    read_annotations: Callable[[], Sequence[Mapping[str, Any]]] = tuple

    @property
    def article(self) -> Mapping[str, Any]:
        """The article record of the gold document (KeyError when the corpus lacks it)."""
        return self.articles[self.gold["doc_id"]]

    @cached_property
    def layers(self) -> dict[str, Any]:
        """``release_layers(gold)``."""
        return release_layers(self.gold)

    @cached_property
    def annotations(self) -> Sequence[Mapping[str, Any]]:
        """Each annotator's version of the document, ordered by annotator."""
        return self.read_annotations()


def documents_rows(doc: Released) -> list[dict[str, Any]]:
    """The ``documents`` row: article metadata, text and every layer."""
    gold, article = doc.gold, doc.article
    return [{"doc_id": gold["doc_id"], **{k: article.get(k) for k in ARTICLE_META}, "text": gold["text"], **doc.layers}]


def _tag(starts: list[int], ends: list[int], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the tokens starting at ``starts`` and ending at ``ends`` (disjoint, in order); a token touched
    by a span takes its type.

    Longer spans win over the spans nested in them (flat NER); a span overlapping an already tagged
    token is left out. A token holding a proclitic next to the entity is tagged whole.
    """
    # Tokens are disjoint and in order, so their starts and ends both ascend: the tokens a span touches
    # (start < token end and token start < end) are one run found by bisection, not by a scan per span.
    tags = ["O"] * len(starts)
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        first, last = bisect_right(ends, start), bisect_left(starts, end)
        if first >= last or tags[first:last].count("O") != last - first:
            continue
        tags[first] = "B-" + label
        tags[first + 1 : last] = ["I-" + label] * (last - first - 1)
    return tags


def bio_tags(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[str], list[tuple[int, int]], list[str]]:
    """Whitespace tokens, their (start, end) offsets and BIO tags (``_tag``): punctuation stays on its token."""
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    tags = _tag([s for s, _ in tokens], [e for _, e in tokens], spans)
    return [text[s:e] for s, e in tokens], tokens, tags


def sentences(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence: text between newlines or after ``.!?؟…`` and a space, never inside a span."""
    # A break (a, b) falls inside a span when some span starting before b ends after a: with the spans ordered
    # by start, the furthest end among those that start before b answers that by bisection.
    ordered = sorted((s, e) for s, e, _ in spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))
    cuts = []
    for a, b in (m.span() for m in _SENTENCE_BREAK.finditer(text)):
        before = bisect_left(starts, b)
        if not before or reach[before - 1] <= a:
            cuts.append((a, b))
    bounds = [0] + [x for cut in cuts for x in cut] + [len(text)]
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if text[a:b].strip()]


def ner_rows(doc: Released) -> list[dict[str, Any]]:
    """The ``ner`` rows: one per sentence (``text`` = the document's ``text[start:end]``; token offsets are in the
    sentence), punctuation split off, BIO tags over names and over names and descriptions."""
    gold, inv = doc.gold, doc.inv
    text = gold["text"]
    types = {e["id"]: e["type"] for e in gold.get("entities", [])}
    # Pronoun mentions live inside a word (a suffix): tagging their whole token would tag the verb or noun.
    mentions = [
        (m["start"], m["end"], types[m["entity"]], m["level"])
        for m in gold.get("mentions", [])
        if m["level"] not in inv.antecedent_levels
    ]
    everything = [(s, e, t) for s, e, t, _ in mentions]
    names = [(s, e, t) for s, e, t, level in mentions if level in inv.proper_name_levels]
    # Tokens and tags of the whole text at once: no token crosses a sentence break (breaks are spaces) and no
    # span does either, so each sentence's share is the tagging of the sentence alone.
    tokens = [m.span() for m in _WORD.finditer(text)]
    starts, ends = [a for a, _ in tokens], [b for _, b in tokens]
    tags, tags_all = _tag(starts, ends, names), _tag(starts, ends, everything)
    rows = []
    for n, (start, end) in enumerate(sentences(text, everything)):
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        sentence = text[start:end]
        rows.append(
            {
                "id": f"{gold['doc_id']}-{n}",
                "doc_id": gold["doc_id"],
                "sentence": n,
                "start": start,
                "end": end,
                "text": sentence,
                "tokens": [text[a:b] for a, b in tokens[first:last]],
                "token_spans": [(a - start, b - start) for a, b in tokens[first:last]],
                "ner_tags": tags[first:last],
                "ner_tags_all": tags_all[first:last],
            }
        )
    return rows


def entities_rows(doc: Released) -> list[dict[str, Any]]:
    """The ``entities`` row: mention spans with their entity type and QID, and BIO-tagged tokens."""
    gold = doc.gold
    entities = {e["id"]: e for e in gold.get("entities", [])}
    spans = [
        {
            "id": m["id"],
            "entity": m["entity"],
            **_span(m),
            "label": entities[m["entity"]]["type"],
            "kb": entities[m["entity"]].get("kb"),
            "level": m["level"],
        }
        for m in gold.get("mentions", [])
    ]
    tokens, offsets, tags = bio_tags(gold["text"], [(s["start"], s["end"], s["label"]) for s in spans])
    return [
        {
            "doc_id": gold["doc_id"],
            "text": gold["text"],
            "spans": spans,
            "tokens": tokens,
            "token_spans": offsets,
            "ner_tags": tags,
        }
    ]


def events_rows(doc: Released) -> list[dict[str, Any]]:
    """The ``events`` row: the document text and its events with resolved argument spans."""
    return [{"doc_id": doc.gold["doc_id"], "text": doc.gold["text"], "events": doc.layers["events"]}]


def _entity_name(doc: Mapping[str, Any], entity_id: str, proper: frozenset[str]) -> str:
    """A readable name: the entity's first mention at a proper-name level (``proper``), else its first mention."""
    mentions = [m for m in doc.get("mentions", []) if m["entity"] == entity_id]
    named = [m for m in mentions if m["level"] in proper] or mentions
    return str(named[0]["text"]) if named else entity_id


def stances_rows(doc: Released) -> list[dict[str, Any]]:
    """The ``stances`` rows: one per stance, holder and target named, with the evidence span."""
    gold, inv = doc.gold, doc.inv
    types = {e["id"]: e["type"] for e in gold.get("entities", [])}
    glosses = {p.name: p.gloss for p in inv.propositions}
    proper = inv.proper_name_levels
    rows = []
    for s in gold.get("stances", []):
        holder, target = s["holder"], s["target"]
        is_prop = target in glosses
        rows.append(
            {
                "doc_id": gold["doc_id"],
                "stance_id": s["id"],
                "text": gold["text"],
                "holder": holder,
                "holder_name": "the article's author" if holder == AUTHOR else _entity_name(gold, holder, proper),
                "holder_type": types.get(holder),
                "target": target,
                "target_name": glosses[target] if is_prop else _entity_name(gold, target, proper),
                "target_kind": "proposition" if is_prop else "entity",
                "target_type": None if is_prop else types.get(target),
                "label": s["label"],
                "evidence": _span(s["evidence"]),
            }
        )
    return rows


def raw_annotations_rows(doc: Released) -> list[dict[str, Any]]:
    """The ``raw_annotations`` rows: each annotator's version as annotated, under its pseudonymous id."""
    return [
        {
            "annotator": version["annotator"],
            "doc_id": version["doc_id"],
            "status": version["status"],
            "text": version["text"],
            **release_layers(version),
        }
        for version in doc.annotations
    ]
