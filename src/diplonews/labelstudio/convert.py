"""Pure conversions: annotated document <-> Label Studio result list, and export task -> documents."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any

from diplonews._io import sha256_text
from diplonews.labelstudio import config as c
from diplonews.labelstudio.errors import ExportFormatError
from diplonews.schema import AUTHOR, DOC_ID_PATTERN, ID_PATTERNS, MAX_DOC_ID, Inventory, is_doc_id, load_inventory

_OWN_ID = {kind: re.compile(pattern) for kind, pattern in ID_PATTERNS.items()}
_KIND_OF_CONTROL = {c.MENTION: "mention", c.TRIGGER: "event", c.STANCE: "stance"}
_PREFIX = {"mention": "M", "event": "V", "stance": "S"}
# Region attributes read from per-region controls: control name -> (kind of region, key in our record).
_TEXTAREAS = {c.ENTITY_ID: ("mention", "entity"), c.KB: ("mention", "kb"), c.HOLDER: ("stance", "holder"),
              c.TARGET: ("stance", "target")}  # fmt: skip
_CHOICES = {c.LEVEL: ("mention", "level"), c.MENTION_ROLE: ("mention", "role"), c.PROCLITIC: ("mention", "proclitic"),
            c.POLARITY: ("event", "polarity"), c.REALIS: ("event", "realis"),
            c.PROPOSITION: ("event", "proposition")}  # fmt: skip


def _span_value(span: dict[str, Any]) -> dict[str, Any]:
    return {"start": span["start"], "end": span["end"], "text": span["text"]}


def _item(region_id: str, control: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": region_id, "from_name": control, "to_name": c.TEXT, "type": kind, "value": value}


def document_to_result(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The Label Studio result list that represents every field of an annotated document."""
    entities = {e["id"]: e for e in doc["entities"]}
    mentions_of: dict[str, list[dict[str, Any]]] = {}
    for mention in doc["mentions"]:
        mentions_of.setdefault(mention["entity"], []).append(mention)
    out: list[dict[str, Any]] = []
    unmentioned = []
    # Mentions grouped by entity in entity order: the pull rebuilds the entity list in first-seen order.
    for entity in doc["entities"]:
        if entity["id"] not in mentions_of:
            unmentioned.append(" ".join(x for x in (entity["id"], entity["type"], entity.get("kb")) if x))
        for mention in mentions_of.get(entity["id"], []):
            rid, span = mention["id"], _span_value(mention)
            unset = mention.get("unset", ())  # still unset in Label Studio: not filled in by the push either
            out.append(_item(rid, c.MENTION, "labels", {**span, "labels": [entity["type"]]}))
            if "entity" not in unset:
                out.append(_item(rid, c.ENTITY_ID, "textarea", {**span, "text": [entity["id"]]}))
            if entity.get("kb"):
                out.append(_item(rid, c.KB, "textarea", {**span, "text": [entity["kb"]]}))
            for control, key in ((c.LEVEL, "level"), (c.MENTION_ROLE, "role"), (c.PROCLITIC, "proclitic")):
                if key in mention and key not in unset:
                    out.append(_item(rid, control, "choices", {**span, "choices": [mention[key]]}))
    unknown = {m["entity"] for m in doc["mentions"]} - set(entities)
    if unknown:
        raise ExportFormatError(f"document {doc['doc_id']}: mentions refer to undefined entities {sorted(unknown)}")
    relations = []
    for event in doc["events"]:
        rid, span = event["id"], _span_value(event["trigger"])
        out.append(_item(rid, c.TRIGGER, "labels", {**span, "labels": [event["type"]]}))
        if "mode" in event:
            out.append(_item(rid, c.MODE_PREFIX + event["type"], "choices", {**span, "choices": [event["mode"]]}))
        for control, key in ((c.POLARITY, "polarity"), (c.REALIS, "realis"), (c.PROPOSITION, "proposition")):
            if key in event:
                out.append(_item(rid, control, "choices", {**span, "choices": [event[key]]}))
        relations += [
            {"from_id": rid, "to_id": arg["ref"], "type": "relation", "direction": "right", "labels": [arg["role"]]}
            for arg in event["arguments"]
        ]
    for stance in doc["stances"]:
        rid, span = stance["id"], _span_value(stance["evidence"])
        out.append(_item(rid, c.STANCE, "labels", {**span, "labels": [stance["label"]]}))
        out.append(_item(rid, c.HOLDER, "textarea", {**span, "text": [stance["holder"]]}))
        out.append(_item(rid, c.TARGET, "textarea", {**span, "text": [stance["target"]]}))
    if unmentioned:
        out.append({"id": "unmentioned", "from_name": c.UNMENTIONED, "to_name": c.TEXT, "type": "textarea",
                    "value": {"text": unmentioned}})  # fmt: skip
    return out + relations


