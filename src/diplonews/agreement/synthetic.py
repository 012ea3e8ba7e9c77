"""Synthetic annotated documents with controlled disagreement, for property tests and the agreement benchmark."""

from __future__ import annotations

import hashlib
import random
from typing import Any

_WORDS = [
    "بوتين",
    "ماكرون",
    "روسيا",
    "فرنسا",
    "أوكرانيا",
    "اتصال",
    "قال",
    "دعا",
    "الكرملين",
    "باريس",
    "موسكو",
    "في",
    "على",
    "مع",
    "إلى",
    "وقف",
    "النار",
    "الرئيس",
    "الحرب",
    "السلام",
]
_ENTITY_TYPES = ["PER", "GPE", "ORG", "LOC"]
_EVENT_TYPES = ["CONSULT", "STATEMENT", "REQUEST", "ACCUSE"]
_ROLES = ["ACTOR", "RECIPIENT", "TOPIC"]
_LABELS = ["FAVOR", "AGAINST", "NONE"]


def base_document(doc_id: str, rng: random.Random, words: int = 60) -> dict[str, Any]:
    """A random but well-formed annotated document: entities with kb, mentions, events with arguments, stances."""
    tokens = [rng.choice(_WORDS) for _ in range(words)]
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(tokens)
    positions = sorted(rng.sample(range(words), k=min(words, 12)))
    mentions_at, trigger_at = positions[:9], positions[9:]
    entities = [
        {"id": f"E{i + 1}", "type": rng.choice(_ENTITY_TYPES), "kb": f"Q{rng.randint(1, 40)}"}
        for i in range(len(mentions_at))
    ]
    mentions = [
        {
            "id": f"M{i + 1}",
            "entity": f"E{i + 1}",
            "start": starts[p],
            "end": starts[p] + len(tokens[p]),
            "text": tokens[p],
            "level": "NAM",
        }
        for i, p in enumerate(mentions_at)
    ]
    events = []
    for i, p in enumerate(trigger_at):
        args = [{"role": r, "ref": f"M{rng.randint(1, len(mentions))}"} for r in rng.sample(_ROLES, k=2)]
        events.append(
            {
                "id": f"V{i + 1}",
                "type": rng.choice(_EVENT_TYPES),
                "trigger": {"start": starts[p], "end": starts[p] + len(tokens[p]), "text": tokens[p]},
                "arguments": args,
                "polarity": "POS",
                "realis": "ACTUAL",
            }
        )
    stances = [
        {
            "id": f"S{i + 1}",
            "holder": f"E{i + 1}",
            "target": f"P:prop{i}",
            "label": rng.choice(_LABELS),
            "evidence": {"start": 0, "end": len(tokens[0]), "text": tokens[0]},
        }
        for i in range(3)
    ]
    return {
        "doc_id": doc_id,
        "annotator": "base",
        "schema_version": "0.1.0",
        "status": "complete",
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "text": text,
        "entities": entities,
        "mentions": mentions,
        "events": events,
        "stances": stances,
    }


def perturb(doc: dict[str, Any], annotator: str, rng: random.Random, rate: float = 0.15) -> dict[str, Any]:
    """A copy of ``doc`` as ``annotator`` might have made it: some types, labels, roles changed, some items dropped."""
    out = {**doc, "annotator": annotator}
    out["entities"] = [
        {**e, "type": rng.choice(_ENTITY_TYPES)} if rng.random() < rate else dict(e) for e in doc["entities"]
    ]
    out["mentions"] = [dict(m) for m in doc["mentions"] if rng.random() >= rate / 2]
    kept = {m["id"] for m in out["mentions"]}
    out["events"] = [
        {
            **v,
            "type": rng.choice(_EVENT_TYPES) if rng.random() < rate else v["type"],
            "arguments": [
                {**a, "role": rng.choice(_ROLES)} if rng.random() < rate else dict(a)
                for a in v["arguments"]
                if a["ref"] in kept
            ],
        }
        for v in doc["events"]
        if rng.random() >= rate
    ]
    out["stances"] = [
        {**s, "label": rng.choice(_LABELS)} if rng.random() < rate else dict(s)
        for s in doc["stances"]
        if rng.random() >= rate
    ]
    return out


def synthetic_annotations(n_docs: int, annotators: int = 3, seed: int = 0) -> dict[str, dict[str, dict[str, Any]]]:
    """annotator -> doc_id -> document for ``n_docs`` documents each annotated by ``annotators`` annotators."""
    rng = random.Random(seed)
    names = [f"a{i + 1}" for i in range(annotators)]
    out: dict[str, dict[str, dict[str, Any]]] = {a: {} for a in names}
    for i in range(n_docs):
        doc_id = f"syn{i:06d}"
        base = base_document(doc_id, rng)
        for a in names:
            out[a][doc_id] = perturb(base, a, rng)
    return out
