"""Rules by the shape of the clause rather than a title: a speaker's name after a speech verb, weapons named by
their class, agreements named by their kind, a body's seat (FAC).

Like rules.py, they read the normalised text and give spans in original offsets with proclitics kept outside.
"""

from __future__ import annotations

import re
from functools import cache

from diplonews.preannotate.kb import adjective_base, nationality_adjectives
from diplonews.preannotate.normalize import NormalizedText, normalize
from diplonews.preannotate.rules import (
    _ACT_NOUNS,
    _CONNECTORS,
    _COUNTERPARTS,
    _GIVEN_NAMES,
    _PROCLITICS,
    _STOP,
    _TITLE_TAIL,
    _VERBS,
    NAME_ARTICLES,
    ORG_HEADS,
    TITLE_HEADS,
    RuleSpan,
    _adjectival,
    _forms,
    _is_adjective,
    _norm_set,
    _span,
    _Words,
    absent,
    heads_in,
    words_of,
)

# Verbs that introduce what someone said; the word right after them is the speaker (قال بيستوريوس إن).
_SPEECH = _norm_set(
    [
        *["قال", "أكد", "أعلن", "أوضح", "أضاف", "شدد", "أشار", "ذكر", "صرح", "حذر", "دعا", "رأى", "اعتبر", "لفت"],
        *["قالت", "أكدت", "أعلنت", "أوضحت", "أضافت", "شددت", "أشارت", "ذكرت", "صرحت", "حذرت", "دعت", "رأت", "اعتبرت"],
        # verbs of stance and report whose subject comes first as well (أعرب X عن، نفى X أن، كشف X عن)
        *["أعرب", "نفى", "كشف", "أفاد", "أردف", "رحب", "طالب", "أبدى", "نوه", "تابع", "جدد"],
        *["أعربت", "نفت", "كشفت", "أفادت", "أردفت", "رحبت", "طالبت", "أبدت", "نوهت", "تابعت", "جددت"],
    ]
)
# What follows a speaker's name in such a clause: a complementiser, a time word or punctuation.
_AFTER_SPEAKER = _norm_set(
    ["إن", "إنه", "إنها", "أن", "أنه", "بأن", "اليوم", "أمس", "الليلة", "خلال", "عن"]
) | _norm_set(["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"])
# Cue words that are only nouns (a call, a meeting, a visit, sanctions): no subject's verb (بأن يعزز اجتماع).
_NOUN_CUES = _norm_set(
    [
        *["مكالمة", "اتصال", "اتصالا", "اتصالات", "محادثات", "محادثة", "مفاوضات", "لقاء", "لقاءه", "اجتماع", "قمة"],
        *["زيارة", "توريد", "تزويد", "إرسال", "تقديم", "عقوبات", "انسحاب", "غزو", "قصف", "هجوم"],
    ]
)
# Complementisers after which a name may be the subject of the next verb (أن غوتيريس سيقف).
_THAT = _norm_set(["أن", "بأن", "وأن", "إن", "لأن"])
# Indefinite nouns and function words that take a speaker's or subject's place without being a name.
_NOT_A_NAME = _norm_set(
    [
        # an outlet's kind before its quoted name (كشفت لقناة «...» أن)
        *["قناة", "لقناة", "فضائية", "لفضائية", "صحيفة", "لصحيفة", "موقع", "لموقع", "مجلة", "لمجلة"],
        "مصدر",
        "مصادر",
        "مسؤول",
        "مسؤولون",
        "مسؤولين",
        "بيان",
        "متحدث",
        "تقرير",
        "تقارير",
        "خبراء",
        "خبير",
        "شهود",
        "دبلوماسي",
        "دبلوماسيون",
        "محللون",
        "مراقبون",
        "نشطاء",
        "ناشطون",
        "سكان",
        "وسائل",
        "إعلام",
        "وكالات",
        "أوساط",
        "جهات",
        "أطراف",
        "قوات",
        "عناصر",
        "مواطنون",
        "حكومات",
        "صحيفة",
        "مجلة",
        "شبكة",
        "قناة",
        "إذاعة",
        "مجموعة",
        "جماعة",
        "دراسة",
        "رسالة",
        "وثيقة",
        "مذكرة",
        "حكومة",
        "دولة",
        "دول",
        "أيضا",
        "كذلك",
        "فيه",
        "فيها",
        "له",
        "لها",
        "لهم",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هناك",
        "هنا",
        "هؤلاء",
        "كل",
        "بعض",
        "أحد",
        "إحدى",
        "ما",
        "لا",
        "لم",
        "لن",
        "قد",
        "هو",
        "هي",
        "هم",
        "نحن",
        "أنا",
        "إنه",
        "أنه",
        "مجددا",
        "سابقا",
        "لاحقا",
        "صراحة",
        "بوضوح",
        "بدوره",
        "بدورها",
        "عقب",
        "عبر",
        "رسميا",
        "مؤخرا",
        "الآن",
        # participles that carry on a quotation (وتابع قائلا إن)
        *["قائلا", "قائلة", "متسائلا", "متسائلة", "معلقا", "معلقة", "مستدركا", "مستدركة", "مردفا", "مردفة"],
        # plural people and the offices that speak for a body (قال نواب إن، قال مكتب الرئيس إن)
        *["نواب", "أعضاء", "قادة", "زعماء", "وزراء", "سفراء", "ممثلو", "ممثلون", "مندوبو", "ضباط", "جنود"],
        *["مكتب", "ديوان", "رئاسة", "قيادة", "جيش", "جهاز", "إدارة", "لجنة", "سلطات", "أجهزة", "دوائر"],
        *["استعداد", "دعم", "رفض", "تأييد", "قلق", "أسف", "ترحيب", "أمل", "ضرورة", "أهمية", "التزام"],
    ]
)
# Weapons named by their class (guidelines: WEAPON, NOM for a common noun, however specific).
_WEAPON_HEADS = _norm_set(
    [
        "أسلحة",
        "الأسلحة",
        "سلاح",
        "السلاح",
        "صواريخ",
        "الصواريخ",
        "صاروخ",
        "دبابات",
        "الدبابات",
        "مدرعات",
        "المدرعات",
        "مقاتلات",
        "المقاتلات",
        "ذخائر",
        "الذخائر",
        "قذائف",
        "القذائف",
        "مسيرات",
        "المسيرات",
    ]
)
# Two-word classes whose first word alone is no weapon (عربات مدرعة, أنظمة دفاع, طائرات مسيرة).
_WEAPON_PAIRS = {
    normalize(a): _norm_set(b)
    for a, b in [
        ("عربات", ["مدرعة", "مصفحة"]),
        ("العربات", ["المدرعة", "المصفحة"]),
        ("أنظمة", ["دفاع", "الدفاع"]),
        ("الأنظمة", ["الدفاعية"]),
        ("طائرات", ["مسيرة", "مسيّرة", "مقاتلة", "حربية"]),
        ("الطائرات", ["المسيرة", "المقاتلة", "الحربية"]),
        # a system is a weapon only as one of missiles or defence (منظومة متجددة is a system of government)
        *[(h, ["صواريخ", "دفاع", "الدفاع", "دفاعية", "صاروخية", "الصواريخ"]) for h in ("منظومة", "منظومات")],
        *[(h, ["الدفاعية", "الصاروخية"]) for h in ("المنظومة", "المنظومات")],
    ]
}
_AGREEMENT_HEADS = _norm_set(["ميثاق", "معاهدة", "اتفاقية", "بروتوكول", "اتفاق"])
_SEATS = _norm_set(["مقر"])


