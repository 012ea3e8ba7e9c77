"""The labeling config and the pure conversions between documents and Label Studio results."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from diplonews.labelstudio.config import labeling_config
from diplonews.labelstudio.convert import (
    article_task,
    document_to_result,
    known_entities,
    prediction_item,
    result_to_document,
    task_conversions,
    task_documents,
)
from diplonews.labelstudio.errors import ExportFormatError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
TEXT = "اتصل بوتين بماكرون أمس."  # بوتين = [5, 10), ماكرون = [12, 18) after the proclitic ب at 11, اتصل = [0, 4)


def _labels(xml: str, name: str) -> list[tuple[str, str | None, str | None]]:
    root = ET.fromstring(xml)
    control = root.find(f".//Labels[@name='{name}']")
    assert control is not None
    return [(x.get("value", ""), x.get("background"), x.get("hotkey")) for x in control.findall("Label")]


def test_config_lists_labels_colours_and_hotkeys_from_labels_json() -> None:
    """The config carries each entity, event and stance label with the colour and hotkey of labels.json."""
    xml = labeling_config()
    raw = json.loads((ROOT / "schema" / "labels.json").read_text(encoding="utf-8"))
    assert _labels(xml, "mention")[0] == ("PER", "#e6194b", "1")
    assert _labels(xml, "mention") == [(e["name"], e["color"], e["hotkey"]) for e in raw["entity_types"]]
    assert _labels(xml, "trigger") == [(e["name"], e["color"], e["hotkey"]) for e in raw["event_types"]]
    assert [x[0] for x in _labels(xml, "stance")] == ["FAVOR", "AGAINST", "NONE"]


def test_config_wraps_the_text_in_a_right_to_left_view_at_character_granularity() -> None:
    """The Text object sits in a View styled direction: rtl and selects by character."""
    root = ET.fromstring(labeling_config())
    parent = next(v for v in root.iter("View") if v.find("Text") is not None)
    text = parent.find("Text")
    assert text is not None
    assert "direction: rtl" in parent.get("style", "")
    assert text.get("granularity") == "symbol"
    assert [r.get("value") for r in root.iter("Relation")] == [
        "ACTOR", "RECIPIENT", "PARTICIPANT", "TOPIC", "ITEM", "AMOUNT", "PLACE", "TIME",
    ]  # fmt: skip


def test_committed_config_matches_the_generated_one() -> None:
    """schema/labelstudio.xml is exactly what the generator writes."""
    assert (ROOT / "schema" / "labelstudio.xml").read_text(encoding="utf-8") == labeling_config()


def test_document_to_result_uses_our_ids_and_relations_for_arguments() -> None:
    """Mentions, triggers and stances become regions named M1, V1, S1; arguments become relations."""
    result = document_to_result(SAMPLE)
    first = result[0]
    assert first == {
        "id": "M1",
        "from_name": "mention",
        "to_name": "text",
        "type": "labels",
        "value": {"start": 35, "end": 50, "text": "إيمانويل ماكرون", "labels": ["PER"]},
    }
    relations = [r for r in result if r["type"] == "relation"]
    assert relations == [
        {"from_id": "V1", "to_id": "M1", "type": "relation", "direction": "right", "labels": ["ACTOR"]},
        {"from_id": "V1", "to_id": "M2", "type": "relation", "direction": "right", "labels": ["RECIPIENT"]},
    ]
    assert {"id": "S1", "from_name": "holder", "to_name": "text", "type": "textarea",
            "value": {"start": 88, "end": 133, "text": ["E1"]}} in result  # fmt: skip


def test_sample_document_round_trips_field_by_field() -> None:
    """result_to_document(document_to_result(x)) == x for the sample document."""
    back = result_to_document(
        document_to_result(SAMPLE), text=SAMPLE["text"], doc_id=SAMPLE["doc_id"], annotator=SAMPLE["annotator"]
    )
    for key in SAMPLE:
        assert back[key] == SAMPLE[key], key


def test_every_optional_field_round_trips() -> None:
    """Mention role and proclitic, a kb-less entity, an unmentioned entity and an AUTHOR stance survive."""
    doc: dict[str, Any] = {
        "doc_id": "x-1", "annotator": "a1", "schema_version": SAMPLE["schema_version"], "status": "complete",
        "text_sha256": "", "text": TEXT,
        "entities": [{"id": "E2", "type": "GPE", "kb": "Q142"}, {"id": "E1", "type": "PER"},
                     {"id": "E3", "type": "GPE", "kb": "NIL1"}],
        "mentions": [{"id": "M2", "entity": "E1", "start": 5, "end": 10, "text": "بوتين", "level": "NAM"},
                     {"id": "M1", "entity": "E2", "start": 12, "end": 18, "text": "ماكرون", "level": "NOM",
                      "role": "GOV", "proclitic": "ب"}],
        "events": [{"id": "V1", "type": "CONSULT", "trigger": {"start": 0, "end": 4, "text": "اتصل"},
                    "arguments": [], "polarity": "NEG", "realis": "HYPOTHETICAL"}],
        "stances": [{"id": "S1", "holder": "AUTHOR", "target": "E3", "label": "NONE",
                     "evidence": {"start": 0, "end": 18, "text": TEXT[:18]}}],
    }  # fmt: skip
    from diplonews._io import sha256_text

    doc["text_sha256"] = sha256_text(TEXT)
    back = result_to_document(document_to_result(doc), text=TEXT, doc_id="x-1", annotator="a1")
    assert back == doc


def test_regions_drawn_in_the_ui_get_fresh_ids_and_defaults() -> None:
    """Random UI region ids become the next free M/V number; unset level, polarity and realis take defaults."""
    result = [
        {"id": "M1", "from_name": "mention", "to_name": "text", "type": "labels",
         "value": {"start": 5, "end": 10, "text": "بوتين", "labels": ["PER"]}},
        {"id": "xY3_k", "from_name": "mention", "to_name": "text", "type": "labels",
         "value": {"start": 12, "end": 18, "text": "ماكرون", "labels": ["PER"]}},
        {"id": "Tr9", "from_name": "trigger", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 4, "text": "اتصل", "labels": ["CONSULT"]}},
        {"id": "Tr9", "from_name": "mode_CONSULT", "to_name": "text", "type": "choices",
         "value": {"start": 0, "end": 4, "text": "اتصل", "choices": ["phone"]}},
        {"from_id": "xY3_k", "to_id": "Tr9", "type": "relation", "direction": "left", "labels": ["RECIPIENT"]},
    ]  # fmt: skip
    doc = result_to_document(result, text=TEXT, doc_id="x-1", annotator="a1")
    assert doc["entities"] == [{"id": "E1", "type": "PER"}, {"id": "E2", "type": "PER"}]
    assert [(m["id"], m["entity"], m["level"]) for m in doc["mentions"]] == [("M1", "E1", "NAM"), ("M2", "E2", "NAM")]
    assert doc["events"] == [
        {"id": "V1", "type": "CONSULT", "mode": "phone", "trigger": {"start": 0, "end": 4, "text": "اتصل"},
         "arguments": [{"role": "RECIPIENT", "ref": "M2"}], "polarity": "POS", "realis": "ACTUAL"}
    ]  # fmt: skip


def _mention(label: str = "PER", start: int = 5, end: int = 10, shown: str = "بوتين") -> dict[str, Any]:
    return {"id": "M7", "from_name": "mention", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": shown, "labels": [label]}}  # fmt: skip


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (_mention(label="CITY"), "task 9 region M7: unknown mention label 'CITY'; valid labels: ['AGREEMENT'"),
        (_mention(end=99), "task 9 region M7: offsets start=5 end=99 are out of range for a text of 23 characters"),
        (_mention(start=4, end=9, shown="بوتين"), "task 9 region M7: the region shows 'بوتين' but text[4:9] is"),
        (
            _mention(start=4, end=10, shown="بوتين"),
            "task 9 region M7: the region shows 'بوتين' but text[4:10] is ' بوتين'",
        ),
        (_mention(start=False, end=5), "task 9 region M7: offsets start=False end=5 are out of range"),
        (
            {**_mention(), "value": {"start": 5, "end": 10, "labels": ["PER"]}},
            "task 9 region M7: the region has no text to check its offsets against",
        ),
    ],
)
def test_bad_regions_raise_errors_naming_task_and_region(item: dict[str, Any], message: str) -> None:
    """An unknown label, offsets out of range or a shifted span fail with the task and region named."""
    with pytest.raises(ExportFormatError) as info:
        result_to_document([item], text=TEXT, doc_id="x-1", annotator="a1", where="task 9")
    assert str(info.value).startswith(message)


def test_value_text_is_advisory_for_whitespace_and_newlines() -> None:
    """A region whose shown text collapses a newline to a literal \\n still converts."""
    text = "بوتين\n\nماكرون"
    item = _mention(start=0, end=13, shown="بوتين\\n\\nماكرون")
    doc = result_to_document([item], text=text, doc_id="x-1", annotator="a1")
    assert doc["mentions"][0]["text"] == text


def _task(**data: Any) -> dict[str, Any]:
    annotations = [
        {"id": 1, "completed_by": 5, "was_cancelled": False, "updated_at": "2026-01-01T00:00:00Z",
         "result": [_mention()]},
        {"id": 2, "completed_by": 6, "was_cancelled": True, "updated_at": "2026-01-01T00:00:00Z", "result": []},
    ]  # fmt: skip
    return {"id": 9, "data": {"text": TEXT, "doc_id": "x-1", **data}, "annotations": annotations,
            "drafts": [{"id": 3, "user": 7, "result": [_mention(label="CITY")]}]}  # fmt: skip


def test_task_documents_records_skips_and_ignores_drafts() -> None:
    """Each annotator gets a document; a skip is status 'skipped'; a broken draft changes nothing."""
    docs = task_documents(_task(), frozen_text=lambda _d: TEXT, annotator_of=lambda uid: f"u{uid}")
    assert [(d["annotator"], d["status"], len(d["mentions"])) for d in docs] == [
        ("u5", "complete", 1),
        ("u6", "skipped", 0),
    ]


@pytest.mark.parametrize(
    ("task", "frozen", "message"),
    [
        (_task(doc_id="../x"), TEXT, "task 9: doc_id '../x' is not a safe document id"),
        (_task(), TEXT + ".", "task 9 (doc x-1): the task's text differs from the frozen corpus text"),
        (_task(), None, "task 9 (doc x-1): the document is not in the corpus"),
        (_task(doc_id="x-1\n"), TEXT, "task 9: doc_id 'x-1\\n' is not a safe document id"),
        (_task(doc_id="x" * 201), TEXT, "task 9: doc_id 'xxxxxxxxxxxx"),
        ({"id": 9, "data": ["x-1"]}, TEXT, "task 9: the task has no data object"),
        ({**_task(), "annotations": ["oops"]}, TEXT, "task 9 (doc x-1): 'annotations' is not a list of objects"),
        (
            {**_task(), "annotations": [{"id": 1, "result": "oops"}]},
            TEXT,
            "task 9 (doc x-1) annotation 1: 'result' is not a list of objects",
        ),
    ],
)
def test_task_documents_rejects_unsafe_ids_and_changed_text(
    task: dict[str, Any], frozen: str | None, message: str
) -> None:
    """A task with an unsafe doc id, a changed text or no corpus article is refused, naming the task."""
    with pytest.raises(ExportFormatError) as info:
        task_documents(copy.deepcopy(task), frozen_text=lambda _d: frozen, annotator_of=str)
    assert str(info.value).startswith(message)


def test_of_two_annotations_saved_at_the_same_time_the_higher_id_wins() -> None:
    """Equal update times are ordered by id as numbers (10 after 9), so the later annotation is the one kept."""
    task = _task()
    first, second = copy.deepcopy(task["annotations"][0]), copy.deepcopy(task["annotations"][0])
    first["id"], second["id"] = 10, 9
    second["result"] = []
    task["annotations"] = [first, second]
    docs = task_documents(task, frozen_text=lambda _d: TEXT, annotator_of=lambda uid: f"u{uid}")
    assert [(d["annotator"], len(d["mentions"])) for d in docs] == [("u5", 1)]


def test_a_region_with_two_labels_is_named_as_such_not_as_two_regions() -> None:
    """ "PER, FAVOR" (a stance hotkey pressed with a mention selected) is one region with two labels; the message
    says so and how to take one off in Label Studio; two labels of one set likewise."""
    span = {"start": 5, "end": 10, "text": "بوتين"}
    stacked = [_mention(), {"id": "M7", "from_name": "stance", "to_name": "text", "type": "labels",
                            "value": {**span, "labels": ["FAVOR"]}}]  # fmt: skip
    with pytest.raises(ExportFormatError) as info:
        result_to_document(stacked, text=TEXT, doc_id="x-1", annotator="a1")
    assert 'the region has two labels, PER and FAVOR (shown as "PER, FAVOR")' in str(info.value)
    assert "click the label it should not have" in str(info.value)
    assert "share the id" not in str(info.value)
    two = _mention()
    two["value"]["labels"] = ["PER", "ORG"]
    with pytest.raises(ExportFormatError, match=r"the region has 2 mention labels \(PER, ORG\)"):
        result_to_document([two], text=TEXT, doc_id="x-1", annotator="a1")


def test_a_mention_left_without_entity_id_and_level_is_marked_unset() -> None:
    """A mention drawn without entity id or level gets a new entity and the default level, and says so in
    ``unset`` (validate warns); pushing the document back leaves those fields empty in Label Studio again."""
    doc = result_to_document([_mention()], text=TEXT, doc_id="x-1", annotator="a1")
    assert doc["mentions"][0]["unset"] == ["entity", "level"]
    back = document_to_result(doc)
    assert [item["from_name"] for item in back] == ["mention"]
    again = result_to_document(back, text=TEXT, doc_id="x-1", annotator="a1")
    assert again == doc


def test_an_annotation_started_from_a_prediction_records_what_it_kept() -> None:
    """Label Studio's region origins and parent prediction become ``preannotation``: predicted, kept, changed."""
    pred = document_to_result(SAMPLE)
    result = copy.deepcopy(pred)
    for item in result:
        item["origin"] = "prediction-changed" if item.get("id") == "M1" else "prediction"
    result = [item for item in result if item.get("id") != "M2" and item.get("to_id") != "M2"]
    annotation = {"id": 1, "parent_prediction": 4, "prediction": {"model_version": "v1", "result": pred}}
    doc = result_to_document(
        result, text=SAMPLE["text"], doc_id=SAMPLE["doc_id"], annotator="a1", annotation=annotation
    )
    total = len(SAMPLE["mentions"]) + len(SAMPLE["events"]) + len(SAMPLE["stances"])
    assert doc["preannotation"] == {"model_version": "v1", "predicted": total, "kept": total - 2, "changed": 1}
    manual = result_to_document(pred, text=SAMPLE["text"], doc_id=SAMPLE["doc_id"], annotator="a1",
                                annotation={"id": 2, "parent_prediction": None})  # fmt: skip
    assert "preannotation" not in manual