def _loose(text: str) -> str:
    """Text as the UI may show it: literal ``\\n`` for newlines, whitespace runs collapsed (LS #3078).

    Runs are collapsed, not stripped: a region shifted onto a leading or trailing space must not compare equal.
    """
    return re.sub(r"\s+", " ", text.replace("\\n", "\n"))


class _Region:
    """One span region of a result list with the per-region values attached to it."""

    def __init__(self, kind: str, rid: str, start: int, end: int, label: str, *, shown: Any = None) -> None:
        self.kind, self.rid, self.start, self.end, self.label = kind, rid, start, end, label
        self.shown = shown  # the text the UI showed, already checked against text[start:end]
        self.attrs: dict[str, str] = {}
        self.new_id = rid
        self.unset: list[str] = []  # mention fields left unset in Label Studio (filled by default at pull)
        self.origin: str | None = None  # "prediction", "prediction-changed" or "manual", as Label Studio records
        self.known: tuple[str, str | None] | None = None  # (entity id, QID) of a picked known entity

    def same_span(self, value: dict[str, Any]) -> bool:
        """Whether ``value`` repeats this region's checked offsets (and its shown text, when it has one)."""
        same = type(value.get("start")) is int and value["start"] == self.start and value.get("end") == self.end
        return same and value.get("text", self.shown) == self.shown


def _one(values: Any, where: str, what: str) -> str:
    if isinstance(values, str):
        values = [values]
    cleaned = [v.strip() for v in values if isinstance(v, str) and v.strip()] if isinstance(values, list) else []
    if len(cleaned) != 1:
        raise ExportFormatError(f"{where}: expected exactly one {what}, got {values!r}")
    return cleaned[0]


def _check_span(value: dict[str, Any], text: str, where: str, *, labelled: bool = True) -> tuple[int, int]:
    """The offsets of a region's value, checked against the frozen text; a labelled span must show its text."""
    start, end = value.get("start"), value.get("end")
    # type() is int, not isinstance: JSON true/false are bools, and a bool is an int to Python.
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
        raise ExportFormatError(
            f"{where}: offsets start={start!r} end={end!r} are out of range for a text of {len(text)} characters"
        )
    shown = value.get("text")
    if not isinstance(shown, str):
        if not labelled:
            return start, end  # a per-region attribute; its region's own label item carries the text
        raise ExportFormatError(
            f"{where}: the region has no text to check its offsets against; redraw it in Label Studio"
        )
    if _loose(shown) != _loose(text[start:end]):
        raise ExportFormatError(
            f"{where}: the region shows {shown!r} but text[{start}:{end}] is {text[start:end]!r}; "
            "the offsets do not match the frozen text (an export from an old Label Studio counting UTF-16?)"
        )
    return start, end


def _collect_regions(result: list[dict[str, Any]], text: str, where: str, inv: Inventory) -> list[_Region]:
    label_sets = {
        c.MENTION: set(inv.names("entity_types")),
        c.TRIGGER: set(inv.names("event_types")),
        c.STANCE: set(inv.names("stance_labels")),
    }
    regions: dict[str, _Region] = {}
    for item in result:
        control = item.get("from_name")
        if control in _KIND_OF_CONTROL:
            rid = str(item.get("id"))
            r_where = f"{where} region {rid}"
            start, end = _check_span(item.get("value", {}), text, r_where)
            label = _one_label(item.get("value", {}).get("labels"), r_where, str(control))
            if label not in label_sets[control]:
                raise ExportFormatError(
                    f"{r_where}: unknown {control} label {label!r}; valid labels: {sorted(label_sets[control])}"
                )
            if rid in regions:
                raise _second_label(regions[rid], label, start, end, r_where)
            regions[rid] = _Region(_KIND_OF_CONTROL[control], rid, start, end, label, shown=item["value"].get("text"))
            regions[rid].origin = item.get("origin") if isinstance(item.get("origin"), str) else None
    return list(regions.values())