_WEAPON_ALL = _WEAPON_HEADS | frozenset(_WEAPON_PAIRS)


def _adjective_like(word: str, definite: bool) -> bool:
    """An attributive adjective agreeing in definiteness: ثقيلة، جديدة، المضادة، الباليستية."""
    if word in _STOP or word.startswith("و") or word.startswith("ال") != definite:
        return False
    return word.endswith(("ه", "ي", "يه", "ات", "ين", "يون", "ع", "ف")) and len(word) > 3


def _name_word(words: _Words, j: int) -> bool:
    """Token ``j`` may be a word of a speaker's name: a bare word no rule or list gives another reading."""
    tok = words.toks[j]
    word = tok.text
    if words.article(j) and (word not in NAME_ARTICLES or j == 0 or not words.toks[j - 1].is_word):
        return False  # an ال word is no name's but the end of a compound first name (نور الدين)
    if not tok.is_word or len(word) < 3 or words.covered(tok) or words.common_noun(j):
        return False
    if word in _STOP or word in _NOT_A_NAME or word in words.verbs or word in _VERBS or word in _forms(TITLE_HEADS):
        return False
    if word[0] == "ب" and word.endswith("ه") and len(word) > 4:
        return False  # وطالب بضرورة، ورحب بمبادرة: ب and a feminine noun, the verb's complement, no speaker
    # ستولتنبرغ، ستارمر، سيرجي: right after a speech verb or أن, a word in ست/سي is the subject, not a verb
    return word not in _forms(ORG_HEADS) and not word.startswith(("لل", "بال", "وال"))


def _participle_plural(word: str) -> bool:
    """A sound masculine plural of a participle (موظفون، محتجون، متظاهرين، مراقبون): مـ ... ون/ين, six letters
    or more; a foreign name in ون rarely begins with م."""
    return word.startswith("م") and word.endswith(("ون", "ين")) and len(word) >= 6


def _family_name(words: _Words, i: int) -> bool:
    """Token ``i`` is a common given name and the next an ال family name that punctuation or a complementiser
    ends (سعد الكعبي، / خالد العنزي إن), as the title rule reads one after a given name."""
    toks = words.toks
    if toks[i].text not in _GIVEN_NAMES or i + 2 >= len(toks) or not words.article(i + 1):
        return False
    family, after = toks[i + 1], toks[i + 2]
    if family.text in _STOP or words.covered(family) or not family.text.endswith("ي"):
        return False
    return not after.is_word or after.text in _AFTER_SPEAKER


def _speaker_end(words: _Words, i: int) -> int | None:
    """Index of the last word of a 1-3 word name at ``i`` that a complementiser, time word or punctuation ends."""
    j = i
    while j < len(words.toks) and j - i < 3 and _name_word(words, j):
        if j > i and words.toks[j].text.startswith("و"):
            break  # وأكد غوتيريش وبوريل: a second person joined by و (patterns.coordinated), not one name
        j += 1
    if j == i:
        return None
    if j == i + 1 and _family_name(words, i):
        j += 1  # وقال سعد الكعبي، : a common given name and its ال family name
    if j == i + 1 and _participle_plural(words.toks[i].text):
        return None  # وقال موظفون إن، وقال محتجون: a plural of people, not a name
    if (
        j == i + 2
        and words.toks[i].text not in _GIVEN_NAMES
        and "ال" + words.toks[i + 1].text in nationality_adjectives()
    ):
        return None  # وقال طبيب فرنسي، مسؤول أمريكي: a noun and its nationality, someone described, no name
    after = words.toks[j] if j < len(words.toks) else None
    if after is None or not after.is_word or after.text in _AFTER_SPEAKER:
        return j - 1
    if after.text.startswith("و") and j + 1 < len(words.toks) and _dual_or_verb(words, j + 1):
        return j - 1  # وأكد غوتيريش وبوريل أن: the first of two speakers
    # قال ينس ستولتنبرغ أمين عام الحلف: the title after a name is an apposition; one word right before a title
    # is in construct with it (أبدت إدارة الرئيس)
    return j - 1 if after.text in _forms(TITLE_HEADS) and j - i > 1 else None