def test_one_annotators_broken_annotation_leaves_the_others_documents() -> None:
    """task_conversions converts each annotator on its own: u5's broken region is a failure, u6's skip a document."""
    task = _task()
    task["annotations"][0]["result"] = [_mention(label="CITY")]
    docs, failures = task_conversions(task, frozen_text=lambda _d: TEXT, annotator_of=lambda uid: f"u{uid}")
    assert [d["annotator"] for d in docs] == ["u6"]
    assert [(a, m.split(":")[0]) for a, m in failures] == [("u5", "task 9 (doc x-1) annotation 1 region M7")]


def _known(rid: str, picked: str, start: int = 12, end: int = 18, shown: str = "ماكرون") -> dict[str, Any]:
    return {"id": rid, "from_name": "known_entity", "to_name": "text", "type": "choices",
            "value": {"start": start, "end": end, "text": shown, "choices": [picked]}}  # fmt: skip


def test_a_pushed_prediction_offers_its_entities_as_known_entity_choices() -> None:
    """A task pushed with a pre-annotation carries one option per entity: valued by id and QID, shown with type
    and the first mention's text (escaped, isolated in <bdi>); the config reads them from that task field."""
    article = {"doc_id": SAMPLE["doc_id"], "text": SAMPLE["text"], "text_sha256": SAMPLE["text_sha256"]}
    options = article_task(article, SAMPLE, "v1")["data"]["known_entities"]
    assert options == known_entities(SAMPLE)
    first = {e["id"]: min((m for m in SAMPLE["mentions"] if m["entity"] == e["id"]), key=lambda m: m["start"])
             for e in SAMPLE["entities"]}  # fmt: skip
    assert [o["value"] for o in options] == [f"{e['id']} {e['kb']}" for e in SAMPLE["entities"]]
    assert [o["html"] for o in options] == [
        f"{e['id']} · {e['type']} · {e['kb']} · <bdi>{first[e['id']]['text']}</bdi>" for e in SAMPLE["entities"]
    ]
    assert article_task(article, None, "")["data"]["known_entities"] == []  # the server wants the field
    marked = {**SAMPLE, "mentions": [{**SAMPLE["mentions"][0], "text": "<b>&"}]}
    assert known_entities(marked)[0]["html"].endswith("<bdi>&lt;b&gt;&amp;</bdi>")
    control = ET.fromstring(labeling_config()).find(".//Choices[@name='known_entity']")
    assert control is not None
    assert (control.get("value"), control.get("perRegion")) == ("$known_entities", "true")


