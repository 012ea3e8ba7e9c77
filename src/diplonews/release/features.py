"""Hugging Face ``Features`` of every release config, generated from the label inventory."""

from __future__ import annotations

from typing import Any

from diplonews.schema import Inventory

CONFIGS = ("documents", "entities", "events", "stances", "raw_annotations")
DEFAULT_CONFIG = "documents"


def bio_names(inv: Inventory) -> list[str]:
    """NER tag names: ``O`` then ``B-``/``I-`` for each entity type, in schema order."""
    return ["O", *(f"{p}-{t}" for t in inv.names("entity_types") for p in ("B", "I"))]


def release_features(inv: Inventory) -> dict[str, Any]:
    """config name -> ``datasets.Features``; every ClassLabel lists its names in schema order."""
    from datasets import ClassLabel, Features, List, Value

    def label(kind: str) -> ClassLabel:
        return ClassLabel(names=inv.names(kind))

    string, int32 = Value("string"), Value("int32")
    span = {"start": int32, "end": int32, "text": string}
    entity_type = label("entity_types")
    entity = {"id": string, "type": entity_type, "kb": string}
    mention = {
        "id": string,
        "entity": string,
        **span,
        "level": label("mention_levels"),
        "role": label("mention_roles"),
        "proclitic": string,
    }
    # An argument carries the span of the mention it points to, so it can be read without a join.
    argument = {"role": label("roles"), "ref": string, "entity": string, "entity_type": entity_type, **span}
    event = {
        "id": string,
        "type": label("event_types"),
        "mode": ClassLabel(names=inv.all_modes),
        "trigger": dict(span),
        "arguments": List(argument),
        "polarity": label("polarity"),
        "realis": label("realis"),
        "proposition": label("propositions"),
    }
    stance = {"id": string, "holder": string, "target": string, "label": label("stance_labels"), "evidence": dict(span)}
    layers = {
        "entities": List(entity),
        "mentions": List(mention),
        "events": List(event),
        "stances": List(stance),
    }
    metadata = {
        "title": string,
        "published": string,
        "outlet": string,
        "agency": string,
        "url": string,
        "source_file": string,
        "text_sha256": string,
    }
    return {
        "documents": Features({"doc_id": string, **metadata, "text": string, **layers}),
        "entities": Features(
            {
                "doc_id": string,
                "text": string,
                "spans": List({"id": string, "entity": string, **span, "label": entity_type, "kb": string}),
                "tokens": List(string),
                "token_spans": List({"start": int32, "end": int32}),
                "ner_tags": List(ClassLabel(names=bio_names(inv))),
            }
        ),
        "events": Features({"doc_id": string, "text": string, "events": List(event)}),
        "stances": Features(
            {
                "doc_id": string,
                "stance_id": string,
                "text": string,
                "holder": string,
                "holder_name": string,
                "holder_type": entity_type,
                "target": string,
                "target_name": string,
                "target_kind": ClassLabel(names=["entity", "proposition"]),
                "target_type": entity_type,
                "label": label("stance_labels"),
                "evidence": dict(span),
            }
        ),
        "raw_annotations": Features(
            {
                "annotator": string,
                "doc_id": string,
                "status": ClassLabel(names=["complete", "skipped"]),
                "text": string,
                **layers,
            }
        ),
    }