# How an annotator takes a label off a region in Label Studio 1.23 (a stacked label is a toggle).
_UNSTACK = (
    "in Label Studio select the region and click the label it should not have (or press its hotkey) to "
    "take it off; a span that is both, e.g. a mention inside stance evidence, is drawn twice, once per label"
)


def _one_label(values: Any, where: str, control: str) -> str:
    """The one label of a span region; a region given several labels of one set is named as such."""
    if isinstance(values, list) and len(values) > 1 and all(isinstance(v, str) for v in values):
        raise ExportFormatError(f"{where}: the region has {len(values)} {control} labels ({', '.join(values)}); "
                                f"a region takes one label: {_UNSTACK}")  # fmt: skip
    return _one(values, where, f"{control} label")


def _second_label(first: _Region, label: str, start: int, end: int, where: str) -> ExportFormatError:
    """The error for a region id met twice: one region with two labels (\"PER, FAVOR\"), or two regions."""
    if (first.start, first.end) == (start, end):
        return ExportFormatError(f"{where}: the region has two labels, {first.label} and {label} (shown as "
                                 f"\"{first.label}, {label}\"); a region takes one label: {_UNSTACK}")  # fmt: skip
    return ExportFormatError(f"{where}: two span regions share the id {first.rid!r}; delete one and draw it again")


_ATTRIBUTE_TABLES: dict[int, tuple[Inventory, dict[str, tuple[str, list[str]]], dict[str, list[str]]]] = {}


def _attribute_tables(inv: Inventory) -> tuple[dict[str, tuple[str, list[str]]], dict[str, list[str]]]:
    """(mode control -> (event type, modes), choice control -> allowed values), built once per inventory."""
    cached = _ATTRIBUTE_TABLES.get(id(inv))
    if cached is None or cached[0] is not inv:
        modes = {c.MODE_PREFIX + e.name: (e.name, [m.name for m in e.modes]) for e in inv.event_types}
        allowed = {c.LEVEL: inv.names("mention_levels"), c.MENTION_ROLE: inv.names("mention_roles"),
                   c.PROCLITIC: inv.names("proclitics"), c.POLARITY: inv.names("polarity"),
                   c.REALIS: inv.names("realis"), c.PROPOSITION: inv.names("propositions")}  # fmt: skip
        cached = _ATTRIBUTE_TABLES[id(inv)] = (inv, modes, allowed)
    return cached[1], cached[2]


def _attach(result: list[dict[str, Any]], regions: dict[str, _Region], text: str, where: str, inv: Inventory) -> None:
    modes, allowed = _attribute_tables(inv)
    for item in result:
        control = item.get("from_name")
        if control in _KIND_OF_CONTROL or item.get("type") == "relation" or control == c.UNMENTIONED:
            continue
        rid = str(item.get("id"))
        r_where = f"{where} region {rid} ({control})"
        value = item.get("value", {})
        region = regions.get(rid)
        if control == c.KNOWN:
            if region is not None and region.kind == "mention":  # else left over from a label changed since
                region.known = _known(_one(value.get("choices"), r_where, "known entity"), r_where)
            continue
        if control in modes or control in _CHOICES or control in _TEXTAREAS:
            if region is None:
                raise ExportFormatError(f"{r_where}: a {control} value for a region that has no span label")
            if not region.same_span(value):
                _check_span(value, text, r_where, labelled=False)
        if control in modes:
            event_type, valid = modes[str(control)]
            mode = _one(value.get("choices"), r_where, "mode")
            if region is not None and region.label != event_type:
                continue  # a mode left over from before the trigger's type was changed
            if mode not in valid:
                raise ExportFormatError(f"{r_where}: unknown mode {mode!r} for {event_type}; valid: {valid}")
            region.attrs["mode"] = mode  # type: ignore[union-attr]
        elif control in _CHOICES:
            kind, key = _CHOICES[str(control)]
            choice = _one(value.get("choices"), r_where, key)
            if choice not in allowed[str(control)]:
                raise ExportFormatError(f"{r_where}: unknown {key} {choice!r}; valid: {allowed[str(control)]}")
            if region is not None and region.kind == kind:
                region.attrs[key] = choice
        elif control in _TEXTAREAS:
            kind, key = _TEXTAREAS[str(control)]
            if region is not None and region.kind == kind:
                region.attrs[key] = _one(value.get("text"), r_where, key)
        else:
            raise ExportFormatError(f"{r_where}: unknown control {control!r}; is the project's config up to date?")