def test_a_picked_known_entity_gives_the_mention_its_id_and_qid() -> None:
    """Picking "E1 Q7747" on a drawn mention makes it a mention of E1 with that QID; a mention drawn without
    an id afterwards gets a new id past E1; a typed id that disagrees with the pick is an error naming both."""
    result = [
        _mention(),
        {**_mention(start=12, end=18, shown="ماكرون"), "id": "new1"},
        _known("new1", "E1 Q3052772"),
    ]
    doc = result_to_document(result, text=TEXT, doc_id="x-1", annotator="a1")
    assert doc["entities"] == [{"id": "E2", "type": "PER"}, {"id": "E1", "type": "PER", "kb": "Q3052772"}]
    assert [(m["text"], m["entity"], m.get("unset")) for m in doc["mentions"]] == [
        ("بوتين", "E2", ["entity", "level"]), ("ماكرون", "E1", ["level"])
    ]  # fmt: skip
    typed = {"id": "new1", "from_name": "entity", "to_name": "text", "type": "textarea",
             "value": {"start": 12, "end": 18, "text": ["E4"]}}  # fmt: skip
    with pytest.raises(ExportFormatError, match=r"region new1: entity 'E4' typed, but the known entity picked is 'E1'"):
        result_to_document([*result, typed], text=TEXT, doc_id="x-1", annotator="a1")
    with pytest.raises(ExportFormatError, match="cannot read the known entity 'Q1 E1'"):
        result_to_document([result[1], _known("new1", "Q1 E1")], text=TEXT, doc_id="x-1", annotator="a1")