def _subject_end(words: _Words, i: int) -> int | None:
    """Index of the last word of a 1-2 word name at ``i`` that a verb follows (أن غوتيريس سيقف، أن عراقجي شدد)."""
    j = i
    while j < len(words.toks) and j - i < 2 and _name_word(words, j):
        if j > i and words.toks[j].text.startswith(("سي", "ست")):
            break  # أن غوتيريس سيقف: after the subject, a word in سي/ست is the future verb
        j += 1
    if j == i or j >= len(words.toks) or (j == i + 1 and _indefinite_plural_or_accusative(words, i)):
        return None
    nxt = words.toks[j].text
    if words.article(j):
        return None  # أن سلسلة الهجمات: a noun in construct with an ال noun (the cue list has nouns), no verb
    future = nxt.startswith(("سي", "ست")) and len(nxt) > 3 and not nxt.endswith(("ه", "ا"))  # not سياسيا
    return j - 1 if (nxt in words.verbs and nxt not in _NOUN_CUES) or nxt in _VERBS or future else None


def _indefinite_plural_or_accusative(words: _Words, i: int) -> bool:
    """One word after أن/إن written in ات or with the accusative alef (أن مشاورات ستجري، إن انفجارا وقع، أن
    وفودا ستصل): the subject of a complementiser is accusative, and an indefinite noun shows it so; a
    person's name takes a second word or a known entry (روسيا is the KB's)."""
    tok = words.toks[i]
    written = words.nt.original[words.nt.index[tok.start] : words.nt.index[tok.end - 1] + 1]
    return written.endswith(("ات", "ا"))


def speakers(nt: NormalizedText, taken: list[tuple[int, int]], verbs: frozenset[str]) -> list[RuleSpan]:
    """A name the lists do not know, read off the clause: the speaker after a speech verb (قال بيستوريوس
    إن، وقال جوتيرتش،) or the subject between a complementiser and a verb (غير أن غوتيريس سيقف)."""
    if absent(nt, _SPEECH) and words_of(nt).isdisjoint(_THAT):
        return []
    words = _Words(nt, taken, verbs, [])
    speech = _forms(_SPEECH)
    found: list[RuleSpan] = []
    toks = words.toks
    for i in [i for i, tok in enumerate(toks[:-1]) if tok.text in speech or tok.text in _THAT]:
        tok = toks[i]
        if (found and nt.index[tok.start] < found[-1].end) or (i and tok.text in speech and toks[i - 1].text in speech):
            continue  # وقال طالب جامعي: right after a speech verb the word is its subject, no second verb
        at = i + 1
        if tok.text in speech and speech[tok.text][0] in ("", "و", "ف"):
            if i + 2 < len(toks) and toks[at].text in '"“«':
                at += 1  # وقال “ستولتنبرغ” في
            last = _speaker_end(words, at)
        elif tok.text in _THAT:
            last = _subject_end(words, at)
        else:
            continue
        if last is None or words.toks[last].text in _CONNECTORS:
            continue
        first, stop = words.toks[at], words.toks[last]
        found.append(_span(nt, first, stop, "", etype="PER", level="NAM", key=f"PER:{nt.norm[first.start : stop.end]}"))
    return found


def _dual_or_verb(words: _Words, k: int) -> bool:
    """Token ``k`` can follow two people joined by و: punctuation or the end, a listed verb, a dual verb
    (سيعقدان، يبحثان), or a time word or complementiser (اليوم، أن)."""
    if k >= len(words.toks) or not words.toks[k].is_word:
        return True
    word = words.toks[k].text
    if word in words.verbs or word in _VERBS or word in _AFTER_SPEAKER or word in _PREPOSITIONS:
        return True  # ... ترامب ومودي على هامش: a preposition after the second name too
    return word.startswith(("سي", "ست", "ي", "ت")) and word.endswith("ان") and len(word) > 4


# Not من: after a noun it is partitive (وعدد من المسؤولين).
_PREPOSITIONS = _norm_set(["في", "على", "إلى", "مع", "خلال", "حول", "بشأن"])


def coordinated(
    nt: NormalizedText, people: list[tuple[int, int]], taken: list[tuple[int, int]], verbs: frozenset[str]
) -> list[RuleSpan]:
    """A second person joined by و to a person's name (بين بوتين وبزشكيان، ماكرون ونتانياهو سيعقدان): one or two
    bare words after و that a verb, a dual verb, punctuation or a time word follows are a PER name too."""
    if not people:
        return []
    words = _Words(nt, taken, verbs, [])
    toks = words.toks
    found: list[RuleSpan] = []
    for _, end in people:
        k = next((j for j, t in enumerate(toks) if nt.index[t.start] >= end), len(toks))
        if k >= len(toks) or not toks[k].text.startswith("و") or len(toks[k].text) < 4:
            continue
        first = toks[k]
        rest = first.text[1:]
        if not _name_word(words, k) or rest in words.verbs or rest in _VERBS or rest in _forms(TITLE_HEADS):
            continue  # وأكد، ونظيره، والرئيس: a verb or a title after و
        written = nt.original[nt.index[first.start] : nt.index[first.end - 1] + 1]
        if rest in _NOT_A_NAME or rest in _STOP or rest.startswith("ال") or written.endswith(("ه", "ها", "هم")):
            continue  # وحزبه، وحكومتها: a noun with a pronoun suffix
        if rest in _ACT_NOUNS or written.endswith("ة"):
            continue  # ووفد، وحكومة: a common noun, as a word in ta marbuta is (foreign names end in ا or ه)
        last = k + 1 if k + 1 < len(toks) and _name_word(words, k + 1) and _dual_or_verb(words, k + 2) else k
        if last == k and not _dual_or_verb(words, k + 1):
            continue
        stop = toks[last]
        key = f"PER:{nt.norm[first.start + 1 : stop.end]}"
        found.append(_span(nt, first, stop, "و", etype="PER", level="NAM", key=key))
    return found