def _known(picked: str, where: str) -> tuple[str, str | None]:
    """(entity id, QID or None) of a picked known-entity option, whose value is "E1 Q7747" or "E1"."""
    parts = picked.split()
    if not 1 <= len(parts) <= 2 or not _OWN_ID["entity"].fullmatch(parts[0]):
        raise ExportFormatError(f"{where}: cannot read the known entity {picked!r}; re-push the task")
    return parts[0], parts[1] if len(parts) == 2 else None


def _take_known(region: _Region, where: str) -> None:
    """A picked known entity fills the entity id and QID the annotator left empty; a typed one must agree."""
    for key, value in zip(("entity", "kb"), region.known or (), strict=False):
        typed = region.attrs.setdefault(key, value) if value is not None else None
        if typed is not None and typed != value:
            raise ExportFormatError(
                f"{where}: {key} {typed!r} typed, but the known entity picked is {value!r}; in Label Studio "
                f"clear the typed {key} or pick another known entity"
            )


def known_entities(doc: dict[str, Any]) -> list[dict[str, str]]:
    """The options of the ``known_entity`` choices for a task: one per entity of ``doc`` (its pre-annotation),
    valued "E1 Q7747" (what the pull reads back), shown as id, type, QID and the text of its first mention."""
    first: dict[str, str] = {}
    for mention in sorted(doc["mentions"], key=lambda m: (m["start"], m["end"])):
        first.setdefault(mention["entity"], mention["text"])
    options = []
    for entity in doc["entities"]:
        shown = html.escape(" · ".join(x for x in (entity["id"], entity["type"], entity.get("kb")) if x))
        if entity["id"] in first:  # isolated, so an Arabic mention does not reorder the Latin part around it
            shown += f" · <bdi>{html.escape(first[entity['id']])}</bdi>"
        options.append({"value": " ".join(x for x in (entity["id"], entity.get("kb")) if x), "html": shown})
    return options


def _renumber(regions: list[_Region]) -> None:
    """Keep our ids (M1, V1, S1); give regions drawn in the UI (random ids) the next free number."""
    for kind, prefix in _PREFIX.items():
        of_kind = [r for r in regions if r.kind == kind]
        used = {int(r.rid[1:]) for r in of_kind if _OWN_ID[kind].fullmatch(r.rid)}
        taken = set()
        for region in of_kind:
            if _OWN_ID[kind].fullmatch(region.rid) and region.rid not in taken:
                taken.add(region.rid)
                continue
            number = max(used, default=0) + 1
            used.add(number)
            region.new_id = f"{prefix}{number}"


def _entities(regions: list[_Region], unmentioned: list[str], where: str, inv: Inventory) -> list[dict[str, Any]]:
    entities: dict[str, dict[str, Any]] = {}
    mentions = [r for r in regions if r.kind == "mention"]
    for region in mentions:  # first, so a picked entity id counts as used before new ids are given
        _take_known(region, f"{where} region {region.rid}")
    used = {int(r.attrs["entity"][1:]) for r in mentions if _OWN_ID["entity"].fullmatch(r.attrs.get("entity", ""))}
    for region in mentions:
        eid = region.attrs.get("entity")
        if eid is None:  # a mention drawn in the UI without an entity id is an entity of its own
            eid = f"E{max(used, default=0) + 1}"
            used.add(int(eid[1:]))
            region.attrs["entity"] = eid
            region.unset.append("entity")  # recorded, so validate can warn (mention-fields-unset)
        r_where = f"{where} region {region.rid}"
        if not _OWN_ID["entity"].fullmatch(eid):
            raise ExportFormatError(f"{r_where}: entity id {eid!r} is not of the form E1, E2, ...")
        record = entities.setdefault(eid, {"id": eid, "type": region.label})
        if record["type"] != region.label:
            raise ExportFormatError(
                f"{r_where}: mention of {eid} labelled {region.label}, another one {record['type']}"
            )
        kb = region.attrs.get("kb")
        if kb is not None and record.setdefault("kb", kb) != kb:
            raise ExportFormatError(f"{r_where}: {eid} linked to {kb}, another mention links it to {record['kb']}")
    valid_types = set(inv.names("entity_types"))
    for line in unmentioned:
        parts = line.split()
        if not parts:
            continue
        if len(parts) not in (2, 3) or not _OWN_ID["entity"].fullmatch(parts[0]) or parts[1] not in valid_types:
            raise ExportFormatError(f"{where} {c.UNMENTIONED}: cannot read {line!r}; write e.g. 'E7 GPE Q212'")
        if parts[0] in entities:
            raise ExportFormatError(f"{where} {c.UNMENTIONED}: {parts[0]} has mentions; remove it from this list")
        entities[parts[0]] = {"id": parts[0], "type": parts[1], **({"kb": parts[2]} if len(parts) == 3 else {})}
    return list(entities.values())