def test_a_scored_prediction_scores_each_mention_by_type_and_itself_by_their_mean() -> None:
    """Mention regions get ``score_of(type)``; the prediction their mean; triggers, stances and the per-region
    values get none; without ``score_of`` nothing is scored and the result is ``document_to_result``'s."""
    by_type = {e["type"]: 0.5 + i / 10 for i, e in enumerate(SAMPLE["entities"])}
    item = prediction_item(SAMPLE, "v1", by_type.__getitem__)
    type_of = {e["id"]: e["type"] for e in SAMPLE["entities"]}
    scored = [r for r in item["result"] if "score" in r]
    assert [(r["from_name"], r["score"]) for r in scored] == [
        ("mention", by_type[type_of[m["entity"]]]) for e in SAMPLE["entities"] for m in SAMPLE["mentions"]
        if m["entity"] == e["id"]
    ]  # fmt: skip
    expected = sum(by_type[type_of[m["entity"]]] for m in SAMPLE["mentions"]) / len(SAMPLE["mentions"])
    assert item["score"] == pytest.approx(expected, abs=1e-3)
    assert SAMPLE["events"]
    assert SAMPLE["stances"]
    plain = prediction_item(SAMPLE, "v1")
    assert plain == {"model_version": "v1", "result": document_to_result(SAMPLE)}
    article = {"doc_id": SAMPLE["doc_id"], "text": SAMPLE["text"], "text_sha256": SAMPLE["text_sha256"]}
    assert article_task(article, SAMPLE, "v1", by_type.__getitem__)["predictions"] == [item]
