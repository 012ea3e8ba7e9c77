"""One article in, one annotated document (annotator "model") out: gazetteer mentions, dates, cued events."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from diplonews._io import sha256_text
from diplonews.preannotate.events import VERB_ARGS, Mention, event_record, find_events, satisfies
from diplonews.preannotate.kb import adjective_base, nationality_adjectives
from diplonews.preannotate.match import Match
from diplonews.preannotate.normalize import NormalizedText, normalize
from diplonews.preannotate.patterns import (
    acronyms,
    agreements,
    airports,
    bloc_nouns,
    blocs,
    coordinated,
    counterpart_holders,
    described,
    facilities,
    nationalities,
    peoples,
    seats,
    sides,
    speakers,
    spouses,
    treaty_nominals,
    weapons,
)
from diplonews.preannotate.places import STATE_FORMS, named_otherwise, outlets, places, state_form_start
from diplonews.preannotate.resources import Actor, gazetteer_aliases, lexicon
from diplonews.preannotate.rules import (
    COUNCILS,
    LINEAGE,
    ORG_HEADS,
    PLACE_BODIES,
    RuleSpan,
    absent,
    lineage_end,
    nominals,
    organisations,
    propagate,
    title_people,
    tokens,
    words_of,
)
from diplonews.preannotate.values import find_values
from diplonews.schema import Inventory, load_inventory

ANNOTATOR = "model"
_COMPLEMENTISERS = frozenset({"ان", "انه"})
_PLACE_PREPOSITIONS = frozenset({"في"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
# A person's name right after بن/بنت/ابن is the father's inside a longer name (خالد بن محمد بن زايد is not
# محمد بن زايد): linking it would name the wrong person.
_PATRONYMIC = frozenset(normalize(w) for w in ("بن", "بنت", "ابن", "ابنة"))


class _Span(NamedTuple):
    start: int
    end: int
    text: str
    key: str  # what makes two spans the same entity
    type: str
    level: str
    qid: str | None
    role_hint: str | None
    proclitic: str | None
    role: str | None = None  # a role the rule that found it fixes (a nationality adjective acts: GOV)


def _gap_is_blank(text: str) -> bool:
    return not normalize(text).strip(' ،,"”“»«')  # a closing quote after a name: «قالت "X"، وزيرة ...»


def _names(nt: NormalizedText) -> list[_Span]:
    """Gazetteer matches; a description (NOM) right before a person's name is dropped: the name carries it."""
    found: list[Match[tuple[Actor, str]]] = lexicon().name_table.find(nt)
    spans: list[_Span] = []
    for i, hit in enumerate(found):
        actor, level = hit.value
        if actor.type == "PER" and level == "NAM" and _word_before(nt, hit.start) in _PATRONYMIC:
            continue
        if actor.type in _PLACE_TYPES and _without_article(nt.normalized(hit.start, hit.end), actor):
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            level == "NOM"
            and nxt is not None
            and nxt.value[0].type == "PER"
            and nxt.value[1] == "NAM"
            and not nxt.proclitic
            and _gap_is_blank(nt.original[hit.end : nxt.start])
        ):
            continue
        spans.append(
            _Span(hit.start, hit.end, hit.text, actor.key, actor.type, level, actor.qid, actor.role_hint, hit.proclitic)
        )
    return spans


def _without_article(bare: str, actor: Actor) -> bool:
    """A place whose name has the article written without it (رياض، هند، قاهرة، سعودية، مغرب): in running
    text that is a given name, a common word or an indefinite adjective (برعاية سعودية), not the place; the
    KB lists the bare spelling as a variant, but the place is written with ال (or ل + ل after the proclitic)."""
    if bare.startswith("ال") or bare in gazetteer_aliases():
        return False  # دونباس: a bare name the gazetteer lists itself is the place
    known = lexicon().names.get("ال" + bare)
    return known is not None and known[0] == actor


