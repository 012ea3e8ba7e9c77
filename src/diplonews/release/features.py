"""Hugging Face ``Features`` of each release config, generated from the label inventory.

One function per config (inventory -> ``datasets.Features``), registered in ``diplonews.release.configs``;
the helpers below are the pieces several configs share. Every ClassLabel lists its names in schema order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplonews.release.rows import ARTICLE_META
from diplonews.schema import Inventory

if TYPE_CHECKING:
    from datasets import ClassLabel, Features


def bio_names(inv: Inventory) -> list[str]:
    """NER tag names: ``O`` then ``B-``/``I-`` for each entity type, in schema order."""
    return ["O", *(f"{p}-{t}" for t in inv.names("entity_types") for p in ("B", "I"))]


def _label(inv: Inventory, kind: str) -> ClassLabel:
    from datasets import ClassLabel

    return ClassLabel(names=inv.names(kind))


def _span() -> dict[str, Any]:
    """``{start, end, text}``: code point offsets into the row's text and the text they slice."""
    from datasets import Value

    return {"start": Value("int32"), "end": Value("int32"), "text": Value("string")}


def _event(inv: Inventory) -> dict[str, Any]:
    """One event; an argument carries the span of the mention it points to, so it can be read without a join."""
    from datasets import ClassLabel, List, Value

    string = Value("string")
    argument = {
        "role": _label(inv, "roles"),
        "ref": string,
        "entity": string,
        "entity_type": _label(inv, "entity_types"),
        **_span(),
    }
    return {
        "id": string,
        "type": _label(inv, "event_types"),
        "mode": ClassLabel(names=inv.all_modes),
        "trigger": _span(),
        "arguments": List(argument),
        "polarity": _label(inv, "polarity"),
        "realis": _label(inv, "realis"),
        "proposition": _label(inv, "propositions"),
    }


def _layers(inv: Inventory) -> dict[str, Any]:
    """The four annotation layers of a document, as ``release_layers`` writes them."""
    from datasets import List, Value

    string = Value("string")
    mention = {
        "id": string,
        "entity": string,
        **_span(),
        "level": _label(inv, "mention_levels"),
        "role": _label(inv, "mention_roles"),
        "proclitic": string,
    }
    stance = {
        "id": string,
        "holder": string,
        "target": string,
        "label": _label(inv, "stance_labels"),
        "evidence": _span(),
    }
    return {
        "entities": List({"id": string, "type": _label(inv, "entity_types"), "kb": string}),
        "mentions": List(mention),
        "events": List(_event(inv)),
        "stances": List(stance),
    }


def documents_features(inv: Inventory) -> Features:
    """``documents``: article metadata, text and every layer."""
    from datasets import Features, Value

    string = Value("string")
    return Features({"doc_id": string, **dict.fromkeys(ARTICLE_META, string), "text": string, **_layers(inv)})


def entities_features(inv: Inventory) -> Features:
    """``entities``: mention spans with type and QID, whitespace tokens and their BIO tags."""
    from datasets import ClassLabel, Features, List, Value

    string, int32 = Value("string"), Value("int32")
    span = {
        "id": string,
        "entity": string,
        **_span(),
        "label": _label(inv, "entity_types"),
        "kb": string,
        "level": _label(inv, "mention_levels"),
    }
    return Features(
        {
            "doc_id": string,
            "text": string,
            "spans": List(span),
            "tokens": List(string),
            "token_spans": List({"start": int32, "end": int32}),
            "ner_tags": List(ClassLabel(names=bio_names(inv))),
        }
    )


def ner_features(inv: Inventory) -> Features:
    """``ner``: one sentence, its tokens (punctuation split off) and BIO tags over names and over all mentions."""
    from datasets import ClassLabel, Features, List, Value

    string, int32 = Value("string"), Value("int32")
    tags = ClassLabel(names=bio_names(inv))
    return Features(
        {
            "id": string,
            "doc_id": string,
            "sentence": int32,
            "start": int32,
            "end": int32,
            "text": string,
            "tokens": List(string),
            "token_spans": List({"start": int32, "end": int32}),
            "ner_tags": List(tags),
            "ner_tags_all": List(tags),
        }
    )


def events_features(inv: Inventory) -> Features:
    """``events``: the document text and its events."""
    from datasets import Features, List, Value

    return Features({"doc_id": Value("string"), "text": Value("string"), "events": List(_event(inv))})


def stances_features(inv: Inventory) -> Features:
    """``stances``: one stance with holder and target named, and its evidence span."""
    from datasets import ClassLabel, Features, Value

    string = Value("string")
    return Features(
        {
            "doc_id": string,
            "stance_id": string,
            "text": string,
            "holder": string,
            "holder_name": string,
            "holder_type": _label(inv, "entity_types"),
            "target": string,
            "target_name": string,
            "target_kind": ClassLabel(names=["entity", "proposition"]),
            "target_type": _label(inv, "entity_types"),
            "label": _label(inv, "stance_labels"),
            "evidence": _span(),
        }
    )


def raw_annotations_features(inv: Inventory) -> Features:
    """``raw_annotations``: one annotator's document, every layer as annotated."""
    from datasets import ClassLabel, Features, Value

    string = Value("string")
    status = ClassLabel(names=["complete", "skipped"])
    return Features({"annotator": string, "doc_id": string, "status": status, "text": string, **_layers(inv)})
