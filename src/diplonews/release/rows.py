"""Annotated documents -> rows of each release config (plain dicts with label names, not ids)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import Any

from diplonews.schema import AUTHOR, Inventory

_TOKEN = re.compile(r"\S+")


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
                    **_span(mention),
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
                **_span(m),
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


def document_row(
    doc: Mapping[str, Any], article: Mapping[str, Any], layers: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The ``documents`` row: article metadata, text and every layer (``layers``: ``release_layers(doc)``)."""
    layers = release_layers(doc) if layers is None else layers
    return {"doc_id": doc["doc_id"], **{k: article.get(k) for k in ARTICLE_META}, "text": doc["text"], **layers}


def bio_tags(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[str], list[dict[str, int]], list[str]]:
    """Whitespace tokens, their offsets and BIO tags; a token touched by an entity span takes its type.

    Longer spans win over the spans nested in them (flat NER); a span overlapping an already tagged
    token is left out. A token holding a proclitic or punctuation next to the entity is tagged whole.
    """
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    # Tokens are disjoint and in order, so their starts and ends both ascend: the tokens a span touches
    # (start < token end and token start < end) are one run found by bisection, not by a scan per span.
    starts = [s for s, _ in tokens]
    ends = [e for _, e in tokens]
    tags = ["O"] * len(tokens)
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        hit = range(bisect_right(ends, start), bisect_left(starts, end))
        if not hit or any(tags[i] != "O" for i in hit):
            continue
        for n, i in enumerate(hit):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return [text[s:e] for s, e in tokens], [{"start": s, "end": e} for s, e in tokens], tags


def entities_row(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The ``entities`` row: mention spans with their entity type and QID, and BIO-tagged tokens."""
    entities = {e["id"]: e for e in doc.get("entities", [])}
    spans = [
        {
            "id": m["id"],
            "entity": m["entity"],
            **_span(m),
            "label": entities[m["entity"]]["type"],
            "kb": entities[m["entity"]].get("kb"),
        }
        for m in doc.get("mentions", [])
    ]
    tokens, offsets, tags = bio_tags(doc["text"], [(s["start"], s["end"], s["label"]) for s in spans])
    return {
        "doc_id": doc["doc_id"],
        "text": doc["text"],
        "spans": spans,
        "tokens": tokens,
        "token_spans": offsets,
        "ner_tags": tags,
    }


def events_row(doc: Mapping[str, Any], layers: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The ``events`` row: the document text and its events with resolved argument spans."""
    layers = release_layers(doc) if layers is None else layers
    return {"doc_id": doc["doc_id"], "text": doc["text"], "events": layers["events"]}


def _entity_name(doc: Mapping[str, Any], entity_id: str) -> str:
    """A readable name: the entity's first proper-name mention, else its first mention."""
    mentions = [m for m in doc.get("mentions", []) if m["entity"] == entity_id]
    named = [m for m in mentions if m["level"] == "NAM"] or mentions
    return str(named[0]["text"]) if named else entity_id


def stance_rows(doc: Mapping[str, Any], inv: Inventory) -> list[dict[str, Any]]:
    """The ``stances`` rows: one per stance, holder and target named, with the evidence span."""
    types = {e["id"]: e["type"] for e in doc.get("entities", [])}
    glosses = {p.name: p.gloss for p in inv.propositions}
    rows = []
    for s in doc.get("stances", []):
        holder, target = s["holder"], s["target"]
        is_prop = target.startswith("P:")
        rows.append(
            {
                "doc_id": doc["doc_id"],
                "stance_id": s["id"],
                "text": doc["text"],
                "holder": holder,
                "holder_name": "the article's author" if holder == AUTHOR else _entity_name(doc, holder),
                "holder_type": types.get(holder),
                "target": target,
                "target_name": glosses.get(target, target) if is_prop else _entity_name(doc, target),
                "target_kind": "proposition" if is_prop else "entity",
                "target_type": None if is_prop else types.get(target),
                "label": s["label"],
                "evidence": _span(s["evidence"]),
            }
        )
    return rows


def raw_row(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The ``raw_annotations`` row: one annotator's document as annotated, under its pseudonymous id."""
    return {
        "annotator": doc["annotator"],
        "doc_id": doc["doc_id"],
        "status": doc["status"],
        "text": doc["text"],
        **release_layers(doc),
    }


def config_rows(
    config: str,
    gold: Sequence[Mapping[str, Any]],
    raw: Sequence[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    inv: Inventory,
) -> list[dict[str, Any]]:
    """Rows of one config for one split, in a fixed order."""
    if config == "documents":
        return [document_row(d, articles[d["doc_id"]]) for d in gold]
    if config == "entities":
        return [entities_row(d) for d in gold]
    if config == "events":
        return [events_row(d) for d in gold]
    if config == "stances":
        return [row for d in gold for row in stance_rows(d, inv)]
    if config == "raw_annotations":
        return [raw_row(d) for d in sorted(raw, key=lambda d: (d["doc_id"], d["annotator"]))]
    raise KeyError(config)
