"""Level 3: references resolve and the label constraints of ``schema/labels.json`` hold inside one document."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from diplonews.schema import AUTHOR, Inventory
from diplonews.validate.findings import Finding, Where


@cache
def is_word_char(ch: str) -> bool:
    """A letter, digit or combining mark (Arabic diacritics belong to their word)."""
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


class _WordChars(dict[str, bool]):
    """Character -> is a word character, filled on first sight (a dict lookup per character, no call)."""

    def __missing__(self, ch: str) -> bool:
        found = self[ch] = is_word_char(ch)
        return found


_WORD = _WordChars()


@dataclass(frozen=True)
class Tables:
    """Lookups derived once per inventory: the checks run them for every mention and argument."""

    proclitics: tuple[str, ...]
    first_letters: frozenset[str]
    fillers: dict[str, frozenset[str]]
    required: dict[str, tuple[Counter[str], ...]]
    by_letter: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first letter -> proclitics, longest first
    events: dict[str, tuple[list[str], frozenset[str]]] = field(default_factory=dict)  # type -> (modes, roles)
    linkable: frozenset[str] = frozenset()
    propositions: frozenset[str] = frozenset()
    actors: tuple[str, ...] = ()
    groups: dict[str, tuple[frozenset[str] | Counter[str], ...]] = field(default_factory=dict)  # as ``required``
    by_length: tuple[tuple[int, frozenset[str]], ...] = ()  # proclitic length -> the proclitics of that length
    type_modes: frozenset[tuple[str, str | None]] = frozenset()  # (event type, allowed mode, or None for none)


def tables_for(inv: Inventory) -> Tables:
    """The lookups of ``inv``; build them once per run (hashing an Inventory per document costs time)."""
    proclitics = tuple(sorted(inv.names("proclitics"), key=len, reverse=True))
    return Tables(
        proclitics=proclitics,
        first_letters=frozenset(p[0] for p in inv.names("proclitics")),
        fillers={r.name: frozenset(r.fillers) for r in inv.roles},
        required={e.name: tuple(Counter(g) for g in e.required_any_of) for e in inv.event_types},
        by_letter={p[0]: tuple(q for q in proclitics if q[0] == p[0]) for p in proclitics},
        events={e.name: ([m.name for m in e.modes], frozenset(e.roles)) for e in inv.event_types},
        linkable=frozenset(e.name for e in inv.entity_types if e.linkable),
        propositions=frozenset(inv.names("propositions")),
        actors=inv.role("ACTOR").fillers,
        groups={
            e.name: tuple(frozenset(g) if len(set(g)) == len(g) else Counter(g) for g in e.required_any_of)
            for e in inv.event_types
        },
        by_length=tuple(
            (n, frozenset(q for q in proclitics if len(q) == n)) for n in sorted({len(q) for q in proclitics})
        ),
        type_modes=frozenset(
            [(e.name, None) for e in inv.event_types] + [(e.name, m.name) for e in inv.event_types for m in e.modes]
        ),
    )


def word_start(text: str, start: int) -> int:
    """The offset where the word holding ``start`` begins."""
    i = start
    while i > 0 and _WORD[text[i - 1]]:
        i -= 1
    return i


def check_document(
    doc: dict[str, Any],
    inv: Inventory,
    where: Where,
    tables: Tables | None = None,
    type_of: dict[str, str] | None = None,
    *,
    spans_fine: bool = False,
) -> Iterator[Finding]:
    """Every level-3 finding of one schema-valid document (pass ``tables`` when checking many).

    ``type_of`` (entity id -> type, as ``{e["id"]: e["type"] for e in doc["entities"]}``) saves building it again;
    ``spans_fine`` says level 2 found every mention span selecting its text (``level2.all_fine``).
    """
    tables = tables or tables_for(inv)
    if type_of is None:
        type_of = {e["id"]: e["type"] for e in doc["entities"]}
    yield from _ids(doc, where)
    yield from _mentions(doc, tables, where, type_of, spans_fine=spans_fine)
    yield from _entities(doc, tables, where)
    yield from _events(doc, inv, tables, where, type_of)
    yield from _stances(doc, tables, where, type_of)


def _ids(doc: dict[str, Any], where: Where) -> Iterator[Finding]:
    for kind in ("entities", "mentions", "events", "stances"):
        if len({obj["id"] for obj in doc[kind]}) == len(doc[kind]):
            continue
        ids = [obj["id"] for obj in doc[kind]]
        seen: dict[str, int] = {}
        for i, obj_id in enumerate(ids):
            if obj_id in seen:
                yield where.at(
                    "duplicate-id",
                    f"$.{kind}[{i}].id",
                    f"id {obj_id} is already used by $.{kind}[{seen[obj_id]}]; give this one an unused id",
                )
            else:
                seen[obj_id] = i


def _mentions(
    doc: dict[str, Any], tables: Tables, where: Where, type_of: dict[str, str], *, spans_fine: bool = False
) -> Iterator[Finding]:
    text: str = doc["text"]
    n = len(text)
    mentions = doc["mentions"]
    word = _WORD
    by_letter = tables.by_letter
    known = {m["text"] for m in mentions}
    joined = _clitic_joined(known, tables)  # usually empty: then no mention needs the proclitic-inside-span loop
    # Distinct starts mean distinct spans: then no duplicate-span, and no (start, end, type) key per mention.
    repeats = len({m["start"] for m in mentions}) != len(mentions)
    seen_spans: dict[tuple[int, int, str], int] = {}
    for i, m in enumerate(mentions):
        start, end, stated = m["start"], m["end"], m["text"]
        e_type = type_of.get(m["entity"])
        if e_type is None:
            yield where.at(
                "mention-entity-unresolved",
                f"$.mentions[{i}].entity",
                f"{m['id']} points at {m['entity']}, which is not an entity of this document; add it or fix the id",
            )
        else:
            if e_type != "GPE" and "role" in m:
                yield where.at(
                    "role-not-gpe",
                    f"$.mentions[{i}].role",
                    f"{m['id']} has role {m['role']} but its entity {m['entity']} is {e_type}; "
                    "roles GOV/POP/LOC are for GPE mentions only: remove role (or make the entity a GPE)",
                )
            first = seen_spans.setdefault((start, end, e_type), i) if repeats else i
            if first != i:
                yield where.at(
                    "duplicate-span",
                    f"$.mentions[{i}]",
                    f"{m['id']} repeats the span {start}-{end} {stated!r} of "
                    f"$.mentions[{first}] with the same type {e_type}; delete one",
                )
        if not (spans_fine or (0 <= start < end <= n and text[start:end] == stated)):
            continue
        if "proclitic" in m or (start and word[text[start - 1]]):
            yield from _proclitic(text, m, f"$.mentions[{i}]", tables, where=where)
        elif joined and stated in joined:
            for p in by_letter[stated[0]]:
                rest = stated[len(p) :]
                if stated.startswith(p) and rest in known:
                    yield where.at(
                        "proclitic-inside-span",
                        f"$.mentions[{i}]",
                        f"{m['id']} {stated!r} begins with {p!r} followed by {rest!r}, another mention's text; "
                        f'if {p!r} is a proclitic, start the span after it and add "proclitic": "{p}"',
                    )
                    break
        if end < n and word[text[end]] and word[text[end - 1]]:
            yield where.at(
                "mention-cuts-word",
                f"$.mentions[{i}]",
                f"{m['id']} {stated!r} ends inside a word (next letter {text[end]!r}); "
                "extend the span to the end of the word unless the cut is intended",
            )


def _clitic_joined(known: set[str], tables: Tables) -> set[str]:
    """The texts in ``known`` that are a proclitic followed by another text in ``known`` (one test per text,
    not one per mention and proclitic)."""
    first_letters, by_length = tables.first_letters, tables.by_length
    joined: set[str] = set()
    for text in known:
        if text[0] in first_letters:
            for n, clitics in by_length:
                if text[:n] in clitics and text[n:] in known:
                    joined.add(text)
    return joined


def _proclitic(text: str, m: dict[str, Any], path: str, tables: Tables, *, where: Where) -> Iterator[Finding]:
    """A recorded proclitic, or letters of the same word before the span (the unusual cases)."""
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
        return
    prefix = text[word_start(text, start) : start]
    if prefix in proclitics:
        yield where.at(
            "proclitic-missing",
            path,
            f"{m['id']} {m['text']!r} follows the attached proclitic {prefix!r} but does not record it; "
            f'add "proclitic": "{prefix}"',
        )
    else:
        yield where.at(
            "mention-cuts-word",
            path,
            f"{m['id']} {m['text']!r} starts inside the word {text[start - len(prefix) : end]!r} after {prefix!r}, "
            "which is not a proclitic; extend the span to the whole word unless the cut is intended",
        )


def _entities(doc: dict[str, Any], tables: Tables, where: Where) -> Iterator[Finding]:
    mentions = doc["mentions"]
    named = {m["entity"] for m in mentions if m["level"] != "PRO"}  # levels are NAM, NOM or PRO
    pronouns = {m["entity"] for m in mentions if m["level"] == "PRO"}
    mentioned = named | pronouns
    kb_owner: dict[str, str] = {}
    for i, e in enumerate(doc["entities"]):
        if e["id"] not in mentioned:
            yield where.at(
                "entity-without-mention",
                f"$.entities[{i}]",
                f"entity {e['id']} ({e['type']}) has no mention; add its mentions or delete it",
            )
        if "kb" not in e:
            continue
        if e["type"] not in tables.linkable:
            yield where.at(
                "kb-not-linkable",
                f"$.entities[{i}].kb",
                f"entity {e['id']} is {e['type']}, which is not linked to Wikidata; remove kb",
            )
        elif e["kb"] in kb_owner:
            yield where.at(
                "kb-shared",
                f"$.entities[{i}].kb",
                f"entity {e['id']} has kb {e['kb']} like entity {kb_owner[e['kb']]}; one real-world thing is one "
                f"entity per document: point the mentions of {e['id']} at {kb_owner[e['kb']]} and delete {e['id']}",
            )
        else:
            kb_owner[e["kb"]] = e["id"]
    if pronouns <= named:
        return  # every pronoun's entity is also named or described: no pro-without-antecedent
    for i, m in enumerate(mentions):
        if m["level"] == "PRO" and m["entity"] not in named:
            yield where.at(
                "pro-without-antecedent",
                f"$.mentions[{i}]",
                f"the pronoun {m['id']} {m['text']!r} is the only kind of mention of {m['entity']}; "
                "annotate the name or description it refers to, or drop it",
            )


def _has_required(roles: list[str], groups: tuple[frozenset[str] | Counter[str], ...]) -> bool:
    """True when ``roles`` include every role of one group, as often as the group names it (``group <= have``)."""
    role_set: set[str] | None = None
    have: Counter[str] | None = None
    for group in groups:
        if isinstance(group, frozenset):  # each role once: a set test
            role_set = set(roles) if role_set is None else role_set
            if group <= role_set:
                return True
        else:
            have = Counter(roles) if have is None else have
            if all(have[role] >= count for role, count in group.items()):
                return True
    return False


def _events_fine(events: list[dict[str, Any]], tables: Tables, ref_type: dict[str, str | None]) -> bool:
    """True when no event or argument breaks a rule (the usual case), in one pass with no finding text built.

    ``ref_type``: mention id -> its entity's type (None when unresolved), the last mention of an id winning.
    """
    seen: set[tuple[int, int, str]] = set()
    type_modes, fillers, allowed_roles, groups = tables.type_modes, tables.fillers, tables.events, tables.groups
    for ev in events:
        ev_type = ev["type"]
        trigger = ev["trigger"]
        key = (trigger["start"], trigger["end"], ev_type)
        if key in seen or (ev_type, ev.get("mode")) not in type_modes:
            return False
        seen.add(key)
        allowed = allowed_roles[ev_type][1]
        roles: list[str] = []
        refs: set[str] = set()
        for arg in ev["arguments"]:
            role, ref = arg["role"], arg["ref"]
            e_type = ref_type.get(ref, "")  # "": no such mention, never a filler type
            if role not in allowed or (e_type is not None and e_type not in fillers[role]):
                return False
            refs.add(ref)
            roles.append(role)
        if len(refs) != len(roles):
            return False  # a ref twice: perhaps a (role, ref) twice
        required = groups[ev_type]
        if required and not _has_required(roles, required):
            return False
    return True


def _args_fine(
    args: list[dict[str, Any]],
    allowed: frozenset[str],
    mentions: dict[str, dict[str, Any]],
    types: dict[str, str],
    fillers: dict[str, frozenset[str]],
) -> bool:
    """True when no argument breaks a rule (the usual case): roles allowed, no repeat, refs resolve, fillers fit."""
    if len({(a["role"], a["ref"]) for a in args}) != len(args):
        return False
    for a in args:
        role = a["role"]
        mention = mentions.get(a["ref"])
        if role not in allowed or mention is None:
            return False
        e_type = types.get(mention["entity"])
        if e_type is not None and e_type not in fillers[role]:
            return False
    return True


def _events(
    doc: dict[str, Any], inv: Inventory, tables: Tables, where: Where, types: dict[str, str]
) -> Iterator[Finding]:
    ref_type = {m["id"]: types.get(m["entity"]) for m in doc["mentions"]}
    if _events_fine(doc["events"], tables, ref_type):
        return
    mentions = {m["id"]: m for m in doc["mentions"]}
    seen: dict[tuple[int, int, str], int] = {}
    for i, ev in enumerate(doc["events"]):
        path = f"$.events[{i}]"
        ev_type = ev["type"]
        modes, allowed = tables.events[ev_type]
        trigger = ev["trigger"]
        first = seen.setdefault((trigger["start"], trigger["end"], ev_type), i)
        if first != i:
            yield where.at(
                "duplicate-span",
                path,
                f"{ev['id']} repeats the trigger and type {ev_type} of $.events[{first}]; delete one",
            )
        if "mode" in ev and ev["mode"] not in modes:
            yield where.at(
                "event-mode-not-allowed",
                f"{path}.mode",
                f"mode {ev['mode']!r} is not a mode of {ev_type} (allowed: {', '.join(modes)}); "
                "choose one of those or change the type",
            )
        args = ev["arguments"]
        roles = [arg["role"] for arg in args]
        if not _args_fine(args, allowed, mentions, types, tables.fillers):
            yield from _arguments(ev, path, inv=inv, tables=tables, where=where, mentions=mentions, types=types)
        required = tables.groups[ev_type]
        if required and not _has_required(roles, required):
            wanted = " or ".join("+".join(g) for g in inv.event(ev_type).required_any_of)
            yield where.at(
                "event-required-role-missing",
                f"{path}.arguments",
                f"{ev['id']} ({ev_type}) needs {wanted} among its arguments; add them",
            )


def _arguments(
    ev: dict[str, Any],
    path: str,
    *,
    inv: Inventory,
    tables: Tables,
    where: Where,
    mentions: dict[str, dict[str, Any]],
    types: dict[str, str],
) -> Iterator[Finding]:
    """Every argument finding of one event, in argument order (run when the bulk check found one)."""
    ev_type = ev["type"]
    allowed = tables.events[ev_type][1]
    pairs: set[tuple[str, str]] = set()
    for k, arg in enumerate(ev["arguments"]):
        role, ref = arg["role"], arg["ref"]
        if role not in allowed:
            yield where.at(
                "event-role-not-allowed",
                f"{path}.arguments[{k}]",
                f"role {role} is not allowed for {ev_type} (allowed: {', '.join(inv.event(ev_type).roles)}); "
                "use one of those or change the event type",
            )
        pair = (role, ref)
        if pair in pairs:
            yield where.at(
                "argument-duplicate", f"{path}.arguments[{k}]", f"{role} {ref} is listed twice; delete this one"
            )
        pairs.add(pair)
        mention = mentions.get(ref)
        if mention is None:
            yield where.at(
                "argument-ref-unresolved",
                f"{path}.arguments[{k}].ref",
                f"{ref} is not a mention of this document; point the argument at an existing mention",
            )
            continue
        e_type = types.get(mention["entity"])
        if e_type is not None and e_type not in tables.fillers[role]:
            yield where.at(
                "argument-filler-type",
                f"{path}.arguments[{k}]",
                f"{role} {ref} {mention['text']!r} is a {e_type} mention, but {role} takes "
                f"{', '.join(inv.role(role).fillers)}; choose another mention or role",
            )


def _stances(doc: dict[str, Any], tables: Tables, where: Where, types: dict[str, str]) -> Iterator[Finding]:
    propositions = tables.propositions
    actors = tables.actors
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
