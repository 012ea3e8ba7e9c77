"""Annotation specs written by hand -> annotated documents with offsets computed by code.

A spec names each span by its text and, when that text occurs more than once, by a snippet around it
(``"in"``) that occurs exactly once. Offsets come from ``str.find`` on the frozen article text, never
from counting by hand. An attached proclitic (و ف ب ل ك ...) written in the snippet but left out of the
span is detected from the text and recorded.

Spec layout (``annotations/_authoring/<annotator>/<doc_id>.json``)::

    {"doc_id": "...", "annotator": "a1", "status": "complete",
     "entities": [{"id": "E1", "type": "PER", "kb": "Q7747",
                   "mentions": [{"id": "M1", "text": "بوتين", "in": "وقال بوتين خلال", "level": "NAM"}]}],
     "events": [{"id": "V1", "type": "CONSULT", "mode": "phone",
                 "trigger": {"text": "اتصال هاتفي"}, "polarity": "POS", "realis": "ACTUAL",
                 "arguments": [{"role": "PARTICIPANT", "ref": "M1"}], "proposition": "P:..."}],
     "stances": [{"id": "S1", "holder": "E1", "target": "P:ceasefire_ukraine", "label": "FAVOR",
                  "evidence": {"text": "دعا إلى وقف لإطلاق النار"}}]}
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from diplonews._io import StagedWrites, contained, dumps, read_json
from diplonews.errors import InputError
from diplonews.schema import ANNOTATOR_PATTERN, RESERVED_ANNOTATORS, load_inventory

AUTHORING_DIR = "_authoring"
_TOKEN_BREAK = re.compile(r"[\s\"“”«»()\[\]،؛:.!?؟,\-–—/]")


def locate(text: str, anchor: dict[str, Any], where: str) -> tuple[int, int]:
    """(start, end) of ``anchor["text"]``, found inside ``anchor["in"]`` when given; exact and unique."""
    span = anchor.get("text")
    if not isinstance(span, str) or not span or span != span.strip():
        raise InputError(f"{where}: 'text' must be a non-empty string without surrounding spaces, got {span!r}")
    context = anchor.get("in", span)
    if span not in context:
        raise InputError(f"{where}: the snippet {context!r} does not contain the span {span!r}")
    first = text.find(context)
    if first < 0:
        raise InputError(f"{where}: {context!r} does not occur in the document text; copy it from the text exactly")
    if text.find(context, first + 1) >= 0:
        raise InputError(f"{where}: {context!r} occurs more than once; give a longer snippet in 'in'")
    inner = context.find(span)
    if context.find(span, inner + 1) >= 0:
        raise InputError(f"{where}: {span!r} occurs twice inside its snippet {context!r}; make the snippet tighter")
    start = first + inner
    return start, start + len(span)


def proclitic_before(text: str, start: int) -> str | None:
    """The proclitic attached before ``start`` (the letters from the token start), if it is one."""
    i = start
    while i > 0 and not _TOKEN_BREAK.match(text[i - 1]):
        i -= 1
    prefix = text[i:start]
    if prefix and prefix in {p.name for p in load_inventory().proclitics}:
        return prefix
    return None


def _entities(spec: dict[str, Any], text: str, where: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The entity records and their mentions (sorted by offsets) of a spec."""
    default_level = load_inventory().defaults["level"]  # a level the spec leaves out takes labels.json's default
    entities: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for e_index, entity in enumerate(spec.get("entities", [])):
        e_where = f"{where}::$.entities[{e_index}]"
        record = {"id": entity["id"], "type": entity["type"]}
        if entity.get("kb"):
            record["kb"] = entity["kb"]
        entities.append(record)
        for m_index, mention in enumerate(entity.get("mentions", [])):
            start, end = locate(text, mention, f"{e_where}.mentions[{m_index}]")
            out: dict[str, Any] = {"id": mention["id"], "entity": entity["id"], "start": start, "end": end}
            out.update(text=text[start:end], level=mention.get("level", default_level))
            if mention.get("role"):
                out["role"] = mention["role"]
            clitic = proclitic_before(text, start)
            if clitic:
                out["proclitic"] = clitic
            mentions.append(out)
    mentions.sort(key=lambda m: (m["start"], m["end"], m["id"]))
    return entities, mentions