def _arguments(
    result: list[dict[str, Any]], by_id: dict[str, _Region], where: str, inv: Inventory
) -> dict[str, list[dict[str, str]]]:
    """trigger region id -> its arguments, from the relations of a result list."""
    arguments: dict[str, list[dict[str, str]]] = {}
    for item in result:
        if item.get("type") != "relation":
            continue
        ends = [by_id.get(str(item.get("from_id"))), by_id.get(str(item.get("to_id")))]
        r_where = f"{where} relation {item.get('from_id')} -> {item.get('to_id')}"
        if None in ends:
            raise ExportFormatError(f"{r_where}: an end of the relation is not a labelled span")
        kinds = sorted(e.kind for e in ends if e is not None)
        if kinds != ["event", "mention"]:
            raise ExportFormatError(f"{r_where}: an argument joins an event trigger and a mention, not {kinds}")
        trigger, mention = sorted((e for e in ends if e is not None), key=lambda e: e.kind)
        labels = item.get("labels") or []
        if not labels:
            raise ExportFormatError(f"{r_where}: the relation has no role; pick one of {inv.names('roles')}")
        for role in labels:
            if role not in inv.names("roles"):
                raise ExportFormatError(f"{r_where}: unknown role {role!r}; valid: {inv.names('roles')}")
            arguments.setdefault(trigger.rid, []).append({"role": role, "ref": mention.new_id})

    return arguments


def _span(r: _Region, text: str) -> dict[str, Any]:
    return {"start": r.start, "end": r.end, "text": text[r.start : r.end]}


def _mentions(regions: list[_Region], text: str, inv: Inventory) -> list[dict[str, Any]]:
    # A level an annotator left unset takes labels.json's default, as the authoring specs do.
    default_level = inv.defaults["level"]
    mentions = []
    for r in (r for r in regions if r.kind == "mention"):
        mention = {"id": r.new_id, "entity": r.attrs["entity"], **_span(r, text)}
        mention["level"] = r.attrs.get("level", default_level)
        mention.update({k: r.attrs[k] for k in ("role", "proclitic") if k in r.attrs})
        unset = [*r.unset, *(["level"] if "level" not in r.attrs else [])]
        if unset:
            mention["unset"] = unset
        mentions.append(mention)
    mentions.sort(key=lambda m: (m["start"], m["end"], m["id"]))
    return mentions


def _events(
    regions: list[_Region], text: str, arguments: dict[str, list[dict[str, str]]], inv: Inventory
) -> list[dict[str, Any]]:
    defaults = inv.defaults
    events = []
    for r in (r for r in regions if r.kind == "event"):
        event: dict[str, Any] = {"id": r.new_id, "type": r.label}
        if "mode" in r.attrs:
            event["mode"] = r.attrs["mode"]
        event["trigger"] = _span(r, text)
        event["arguments"] = arguments.get(r.rid, [])
        event["polarity"] = r.attrs.get("polarity", defaults["polarity"])
        event["realis"] = r.attrs.get("realis", defaults["realis"])
        if "proposition" in r.attrs:
            event["proposition"] = r.attrs["proposition"]
        events.append(event)
    return events


def _stances(regions: list[_Region], text: str, where: str, inv: Inventory) -> list[dict[str, Any]]:
    stances = []
    for r in (r for r in regions if r.kind == "stance"):
        r_where = f"{where} region {r.rid}"
        for key in ("holder", "target"):
            if key not in r.attrs:
                raise ExportFormatError(f"{r_where}: the stance has no {key}; fill it in Label Studio")
        holder, target = r.attrs["holder"], r.attrs["target"]
        if holder != AUTHOR and not _OWN_ID["entity"].fullmatch(holder):
            raise ExportFormatError(f"{r_where}: stance holder {holder!r} is neither an entity id (E1) nor AUTHOR")
        if not _OWN_ID["entity"].fullmatch(target) and target not in inv.names("propositions"):
            raise ExportFormatError(f"{r_where}: stance target {target!r} is neither an entity id nor a proposition")
        evidence = _span(r, text)
        stances.append({"id": r.new_id, "holder": holder, "target": target, "label": r.label, "evidence": evidence})
    return stances