# Adjectives of a call or meeting that sit where a holder's name would (اتصال هاتفي مع نظيره).
_CALL_ADJECTIVES = _norm_set(["هاتفي", "هاتفية", "رسمي", "رسمية", "ثنائي", "مطول", "مماثل", "منفصل", "مغلق", "مرئي"])


def counterpart_holders(nt: NormalizedText, taken: list[tuple[int, int]], verbs: frozenset[str]) -> list[RuleSpan]:
    """The one word between a verb and نظيره (أطلع X نظيره، واستعرض X مع نظيره، واتفقا X ونظيره) names the
    person whose counterpart that is: a PER name the lists need not know. The word must be bare (no article,
    no و), no listed verb or common noun, and not a verb of the form that begins with a bare alef (اجتمع
    مع نظيره); a particle or a definite word before it (كما تباحث، وفي الأثناء تباحث مع نظيره) leaves the
    verb reading open, so nothing is found: the word before must be the verb itself."""
    if absent(nt, _COUNTERPARTS):
        return []
    words = _Words(nt, taken, verbs, [])
    toks = words.toks
    heads = _forms(_COUNTERPARTS)
    found: list[RuleSpan] = []
    for i, tok in enumerate(toks):
        if heads.get(tok.text, ("-",))[0] not in ("", "و"):
            continue
        w = i - 2 if i > 1 and toks[i - 1].text == "مع" and tok.text in _COUNTERPARTS else i - 1
        if w < 1 or not _name_word(words, w) or words.boundary(w):
            continue
        word, before = toks[w].text, toks[w - 1]
        if word.startswith("و") or nt.original[nt.index[toks[w].start]] == "ا" or word in _VERBS:
            continue
        if word.endswith("يا") or word in _CALL_ADJECTIVES:
            continue  # اتصالا هاتفيا مع نظيره، لقاء ثنائي مع نظيره: the call's adverb or adjective
        if before.is_word and before.text not in _STOP and not words.covered(before) and words._verb(w - 1):
            found.append(_span(nt, toks[w], toks[w], "", etype="PER", level="NAM", key=f"PER:{word}"))
    return found


def _weapon_end(words: _Words, i: int, head: str) -> int | None:
    """Index of the last token of the weapon class at ``i``: its head (or head pair) and agreeing adjectives,
    with the target of an anti-weapon (مضادة للطائرات)."""
    toks = words.toks
    j = i
    if head in _WEAPON_PAIRS:
        if i + 1 >= len(toks) or toks[i + 1].text not in _WEAPON_PAIRS[head]:
            return None
        j = i + 1
    definite = head.startswith("ال")
    while j + 1 < len(toks) and toks[j + 1].is_word and not words.covered(toks[j + 1]):
        nxt = toks[j + 1].text
        if words.nt.original[words.nt.index[toks[j + 1].end - 1]] == "ه":
            break  # إكراه: a noun in ه, where an adjective would end in ة
        air = nxt in ("جوي", "الجوي", "جويه", "الجويه") and j > i
        target = nxt.startswith("لل") and toks[j].text.startswith(("مضاد", "المضاد"))
        if not (_adjective_like(nxt, definite) or air or target):
            break
        j += 1
    return j


