"""Rules for places and outlets that no list names: a city after مدينة or after a capital's adjective, a sea by
its adjective, a strip by its name, a state's indefinite form before a known country, an outlet's quoted name.

Like rules.py, they read the normalised text and give spans in original offsets with proclitics kept outside.
"""

from __future__ import annotations

from diplonews.preannotate.kb import adjective_base, nationality_adjectives
from diplonews.preannotate.normalize import NormalizedText
from diplonews.preannotate.rules import (
    _STOP,
    RuleSpan,
    Tok,
    _forms,
    _is_adjective,
    _norm_set,
    _span,
    _Words,
    heads_in,
    tokens,
)

# A city named after its common noun (في مدينة الظهران، مدينة قازان الروسية): the name is the next word.
_CITY = _norm_set(["مدينة"])
# A capital named after its adjective (بالعاصمة الصينية بكين): the name follows the adjective.
_CAPITAL = _norm_set(["العاصمة"])
# Seas named by an adjective (البحر الأسود، البحر الأبيض المتوسط) and strips by their name (قطاع غزة).
_SEA = _norm_set(["البحر"])
_SEA_ADJECTIVES = _norm_set(["الأسود", "الأحمر", "الأبيض", "المتوسط", "الميت", "الكاريبي", "الأدرياتيكي", "العربي"])
_STRIP = _norm_set(["قطاع"])
# A palace by its name (بقصر الاتحادية، قصر بعبدا): a building, FAC NAM with its head.
_PALACE = _norm_set(["قصر"])
_PLACE_HEADS = _CITY | _CAPITAL | _SEA | _STRIP | _PALACE
# The type the kind word gives the place named after it: a city is a GPE, a strip a LOC.
_KIND_TYPE = {head: "GPE" for head in _CITY} | {head: "LOC" for head in _STRIP}
# A state's indefinite form before its name (جمهورية مصر، دولة قطر، مملكة إسبانيا): one GPE name with it.
STATE_FORMS = _norm_set(["جمهورية", "مملكة", "دولة", "سلطنة", "إمارة", "إمارات"])
# An outlet named after its kind, in quotes (فضائية "إكسترا نيوز"، بموقع "تويتر"، لقناة «العربية»).
_OUTLETS = _norm_set(["قناة", "فضائية", "صحيفة", "موقع", "مجلة", "إذاعة", "شبكة", "منصة", "وكالة"])
# ... and a company by its quoted name (لشركة "قطر إنرجي")
_OUTLETS |= _norm_set(["شركة"])
# Indefinite adjectives and pronouns after مدينة (مدينة واحدة، مدينة أخرى): no city's name.
_NOT_NAMES = _norm_set(["واحدة", "أخرى", "كبيرة", "صغيرة", "جديدة", "قديمة", "كاملة", "بأكملها", "ما"])
# ... and after قطاع (قطاع واسع من المجتمع: a part of it, no strip)
_NOT_NAMES |= _norm_set(["واسع", "كبير", "عريض", "هام", "مهم", "حيوي", "خاص", "عام", "آخر", "معين", "كامل"])
_DIRECTIONS = _norm_set(["وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب"])
_OPEN = frozenset('"“«')
_CLOSE = frozenset('"”»')