# Label Studio's record of where a region came from: kept as predicted, predicted then edited, or drawn.
_PREDICTED, _CHANGED = "prediction", "prediction-changed"


def _preannotation(regions: list[_Region], annotation: dict[str, Any]) -> dict[str, Any] | None:
    """How an annotation used its pre-annotation: span regions kept as predicted and changed, out of how many.

    None when it did not start from one (no ``parent_prediction`` and no region of prediction origin).
    """
    origins = [r.origin for r in regions]
    if annotation.get("parent_prediction") is None and not ({_PREDICTED, _CHANGED} & set(origins)):
        return None
    out: dict[str, Any] = {}
    parent = annotation.get("prediction")  # the full export embeds the prediction the annotation started from
    if isinstance(parent, dict):
        if isinstance(parent.get("model_version"), str) and parent["model_version"]:
            out["model_version"] = parent["model_version"]
        result = parent.get("result")
        if isinstance(result, list):
            out["predicted"] = len({str(i.get("id")) for i in result
                                    if isinstance(i, dict) and i.get("from_name") in _KIND_OF_CONTROL})  # fmt: skip
    out["kept"], out["changed"] = origins.count(_PREDICTED), origins.count(_CHANGED)
    return out


def result_to_document(
    result: list[dict[str, Any]],
    *,
    text: str,
    doc_id: str,
    annotator: str,
    status: str = "complete",
    where: str = "",
    inv: Inventory | None = None,
    annotation: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The annotated document a result list stands for; ExportFormatError names the region that is wrong.

    ``annotation``: the exported annotation the result is from; its pre-annotation use goes into ``preannotation``.
    """
    inv = inv or load_inventory()
    where = where or f"document {doc_id}"
    regions = _collect_regions(result, text, where, inv)
    by_id = {r.rid: r for r in regions}
    _attach(result, by_id, text, where, inv)
    _renumber(regions)
    unmentioned = [
        line for it in result if it.get("from_name") == c.UNMENTIONED for line in it["value"].get("text", [])
    ]
    entities = _entities(regions, unmentioned, where, inv)
    arguments = _arguments(result, by_id, where, inv)

    mentions = _mentions(regions, text, inv)
    events = _events(regions, text, arguments, inv)
    stances = _stances(regions, text, where, inv)
    doc: dict[str, Any] = {
        "doc_id": doc_id,
        "annotator": annotator,
        "schema_version": inv.version,
        "status": status,
        "text_sha256": sha256_text(text),
        "text": text,
        "entities": entities,
        "mentions": mentions,
        "events": events,
        "stances": stances,
    }
    started = _preannotation(regions, annotation) if annotation is not None and status == "complete" else None
    if started is not None:
        doc["preannotation"] = started
    return doc


def _annotation_order(annotation: dict[str, Any]) -> tuple[str, int]:
    """Oldest first, so the latest annotation of an annotator wins; equal times by id (a malformed id first)."""
    aid = annotation.get("id")
    return str(annotation.get("updated_at")), aid if type(aid) is int else -1


def task_documents(
    task: dict[str, Any],
    *,
    frozen_text: Callable[[str], str | None],
    annotator_of: Callable[[Any], str],
    inv: Inventory | None = None,
) -> list[dict[str, Any]]:
    """One document per annotator of an exported task (skips recorded, drafts ignored, the latest annotation wins).

    ExportFormatError for the first annotation that cannot be converted (``task_conversions`` keeps going).
    """
    docs, failures = task_conversions(task, frozen_text=frozen_text, annotator_of=annotator_of, inv=inv)
    if failures:
        raise ExportFormatError(failures[0][1])
    return docs


def task_conversions(
    task: dict[str, Any],
    *,
    frozen_text: Callable[[str], str | None],
    annotator_of: Callable[[Any], str],
    inv: Inventory | None = None,
) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """(documents, failures) of an exported task: each annotator's latest annotation converted on its own.

    A failure is (annotator, message naming task, annotation and region); ExportFormatError when the task itself
    cannot be read (no annotator's document can be made from it).
    """
    inv = inv or load_inventory()
    where = f"task {task.get('id')}" if isinstance(task, dict) else "a task"
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict):
        raise ExportFormatError(f"{where}: the task has no data object; export the project again (full JSON)")
    doc_id = data.get("doc_id")
    if not is_doc_id(doc_id):
        shown = repr(doc_id)[:80]
        raise ExportFormatError(f"{where}: doc_id {shown} is not a safe document id (pattern {DOC_ID_PATTERN}, "
                                f"at most {MAX_DOC_ID} characters)")  # fmt: skip
    where = f"task {task.get('id')} (doc {doc_id})"
    text = data.get("text")
    frozen = frozen_text(doc_id)
    if frozen is None:
        raise ExportFormatError(f"{where}: the document is not in the corpus; push it from corpus/articles.jsonl")
    if text != frozen or data.get("text_sha256", sha256_text(frozen)) != sha256_text(frozen):
        raise ExportFormatError(f"{where}: the task's text differs from the frozen corpus text; re-push the project")
    annotations = task.get("annotations") or []
    if not isinstance(annotations, list) or not all(isinstance(a, dict) for a in annotations):
        raise ExportFormatError(f"{where}: 'annotations' is not a list of objects; export the project again")
    latest: dict[str, dict[str, Any]] = {}
    for annotation in sorted(annotations, key=_annotation_order):
        latest[annotator_of(annotation.get("completed_by"))] = annotation
    docs: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    for annotator, annotation in sorted(latest.items()):
        try:
            a_where = f"{where} annotation {annotation.get('id')}"
            docs.append(_annotation_document(annotation, a_where, frozen, doc_id=doc_id, annotator=annotator, inv=inv))
        except ExportFormatError as exc:
            failures.append((annotator, str(exc)))
    return docs, failures


def _annotation_document(
    annotation: dict[str, Any], where: str, text: str, *, doc_id: str, annotator: str, inv: Inventory
) -> dict[str, Any]:
    skipped = bool(annotation.get("was_cancelled"))
    result = [] if skipped else annotation.get("result") or []
    if not isinstance(result, list) or not all(isinstance(item, dict) for item in result):
        raise ExportFormatError(f"{where}: 'result' is not a list of objects; export the project again")
    status = "skipped" if skipped else "complete"
    return result_to_document(result, text=text, doc_id=doc_id, annotator=annotator, status=status, where=where,
                              inv=inv, annotation=annotation)  # fmt: skip


ScoreOf = Callable[[str], float]  # entity type -> the score a predicted mention of that type is shown with


def prediction_item(doc: dict[str, Any], model_version: str, score_of: ScoreOf | None = None) -> dict[str, Any]:
    """The Label Studio prediction of a pre-annotated document: its result list and model version and, given
    ``score_of``, a ``score`` on each mention region (by its entity type) and, for the whole prediction, their
    mean, which the Data Manager shows per task and sorts by. Triggers, stances and relations carry no score."""
    result = document_to_result(doc)
    item: dict[str, Any] = {"model_version": model_version, "result": result}
    if score_of is not None:
        regions = [r for r in result if r.get("from_name") == c.MENTION]
        for region in regions:
            region["score"] = score_of(region["value"]["labels"][0])
        if regions:
            item["score"] = round(sum(r["score"] for r in regions) / len(regions), 3)
    return item


def article_task(
    article: dict[str, Any], prediction: dict[str, Any] | None, model_version: str, score_of: ScoreOf | None = None
) -> dict[str, Any]:
    """The import item of one article: text and ids in ``data``, provenance in ``meta``, an optional prediction
    (``prediction_item``)."""
    item: dict[str, Any] = {
        "data": {"text": article["text"], "doc_id": article["doc_id"], "text_sha256": article["text_sha256"],
                 "title": article.get("title") or ""},
        "meta": {k: article.get(k) for k in ("source_file", "outlet", "agency", "published", "url")},
    }  # fmt: skip
    # Always present, if empty: Label Studio refuses to import a task without a field the config names.
    item["data"][c.KNOWN_DATA] = known_entities(prediction) if prediction is not None else []
    if prediction is not None:
        item["predictions"] = [prediction_item(prediction, model_version, score_of)]
    return item


def doc_ids(tasks: Iterable[dict[str, Any]]) -> list[str]:
    """The doc_id of every task, in order."""
    return [str((t.get("data") or {}).get("doc_id")) for t in tasks]
