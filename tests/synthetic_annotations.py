"""Synthetic annotated documents with controlled disagreement, for the agreement tests.

Every label is drawn from the inventory (schema/labels.json): entity types, event types with the roles each
allows, stance labels, propositions as stance targets, and the default level, polarity and realis. Seeded and
deterministic: the same arguments give the same documents.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from diplonews.schema import Inventory, load_inventory

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
STANCES_PER_DOCUMENT = 3


def _entities(inv: Inventory, rng: random.Random, count: int) -> list[dict[str, Any]]:
    """Entities with a QID; the first ones (stance holders) of a type that may hold a stance."""
    types = inv.names("entity_types")
    holders = inv.stance_holder_types
    return [
        {"id": f"E{i + 1}", "type": rng.choice(holders if i < STANCES_PER_DOCUMENT else types),
         "kb": f"Q{rng.randint(1, 40)}"}
        for i in range(count)
    ]  # fmt: skip


def _events(inv: Inventory, rng: random.Random, spans: list[tuple[int, int, str]], n_mentions: int) -> list[Any]:
    """One event per trigger span, of a random type, with two arguments in roles that type allows."""
    events = []
    for i, (start, end, text) in enumerate(spans):
        event = rng.choice(inv.event_types)
        args = [{"role": r, "ref": f"M{rng.randint(1, n_mentions)}"} for r in rng.sample(event.roles, k=2)]
        events.append(
            {
                "id": f"V{i + 1}",
                "type": event.name,
                "trigger": {"start": start, "end": end, "text": text},
                "arguments": args,
                "polarity": inv.default("polarity"),
                "realis": inv.default("realis"),
            }
        )
    return events


def base_document(doc_id: str, rng: random.Random, words: int = 60) -> dict[str, Any]:
    """A random but well-formed annotated document: entities with kb, mentions, events with arguments, stances."""
    inv = load_inventory()
    tokens = [rng.choice(_WORDS) for _ in range(words)]
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(tokens)
    positions = sorted(rng.sample(range(words), k=min(words, 12)))
    mentions_at, trigger_at = positions[:9], positions[9:]
    mentions = [
        {"id": f"M{i + 1}", "entity": f"E{i + 1}", "start": starts[p], "end": starts[p] + len(tokens[p]),
         "text": tokens[p], "level": inv.default("mention_levels")}
        for i, p in enumerate(mentions_at)
    ]  # fmt: skip
    triggers = [(starts[p], starts[p] + len(tokens[p]), tokens[p]) for p in trigger_at]
    stances = [
        {"id": f"S{i + 1}", "holder": f"E{i + 1}", "target": target, "label": rng.choice(inv.names("stance_labels")),
         "evidence": {"start": 0, "end": len(tokens[0]), "text": tokens[0]}}
        for i, target in enumerate(rng.sample(inv.names("propositions"), k=STANCES_PER_DOCUMENT))
    ]  # fmt: skip
    return {
        "doc_id": doc_id,
        "annotator": "base",
        "schema_version": inv.version,
        "status": "complete",
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "text": text,
        "entities": _entities(inv, rng, len(mentions_at)),
        "mentions": mentions,
        "events": _events(inv, rng, triggers, len(mentions)),
        "stances": stances,
    }


def _perturb_event(inv: Inventory, event: dict[str, Any], kept: set[str], rng: random.Random, rate: float) -> Any:
    """An event with maybe another type, and maybe other roles (among those its type allows)."""
    name = rng.choice(inv.names("event_types")) if rng.random() < rate else event["type"]
    roles = inv.event(name).roles
    args = [
        {**a, "role": rng.choice(roles)} if rng.random() < rate else dict(a)
        for a in event["arguments"]
        if a["ref"] in kept
    ]
    return {**event, "type": name, "arguments": args}


def perturb(doc: dict[str, Any], annotator: str, rng: random.Random, rate: float = 0.15) -> dict[str, Any]:
    """A copy of ``doc`` as ``annotator`` might have made it: some types, labels, roles changed, some items dropped."""
    inv = load_inventory()
    out = {**doc, "annotator": annotator}
    types, labels = inv.names("entity_types"), inv.names("stance_labels")
    out["entities"] = [{**e, "type": rng.choice(types)} if rng.random() < rate else dict(e) for e in doc["entities"]]
    out["mentions"] = [dict(m) for m in doc["mentions"] if rng.random() >= rate / 2]
    kept = {m["id"] for m in out["mentions"]}
    out["events"] = [_perturb_event(inv, v, kept, rng, rate) for v in doc["events"] if rng.random() >= rate]
    out["stances"] = [
        {**s, "label": rng.choice(labels)} if rng.random() < rate else dict(s)
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