def _from_rule(nt: NormalizedText, r: RuleSpan) -> _Span:
    return _Span(r.start, r.end, nt.original[r.start : r.end], r.key, r.type, r.level, None, None, r.proclitic)


def _overlaps(a: _Span | RuleSpan, spans: list[_Span]) -> bool:
    return any(s.start < a.end and a.start < s.end for s in spans)


def _with_bodies(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """Bodies named by their kind (rules.organisations) added to the gazetteer's mentions: a longer body name
    replaces the one it extends (مجلس الأمن الروسي is not مجلس الأمن); a known body or place at the end of a
    body's name stays nested (اللجنة العسكرية للناتو، مجلس جامعة الدول العربية)."""
    orgs = organisations(nt, [(s.start, s.end) for s in spans])
    for org in orgs:
        # The same span found by both keeps the gazetteer's (it has the QID); an agency's name after وكالة is
        # one name with it (وكالة فرانس برس، وكالة أنباء الشرق الأوسط), not a nested mention.
        agency = nt.normalized(org.start, org.end).startswith("وكاله ")
        inner = [
            s
            for s in spans
            if (s.type == "ORG" or agency)
            and (s.start == org.start or agency)
            and org.start <= s.start
            and s.end <= org.end
            and (s.start, s.end) != (org.start, org.end)
        ] + [s for s in spans if _adjective_in(s, org) or _place_in_name(nt, s, org)]
        if inner and not _overlaps(org, [s for s in spans if s not in inner]):
            spans = [s for s in spans if s not in inner]
    return spans + [
        _from_rule(nt, o)
        for o in orgs
        if not _overlaps(o, [s for s in spans if not (_genitive_in(s, o) or _council_of(nt, s, o))])
    ]


def _ruled(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """Rule mentions added to the gazetteer's: a longer body name replaces the one it extends (مجلس الأمن
    الروسي is not مجلس الأمن); a title the gazetteer read as a known person's description gives way to the
    name a rule finds after it; names found by a rule are propagated to their surname."""
    spans = _with_region(nt, _with_state_form(nt, _with_lineage(nt, _with_plus(nt, spans)))) + _glued(nt, spans)
    spans = _with_bodies(nt, spans)
    bodies = [(s.start, s.end, s.key) for s in spans if s.type == "ORG" and s.level == "NAM"]
    spans += [_from_rule(nt, a) for a in acronyms(nt, bodies, _taken(spans))]
    for o in outlets(nt, _taken(spans)):
        inner = [s for s in spans if o.start <= s.start and s.end <= o.end and s.type in _PLACE_TYPES]
        if not _overlaps(o, [s for s in spans if s not in inner]):  # شركة "قطر إنرجي": the place is the name's
            spans = [s for s in spans if s not in inner] + [_from_rule(nt, o)]
    other = named_otherwise(nt, [(s.start, s.end, s.type) for s in spans if s.type in _PLACE_TYPES])
    spans = [s for s in spans if (s.start, s.end) not in other]
    # places before people: مدينة شرم الشيخ is a city, not a sheikh
    spans += [_from_rule(nt, r) for r in places(nt, _taken(spans)) if not _in_the_way(r, spans)]
    verbs = lexicon().verbs
    named = [(s.start, s.end) for s in spans if s.level != "NOM"]
    tail = [(s.start, s.end) for s in spans if s.type != "PER"]
    people = [
        p for p in title_people(nt, named, verbs, tail) if not _in_the_way(p, [s for s in spans if s.level != "NOM"])
    ]
    names = [p for p in people if p.level == "NAM"]
    # A person's description right before a name found by a rule gives way to it; a body's (الناطق باسم
    # الحكومة الكينية ويليام روتو) stays: it is the title's body, a mention of its own.
    spans = [s for s in spans if not (s.level == "NOM" and s.type == "PER" and _before_or_in(s, names, nt.original))]
    people = [p for p in people if not _in_the_way(p, spans)]
    spans += [_from_rule(nt, p) for p in people]
    holders = [p for p in counterpart_holders(nt, _taken(spans), verbs) if not _overlaps(p, spans)]
    spans += [_from_rule(nt, p) for p in holders]
    spans += [_from_rule(nt, p) for p in propagate(nt, names + holders, _taken(spans))]
    said = [p for p in speakers(nt, _taken(spans), verbs) if not _overlaps(p, spans)]
    # قال X، وزير الخارجية البيروفي، إن: the title after a speaker's name is an apposition, not a mention
    spans = [s for s in spans if not (s.type == "PER" and s.level == "NOM" and _right_after(s, said, nt.original))]
    spans += [_from_rule(nt, p) for p in said]
    if said:
        spans += [_from_rule(nt, p) for p in propagate(nt, said, _taken(spans))]
    persons = [(s.start, s.end) for s in spans if s.type == "PER" and s.level == "NAM"]
    joined = [p for p in coordinated(nt, persons, _taken(spans), verbs) if not _overlaps(p, spans)]
    spans += [_from_rule(nt, p) for p in joined]
    spans += [_from_rule(nt, n) for n in nominals(nt, _taken(spans)) if not _overlaps(n, spans)]
    taken = _taken(spans)  # kept up to date as the finders add spans, rather than rebuilt for each
    for find in (weapons, agreements, seats, facilities, airports, described, blocs, peoples, treaty_nominals, spouses):
        found = [_from_rule(nt, r) for r in find(nt, list(taken)) if not _in_the_way(r, spans)]
        spans += found
        taken += _taken(found)
    spans = _without_city_adjectives(nt, _without_agreeing(nt, _without_nested_blocs(spans)))
    group = next((s for s in spans if s.type == "NORP" and s.level == "NAM"), None)
    if group is not None:  # المجموعة، الكتلة after a known group's name (بريكس): the group described
        spans += [_from_rule(nt, r) for r in bloc_nouns(nt, _taken(spans), group.end, group.key)]
    return _with_demonstratives(nt, spans + _adjectives(nt, spans) + _led_bodies(nt, spans))


# A demonstrative right before a description (هذه الحكومة، بهذه الصيغة، هذا التحالف العسكري) is part of the
# reference back, as the corpus gold has «هذه الخطة»; its proclitic stays outside. Not ذلك or تلك, more often
# an object before the subject (وأكد ذلك الوزير).
_DEMONSTRATIVE = re.compile(r"(?:^|(?<=[\s\"“«(]))([وبلف]?)(?:هذا|هذه|هذين|هاتين) $")


def _with_demonstratives(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A description (NOM) without a proclitic takes the demonstrative written right before it."""
    if "هذ" not in nt.original and "هاتين" not in nt.original:
        return spans
    out = []
    for s in spans:
        this = _DEMONSTRATIVE.search(nt.original, max(0, s.start - 7), s.start) if s.level == "NOM" else None
        if this is None or s.proclitic or any(o.start < s.start < o.end for o in spans if o is not s):
            out.append(s)
            continue
        start = this.start() + len(this.group(1))
        out.append(s._replace(start=start, text=nt.original[start : s.end], proclitic=this.group(1) or None))
    return out


# A government or office named by the person who leads it (حكومة محمد شياع السوداني، مكتب هانس جروندنبرج,
# an honorific between: حكومة المهندس شريف إسماعيل): ORG NOM over the head and the name, the person nested.
_LED_BY_PERSON = re.compile(r"(?:^|(?<=[\s\"“«(]))([وبلف]?)(حكوم[ةه]|مكتب) (?:(?:ال)?(?:مهندس|دكتور|سيد|رئيس) )?$")


def _led_bodies(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """The body a person's name right after حكومة or مكتب leads (حكومة محمد شياع السوداني): ORG NOM."""
    if "حكوم" not in nt.original and "مكتب" not in nt.original:
        return []
    found = []
    for s in spans:
        head = _LED_BY_PERSON.search(nt.original, max(0, s.start - 24), s.start) if s.type == "PER" else None
        if head is None or s.level != "NAM":
            continue
        start = head.start(2)
        if any(o.start < s.start and start < o.end for o in spans if o is not s):
            continue  # a mention already holds the head (رئيس حكومة ...)
        text = nt.original[start : s.end]
        found.append(
            _Span(start, s.end, text, f"ORG:{normalize(text)}", "ORG", "NOM", None, None, head.group(1) or None)
        )
    return found


@cache
def _glued_names() -> dict[str, str]:
    """Known two-word names (the second with its article) written without their space -> the alias: الأممالمتحدة
    -> الأمم المتحدة. Built once, so that a text is one set intersection."""
    out = {}
    for alias, (_, level) in lexicon().names.items():
        words = alias.split(" ")
        if level == "NAM" and len(words) == 2 and words[1].startswith("ال") and len(words[0]) >= 3:
            out[words[0] + words[1]] = alias
    return out


def _glued(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A known two-word name written without its space (الأممالمتحدة، الولاياتالمتحدة), a slip common in web
    copy: the glued word is a mention of that name."""
    glued = _glued_names()
    if glued.keys().isdisjoint(words_of(nt)):
        return []
    found = []
    for tok in tokens(nt):
        alias = glued.get(tok.text)
        if alias is None:
            continue
        start, end = nt.span(tok.start, tok.end)
        actor = lexicon().names[alias][0]
        span = _Span(start, end, nt.original[start:end], actor.key, actor.type, "NAM", actor.qid, actor.role_hint, None)
        if not _overlaps(span, spans):
            found.append(span)
    return found


def _with_lineage(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A known person's name goes on through its lineage (محمد بن سلمان بن عبدالعزيز آل سعود): one span."""
    if LINEAGE.isdisjoint(words_of(nt)):
        return spans  # no بن/بنت/آل in the text (most sentences)
    out = []
    for s in spans:
        end = lineage_end(nt, s.end) if s.type == "PER" and s.level == "NAM" else s.end
        longer = end > s.end and not any(o.start < end and s.end <= o.start for o in spans if o is not s)
        out.append(s._replace(end=end, text=nt.original[s.start : end]) if longer else s)
    return out


def _with_state_form(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A known country's name takes the state's indefinite form written before it (جمهورية مصر، دولة قطر)."""
    if absent(nt, STATE_FORMS):
        return spans
    out = []
    for s in spans:
        found = state_form_start(nt, s.start) if s.type == "GPE" and s.level == "NAM" and not s.proclitic else None
        if found is None or any(o.start < s.start and found[0] < o.end for o in spans if o is not s):
            out.append(s)
            continue
        out.append(s._replace(start=found[0], text=nt.original[found[0] : s.end], proclitic=found[1]))
    return out


_PLUS = re.compile(r"\+|\s\+(?!\s*\w)")  # أوبك+ خفض، «أوبك +»; not الأمم المتحدة + الاتحاد (a conjunction)


def _with_plus(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A known body's name with + after it (أوبك+، أوبك +) is the bloc of that body and its partners: NORP NAM
    over the name and the +, a group of states as the G20 is."""
    if "+" not in nt.original:
        return spans
    out = []
    for s in spans:
        plus = _PLUS.match(nt.original, s.end) if s.type == "ORG" and s.level == "NAM" else None
        if plus is None:
            out.append(s)
            continue
        text = nt.original[s.start : plus.end()]
        out.append(s._replace(end=plus.end(), text=text, type="NORP", key=f"NORP:{normalize(text)}", qid=None))
    return out


def _without_nested_blocs(spans: list[_Span]) -> list[_Span]:
    """A group named by a bloc (مجموعة أوبك+) is one NORP name: the bloc inside it is no second mention."""
    groups = [s for s in spans if s.type == "NORP" and s.level == "NAM"]
    return [
        s
        for s in spans
        if not (s.type == "NORP" and any(g.start <= s.start and s.end <= g.end and g != s for g in groups))
    ]


# A region named by a continent or country and its compass adjective (أمريكا اللاتينية، أوروبا الشرقية، آسيا
# الوسطى): one LOC name, not the country (أمريكا is the KB's United States).
_WORD = re.compile(r"\w+")
_REGIONS = frozenset(normalize(w) for w in ("اللاتينية", "الجنوبية", "الشمالية", "الوسطى", "الشرقية", "الغربية"))


_AREAS = frozenset(
    normalize(w) for w in ("العربية", "الأفريقية", "الإفريقية", "الآسيوية", "الأوروبية", "الخليجية", "اللاتينية")
)


def _with_region(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A known place's name right followed by a compass adjective the KB does not list with it (a longer known
    name, كوريا الجنوبية, has matched already) is a region: LOC NAM over both words."""
    present = words_of(nt)
    if _REGIONS.isdisjoint(present) and _AREAS.isdisjoint(present):
        return spans
    out = []
    for s in spans:
        after = _WORD.findall(nt.original[s.end : s.end + 14])
        word = normalize(after[0]) if after else ""
        region = s.type in _PLACE_TYPES and s.level == "NAM" and word in _REGIONS
        # المنطقة العربية، المنطقة الإفريقية: the region described by its area's adjective (LOC NOM)
        area = s.type == "LOC" and s.level == "NOM" and word in _AREAS
        if not (region or area) or not nt.original[s.end : s.end + 1].isspace():
            out.append(s)
            continue
        end = nt.original.index(after[0], s.end) + len(after[0])
        text = nt.original[s.start : end]
        out.append(s._replace(end=end, text=text, key=f"LOC:{normalize(text)}", type="LOC", qid=None, role_hint=None))
    return out


def _without_agreeing(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A country named like its feminine adjective (السعودية) right after a definite feminine noun no mention
    holds (بالمبادرة السعودية) agrees with it: the noun's adjective, no mention of the country; after an event
    noun it acts and _adjectives reads it again (الضربة السعودية)."""
    out = []
    for s in spans:
        if s.text[-1:] in "ةه" and _spelt_like_adjective(s):  # the cheap test first
            before = _WORD.findall(nt.original[max(0, s.start - 20) : s.start])
            gap = nt.original[s.start - 1 : s.start] if s.start else ""
            noun = before[-1] if before and gap.isspace() else ""
            held = any(o.start < s.start <= o.end + 1 for o in spans if o is not s)
            if noun.endswith("ة") and normalize(noun).lstrip("وفبلك").startswith("ال") and not held:
                continue
        out.append(s)
    return out


def _without_city_adjectives(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """A country's adjective right after a place's name (جدة السعودية، قازان الروسية) describes the place: the
    country name it shares its form with (السعودية) is no mention there."""
    places = [s for s in spans if s.type == "GPE"]
    if len(places) < 2:
        return spans  # most texts: no GPE right after another
    ends = {s.end for s in places if s.level == "NAM"}
    after = [s for s in places if not s.proclitic and any(e < s.start <= e + 2 for e in ends)]
    if not after:
        return spans
    adjectives = nationality_adjectives()
    drop = [
        s
        for s in after
        if adjective_base(normalize(s.text)) in adjectives
        and any(e < s.start and _gap_is_blank(nt.original[e : s.start]) for e in ends)
    ]
    return [s for s in spans if s not in drop]


def _adjectives(nt: NormalizedText, spans: list[_Span]) -> list[_Span]:
    """Nationality adjectives that act (patterns.nationalities) and sides named by one (patterns.sides, الجانب
    الروسي) as mentions of their country's entity, role GOV."""
    names, adjectives = lexicon().names, nationality_adjectives()
    out = []
    taken = _taken(spans)
    for r in nationalities(nt, taken, lexicon().verbs, adjectives) + sides(nt, taken, adjectives):
        actor, _ = names.get(r.key, (None, None))
        if actor is not None and actor.type == "GPE":
            text = nt.original[r.start : r.end]
            out.append(_Span(r.start, r.end, text, actor.key, "GPE", r.level, actor.qid, None, r.proclitic, "GOV"))
    return sorted(out, key=lambda s: s.start)


def _right_after(nom: _Span, names: list[RuleSpan], text: str) -> bool:
    return any(n.end <= nom.start and _gap_is_blank(text[n.end : nom.start]) for n in names)


def _taken(spans: list[_Span]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans]


def _in_the_way(a: RuleSpan, spans: list[_Span]) -> bool:
    """A span crosses ``a``, or lies inside it and is a person or the same span: a description or a name that
    contains a body or a country (ممثل الكرملين، ميثاق الأمم المتحدة، مقر الحلف) nests it, as the guidelines
    allow; it never contains another person."""
    return any(
        s.start < a.end
        and a.start < s.end
        and not (a.start <= s.start and s.end <= a.end and s.type != "PER" and (s.start, s.end) != (a.start, a.end))
        for s in spans
    )


def _adjective_in(inner: _Span, outer: RuleSpan) -> bool:
    """A country whose name is also its feminine adjective (السعودية) at the end of a body's name agrees with
    it (وزارة الداخلية السعودية، الخارجية السعودية): the body's adjective, not a mention of the country."""
    return inner.end == outer.end and inner.start > outer.start and _spelt_like_adjective(inner)


def _spelt_like_adjective(s: _Span) -> bool:
    """A country mention without a proclitic written as its own nationality adjective (السعودية): whether it is
    the country or a noun's adjective depends on the word it follows (_without_agreeing, _adjective_in)."""
    return s.type == "GPE" and not s.proclitic and adjective_base(normalize(s.text)) in nationality_adjectives()


def _place_in_name(nt: NormalizedText, inner: _Span, outer: RuleSpan) -> bool:
    """A known place right after the head of a body named by it (شرطة دبي، فيلق القدس، جامعة القاهرة) is part
    of the body's name, as the gold has «القاهرة الإخبارية» and «بعثة الأمم المتحدة للدعم في ليبيا» without a
    place inside: no mention of its own."""
    if inner.type not in _PLACE_TYPES or inner.end != outer.end or inner.proclitic:
        return False
    return nt.normalized(outer.start, inner.start).strip() in PLACE_BODIES


def _genitive_in(inner: _Span, outer: RuleSpan) -> bool:
    """A known body or place after ل at the end of a body's name (اللجنة العسكرية للناتو) is nested, not in
    the way: both are mentions."""
    return bool(inner.proclitic) and outer.start < inner.start and inner.end <= outer.end  # ... لشؤون اللاجئين


def _council_of(nt: NormalizedText, inner: _Span, outer: RuleSpan) -> bool:
    """A known body right after مجلس at the end of the council's name (مجلس جامعة الدول العربية) is nested, and
    one in construct with an indefinite head whose name goes on after it (مفوضية الأمم المتحدة السامية لشؤون
    اللاجئين): the agency of a body, both mentions."""
    if inner.type != "ORG" or inner.start <= outer.start:
        return False
    head = nt.normalized(outer.start, inner.start).strip()
    return head in COUNCILS if inner.end == outer.end else head in ORG_HEADS and not head.startswith("ال")


def _before_or_in(nom: _Span, names: list[RuleSpan], text: str) -> bool:
    return any(
        (n.start < nom.end and nom.start < n.end) or (n.start >= nom.end and _gap_is_blank(text[nom.end : n.start]))
        for n in names
    )


def _values(nt: NormalizedText, taken: list[_Span]) -> list[_Span]:
    return [
        _Span(
            v.start, v.end, v.text, f"{v.type}:{nt.normalized(v.start, v.end)}", v.type, "NAM", None, None, v.proclitic
        )
        for v in find_values(nt)
        if not any(s.start < v.end and v.start < s.end for s in taken)
    ]


def _word_before(nt: NormalizedText, offset: int) -> str:
    words = nt.normalized(max(0, offset - 15), offset).split()
    return words[-1].strip("،,") if words else ""


def _entities(spans: list[_Span], linkable: frozenset[str]) -> tuple[list[dict[str, Any]], list[Mention]]:
    """One entity per distinct name key (a QID, or NIL<n> when the gazetteer has none) and one mention per span."""
    entity_ids: dict[str, str] = {}
    entities: list[dict[str, Any]] = []
    mentions: list[Mention] = []
    nil = 0
    for span in spans:
        if span.key not in entity_ids:
            entity_ids[span.key] = f"E{len(entity_ids) + 1}"
            entity: dict[str, Any] = {"id": entity_ids[span.key], "type": span.type}
            if span.type in linkable:
                if span.qid is None:
                    nil += 1
                entity["kb"] = span.qid or f"NIL{nil}"
            entities.append(entity)
        mentions.append(
            Mention(f"M{len(mentions) + 1}", entity_ids[span.key], span.type, span.start, span.end, span.proclitic)
        )
    return entities, mentions


def _events(nt: NormalizedText, mentions: list[Mention], inv: Inventory) -> tuple[list[dict[str, Any]], set[str]]:
    """Events whose required roles can be read off the sentence, and the mentions that act as governments."""
    events: list[dict[str, Any]] = []
    governments: set[str] = set()
    for guess in find_events(nt, mentions, lexicon()):
        event_type = inv.event(guess.cue.type)
        args = tuple((role, m) for role, m in guess.arguments if role in event_type.roles)
        if not satisfies(event_type.required_any_of, [role for role, _ in args]):
            continue  # the annotator adds it; an event without its required roles would be invalid
        if guess.cue.args in VERB_ARGS:
            governments.update(m.id for role, m in args if role in ("ACTOR", "RECIPIENT"))
        events.append(event_record(guess._replace(arguments=args), f"V{len(events) + 1}"))
    return events, governments


def _mention_record(span: _Span, m: Mention, nt: NormalizedText, governments: set[str]) -> dict[str, Any]:
    record: dict[str, Any] = {"id": m.id, "entity": m.entity, "start": m.start, "end": m.end}
    record.update(text=span.text, level=span.level)
    if span.role:
        record["role"] = span.role
    elif span.type == "GPE":
        before = _word_before(nt, m.word_start)
        if span.role_hint == "GOV" and (m.id in governments or before in _COMPLEMENTISERS):
            record["role"] = "GOV"
        elif before in _PLACE_PREPOSITIONS and not span.proclitic:
            record["role"] = "LOC"
    if span.proclitic:
        record["proclitic"] = span.proclitic
    return record


def predict(article: dict[str, Any]) -> dict[str, Any]:
    """The model's annotated document for one corpus article (``doc_id`` and ``text`` are read)."""
    inv = load_inventory()
    text: str = article["text"]
    nt = NormalizedText.of(text)
    spans = _ruled(nt, _names(nt))
    spans = sorted(spans + _values(nt, spans), key=lambda s: (s.start, s.end))
    entities, mentions = _entities(spans, inv.linkable_types)
    events, governments = _events(nt, mentions, inv)
    return {
        "doc_id": article["doc_id"],
        "annotator": ANNOTATOR,
        "schema_version": inv.version,
        "status": "complete",
        "text_sha256": article.get("text_sha256") or sha256_text(text),
        "text": text,
        "entities": entities,
        "mentions": [_mention_record(s, m, nt, governments) for s, m in zip(spans, mentions, strict=True)],
        "events": events,
        "stances": [],
    }
