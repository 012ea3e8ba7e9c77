"""Level 3: references resolve and the label constraints of ``schema/labels.json`` hold inside one document."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from diplonews.schema import AUTHOR, Inventory
from diplonews.validate.findings import Finding, Where
from diplonews.validate.level2 import span_ok


@cache
def is_word_char(ch: str) -> bool:
    """A letter, digit or combining mark (Arabic diacritics belong to their word)."""
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


@dataclass(frozen=True)
class Tables:
    """Lookups derived once per inventory: the checks run them for every mention and argument."""

    proclitics: tuple[str, ...]
    first_letters: frozenset[str]
    fillers: dict[str, frozenset[str]]
    required: dict[str, tuple[Counter[str], ...]]


def tables_for(inv: Inventory) -> Tables:
    """The lookups of ``inv``; build them once per run (hashing an Inventory per document costs time)."""
    return Tables(
        proclitics=tuple(sorted(inv.names("proclitics"), key=len, reverse=True)),
        first_letters=frozenset(p[0] for p in inv.names("proclitics")),
        fillers={r.name: frozenset(r.fillers) for r in inv.roles},
        required={e.name: tuple(Counter(g) for g in e.required_any_of) for e in inv.event_types},
    )


def word_start(text: str, start: int) -> int:
    """The offset where the word holding ``start`` begins."""
    i = start
    while i > 0 and is_word_char(text[i - 1]):
        i -= 1
    return i


def check_document(
    doc: dict[str, Any], inv: Inventory, where: Where, tables: Tables | None = None
) -> Iterator[Finding]:
    """Every level-3 finding of one schema-valid document (pass ``tables`` when checking many)."""
    tables = tables or tables_for(inv)
    yield from _ids(doc, where)
    yield from _mentions(doc, tables, where)
    yield from _entities(doc, inv, where)
    yield from _events(doc, inv, tables, where)
    yield from _stances(doc, inv, where)


def _ids(doc: dict[str, Any], where: Where) -> Iterator[Finding]:
    for kind in ("entities", "mentions", "events", "stances"):
        seen: dict[str, int] = {}
        for i, obj in enumerate(doc[kind]):
            if obj["id"] in seen:
                yield where.at(
                    "duplicate-id",
                    f"$.{kind}[{i}].id",
                    f"id {obj['id']} is already used by $.{kind}[{seen[obj['id']]}]; give this one an unused id",
                )
            else:
                seen[obj["id"]] = i


def _mentions(doc: dict[str, Any], tables: Tables, where: Where) -> Iterator[Finding]:
    text: str = doc["text"]
    entities = {e["id"]: e for e in doc["entities"]}
    known = {m["text"] for m in doc["mentions"]}
    seen_spans: dict[tuple[int, int, str], int] = {}
    for i, m in enumerate(doc["mentions"]):
        path = f"$.mentions[{i}]"
        entity = entities.get(m["entity"])
        if entity is None:
            yield where.at(
                "mention-entity-unresolved",
                f"{path}.entity",
                f"{m['id']} points at {m['entity']}, which is not an entity of this document; add it or fix the id",
            )
        elif "role" in m and entity["type"] != "GPE":
            yield where.at(
                "role-not-gpe",
                f"{path}.role",
                f"{m['id']} has role {m['role']} but its entity {entity['id']} is {entity['type']}; "
                "roles GOV/POP/LOC are for GPE mentions only: remove role (or make the entity a GPE)",
            )
        if entity is not None:
            key = (m["start"], m["end"], entity["type"])
            if key in seen_spans:
                yield where.at(
                    "duplicate-span",
                    path,
                    f"{m['id']} repeats the span {m['start']}-{m['end']} {m['text']!r} of "
                    f"$.mentions[{seen_spans[key]}] with the same type {entity['type']}; delete one",
                )
            seen_spans.setdefault(key, i)
        if span_ok(text, m):
            yield from _proclitic(text, m, path, tables, known=known, where=where)


def _proclitic(
    text: str, m: dict[str, Any], path: str, tables: Tables, *, known: set[str], where: Where
) -> Iterator[Finding]:
    proclitics = tables.proclitics
    start, end = m["start"], m["end"]
    clitic = m.get("proclitic")
    if clitic is not None:
        before = text[max(0, start - len(clitic)) : start]
        begins_word = word_start(text, start) == start - len(clitic)
        if before != clitic or not begins_word:
            actual = text[word_start(text, start) : start]
            yield where.at(
                "proclitic-mismatch",
                f"{path}.proclitic",
                f"proclitic {clitic!r} but the letters before the span in its word are {actual!r}; "
                + (f'set "proclitic": "{actual}"' if actual in proclitics else 'remove "proclitic"'),
            )
    else:
        prefix = text[word_start(text, start) : start]
        if prefix in proclitics:
            yield where.at(
                "proclitic-missing",
                path,
                f"{m['id']} {m['text']!r} follows the attached proclitic {prefix!r} but does not record it; "
                f'add "proclitic": "{prefix}"',
            )
        elif prefix:
            yield where.at(
                "mention-cuts-word",
                path,
                f"{m['id']} {m['text']!r} starts inside the word {text[start - len(prefix) : end]!r} after {prefix!r}, "
                "which is not a proclitic; extend the span to the whole word unless the cut is intended",
            )
        elif m["text"][0] in tables.first_letters:
            for p in proclitics:
                rest = m["text"][len(p) :]
                if m["text"].startswith(p) and rest in known:
                    yield where.at(
                        "proclitic-inside-span",
                        path,
                        f"{m['id']} {m['text']!r} begins with {p!r} followed by {rest!r}, another mention's text; "
                        f'if {p!r} is a proclitic, start the span after it and add "proclitic": "{p}"',
                    )
                    break
    if end < len(text) and is_word_char(text[end]) and is_word_char(text[end - 1]):
        yield where.at(
            "mention-cuts-word",
            path,
            f"{m['id']} {m['text']!r} ends inside a word (next letter {text[end]!r}); "
            "extend the span to the end of the word unless the cut is intended",
        )


def _entities(doc: dict[str, Any], inv: Inventory, where: Where) -> Iterator[Finding]:
    linkable = {e.name for e in inv.entity_types if e.linkable}
    levels: dict[str, set[str]] = {}
    for m in doc["mentions"]:
        levels.setdefault(m["entity"], set()).add(m["level"])
    kb_owner: dict[str, str] = {}
    for i, e in enumerate(doc["entities"]):
        path = f"$.entities[{i}]"
        if e["id"] not in levels:
            yield where.at(
                "entity-without-mention",
                path,
                f"entity {e['id']} ({e['type']}) has no mention; add its mentions or delete it",
            )
        if "kb" not in e:
            continue
        if e["type"] not in linkable:
            yield where.at(
                "kb-not-linkable",
                f"{path}.kb",
                f"entity {e['id']} is {e['type']}, which is not linked to Wikidata; remove kb",
            )
        elif e["kb"] in kb_owner:
            yield where.at(
                "kb-shared",
                f"{path}.kb",
                f"entity {e['id']} has kb {e['kb']} like entity {kb_owner[e['kb']]}; one real-world thing is one "
                f"entity per document: point the mentions of {e['id']} at {kb_owner[e['kb']]} and delete {e['id']}",
            )
        else:
            kb_owner[e["kb"]] = e["id"]
    for i, m in enumerate(doc["mentions"]):
        if m["level"] == "PRO" and not levels.get(m["entity"], set()) & {"NAM", "NOM"}:
            yield where.at(
                "pro-without-antecedent",
                f"$.mentions[{i}]",
                f"the pronoun {m['id']} {m['text']!r} is the only kind of mention of {m['entity']}; "
                "annotate the name or description it refers to, or drop it",
            )


def _events(doc: dict[str, Any], inv: Inventory, tables: Tables, where: Where) -> Iterator[Finding]:
    mentions = {m["id"]: m for m in doc["mentions"]}
    types = {e["id"]: e["type"] for e in doc["entities"]}
    seen: dict[tuple[int, int, str], int] = {}
    for i, ev in enumerate(doc["events"]):
        path = f"$.events[{i}]"
        spec = inv.event(ev["type"])
        key = (ev["trigger"]["start"], ev["trigger"]["end"], ev["type"])
        if key in seen:
            yield where.at(
                "duplicate-span",
                path,
                f"{ev['id']} repeats the trigger and type {ev['type']} of $.events[{seen[key]}]; delete one",
            )
        seen.setdefault(key, i)
        modes = [m.name for m in spec.modes]
        if "mode" in ev and ev["mode"] not in modes:
            yield where.at(
                "event-mode-not-allowed",
                f"{path}.mode",
                f"mode {ev['mode']!r} is not a mode of {ev['type']} (allowed: {', '.join(modes)}); "
                "choose one of those or change the type",
            )
        pairs: set[tuple[str, str]] = set()
        for k, arg in enumerate(ev["arguments"]):
            a_path = f"{path}.arguments[{k}]"
            if arg["role"] not in spec.roles:
                yield where.at(
                    "event-role-not-allowed",
                    a_path,
                    f"role {arg['role']} is not allowed for {ev['type']} (allowed: {', '.join(spec.roles)}); "
                    "use one of those or change the event type",
                )
            if (arg["role"], arg["ref"]) in pairs:
                yield where.at(
                    "argument-duplicate", a_path, f"{arg['role']} {arg['ref']} is listed twice; delete this one"
                )
            pairs.add((arg["role"], arg["ref"]))
            mention = mentions.get(arg["ref"])
            if mention is None:
                yield where.at(
                    "argument-ref-unresolved",
                    f"{a_path}.ref",
                    f"{arg['ref']} is not a mention of this document; point the argument at an existing mention",
                )
                continue
            e_type = types.get(mention["entity"])
            fillers = tables.fillers[arg["role"]]
            if e_type is not None and e_type not in fillers:
                yield where.at(
                    "argument-filler-type",
                    a_path,
                    f"{arg['role']} {arg['ref']} {mention['text']!r} is a {e_type} mention, but {arg['role']} takes "
                    f"{', '.join(inv.role(arg['role']).fillers)}; choose another mention or role",
                )
        have = Counter(arg["role"] for arg in ev["arguments"])
        required = tables.required[ev["type"]]
        if required and not any(group <= have for group in required):
            wanted = " or ".join("+".join(g) for g in spec.required_any_of)
            yield where.at(
                "event-required-role-missing",
                f"{path}.arguments",
                f"{ev['id']} ({ev['type']}) needs {wanted} among its arguments; add them",
            )


def _stances(doc: dict[str, Any], inv: Inventory, where: Where) -> Iterator[Finding]:
    types = {e["id"]: e["type"] for e in doc["entities"]}
    propositions = set(inv.names("propositions"))
    actors = inv.role("ACTOR").fillers
    seen: dict[tuple[Any, ...], int] = {}
    for i, s in enumerate(doc["stances"]):
        path = f"$.stances[{i}]"
        ev = s["evidence"]
        key = (s["holder"], s["target"], s["label"], ev["start"], ev["end"])
        if key in seen:
            yield where.at(
                "duplicate-span",
                path,
                f"{s['id']} repeats holder, target, label and evidence of $.stances[{seen[key]}]; delete one",
            )
        seen.setdefault(key, i)
        holder = s["holder"]
        if holder != AUTHOR and holder not in types:
            yield where.at(
                "stance-holder-unresolved",
                f"{path}.holder",
                f"holder {holder} is not an entity of this document; use an entity id or AUTHOR",
            )
        elif holder != AUTHOR and types[holder] not in actors:
            yield where.at(
                "stance-holder-type",
                f"{path}.holder",
                f"holder {holder} is a {types[holder]}; a stance is held by a {', '.join(actors)} entity "
                "(the speaker) or AUTHOR",
            )
        target = s["target"]
        if target not in types and target not in propositions:
            yield where.at(
                "stance-target-unresolved",
                f"{path}.target",
                f"target {target} is neither an entity of this document nor a registered proposition",
            )
        if target == holder:
            yield where.at(
                "stance-self-target",
                f"{path}.target",
                f"{s['id']}: {holder} takes a stance on itself; change the target or drop the stance",
            )
