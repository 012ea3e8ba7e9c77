"""The rules that generalise past the gazetteer (rules.py, values.py), each on a sentence written for its test.

None of these sentences comes from the corpus or from benchmarks/preannotation_dev: the names in them are in
neither the gazetteer nor the KB unless a test says so, so only a rule can find them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplonews._io import sha256_text
from diplonews.preannotate import predict

ROOT = Path(__file__).resolve().parents[1]
PROCLITICS = {
    p["name"] for p in json.loads((ROOT / "schema" / "labels.json").read_text(encoding="utf-8"))["proclitics"]
}

Found = tuple[str, str, str, str | None]  # (span text, type, level, proclitic)


def doc_of(text: str) -> dict[str, Any]:
    return predict({"doc_id": "rule-1", "text": text})


def spans(text: str) -> list[Found]:
    """Every mention of the model's document for ``text``, in text order."""
    doc = doc_of(text)
    types = {e["id"]: e["type"] for e in doc["entities"]}
    return [(m["text"], types[m["entity"]], m["level"], m.get("proclitic")) for m in doc["mentions"]]


def of_type(text: str, etype: str) -> list[Found]:
    return [s for s in spans(text) if s[1] == etype]


# --- title chains ------------------------------------------------------------------------------------------


def test_a_name_after_a_minister_title_is_a_person_name_and_the_title_is_not_a_mention() -> None:
    text = "قال وزير الخارجية البرازيلي ماورو فييرا إن المحادثات مثمرة."
    assert spans(text) == [("ماورو فييرا", "PER", "NAM", None)]


def test_a_title_standing_alone_for_one_person_is_a_person_description() -> None:
    text = "قال وزير الخارجية المصري إن بلاده ترحب بالمبادرة."
    assert of_type(text, "PER") == [("وزير الخارجية المصري", "PER", "NOM", None)]


def test_a_spokesman_title_gives_the_ministry_as_an_organisation_and_the_name_as_a_person() -> None:
    text = "وأكد المتحدث باسم الخارجية الصينية لين جيان أن الموقف ثابت."
    assert spans(text) == [("الخارجية الصينية", "ORG", "NAM", None), ("لين جيان", "PER", "NAM", None)]


def test_a_title_after_a_proclitic_still_introduces_the_name() -> None:
    text = "واجتمع الوفد بالرئيس التشيلي غابرييل بوريتش في سانتياغو."
    assert of_type(text, "PER") == [("غابرييل بوريتش", "PER", "NAM", None)]


def test_a_name_ends_before_a_particle_or_a_verb() -> None:
    text = "وصرح رئيس الوزراء الهولندي ديك سخوف في لاهاي بأن القرار نهائي."
    assert of_type(text, "PER") == [("ديك سخوف", "PER", "NAM", None)]


def test_a_name_before_its_title_is_a_person_and_the_title_is_not_a_second_mention() -> None:
    text = "وقالت الوكالة إن كارلوس ألبرتو، وزير الخارجية البيروفي، وصل أمس."
    assert of_type(text, "PER") == [("كارلوس ألبرتو", "PER", "NAM", None)]


def test_a_second_name_joined_by_waw_after_an_apposition_leaves_the_waw_out() -> None:
    text = "وأفادت الوكالة بأن كارلوس ألبرتو، وزير الخارجية البيروفي، وخوان ميغيل، وزير خارجية تشيلي، اتفقا."
    assert of_type(text, "PER") == [("كارلوس ألبرتو", "PER", "NAM", None), ("خوان ميغيل", "PER", "NAM", "و")]


def test_a_name_before_a_title_without_a_comma_after_a_verb() -> None:
    text = "قال خوان ميغيل وزير الخارجية التشيلي إن المحادثات مثمرة."
    assert of_type(text, "PER") == [("خوان ميغيل", "PER", "NAM", None)]


def test_a_title_after_a_name_found_by_another_title_is_not_a_mention() -> None:
    text = "التقى الأمير خالد بن سلمان وزير الدفاع الوفد."
    assert of_type(text, "PER") == [("خالد بن سلمان", "PER", "NAM", None)]


def test_a_counterpart_after_a_name_is_another_person() -> None:
    """أطلع X نظيره: the counterpart is the other minister, and X alone is not read as a name."""
    text = "وخلال الاجتماع، أطلع موانغي نظيره البيروفي على التطورات."
    assert of_type(text, "PER") == [("نظيره البيروفي", "PER", "NOM", None)]


def test_a_prepositional_word_after_a_two_word_name_ends_it() -> None:
    text = "يلتقي الوزير خوان ميغيل لمناسبة انعقاد القمة."
    assert of_type(text, "PER") == [("خوان ميغيل", "PER", "NAM", None)]


# --- organisations -----------------------------------------------------------------------------------------


