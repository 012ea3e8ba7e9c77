"""Level 3: references resolve and the label constraints of ``schema/labels.json`` hold inside one document.

One loop per kind of object holds every rule about each object, in catalogue order, and visits every object:
``_mentions``, ``_entities``, ``_events`` (with ``_arguments``), ``_stances``; ``_ids`` and ``_antecedents``
compare objects of one list. A rule is written once, in its loop; a guard that skips work sits in the rule's
own function. Labels come from the inventory (``Tables``), never from the code.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from diplonews.kb import kb_types
from diplonews.schema import AUTHOR, Inventory
from diplonews.validate.catalogue import agent_roles
from diplonews.validate.findings import Finding, Where

Groups = tuple[frozenset[str] | Counter[str], ...]  # required role sets: a set, or a Counter when a role repeats


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

    proclitics: frozenset[str]
    first_letters: frozenset[str]
    by_length: tuple[
        tuple[int, frozenset[str]], ...
    ]  # proclitic length -> the proclitics of that length, longest first
    fillers: dict[str, frozenset[str]]  # argument role -> the entity types that may fill it
    events: dict[str, tuple[list[str], frozenset[str]]]  # event type -> (its modes, its roles)
    groups: dict[str, Groups]  # event type -> its required role sets
    linkable: frozenset[str]
    propositions: frozenset[str]
    stance_holders: tuple[str, ...]
    role_types: dict[str, frozenset[str]]  # mention role -> the entity types it applies to
    role_hints: dict[str, str]  # mention role -> how to fix a role on another type, naming the types
    antecedent_levels: frozenset[str]  # mention levels whose entity needs a mention at another level
    agent_roles: frozenset[str]  # the roles of the one who acts (``catalogue.agent_roles``)
    state_types: frozenset[str]  # entity types that hold stances and take mention roles: states


def _role_hints(inv: Inventory) -> dict[str, str]:
    """Mention role -> "roles A/B are for X mentions only: ...", naming every role that applies to the same types."""
    role_types = inv.mention_role_types()
    hints = {}
    for role, types in role_types.items():
        peers = [r for r, t in role_types.items() if t == types]
        allowed = " or ".join(t for t in inv.names("entity_types") if t in types)
        which = f"roles {'/'.join(peers)} are" if len(peers) > 1 else f"role {role} is"
        hints[role] = f"{which} for {allowed} mentions only: remove role (or make the entity a {allowed})"
    return hints


def tables_for(inv: Inventory) -> Tables:
    """The lookups of ``inv``; build them once per run (hashing an Inventory per document costs time)."""
    proclitics = inv.names("proclitics")
    lengths = sorted({len(p) for p in proclitics}, reverse=True)
    return Tables(
        proclitics=frozenset(proclitics),
        first_letters=frozenset(p[0] for p in proclitics),
        by_length=tuple((n, frozenset(p for p in proclitics if len(p) == n)) for n in lengths),
        fillers={r.name: frozenset(r.fillers) for r in inv.roles},
        events={e.name: ([m.name for m in e.modes], frozenset(e.roles)) for e in inv.event_types},
        groups={
            e.name: tuple(frozenset(g) if len(set(g)) == len(g) else Counter(g) for g in e.required_any_of)
            for e in inv.event_types
        },
        linkable=inv.linkable_types,
        propositions=frozenset(inv.names("propositions")),
        stance_holders=inv.stance_holder_types,
        role_types=inv.mention_role_types(),
        role_hints=_role_hints(inv),
        antecedent_levels=inv.antecedent_levels,
        agent_roles=agent_roles(inv),
        state_types=frozenset(inv.stance_holder_types) & inv.role_bearing_types,
    )


def word_start(text: str, start: int) -> int:
    """The offset where the word holding ``start`` begins."""
    i = start
    while i > 0 and _WORD[text[i - 1]]:
        i -= 1
    return i


@dataclass(slots=True)
class _Doc:
    """What the rules of one document read: its text, where it is, the inventory's lookups, its entities."""

    text: str
    where: Where
    inv: Inventory
    tables: Tables
    types: dict[str, str]  # entity id -> type
    mentioned: set[str]  # the entities that have a mention
    mentions: list[dict[str, Any]]
    by_id: dict[str, dict[str, Any]]  # mention id -> mention (the last one of a repeated id)