def places(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """Cities after مدينة or a capital's adjective (GPE NAM), seas by their adjective and strips by their
    name (LOC NAM); a word already in a mention, a particle or a common noun is never taken for a name."""
    adjectives = nationality_adjectives()
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _PLACE_HEADS):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok):
            continue
        k, head = i + 1, split[1]
        if head in _CAPITAL and adjective_base(toks[k].text) in adjectives:
            known = k + 1 < len(toks) and words.covered(toks[k + 1])
            named = known or (k + 1 < len(toks) and _name_word(words, k + 1) and not words.boundary(k + 1))
            if not named or (not known and _present_verb(toks[k + 1].text)):
                # العاصمة الروسية with no name after it: the capital described (GPE NOM)
                key = f"PLACE:{nt.norm[tok.start + len(split[0]) : toks[k].end]}"
                found.append(_span(nt, tok, toks[k], split[0], etype="GPE", level="NOM", key=key))
                continue
            k += 1  # العاصمة الصينية بكين
        elif head in _CAPITAL:
            continue
        if head in _SEA:
            end = k if toks[k].text in _SEA_ADJECTIVES else None
            while end is not None and end + 1 < len(toks) and toks[end + 1].text in _SEA_ADJECTIVES:
                end += 1  # البحر الأبيض المتوسط
            if end is not None:
                found.append(
                    _span(
                        nt, tok, toks[end], split[0], etype="LOC", level="NAM", key=_key(nt, tok, toks[end], split[0])
                    )
                )
            continue
        if not _name_word(words, k) or (head in _STRIP and words.article(k)):
            continue
        etype = "LOC" if head in _STRIP else "FAC" if head in _PALACE else "GPE"
        first, pro = (toks[k], "") if etype == "GPE" else (tok, split[0])
        if etype == "GPE" and k + 1 < len(toks) and _second_word(words, k + 1):
            k += 1  # مدينة شرم الشيخ، مدينة سان فرانسيسكو: a two-word name
        found.append(_span(nt, first, toks[k], pro, etype=etype, level="NAM", key=_key(nt, first, toks[k], pro)))
    return found