def test_the_longest_body_name_wins_over_the_known_shorter_one() -> None:
    """مجلس الأمن الروسي is a body of its own: one mention, not مجلس الأمن (the UN body) plus a word."""
    doc = doc_of("أعلن مجلس الأمن الروسي أن الاجتماع انتهى.")
    (mention,) = doc["mentions"]
    assert mention["text"] == "مجلس الأمن الروسي"
    assert doc["entities"][0]["type"] == "ORG"
    assert doc["entities"][0]["kb"] != "Q37470"


def test_a_known_body_found_by_a_pattern_too_keeps_its_kb_link() -> None:
    """مجلس الأمن alone is the UN Security Council (kb/sources/curated.tsv): the pattern must not unlink it."""
    doc = doc_of("أعلن مجلس الأمن أن الجلسة انتهت.")
    assert [m["text"] for m in doc["mentions"]] == ["مجلس الأمن"]
    assert doc["entities"] == [{"id": "E1", "type": "ORG", "kb": "Q37470"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن حزب العدالة والتنمية فوزه.", ("حزب العدالة والتنمية", "ORG", "NAM", None)),
        ("وأصدرت وكالة الفضاء الأوروبية بيانا.", ("وكالة الفضاء الأوروبية", "ORG", "NAM", None)),
        ("وبوزارة الخارجية الكينية تحدث المسؤول.", ("وزارة الخارجية الكينية", "ORG", "NAM", "وب")),
        ("رسالة لمنظمة الصحة العالمية اليوم.", ("منظمة الصحة العالمية", "ORG", "NAM", "ل")),
    ],
)
def test_an_organisation_head_and_its_genitive_chain_is_an_organisation(text: str, expected: Found) -> None:
    assert of_type(text, "ORG") == [expected]


def test_a_body_of_a_known_organisation_keeps_it_nested() -> None:
    """اللجنة الاقتصادية للأمم المتحدة: one ORG for the committee, and the UN (with its proclitic) inside it."""
    found = of_type("وأصدرت اللجنة الاقتصادية للأمم المتحدة تقريرا.", "ORG")
    assert found == [("اللجنة الاقتصادية للأمم المتحدة", "ORG", "NAM", None), ("لأمم المتحدة", "ORG", "NAM", "ل")]


def test_a_news_agency_named_up_to_its_news_word_is_an_organisation() -> None:
    found = of_type("ونقلت وكالة نوفوستي الروسية للأنباء الخبر.", "ORG")
    assert found == [("وكالة نوفوستي الروسية للأنباء", "ORG", "NAM", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت الحكومة الكينية إنها ترحب.", [("الحكومة الكينية", "ORG", "NOM", None)]),
        ("وانتقد السفير موقف السفارة البيروفية أمس.", [("السفارة البيروفية", "ORG", "NOM", None)]),
        ("وقال بيان للوزارة إن الصندوق سيدعم الخطة.", [("لوزارة", "ORG", "NOM", "ل"), ("الصندوق", "ORG", "NOM", None)]),
    ],
)
def test_bodies_named_by_a_common_noun_are_organisation_descriptions(text: str, expected: list[Found]) -> None:
    assert of_type(text, "ORG") == expected


def test_a_seat_of_a_body_is_not_the_body() -> None:
    assert of_type("اجتمع الخبراء في مقر الصندوق أمس.", "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأكد الوزير دعم بلاده للخطة.", ("بلاده", None)),
        ("وشدد على أن بلادنا لن تتراجع.", ("بلادنا", None)),
        ("وتحدث عن العلاقات بين المملكة والاتحاد الأوروبي.", ("المملكة", None)),
        ("وأعرب عن شكره للمملكة على دعمها.", ("لمملكة", "ل")),
    ],
)
def test_a_country_named_by_a_description_is_a_place_description(text: str, expected: tuple[str, str | None]) -> None:
    assert [(s[0], s[3]) for s in of_type(text, "GPE") if s[2] == "NOM"] == [expected]


def test_the_kingdom_followed_by_its_name_is_not_a_bare_description() -> None:
    assert [s for s in of_type("زار الوفد المملكة الأردنية الهاشمية أمس.", "GPE") if s[0] == "المملكة"] == []


def test_an_adjective_after_a_body_is_left_out_of_its_name() -> None:
    assert of_type("انتقد حزب المؤتمر الحاكم المعارضة.", "ORG") == [("حزب المؤتمر", "ORG", "NAM", None)]


# --- propagation -------------------------------------------------------------------------------------------


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    text = "استقبل الرئيس الكيني جومو موانغي الوفد في مومباسا، وقال موانغي إن الزيارة ناجحة وأشاد بموانغي الوزراء."
    doc = doc_of(text)
    people = [m for m in doc["mentions"] if m["text"] in ("جومو موانغي", "موانغي")]
    assert [(m["text"], m.get("proclitic")) for m in people] == [
        ("جومو موانغي", None),
        ("موانغي", None),
        ("موانغي", "ب"),
    ]
    assert len({m["entity"] for m in people}) == 1