def weapons(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A weapon named by its class (أسلحة ثقيلة، دبابات، عربات مدرعة، أنظمة دفاع مضادة للطائرات): WEAPON NOM."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _WEAPON_ALL, last=True):
        tok = words.toks[i]
        if words.covered(tok) or (found and nt.index[tok.start] < found[-1].end):
            continue
        pro, head = split
        if pro.endswith("ك"):
            continue  # كسلاح: "as a weapon", a comparison
        end = _weapon_end(words, i, head)
        if end is None:
            continue
        last = words.toks[end]
        key = f"WEAPON:{nt.norm[tok.start + len(pro) : last.end]}"
        found.append(_span(nt, tok, last, pro, etype="WEAPON", level="NOM", key=key))
    return found


def agreements(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A treaty named by its kind and the body or place it belongs to (ميثاق الأمم المتحدة، اتفاقية باريس):
    AGREEMENT NAM over the whole name; the body or place inside stays a mention of its own. A kind word before
    a common noun (معاهدة الحد من ...) is left alone: where such a name ends is not read off its words."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _AGREEMENT_HEADS):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok) or words.mention_in(toks[i + 1]) is None:
            continue
        if toks[i + 1].text.startswith(("و", "ل", "ب")) and not words.covered(toks[i + 1]):
            continue
        end = _subject_of(words, words.mention_end(i + 1))
        pro = split[0]
        key = f"AGREEMENT:{nt.norm[tok.start + len(pro) : toks[end].end]}"
        found.append(_span(nt, tok, toks[end], pro, etype="AGREEMENT", level="NAM", key=key))
    return found


_ABOUT = _norm_set(["بشأن"])
# A treaty named again by its kind alone (ووقع الاتفاقية وزيرا الاقتصاد): an AGREEMENT description. Not الاتفاق,
# which is as often the verbal noun "agreeing" (عاجز عن الاتفاق على).
_TREATY_NOUNS = _norm_set(["الاتفاقية", "المعاهدة"])


def treaty_nominals(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """الاتفاقية or المعاهدة standing alone, no ال word after it (that would be its name or adjective), is an
    AGREEMENT NOM, as the guidelines annotate a description of a named entity."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _TREATY_NOUNS, last=True):
        toks, tok = words.toks, words.toks[i]
        after = toks[i + 1] if i + 1 < len(toks) else None
        if words.covered(tok) or (after is not None and after.is_word and _definite_word(words, i + 1)):
            continue
        key = f"AGREEMENT:{split[1]}"
        found.append(_span(nt, tok, tok, split[0], etype="AGREEMENT", level="NOM", key=key))
    return found


def _subject_of(words: _Words, end: int) -> int:
    """Last token of a treaty's name that goes on after its body with the body's ال adjectives and بشأن + what
    it is about (اتفاقية الأمم المتحدة الإطارية بشأن التغير المناخي، ... بشأن تغير المناخ); ``end`` when the
    name ends at the body."""
    toks, j = words.toks, end
    while j + 1 < len(toks) and words.article(j + 1) and _adjectival(toks[j + 1]) and not words.covered(toks[j + 1]):
        j += 1  # الإطارية
    if j == end or j + 2 >= len(toks) or toks[j + 1].text not in _ABOUT or not toks[j + 2].is_word:
        return end if j == end else j
    k = j + 2
    while k + 1 < len(toks) and k - j < 3 and words.article(k + 1) and not words.covered(toks[k + 1]):
        k += 1  # التغير المناخي، تغير المناخ
    return k


# A head, the word that must follow it (or None), the type and level, and whether an adjective is required.
_DESCRIBED = {
    normalize("عملية"): (normalize("السلام"), "AGREEMENT", "NAM", False),  # a named process (guidelines)
    normalize("القارة"): (None, "LOC", "NOM", False),  # القارة الأوروبية, or القارة alone: a continent described
    normalize("مبادرة"): (normalize("السلام"), "AGREEMENT", "NAM", False),  # مبادرة السلام العربية: a named plan
    normalize("الأمة"): (None, "NORP", "NOM", True),  # الأمة العربية، الأمة الإسلامية: peoples named as a group
    # الدولة المصرية: one country by its common noun and its adjective (GPE NOM, as «الدولة» for one country)
    normalize("الدولة"): (None, "GPE", "NOM", True),
}
# A continent's adjectives (القارة الأفريقية، القارة العجوز); any other (القارة الغنية بالموارد) describes it
# without being part of how it is named.
_CONTINENTAL = _norm_set(
    ["الأفريقية", "الإفريقية", "الأوروبية", "الآسيوية", "الأمريكية", "الأميركية", "اللاتينية", "العجوز", "السمراء"]
)


_DESCRIBED_HEADS = frozenset(_DESCRIBED)


def described(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """Fixed descriptions with their nisba adjectives: the peace process (عملية السلام الفلسطينية الإسرائيلية:
    AGREEMENT, a named process) and a continent by its adjective (القارة الأوروبية: LOC NOM)."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _DESCRIBED_HEADS):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok):
            continue
        second, etype, level, adjective = _DESCRIBED[split[1]]
        j = i + 1 if second is not None and toks[i + 1].text == second else i
        if second is not None and j == i:
            continue
        while j + 1 < len(toks) and not words.covered(toks[j + 1]) and _nisba(toks[j + 1].text, toks[j].text):
            j += 1
        if etype == "LOC":  # بالقارة: the head's own form decides the agreement, not the word with its proclitic
            j = i + 1 if i + 1 < len(toks) and toks[i + 1].text in _CONTINENTAL else i
        if etype == "NORP":
            j = min(j, i + 1)  # قضية الأمة العربية المركزية: the second adjective is the cause's
        if etype == "GPE":  # a nationality only: الدولة المدنية، الدولة الإسلامية name no country
            j = i + 1 if i + 1 < len(toks) and adjective_base(toks[i + 1].text) in nationality_adjectives() else i
        if adjective and j == i:
            continue
        key = f"{etype}:{nt.norm[tok.start + len(split[0]) : toks[j].end]}"
        found.append(_span(nt, tok, toks[j], split[0], etype=etype, level=level, key=key))
    return found


def seats(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A body's seat (مقر الحلف، بمقر الاتحاد الأوروبي) is a building: FAC NOM over مقر and the body's mention,
    which stays a mention of its own."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _SEATS):
        toks, tok = words.toks, words.toks[i]
        if words.mention_in(toks[i + 1]) is None:
            continue
        end = words.mention_end(i + 1)
        pro = split[0]
        key = f"FAC:{nt.norm[tok.start + len(pro) : toks[end].end]}"
        found.append(_span(nt, tok, toks[end], pro, etype="FAC", level="NOM", key=key))
    return found


_BASES = _norm_set(["قاعدة", "القاعدة", "قواعد", "القواعد"])
_PLANTS = _norm_set(["محطة", "المحطة", "منشأة", "المنشأة", "منشآت", "المنشآت"])
# What makes قاعدة a military base rather than a rule or al-Qaeda (قاعدة عسكرية، القاعدة الجوية، القواعد
# الروسية: a base is also named by its country), and محطة or منشأة a plant (محطة زابوريجيا النووية).
_MILITARY = _norm_set(["عسكرية", "جوية", "بحرية", "العسكرية", "الجوية", "البحرية"])
_NUCLEAR = _norm_set(["نووية", "النووية"])


def _qualifies(word: str, head: str, countries: dict[str, str]) -> bool:
    """``word`` makes the facility head ``head`` a building: a military or nuclear adjective, or for a base its
    country's adjective (القواعد الروسية، قاعدة أمريكية)."""
    if head in _PLANTS:
        return word in _NUCLEAR
    base = adjective_base(word if word.startswith("ال") else "ال" + word)
    return word in _MILITARY or base in countries


def _nisba(word: str, before: str) -> bool:
    """A relational adjective in ي/ية that agrees in definiteness with the word before it."""
    definite = before.startswith("ال")
    if word in _STOP or len(word) < 4 or word.startswith("و"):
        return False
    return word.startswith("ال") == definite and word.endswith(("ي", "يه", "يين", "يون"))


_FACILITY_HEADS = _BASES | _PLANTS


def facilities(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A military base or a plant (قاعدة عسكرية، القواعد الروسية، المنشآت النووية) is a building: FAC NOM
    over the head and its agreeing adjectives; with its own name, one bare word before the adjective (قاعدة
    حميميم الجوية، محطة زابوريجيا النووية), FAC NAM, as the corpus gold has them."""
    countries = nationality_adjectives()
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _FACILITY_HEADS):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok) or (found and nt.index[tok.start] < found[-1].end):
            continue
        j = i + 1 if _qualifies(toks[i + 1].text, split[1], countries) else i + 2
        named = j == i + 2 and not words.article(i + 1) and not words.covered(toks[i + 1])
        if j >= len(toks) or not toks[j - 1].is_word or not _qualifies(toks[j].text, split[1], countries):
            continue
        while j + 1 < len(toks) and not words.covered(toks[j + 1]) and _nisba(toks[j + 1].text, toks[j].text):
            j += 1  # القواعد العسكرية الروسية; not a participle that begins a clause (القواعد الأمريكية الموجودة)
        key = f"FAC:{nt.norm[tok.start + len(split[0]) : toks[j].end]}"
        found.append(_span(nt, tok, toks[j], split[0], etype="FAC", level="NAM" if named else "NOM", key=key))
    return found


_ACRONYM = re.compile(r"\s*[(\"“«]\s*([^\W\d_]{2,}(?: [^\W\d_]{2,})?)\s*[)\"”»]")


def acronyms(nt: NormalizedText, bodies: list[tuple[int, int, str]], taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """An acronym in brackets right after a body's full name (منظمة البلدان المصدرة للنفط (أوبك)) is the same
    body, there and wherever it recurs later in the document (أوبك alone, or after a proclitic: لأوبك).

    ``bodies`` are (start, end, key) of the ORG names found so far; only what follows the full name counts.
    """
    found: list[RuleSpan] = []
    spans = list(taken)
    for start, end, key in bodies:
        bracket = _ACRONYM.match(nt.original, end)
        if bracket is None:
            continue
        acronym = normalize(bracket.group(1))
        pattern = re.compile(rf"(?<!\w)({'|'.join(_PROCLITICS)})?{re.escape(acronym)}(?!\w)")
        for hit in pattern.finditer(nt.norm):
            pro = hit.group(1) or ""
            a, b = nt.span(hit.start() + len(pro), hit.end())
            if a < start or any(s < b and a < e for s, e in spans):
                continue
            written = nt.original[nt.index[hit.start()] : a]
            found.append(RuleSpan(a, b, "ORG", "NAM", written if pro and written == pro else None, key))
            spans.append((a, b))
    return found


# Event nouns of the schema's event types that the cue list does not name (ASSAULT: العدوان، الحرب، الضربات;
# AID: المساعدات; CONSULT: المباحثات; SUPPORT: التأييد; ACCUSE: الاتهامات): an adjective after them acts too.
_EVENT_NOUNS = _norm_set(
    [
        *["العدوان", "الحرب", "الضربات", "الضربة", "الغارات", "الغارة", "الاعتداء", "الاعتداءات", "التدخل"],
        *["المساعدات", "المساعدة", "المباحثات", "التأييد", "الاتهامات", "الانتقادات", "التهديدات"],
        # a call or invitation (REQUEST), violations (ASSAULT), a welcome (SUPPORT): الدعوة الأميركية
        *["الدعوة", "الدعوات", "الانتهاكات", "الانتهاك", "الترحيب"],
    ]
)


@cache
def _definite(events: frozenset[str]) -> frozenset[str]:
    """The definite forms of the one-word cues: as listed (الانسحاب) or with the article added to a noun listed
    bare (هجوم -> الهجوم، غزو -> الغزو); a verb with ال added is no word, so it never matches."""
    return frozenset(e if e.startswith("ال") else "ال" + e for e in events) | _EVENT_NOUNS


def nationalities(
    nt: NormalizedText, taken: list[tuple[int, int]], events: frozenset[str], adjectives: dict[str, str]
) -> list[RuleSpan]:
    """A nationality adjective right after an event noun (الانسحاب الأميركي، العقوبات الأمريكية، المحادثات
    الروسية الأمريكية) is the only expression of who acts: a GPE mention of that country (guidelines, after
    ACE). ``adjectives`` maps an adjective to its country's label; the span's key is that label."""
    found: list[RuleSpan] = []
    for words, i, _ in heads_in(nt, taken, _definite(events), last=True):
        toks = words.toks
        j = i + 1
        while j < len(toks) and toks[j].is_word and not words.covered(toks[j]):
            country = adjectives.get(adjective_base(toks[j].text))
            if country is None:
                break
            found.append(_span(nt, toks[j], toks[j], "", etype="GPE", level="NAM", key=country))
            j += 1
    return found


_SIDES = _norm_set(["الجانب"])


def sides(nt: NormalizedText, taken: list[tuple[int, int]], adjectives: dict[str, str]) -> list[RuleSpan]:
    """A country named as a party by its adjective (الجانب الروسي، للجانب المصري) is a GPE description (NOM) of
    that country, as the corpus gold has it; the dual (الجانبين) names two and is no mention. The span's key is
    the country's label, as for nationalities."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _SIDES):
        toks, tok = words.toks, words.toks[i]
        country = adjectives.get(adjective_base(toks[i + 1].text))
        if country is None or words.covered(tok) or words.covered(toks[i + 1]):
            continue
        found.append(_span(nt, tok, toks[i + 1], split[0], etype="GPE", level="NOM", key=country))
    return found


_BLOCS = _norm_set(["الدول", "دول", "البلدان", "بلدان"])
# States named as a group by their number (الدول الخمس التي تشكل التكتل).
_BLOC_COUNTS = _norm_set(["الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثماني", "التسع", "العشر"])
# ... and the masculine forms a masculine plural takes (البلدان العشرة)
_BLOC_COUNTS |= _norm_set(["الثلاثة", "الأربعة", "الخمسة", "الستة", "السبعة", "الثمانية", "التسعة", "العشرة"])
# A group of states named by its count (مجموعة السبع، مجموعة العشرين، مجموعة الـ20): NORP NAM, as the G20 is.
_GROUPS = _norm_set(["مجموعة", "المجموعة"])
# A group's common nouns, after its name in the same text (توسيع المجموعة، الكتلة، التجمع): NORP NOM.
_BLOC_NOUNS = _norm_set(["المجموعة", "الكتلة", "التجمع", "التكتل"])
_GROUP_COUNTS = _norm_set(["السبع", "السبعة", "الثماني", "الثمانية", "العشرين", "الخمس", "الثلاث", "البريكس"])


def _group_end(words: _Words, i: int) -> int | None:
    """Last token of a group of states named by its count after مجموعة at ``i`` (الـ20 is two tokens)."""
    toks = words.toks
    if i + 1 >= len(toks):
        return None
    plus = _plus_bloc_end(words, i + 1)
    if plus is not None or words.covered(toks[i + 1]):
        return plus
    if toks[i + 1].text in _GROUP_COUNTS:
        return i + 1
    if toks[i + 1].text in _BLOCS and i + 2 < len(toks) and toks[i + 2].text in _GROUP_COUNTS:
        return i + 2  # مجموعة الدول السبع
    k = i + 2 if toks[i + 1].text in _BLOCS and i + 2 < len(toks) else i + 1  # مجموعة دول "X"
    if toks[k].text in '"“«' and k + 2 < len(toks) and toks[k + 1].is_word and toks[k + 2].text in '"”»':
        return k + 2  # مجموعة "X": a group of states by its quoted name, quotes in the span (as written)
    known = words.mention_in(toks[k]) if k == i + 2 else None
    if known is not None and known[0] == words.nt.index[toks[k].start]:
        return words.mention_end(k)  # مجموعة دول بريكس: a known bloc after مجموعة دول, no proclitic
    if k == i + 2 and toks[k].is_word and not words.covered(toks[k]) and not words.article(k):
        return k if k + 1 >= len(toks) or not toks[k + 1].is_word or words.boundary(k + 1) else None
    if toks[i + 1].text == "ال" and i + 2 < len(toks) and toks[i + 2].text.isdigit():
        return i + 2
    return None


def _plus_bloc_end(words: _Words, k: int) -> int | None:
    """Last token of a body's bloc written with + (أوبك+، «أوبك +») that starts at ``k``, quotes included."""
    toks, quoted = words.toks, _quote_opens(words, k)
    at = k + 1 if quoted else k
    span = words.mention_in(toks[at]) if at < len(toks) else None
    if span is None or words.nt.original[span[1] - 1] != "+":
        return None
    end = words.mention_end(at)
    return end + 1 if quoted and end + 1 < len(toks) and toks[end + 1].text in '"”»' else end


def _quoted_mention_end(words: _Words, k: int) -> int | None:
    """Index of the closing quote of a known mention quoted from ``k`` («بريكس»), or None."""
    toks = words.toks
    if not _quote_opens(words, k) or not words.covered(toks[k + 1]):
        return None
    end = words.mention_end(k + 1)
    return end + 1 if end + 1 < len(toks) and toks[end + 1].text in '"”»' else None


def bloc_nouns(nt: NormalizedText, taken: list[tuple[int, int]], after: int, key: str) -> list[RuleSpan]:
    """A group's common noun alone after a known group's name in the same text (توسيع المجموعة، الكتلة، التجمع)
    is that group described, NORP NOM, as after a group the rules name (blocs)."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _BLOC_NOUNS, last=True):
        tok = words.toks[i]
        nxt = words.toks[i + 1] if i + 1 < len(words.toks) else None
        if nt.index[tok.start] < after or words.covered(tok) or (nxt is not None and _adjectival(nxt)):
            continue
        found.append(_span(nt, tok, tok, split[0], etype="NORP", level="NOM", key=key))
    return found


def _quote_opens(words: _Words, k: int) -> bool:
    return k + 1 < len(words.toks) and words.toks[k].text in '"“«'


_BLOC_HEADS = _BLOCS | _GROUPS | _BLOC_NOUNS
# States named by their membership (الدول الأعضاء، الدول المراقبة، الدول الموقعة): the dev set's choices make
# "the member states" a NORP description; participles that name no membership (الدول المانحة) are left alone.
_MEMBERSHIP = _norm_set(["الأعضاء", "المراقبة", "المشاركة", "المؤسسة", "الموقعة"])


def _counted_members(words: _Words, k: int) -> bool:
    """Tokens from ``k`` are الـ + a number + a membership word (الدول الـ13 الأعضاء)."""
    toks = words.toks
    return k + 2 < len(toks) and toks[k].text == "ال" and toks[k + 1].text.isdigit() and toks[k + 2].text in _MEMBERSHIP


def blocs(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """States named as a group by an adjective (الدول الغربية، الدول الأوروبية، للدول العربية): NORP NOM, as
    the guidelines name الدول الغربية; a group named by its count (مجموعة العشرين): NORP NAM."""
    if absent(nt, _BLOCS | _GROUPS):
        return []
    found: list[RuleSpan] = []
    named: str | None = None
    for words, i, split in heads_in(nt, taken, _BLOC_HEADS):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok) or (found and nt.index[tok.start] < found[-1].end):
            continue
        nxt = toks[i + 1]
        if split[1] in _BLOC_NOUNS and named is not None and not _adjectival(nxt):
            found.append(_span(nt, tok, tok, split[0], etype="NORP", level="NOM", key=named))
            continue  # المجموعة after the group's name: the same group, described
        if split[1] in _GROUPS:
            end = _group_end(words, i)
            if end is not None:
                named = f"NORP:{nt.norm[tok.start + len(split[0]) : toks[end].end]}"
                found.append(_span(nt, tok, toks[end], split[0], etype="NORP", level="NAM", key=named))
            continue
        if split[1] in _BLOC_NOUNS:
            continue
        quoted = _quoted_mention_end(words, i + 1)
        if quoted is not None:
            last = toks[quoted]  # دول “بريكس”: the members of a known bloc in quotes, quotes in the span
        elif words.covered(nxt) and not nxt.text.startswith(("ل", "و", "ب")):
            last = toks[words.mention_end(i + 1)]  # دول حلف الناتو: the members of a known body
        elif (
            not words.covered(nxt)
            and (_is_adjective(nxt.text) or nxt.text in _BLOC_COUNTS or nxt.text in _MEMBERSHIP)
            and split[1].startswith("ال")
            and nxt.text not in _STOP
        ):
            last = nxt
        elif split[1].startswith("ال") and _counted_members(words, i + 1):
            last = toks[i + 3]  # الدول الـ13 الأعضاء
        else:
            continue
        pro = split[0]
        key = f"NORP:{nt.norm[tok.start + len(pro) : last.end]}"
        found.append(_span(nt, tok, last, pro, etype="NORP", level="NOM", key=key))
    return found


# Plural demonyms that are not the sound plural of a country's adjective (الروس، العرب، الأتراك).
_BROKEN_DEMONYMS = _norm_set(["الروس", "العرب", "الأتراك", "الألمان", "الأمريكان", "الأميركان", "الإنجليز", "الأكراد"])
# ... and peoples of a continent or of a state the KB lists without an ISO code ("the Europeans")
_BROKEN_DEMONYMS |= _norm_set(["الأوروبيون", "الأوروبيين", "الأفارقة", "الفلسطينيون", "الفلسطينيين"])


@cache
def _demonyms() -> frozenset[str]:
    """Plural demonyms: the sound plurals of the KB's nationality adjectives (الإثيوبيون، الفلسطينيين) and the
    broken ones above."""
    sound = {adjective + ending for adjective in nationality_adjectives() for ending in ("ون", "ين")}
    return frozenset(sound) | _BROKEN_DEMONYMS


def peoples(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A definite plural demonym standing for a people (يعتبرها الإثيوبيون تاريخية، في أحضان الروس) is NORP NAM,
    as the guidelines' choices have "the Europeans"; after a definite noun it is that noun's adjective
    (المسؤولين الأمريكيين، القادة العرب) and no mention."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _demonyms(), last=True):
        toks, tok = words.toks, words.toks[i]
        before = toks[i - 1] if i > 0 else None
        if words.covered(tok) or (before is not None and before.text not in _STOP and _definite_word(words, i - 1)):
            continue
        if before is not None and (before.text in _TITLE_TAIL or before.text[1:] in _TITLE_TAIL):
            continue  # وزير الخارجية وشئون المصريين بالخارج: a portfolio of a title, no people acting
        key = f"NORP:{adjective_base(split[1])}"
        found.append(_span(nt, tok, tok, split[0], etype="NORP", level="NAM", key=key))
    return found


def _definite_word(words: _Words, j: int) -> bool:
    """Token ``j`` is a definite word, with or without a proclitic (القادة، والمسؤولين، للوزراء)."""
    word = words.toks[j].text
    return words.article(j) or word.startswith(("وال", "بال", "لل", "فال", "كال"))


_AIRPORTS = _norm_set(["مطار", "المطار"])
_INTERNATIONAL = _norm_set(["الدولي"])
# Indefinite adjectives after مطار (مطار جديد، مطار عسكري): an airport described, not named.
_AIRPORT_ADJECTIVES = _norm_set(["جديد", "كبير", "صغير", "آخر", "ثان", "واحد", "قديم", "حديث", "خاص", "مدني"])


def airports(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """An airport by its place or name (مطار القاهرة الدولي، مطار هيثرو) is FAC NAM over مطار, the name and
    الدولي, the place inside a mention of its own; المطار alone (وصل إلى المطار، بالمطار) is FAC NOM."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _AIRPORTS, last=True):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok):
            continue
        pro, head = split
        nxt = i + 1 if i + 1 < len(toks) else None
        if head.startswith("ال"):
            end = nxt if nxt is not None and toks[nxt].text in _INTERNATIONAL else i
            found.append(_span(nt, tok, toks[end], pro, etype="FAC", level="NOM", key=f"FAC:{head}"))
            continue
        if nxt is None or not toks[nxt].is_word or (words.article(nxt) and not words.covered(toks[nxt])):
            continue
        named = words.covered(toks[nxt]) and not toks[nxt].text.startswith(("ل", "ب", "و"))
        if named:
            end = words.mention_end(nxt)
        elif (
            _name_word(words, nxt)
            and not toks[nxt].text.endswith(("ا", "ي"))
            and toks[nxt].text not in _AIRPORT_ADJECTIVES
        ):
            end = nxt  # مطار هيثرو: a bare name; not an adverb or adjective (مطار متوجها، مطار جديد، مطار عسكري)
        else:
            continue
        if end + 1 < len(toks) and toks[end + 1].text in _INTERNATIONAL:
            end += 1
        key = f"FAC:{nt.norm[tok.start + len(pro) : toks[end].end]}"
        found.append(_span(nt, tok, toks[end], pro, etype="FAC", level="NAM", key=key))
    return found


# A spouse named by the relation and its pronoun (قرينته، عقيلته، زوجته): a person described, as the dev set's
# choices make قرينته a PER description.
_SPOUSES = _norm_set([f"{w}{p}" for w in ("قرينت", "عقيلت", "زوجت") for p in ("ه", "ها")] + ["حرمه"])


def spouses(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A spouse by the relation and its pronoun (والسيدة قرينته، واستقبل أردوغان وعقيلته) is PER NOM."""
    found: list[RuleSpan] = []
    for words, i, split in heads_in(nt, taken, _SPOUSES, last=True):
        tok = words.toks[i]
        if not words.covered(tok):
            found.append(_span(nt, tok, tok, split[0], etype="PER", level="NOM", key=f"PER:{split[1]}"))
    return found
