"""DATE and MONEY mentions found by pattern on the normalised text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplonews.preannotate.normalize import NormalizedText, normalize
from diplonews.preannotate.rules import absent

_GREGORIAN = ["يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر"]
_GREGORIAN += ["نوفمبر", "ديسمبر"]
_LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول"]
_LEVANTINE += ["تشرين الثاني", "كانون الأول"]
_WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
_CURRENCIES = ["يورو", "دولار", "دولارا", "روبل", "جنيه", "ريال", "ليرة", "دينار", "درهم", "يوان", "فرنك", "روبية"]
# A currency's country when the text names it (مليار دولار أمريكي، مليون جنيه إسترليني) is part of the amount.
_CURRENCY_OF = ["أمريكي", "أميركي", "إسترليني", "استرليني"]
_SCALES = ["ألف", "آلاف", "ألفي", "مليون", "ملايين", "مليوني", "مليار", "مليارات", "ملياري", "بليون"]
_NUMBER_WORDS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع", "خمس", "ست"]
_NUMBER_WORDS += ["سبع", "ثماني", "تسع", "عشر", "عشرين", "ثلاثين", "أربعين", "خمسين", "مئة", "مائة", "نصف"]
# Hijri months: read only between a day number and a year (29 رجب 1439هـ), since رجب is also a given name.
_HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان"]
_HIJRI += ["رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
# A day of the month by its ordinal (الخامس من سبتمبر، الحادي والعشرين من مايو).
_UNITS = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORDINALS = ["الأول", *_UNITS[1:], "العاشر", "العشرين", "الثلاثين"]
# Maghrebi month names (جوان 2006، 5 جويلية): read only with a day number or a year, since ماي and أوت are
# short enough to be other words.
_MAGHREBI = ["جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت"]
_RELATIVE = ["الجاري", "الماضي", "المقبل", "القادم", "الحالي"]
# Words after which a bare year is a date (في 2010، حتى 2027، بداية 2013), as منذ 2015 is.
_BEFORE_YEAR = ["في", "منذ", "حتى", "خلال", "بداية", "نهاية", "مطلع", "أواخر", "أوائل", "منتصف", "قبل", "بعد"]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(normalize(w)) for w in sorted(words, key=len, reverse=True))


def _prefix_trie(words: list[str]) -> str:
    """A pattern that matches where one of ``words`` begins, its alternatives nested by shared first letters, so
    that a word start is read letter by letter instead of against every word in turn; a word that begins a
    longer one stands for both."""
    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault(word[0], set()).add(word[1:])
    return "|".join(
        re.escape(first) if "" in after else re.escape(first) + f"(?:{_prefix_trie(sorted(after))})"
        for first, after in sorted(rests.items())
    )


# Both calendars name the month together, either first, with or without a slash (كانون الأول/ديسمبر، مايو أيار).
_MONTH = (
    rf"(?:(?:{_alt(_LEVANTINE)})\s*/?\s*)?(?:{_alt(_GREGORIAN)})(?:\s*/?\s*(?:{_alt(_LEVANTINE)}))?"
    rf"|(?:{_alt(_LEVANTINE)})"
)
_YEAR = r"(?:19|20)\d{2}م?"  # م: the Gregorian era written after the year (2018م)
_ORDINAL_DAY = rf"(?:(?:{_alt(_UNITS)})\s+(?:عشر|والعشرين)|الحادي\s+والثلاثين|{_alt(_ORDINALS)})\s+من\s+"
# An attached proclitic is matched (and later kept out of the span) only when the rest of the word is a value;
# a value that begins with a proclitic letter (بليون، كانون) is read whole first, so it is never cut.
_PRO_FORMS = "وب|ول|فب|فل|وك|و|ف|ب|ل|ك"
_PRO = rf"(?<!\w)(?P<pro>{_PRO_FORMS})??"
# A range of days before one month is one date (16 و18 كانون الأول/ديسمبر, 3 - 7 مايو), as the guidelines say.
_DAYS = rf"(?:\d{{1,2}}\s*(?:و|-|–|{normalize('إلى')})\s*)?\d{{1,2}}"
# One fixed-width look-behind per word (Python's look-behind takes no alternatives of different lengths).
_AFTER_WORD = "(?:" + "|".join(rf"(?<=(?<!\w){re.escape(normalize(w))}\s)" for w in _BEFORE_YEAR) + ")"
# Where a date may begin, after a proclitic or none: a digit (و9 يوليو) or the first word of a month, weekday,
# ordinal day or عام, as every branch of _DATE does. Tested first at each word start, it passes over the other
# words without trying every branch (most of the time find_values took); no match is lost.
_DATE_FIRST = [*_GREGORIAN, *(m.split()[0] for m in _LEVANTINE), *_MAGHREBI, *_UNITS, *_ORDINALS, *_WEEKDAYS]
_DATE_FIRST_FORMS = [pro + normalize(w) for pro in ("", *_PRO_FORMS.split("|")) for w in [*_DATE_FIRST, "عام", "العام"]]
_DATE_START = rf"(?<!\w)(?=(?:{_PRO_FORMS})?\d|{_prefix_trie(_DATE_FIRST_FORMS)})"
# A week, month or year named only relative to now (الأسبوع الماضي، الشهر الجاري، العام المقبل) is no DATE
# (guidelines, *Dates*); a day or month name with الماضي/المقبل/الجاري is (أكتوبر الماضي، الأربعاء المقبل).
_DATE = re.compile(
    rf"{_DATE_START}{_PRO}(?P<v>"
    rf"(?:{_DAYS}\s+|{_ORDINAL_DAY})?(?:{_MONTH})(?:\s+و\s*(?:\d{{1,2}}\s+)?(?:{_MONTH}))?(?:\s+{_YEAR}|\s+(?:{_alt(_RELATIVE)})"
    rf"|\s+من\s+(?:العام\s+(?:{_alt(_RELATIVE)})(?:\s+{_YEAR})?|عام\s+{_YEAR}))?"
    rf"|(?:{_DAYS}\s+)?(?:{_alt(_MAGHREBI)})\s+{_YEAR}|{_DAYS}\s+(?:{_alt(_MAGHREBI)})"
    rf"|(?:{_DAYS}\s+من\s+|{_ORDINAL_DAY})الشهر\s+(?:{_alt(_RELATIVE)})"
    rf"|\d{{1,2}}\s+(?:{_alt(_HIJRI)})\s+1[34]\d{{2}}\s*ه?"
    rf"|(?:ال)?عام\s+{_YEAR}"
    rf"|(?:{_alt(_WEEKDAYS)})(?:\s+\d{{1,2}}\s+(?:{_MONTH})(?:\s+{_YEAR})?|\s+(?:الماضي|المقبل|القادم))?"
    rf"|{_AFTER_WORD}{_YEAR}(?!\s*[%٪])"
    rf")(?!\w)"
)
_MONEY = re.compile(
    rf"{_PRO}(?P<v>(?:(?:\d+(?:[.,]\d+)?|(?:ال)?(?:{_alt(_NUMBER_WORDS)}))\s+(?:(?:{_alt(_SCALES)})\s+)?"
    rf"|(?:{_alt(_SCALES)})\s+)(?:{_alt(_CURRENCIES)})(?:\s+(?:{_alt(_CURRENCY_OF)}))?)(?!\w)"
)


@dataclass(frozen=True)
class ValueMatch:
    """A DATE or MONEY span in original offsets."""

    start: int
    end: int
    text: str
    type: str
    proclitic: str | None = None


# A sum always ends in a currency; a date starts with a digit or one of these words. A text with none of them
# (most sentences) is passed over with one set test instead of two scans of the long patterns.
_MONEY_HEADS = frozenset(normalize(w) for w in _CURRENCIES)
_DATE_HEADS = frozenset(
    normalize(w) for w in [*_GREGORIAN, *(m.split()[0] for m in _LEVANTINE), *_WEEKDAYS, "عام", "العام", "الشهر"]
)
_DIGIT = re.compile(r"\d")


def find_values(nt: NormalizedText) -> list[ValueMatch]:
    """Dates (day month year, عام 2015, weekdays, year after منذ) and sums of money, left to right."""
    found: list[ValueMatch] = []
    dated = not absent(nt, _DATE_HEADS) or _DIGIT.search(nt.norm) is not None
    for kind, pattern in (("MONEY", _MONEY), ("DATE", _DATE)):
        if (kind == "MONEY" and absent(nt, _MONEY_HEADS)) or (kind == "DATE" and not dated):
            continue
        for hit in pattern.finditer(nt.norm):
            start, end = nt.span(hit.start("v"), hit.end())
            while end < len(nt.original) and nt.original[end] == "ـ":
                end += 1  # 1439هـ: the tatweel after the era letter is written, not normalised
            written = nt.original[nt.index[hit.start()] : start] if hit.group("pro") else ""
            # A vowelled proclitic (وَ) is not in the closed set: left unrecorded rather than wrong.
            proclitic = written if written and written == hit.group("pro") else None
            found.append(ValueMatch(start, end, nt.original[start:end], kind, proclitic))
    return sorted(found, key=lambda v: (v.start, v.end))