def test_a_surname_before_the_full_name_is_not_propagated() -> None:
    """Only what follows the full name is the same person: a lone word before it could be anyone."""
    text = "نشرت صحيفة موانغي تقريرا ثم قال الرئيس الكيني جومو موانغي إن الزيارة ناجحة."
    assert [s[0] for s in of_type(text, "PER")] == ["جومو موانغي"]


# --- dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد يوم الثلاثاء 14 مارس 2023 إلى المدينة.", ("الثلاثاء 14 مارس 2023", None)),
        ("بدأت المحادثات الأحد الماضي في المدينة.", ("الأحد الماضي", None)),
        ("وقع الاتفاق في 2 كانون الأول/ديسمبر 2019 بحضور الوفدين.", ("2 كانون الأول/ديسمبر 2019", None)),
        ("تعقد القمة في 16 و18 يونيو المقبل.", ("16 و18 يونيو المقبل", None)),
        ("تعقد الدورة من 3 إلى 7 تشرين الثاني 2024 في المدينة.", ("3 إلى 7 تشرين الثاني 2024", None)),
        ("وقع الاتفاق الأسبوع الماضي بعد مفاوضات.", ("الأسبوع الماضي", None)),
        ("تنتهي المهلة الشهر الجاري كما قيل.", ("الشهر الجاري", None)),
        ("انتهت الولاية في أكتوبر الماضي دون تمديد.", ("أكتوبر الماضي", None)),
        ("تأسس المجلس عام 1990 في المدينة.", ("عام 1990", None)),
        ("وضعت الخطة لعام 2030 كما قيل.", ("عام 2030", "ل")),
        ("جرت المحادثات وفي 5 يونيو 2024 ثم و9 يوليو 2024 أيضا.", ("5 يونيو 2024", None)),
    ],
)
def test_dates(text: str, expected: tuple[str, str | None]) -> None:
    dates = of_type(text, "DATE")
    assert (dates[0][0], dates[0][3]) == expected


def test_a_date_after_waw_records_the_proclitic() -> None:
    text = "جرت الجولة الأولى في 5 يونيو 2024 والثانية و9 يوليو 2024."
    assert [(s[0], s[3]) for s in of_type(text, "DATE")] == [("5 يونيو 2024", None), ("9 يوليو 2024", "و")]


# --- money -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قدم البنك قرضا بقيمة ثلاثة مليارات دولار للمشروع.", ("ثلاثة مليارات دولار", None)),
        ("خصص الصندوق 2.7 مليار يورو للمشروع.", ("2.7 مليار يورو", None)),
        ("خصص الصندوق ملياري يورو للمشروع.", ("ملياري يورو", None)),
        ("خصص الصندوق مليوني دولار للمشروع.", ("مليوني دولار", None)),
        ("تبرعت الحكومة بخمسة ملايين جنيه للمشروع.", ("خمسة ملايين جنيه", "ب")),
        ("خصص البنك 20 مليار دولار و500 ألف يورو للمشروع.", ("500 ألف يورو", "و")),
    ],
)
def test_money(text: str, expected: tuple[str, str | None]) -> None:
    money = of_type(text, "MONEY")
    assert (money[-1][0], money[-1][3]) == expected


def test_money_is_not_a_duration_or_a_bare_number() -> None:
    assert of_type("استمرت المفاوضات 46 شهرا وشارك فيها 300 خبير.", "MONEY") == []


# --- proclitics, and the validator, on every sentence above --------------------------------------------------

SENTENCES = [
    "وبوزارة الخارجية الكينية تحدث المسؤول ولموانغي رسالة.",
    "رسالة لمنظمة الصحة العالمية وللرئيس التشيلي غابرييل بوريتش اليوم.",
    "وأشاد بالرئيس الكيني جومو موانغي وبموانغي الوزراء، ولعام 2030 خطة و500 ألف يورو وبخمسة ملايين جنيه.",
    "وفي 16 و18 يونيو المقبل والثلاثاء 14 مارس 2023 وبمجلس الأمن الروسي.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_proclitics_are_never_inside_a_span_and_spans_never_cut_a_word(text: str) -> None:
    for m in doc_of(text)["mentions"]:
        start, end = m["start"], m["end"]
        word_start = start
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        before = text[word_start:start]
        assert before == (m.get("proclitic") or ""), m
        assert not before or before in PROCLITICS, m
        assert end == len(text) or not text[end].isalnum(), m


def test_predictions_on_the_sentences_above_pass_the_validator() -> None:
    from diplonews.validate.runner import validate_documents

    articles = {
        f"rule-{i}": {"doc_id": f"rule-{i}", "text": t, "text_sha256": sha256_text(t)} for i, t in enumerate(SENTENCES)
    }
    docs = [predict(a) for a in articles.values()]
    findings = validate_documents([(Path(f"predictions/{d['doc_id']}.json"), d) for d in docs], articles)
    assert [f"{f.rule} {f.location} {f.message}" for f in findings] == []
    assert all(d["mentions"] for d in docs)
    assert sum(len(d["mentions"]) for d in docs) >= 10