def named_otherwise(nt: NormalizedText, known: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The known places (start, end, type) right after مدينة or قطاع whose type is not the kind the word names:
    مدينة غزة is the city, not the Strip the gazetteer's غزة is; قطاع رفح is a strip, not the city. Without them,
    ``places`` finds the name by its kind word (and without the other place's QID)."""
    starts = {start: etype for start, _, etype in known}
    out = set()
    for words, i, split in heads_in(nt, [], _CITY | _STRIP):
        start = nt.index[words.toks[i + 1].start]
        etype = starts.get(start)
        if etype is not None and etype != _KIND_TYPE[split[1]] and not words.boundary(i + 1):
            out |= {(s, e) for s, e, _ in known if s == start}
    return out


def _name_word(words: _Words, k: int) -> bool:
    """Token ``k`` may be a place's one-word name: a word no mention holds, no particle, no common noun, no
    adjective of a nationality (مدينة روسية is no name)."""
    tok = words.toks[k]
    if not tok.is_word or words.covered(tok) or tok.text in _STOP | _NOT_NAMES or words.common_noun(k):
        return False
    return adjective_base(tok.text) not in nationality_adjectives() and not tok.text.startswith(("لل", "وال", "بال"))


def _present_verb(word: str) -> bool:
    """A present-tense verb by its shape: a prefix ي/ت/ن and a plural or dual ending (يعانون، تشهدان), ي/ت and
    سـت (تستضيف، يستقبل), or ي/ت before a consonant in a word of four or five letters (يشهد، تعيش; not تالين)."""
    if len(word) < 4 or word[0] not in "يتن":
        return False
    short = word[0] in "يت" and len(word) in (4, 5) and word[1] not in "اوي"
    return word.endswith(("ون", "ان", "ين")) or word[1:3] == "ست" or short


def _second_word(words: _Words, k: int) -> bool:
    """Token ``k`` goes on a city's name: a name word that is no adjective (مدينة حلب الشمالية), no direction
    (مدينة حمص وسط سوريا) and no coordinated word (مدينة غزة ومحيطها)."""
    word = words.toks[k].text
    if not _name_word(words, k) or _is_adjective(word) or word.startswith("و") or word in _DIRECTIONS:
        return False
    if not words.article(k):
        # سان فرانسيسكو; not a verb after the city (مدينة غزة يعانون، مدينة حلب تشهد)
        return not word.startswith("ال") and not words.boundary(k) and not _present_verb(word)
    # an ال word (شرم الشيخ) only before a country's adjective, punctuation or a particle: بكين القمة التاسعة is
    # the city and the clause's subject
    toks = words.toks
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not nxt.is_word or nxt.text in _STOP or adjective_base(nxt.text) in nationality_adjectives()


def _key(nt: NormalizedText, first: Tok, last: Tok, pro: str) -> str:
    return f"PLACE:{nt.norm[first.start + len(pro) : last.end]}"


def outlets(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """An outlet's name in quotes after its kind (فضائية "إكسترا نيوز"، بموقع "تويتر"): ORG NAM, quotes left
    out; one to three words, none of them in a mention already. Unquoted, a name that begins with a known place
    and goes on with a name word (صحيفة نيويورك تايمز، صحيفة القدس العربي، قناة روسيا اليوم; see _placed_name)."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _OUTLETS):
        toks = words.toks
        if toks[i + 1].text not in _OPEN:
            named = _placed_name(words, i, split[1])
            if named is not None:
                first, stop = toks[i + 1], toks[named]
                key = f"ORG:{nt.norm[first.start : stop.end]}"
                found.append(_span(nt, first, stop, "", etype="ORG", level="NAM", key=key))
            continue
        end = next((j for j in range(i + 2, min(i + 6, len(toks))) if toks[j].text in _CLOSE), None)
        if end is None or end == i + 2 or any(not t.is_word for t in toks[i + 2 : end]):
            continue
        # a known place may begin an outlet's or company's name (صحيفة "واشنطن بوست"، شركة "قطر إنرجي"), not make
        # all of it (بموقع "تويتر" is known already)
        if words.covered(toks[i + 2]) and words.mention_end(i + 2) >= end - 1:
            continue
        if any(words.covered(t) for t in toks[i + 3 : end]):
            continue
        first, last = toks[i + 2], toks[end - 1]
        found.append(_span(nt, first, last, "", etype="ORG", level="NAM", key=f"ORG:{nt.norm[first.start : last.end]}"))
    return found


# Outlet names are often a place and the word "today" (روسيا اليوم، مصر اليوم), elsewhere a relative date.
_TODAY = _norm_set(["اليوم"])


def _placed_name(words: _Words, i: int, kind: str) -> int | None:
    """Last token of an unquoted outlet's name after kind word ``i`` that begins with a known place (a mention
    starting right after the kind word) and goes on with a name word: one or two bare words that are no
    particle, verb or common noun (نيويورك تايمز، واشنطن بوست), اليوم, or an ال word that does not agree with
    a feminine kind word, so it is the name's and not the outlet's adjective (صحيفة القدس العربي; not صحيفة
    القدس الفلسطينية, where the outlet is called القدس). None otherwise: the place stays a place."""
    toks = words.toks
    span = words.mention_in(toks[i + 1])
    if span is None or span[0] != words.nt.index[toks[i + 1].start]:
        return None
    k = words.mention_end(i + 1) + 1
    if k >= len(toks) or not toks[k].is_word:
        return None
    word = toks[k].text
    if word in _TODAY or (words.article(k) and kind.endswith("ه") and word.endswith("ي") and not words.boundary(k)):
        return k
    last = k - 1
    while last - k < 2 and last + 1 < len(toks) and _bare_name_word(words, last + 1):
        last += 1  # واشنطن فري بيكون
    return last if last >= k else None


def _bare_name_word(words: _Words, k: int) -> bool:
    """Token ``k`` may go on an outlet's name after its place: a word without ال, no particle, verb or common
    noun, not shaped like a present-tense verb (صحيفة لبنان تبث الخبر) and not opened by و."""
    word = words.toks[k].text
    if not words.toks[k].is_word or words.article(k) or words.boundary(k) or len(word) < 3:
        return False
    return word[0] not in "و" and not _present_verb(word) and not (len(word) == 3 and word[0] in "يتن")


def state_form_start(nt: NormalizedText, start: int) -> tuple[int, str | None] | None:
    """Where a known country's name begins when a state's indefinite form is written right before it (لجمهورية
    مصر: the span starts at جمهورية, the proclitic ل left out), with that proclitic; None when there is none."""
    toks = tokens(nt)
    at = next((k for k, t in enumerate(toks) if nt.index[t.start] >= start), None)
    if not at:
        return None
    split = _forms(STATE_FORMS).get(toks[at - 1].text)
    if split is None:
        return None
    span = _span(nt, toks[at - 1], toks[at - 1], split[0], etype="GPE", level="NAM", key="")
    return span.start, span.proclitic