def _events(spec: dict[str, Any], text: str, where: str) -> list[dict[str, Any]]:
    defaults = load_inventory().defaults
    events = []
    for v_index, event in enumerate(spec.get("events", [])):
        start, end = locate(text, event["trigger"], f"{where}::$.events[{v_index}].trigger")
        out = {"id": event["id"], "type": event["type"]}
        if event.get("mode"):
            out["mode"] = event["mode"]
        out["trigger"] = {"start": start, "end": end, "text": text[start:end]}
        out["arguments"] = [{"role": a["role"], "ref": a["ref"]} for a in event.get("arguments", [])]
        out["polarity"] = event.get("polarity", defaults["polarity"])
        out["realis"] = event.get("realis", defaults["realis"])
        if event.get("proposition"):
            out["proposition"] = event["proposition"]
        events.append(out)
    return events


def _stances(spec: dict[str, Any], text: str, where: str) -> list[dict[str, Any]]:
    stances = []
    for s_index, stance in enumerate(spec.get("stances", [])):
        start, end = locate(text, stance["evidence"], f"{where}::$.stances[{s_index}].evidence")
        evidence = {"start": start, "end": end, "text": text[start:end]}
        stances.append({**{k: stance[k] for k in ("id", "holder", "target", "label")}, "evidence": evidence})
    return stances


def materialize(spec: dict[str, Any], article: dict[str, Any], where: str) -> dict[str, Any]:
    """The annotated document described by ``spec`` for ``article``."""
    text: str = article["text"]
    entities, mentions = _entities(spec, text, where)
    return {
        "doc_id": article["doc_id"],
        "annotator": spec["annotator"],
        "schema_version": load_inventory().version,
        "status": spec.get("status", "complete"),
        "text_sha256": article["text_sha256"],
        "text": text,
        "entities": entities,
        "mentions": mentions,
        "events": _events(spec, text, where),
        "stances": _stances(spec, text, where),
    }


def _spec_document(spec_path: Path, articles: dict[str, dict[str, Any]]) -> tuple[str, str, dict[str, Any]]:
    """(annotator, doc_id, materialized document) of one spec file; InputError names what is wrong."""
    spec = read_json(spec_path)
    folder = spec_path.parent.name
    if not isinstance(spec, dict):
        raise InputError(f"{spec_path}: a spec is a JSON object (see the example at the top of authoring.py)")
    if spec.get("annotator") != folder:
        raise InputError(f"{spec_path}::$.annotator: must equal the folder name {folder!r}")
    if not re.fullmatch(ANNOTATOR_PATTERN.strip("^$"), folder) or folder in RESERVED_ANNOTATORS:
        raise InputError(
            f"{spec_path.parent}: {folder!r} cannot be an annotator's folder (lower-case letters, digits, '_', '-'; "
            f"not {', '.join(sorted(RESERVED_ANNOTATORS))}, which adjudication writes); rename the folder"
        )
    doc_id = spec.get("doc_id")
    if not isinstance(doc_id, str) or doc_id not in articles:
        raise InputError(f"{spec_path}::$.doc_id: {doc_id!r} is not in the corpus; run `diplonews ingest` first")
    try:
        return folder, doc_id, materialize(spec, articles[doc_id], str(spec_path))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{spec_path}: malformed spec ({type(exc).__name__}: {exc}); compare with the example "
                         "at the top of authoring.py") from exc  # fmt: skip


def materialize_all(annotations_dir: Path, articles: dict[str, dict[str, Any]]) -> list[Path]:
    """Write ``annotations/<annotator>/<doc_id>.json`` for every spec under ``annotations/_authoring``.

    Every spec is materialized before anything is written, so one broken spec writes nothing.
    """
    with StagedWrites(annotations_dir) as staged:
        for spec_path in sorted((annotations_dir / AUTHORING_DIR).glob("*/*.json")):
            annotator, doc_id, doc = _spec_document(spec_path, articles)
            staged.add(contained(annotations_dir, f"{annotator}/{doc_id}.json"), dumps(doc))
        return staged.commit()