def types_of(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Entity id -> type (the last entity of a repeated id wins)."""
    return {e["id"]: e["type"] for e in entities}


def check_document(
    doc: dict[str, Any],
    inv: Inventory,
    where: Where,
    tables: Tables | None = None,
    type_of: dict[str, str] | None = None,
) -> Iterator[Finding]:
    """Every level-3 finding of one schema-valid document (pass ``tables`` when checking many).

    ``type_of`` (``types_of(doc["entities"])``) saves building it again.
    """
    if type_of is None:
        type_of = types_of(doc["entities"])
    mentions = doc["mentions"]
    d = _Doc(
        doc["text"],
        where,
        inv,
        tables or tables_for(inv),
        type_of,
        {m["entity"] for m in mentions},
        mentions,
        {m["id"]: m for m in mentions},
    )
    yield from _ids(doc, where)
    yield from _mentions(mentions, d)
    yield from _entities(doc["entities"], d)
    yield from _antecedents(mentions, d)
    yield from _events(doc["events"], d)
    yield from _stances(doc["stances"], doc["events"], d)


def _ids(doc: dict[str, Any], where: Where) -> Iterator[Finding]:
    """duplicate-id: ids are unique within their list."""
    for kind in ("entities", "mentions", "events", "stances"):
        if len({obj["id"] for obj in doc[kind]}) == len(doc[kind]):
            continue  # no id repeats: no finding (a set is cheaper than the dict below)
        seen: dict[str, int] = {}
        for i, obj in enumerate(doc[kind]):
            first = seen.setdefault(obj["id"], i)
            if first != i:
                yield where.at(
                    "duplicate-id",
                    f"$.{kind}[{i}].id",
                    f"id {obj['id']} is already used by $.{kind}[{first}]; give this one an unused id",
                )


def _mentions(mentions: list[dict[str, Any]], d: _Doc) -> Iterator[Finding]:
    """Every rule about each mention: its entity, role, span repeats, proclitic and word boundaries."""
    where, text, types, role_types, word = d.where, d.text, d.types, d.tables.role_types, _WORD
    n = len(text)
    joined = _clitic_joined({m["text"] for m in mentions}, d.tables)
    first_of: dict[tuple[int, int, str], int] = {}  # (start, end, type) -> the first mention with them
    # duplicate-span: mentions that all start apart cannot repeat a span (then no key is built per mention)
    repeats = len({m["start"] for m in mentions}) != len(mentions)
    for i, m in enumerate(mentions):
        start, end, stated = m["start"], m["end"], m["text"]
        if "unset" in m:
            yield _unset(i, m, d)
        e_type = types.get(m["entity"])
        if e_type is None:
            yield where.at(
                "mention-entity-unresolved",
                f"$.mentions[{i}].entity",
                f"{m['id']} points at {m['entity']}, which is not an entity of this document; add it or fix the id",
            )
        else:
            role = m.get("role")
            if role is not None and e_type not in role_types[role]:
                yield where.at(
                    "role-not-gpe",
                    f"$.mentions[{i}].role",
                    f"{m['id']} has role {role} but its entity {m['entity']} is {e_type}; {d.tables.role_hints[role]}",
                )
            first = first_of.setdefault((start, end, e_type), i) if repeats else i
            if first != i:
                yield where.at(
                    "duplicate-span",
                    f"$.mentions[{i}]",
                    f"{m['id']} repeats the span {start}-{end} {stated!r} of "
                    f"$.mentions[{first}] with the same type {e_type}; delete one",
                )
        if not (0 <= start < end <= n and text[start:end] == stated):
            continue  # level 2 reports the span; the word rules below need a span that selects its text
        if "proclitic" in m or (start and word[text[start - 1]]):
            yield from _proclitic(text, m, f"$.mentions[{i}]", d)
        elif joined and stated in joined:
            clitic, rest = joined[stated]
            yield where.at(
                "proclitic-inside-span",
                f"$.mentions[{i}]",
                f"{m['id']} {stated!r} begins with {clitic!r} followed by {rest!r}, another mention's text; "
                f'if {clitic!r} is a proclitic, start the span after it and add "proclitic": "{clitic}"',
            )
        if end < n and word[text[end]] and word[text[end - 1]]:
            yield where.at(
                "mention-cuts-word",
                f"$.mentions[{i}]",
                f"{m['id']} {stated!r} ends inside a word (next letter {text[end]!r}); "
                "extend the span to the end of the word unless the cut is intended",
            )


def _unset(i: int, m: dict[str, Any], d: _Doc) -> Finding:
    """mention-fields-unset: the pull had to make up the mention's entity id or level."""
    made = {"entity": f"a new entity {m['entity']} of its own", "level": f"the default level {m['level']}"}
    return d.where.at(
        "mention-fields-unset",
        f"$.mentions[{i}].unset",
        f"{m['id']} {m['text']!r} was submitted in Label Studio without "
        + " and ".join(f"its {f} (it got {made.get(f, 'a default')})" for f in m["unset"])
        + "; set it in Label Studio and pull again, or set it here and delete `unset`",
    )


def _clitic_joined(known: set[str], tables: Tables) -> dict[str, tuple[str, str]]:
    """The texts in ``known`` that are a proclitic followed by another text in ``known``, with that proclitic
    (the longest one) and the rest: one test per distinct text, not one per mention and proclitic."""
    first_letters, by_length = tables.first_letters, tables.by_length
    joined: dict[str, tuple[str, str]] = {}
    for text in known:
        if text[0] in first_letters:
            for n, clitics in by_length:
                if text[:n] in clitics and text[n:] in known:
                    joined[text] = (text[:n], text[n:])
                    break
    return joined


def _proclitic(text: str, m: dict[str, Any], path: str, d: _Doc) -> Iterator[Finding]:
    """A recorded proclitic, or letters of the same word before the span (the unusual cases)."""
    proclitics, where = d.tables.proclitics, d.where
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


def _entities(entities: list[dict[str, Any]], d: _Doc) -> Iterator[Finding]:
    """Every rule about each entity: it has a mention, and its ``kb`` is allowed and its own."""
    where, linkable, mentioned = d.where, d.tables.linkable, d.mentioned
    kb_owner: dict[str, str] = {}  # kb -> the first entity linked to it
    for i, e in enumerate(entities):
        if e["id"] not in mentioned:
            yield where.at(
                "entity-without-mention",
                f"$.entities[{i}]",
                f"entity {e['id']} ({e['type']}) has no mention; add its mentions or delete it",
            )
        kb = e.get("kb")
        if kb is None:
            continue
        if e["type"] not in linkable:
            yield where.at(
                "kb-not-linkable",
                f"$.entities[{i}].kb",
                f"entity {e['id']} is {e['type']}, which is not linked to Wikidata; remove kb",
            )
        elif kb in kb_owner:
            owner = kb_owner[kb]
            yield where.at(
                "kb-shared",
                f"$.entities[{i}].kb",
                f"entity {e['id']} has kb {kb} like entity {owner}; one real-world thing is one "
                f"entity per document: point the mentions of {e['id']} at {owner} and delete {e['id']}",
            )
        else:
            kb_owner[kb] = e["id"]
        known = kb_types().get(kb)
        if known is not None and known != e["type"] and e["type"] in linkable:
            yield where.at(
                "kb-type-mismatch",
                f"$.entities[{i}].type",
                f"entity {e['id']} is {e['type']} but the KB lists {kb} as {known}: check the kb id "
                f"or the type (kb/entities.jsonl)",
            )


def _antecedents(mentions: list[dict[str, Any]], d: _Doc) -> Iterator[Finding]:
    """pro-without-antecedent: an entity mentioned at a level that needs an antecedent is also mentioned otherwise."""
    levels = d.tables.antecedent_levels
    named = {m["entity"] for m in mentions if m["level"] not in levels}
    if len(named) == len(d.mentioned):
        return  # every entity with a mention has one at a level that needs no antecedent
    for i, m in enumerate(mentions):
        if m["level"] in levels and m["entity"] not in named:
            yield d.where.at(
                "pro-without-antecedent",
                f"$.mentions[{i}]",
                f"the pronoun {m['id']} {m['text']!r} is the only kind of mention of {m['entity']}; "
                "annotate the name or description it refers to, or drop it",
            )


def _has_required(roles: list[str], groups: Groups) -> bool:
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


def _events(events: list[dict[str, Any]], d: _Doc) -> Iterator[Finding]:
    """Every rule about each event: repeated trigger, mode, its arguments, required roles."""
    where, tables = d.where, d.tables
    first_of: dict[tuple[int, int, str], int] = {}  # (trigger start, end, event type) -> the first event with them
    for i, ev in enumerate(events):
        ev_type, trigger = ev["type"], ev["trigger"]
        modes, allowed = tables.events[ev_type]
        first = first_of.setdefault((trigger["start"], trigger["end"], ev_type), i)
        if first != i:
            yield where.at(
                "event-duplicate-trigger",
                f"$.events[{i}]",
                f"{ev['id']} is a second {ev_type} event on the trigger {trigger['text']!r} of {events[first]['id']} "
                f"($.events[{first}]); merge them: move its arguments to {events[first]['id']} and delete it",
            )
        if "mode" in ev and ev["mode"] not in modes:
            yield where.at(
                "event-mode-not-allowed",
                f"$.events[{i}].mode",
                f"mode {ev['mode']!r} is not a mode of {ev_type} (allowed: {', '.join(modes)}); "
                "choose one of those or change the type",
            )
        yield from _arguments(i, ev, allowed, d)
        required = tables.groups[ev_type]
        if required and not _has_required([arg["role"] for arg in ev["arguments"]], required):
            wanted = " or ".join("+".join(g) for g in d.inv.event(ev_type).required_any_of)
            yield where.at(
                "event-required-role-missing",
                f"$.events[{i}].arguments",
                f"{ev['id']} ({ev_type}) needs {wanted} among its arguments; add them",
            )


def _arguments(i: int, ev: dict[str, Any], allowed: frozenset[str], d: _Doc) -> Iterator[Finding]:
    """Every rule about each argument of ``ev``: its role is allowed, it is listed once, it points at a mention
    whose entity's type the role takes."""
    where, types, fillers, ev_type, mentions = d.where, d.types, d.tables.fillers, ev["type"], d.by_id
    pairs: set[tuple[str, str]] = set()
    for k, arg in enumerate(ev["arguments"]):
        role, ref = arg["role"], arg["ref"]
        if role not in allowed:
            yield where.at(
                "event-role-not-allowed",
                f"$.events[{i}].arguments[{k}]",
                f"role {role} is not allowed for {ev_type} (allowed: {', '.join(d.inv.event(ev_type).roles)}); "
                "use one of those or change the event type",
            )
        pair = (role, ref)
        if pair in pairs:
            yield where.at(
                "argument-duplicate", f"$.events[{i}].arguments[{k}]", f"{role} {ref} is listed twice; delete this one"
            )
        pairs.add(pair)
        mention = mentions.get(ref)
        if mention is None:
            yield where.at(
                "argument-ref-unresolved",
                f"$.events[{i}].arguments[{k}].ref",
                f"{ref} is not a mention of this document; point the argument at an existing mention",
            )
            continue
        e_type = types.get(mention["entity"])
        if e_type is not None and e_type not in fillers[role]:
            yield where.at(
                "argument-filler-type",
                f"$.events[{i}].arguments[{k}]",
                f"{role} {ref} {mention['text']!r} is a {e_type} mention, but {role} takes "
                f"{', '.join(d.inv.role(role).fillers)}; choose another mention or role",
            )


def _stances(stances: list[dict[str, Any]], events: list[dict[str, Any]], d: _Doc) -> Iterator[Finding]:
    """Every rule about each stance: repeats, holder (resolved, of a type that holds stances), target, self-target,
    one label per (holder, target), and a speaker holding a position the evidence gives a state."""
    where, types, holders, propositions = d.where, d.types, d.tables.stance_holders, d.tables.propositions
    first_of: dict[tuple[Any, ...], int] = {}  # (holder, target, label, evidence span) -> the first stance with them
    unit_of: dict[tuple[str, str], int] = {}  # (holder, target) -> the first stance with them
    for i, s in enumerate(stances):
        holder, target, ev = s["holder"], s["target"], s["evidence"]
        first = first_of.setdefault((holder, target, s["label"], ev["start"], ev["end"]), i)
        if first != i:
            yield where.at(
                "duplicate-span",
                f"$.stances[{i}]",
                f"{s['id']} repeats holder, target, label and evidence of $.stances[{first}]; delete one",
            )
        unit = unit_of.setdefault((holder, target), i)
        if stances[unit]["label"] != s["label"]:
            yield _label_conflict(i, s, unit, stances[unit], d)
        if holder != AUTHOR and holder not in types:
            yield where.at(
                "stance-holder-unresolved",
                f"$.stances[{i}].holder",
                f"holder {holder} is not an entity of this document; use an entity id or {AUTHOR}",
            )
        elif holder != AUTHOR and types[holder] not in holders:
            yield where.at(
                "stance-holder-type",
                f"$.stances[{i}].holder",
                f"holder {holder} is a {types[holder]}; a stance is held by a {', '.join(holders)} "
                f"entity (the speaker) or {AUTHOR}",
            )
        elif holder != AUTHOR and types[holder] not in d.tables.state_types and d.tables.agent_roles:
            yield from _speaker_holder(i, s, events, d)
        if target not in types and target not in propositions:
            yield where.at(
                "stance-target-unresolved",
                f"$.stances[{i}].target",
                f"target {target} is neither an entity of this document nor a registered proposition",
            )
        if target == holder:
            yield where.at(
                "stance-self-target",
                f"$.stances[{i}].target",
                f"{s['id']}: {holder} takes a stance on itself; change the target or drop the stance",
            )


def _label_conflict(i: int, s: dict[str, Any], first: int, other: dict[str, Any], d: _Doc) -> Finding:
    """stance-label-conflict: ``s`` labels the (holder, target) unit of the earlier stance ``other`` differently."""
    return d.where.at(
        "stance-label-conflict",
        f"$.stances[{i}].label",
        f"{s['id']} labels {s['holder']} -> {s['target']} {s['label']} but {other['id']} ($.stances[{first}]) "
        f"labels it {other['label']}; a holder has one position per target in a document: decide which "
        "(or make the target precise)",
    )


_SENTENCE_END = frozenset(".!?\u061f\n")  # full stop, marks, the Arabic question mark, a line break


def _same_sentence(text: str, span: dict[str, Any], start: int, end: int) -> bool:
    """True when ``span`` lies outside [start, end) of ``text`` with no sentence end between the two."""
    if span["end"] <= start:
        gap = text[span["end"] : start]
    elif span["start"] >= end:
        gap = text[end : span["start"]]
    else:
        return False  # inside or overlapping: not the attribution around the evidence
    return _SENTENCE_END.isdisjoint(gap)


def _agents(events: list[dict[str, Any]], d: _Doc) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(trigger, mention) of every agent argument that points at a mention, in document order: who acts where."""
    agents, mentions = d.tables.agent_roles, d.by_id
    for ev in events:
        for arg in ev["arguments"]:
            if arg["role"] in agents and (mention := mentions.get(arg["ref"])) is not None:
                yield ev["trigger"], mention


def _speaker_holder(i: int, s: dict[str, Any], events: list[dict[str, Any]], d: _Doc) -> Iterator[Finding]:
    """stance-holder-speaker: a state other than the target acts inside the evidence, the evidence does not name
    the holder (not a state), and the holder speaks in the evidence's sentence (a conservative test: all three,
    looked at in that order, since most stances fail the first)."""
    holder, target, evidence = s["holder"], s["target"], s["evidence"]
    start, end = evidence["start"], evidence["end"]
    states, types = d.tables.state_types, d.types
    state = next(
        (
            (trigger, mention)
            for trigger, mention in _agents(events, d)
            if start <= trigger["start"]
            and trigger["end"] <= end
            and start <= mention["start"]
            and mention["end"] <= end
            and types.get(mention["entity"]) in states
            and mention["entity"] not in (holder, target)
        ),
        None,
    )
    if state is None:
        return
    if any(m["entity"] == holder and start <= m["start"] and m["end"] <= end for m in d.mentions):
        return  # the evidence names the holder: the position is shown as its own
    speaker = next(
        (t for t, m in _agents(events, d) if m["entity"] == holder and _same_sentence(d.text, t, start, end)), None
    )
    if speaker is not None:
        trigger, mention = state
        actor = mention["entity"]
        yield d.where.at(
            "stance-holder-speaker",
            f"$.stances[{i}].holder",
            f"{s['id']}: holder {holder} is the speaker ({speaker['text']!r}), but the evidence "
            f"{evidence['text']!r} names {actor} ({mention['text']!r}) as the one acting "
            f"({trigger['text']!r}); if the position is {actor}'s, make {actor} the holder",
        )
