"""The default pre-annotator: clitics, offsets through normalisation, events, schema validity, evaluation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.corpus import load_articles
from diplonews.preannotate import MODEL_VERSION, predict
from diplonews.preannotate.evaluate import score
from diplonews.preannotate.normalize import NormalizedText, normalize
from diplonews.schema import DOCUMENT_SCHEMA_FILE, load_json_schema

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles.jsonl"


def doc_of(text: str, doc_id: str = "t-1") -> dict[str, Any]:
    """The model's document for a bare text."""
    return predict({"doc_id": doc_id, "text": text})


def mentions_by_text(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Mention text -> mention (the last one wins; tests use texts that occur once)."""
    return {m["text"]: m for m in doc["mentions"]}


def entity_type(doc: dict[str, Any], mention: dict[str, Any]) -> str:
    """The type of a mention's entity."""
    types: dict[str, str] = {e["id"]: e["type"] for e in doc["entities"]}
    return types[mention["entity"]]


def test_waw_before_berlin_is_a_proclitic_but_washington_keeps_its_waw() -> None:
    """وبرلين gives the span برلين with proclitic و; واشنطن is matched whole and has no proclitic."""
    text = "واتهمت موسكو واشنطن وبرلين بتأجيج الصراع."
    doc = doc_of(text)
    found = mentions_by_text(doc)
    berlin = found["برلين"]
    assert (berlin["start"], berlin["end"], berlin["proclitic"]) == (21, 26, "و")
    assert text[20] == "و"
    washington = found["واشنطن"]
    assert (washington["start"], washington["end"]) == (13, 19)
    assert "proclitic" not in washington
    assert set(found) == {"موسكو", "واشنطن", "برلين"}


@pytest.mark.parametrize("name", ["بوتين", "واشنطن", "فرنسا", "لافروف", "كييف", "باريس", "برلين"])
def test_names_beginning_with_a_proclitic_letter_are_never_cut(name: str) -> None:
    """A name that starts with و ب ل ف ك is one mention from its first letter, with no proclitic."""
    text = f"قال مصدر إن {name} مهتمة."
    (mention,) = doc_of(text)["mentions"]
    assert (mention["start"], mention["end"], mention["text"]) == (12, 12 + len(name), name)
    assert "proclitic" not in mention


@pytest.mark.parametrize(
    ("word", "name", "proclitic"),
    [("لروسيا", "روسيا", "ل"), ("وبوتين", "بوتين", "و"), ("بموسكو", "موسكو", "ب"), ("وبموسكو", "موسكو", "وب")],
)
def test_attached_proclitic_is_left_out_of_the_span(word: str, name: str, proclitic: str) -> None:
    """لروسيا -> روسيا + ل; the proclitic is recorded and sits right before the span."""
    text = f"نقل الخبر {word} اليوم."
    (mention,) = doc_of(text)["mentions"]
    start = 10 + len(proclitic)
    assert (mention["start"], mention["end"], mention["text"], mention["proclitic"]) == (
        start,
        start + len(name),
        name,
        proclitic,
    )
    assert text[mention["start"] - len(proclitic) : mention["start"]] == proclitic


def test_wab_before_berlin_prefers_the_longest_name() -> None:
    """In وبرلين, و+برلين is chosen over وب+رلين: only a remainder that is a name may be split off."""
    text = "زار وزير وبرلين."
    (mention,) = doc_of(text)["mentions"]
    assert (mention["text"], mention["proclitic"]) == ("برلين", "و")


def test_lam_before_the_article_keeps_the_second_lam_in_the_span() -> None:
    """للأمم المتحدة -> span لأمم المتحدة with proclitic ل, linked to the UN."""
    text = "رسالة للأمم المتحدة."
    doc = doc_of(text)
    (mention,) = doc["mentions"]
    assert (mention["start"], mention["end"], mention["text"], mention["proclitic"]) == (7, 19, "لأمم المتحدة", "ل")
    assert doc["entities"] == [{"id": "E1", "type": "ORG", "kb": "Q1065"}]


def test_normalisation_maps_back_to_exact_offsets() -> None:
    """Tatweel, diacritics and hamza-less spellings are matched and the spans are the text as written."""
    text = "أكد الرئيسُ بوتـــين أمام الامم المتحدة أن إيمَانويل ماكرون زار المانيا."
    doc = doc_of(text)
    spans = sorted((m["start"], m["end"], m["text"]) for m in doc["mentions"])
    expected = [
        (text.index("بوتـــين"), text.index("بوتـــين") + 8, "بوتـــين"),
        (text.index("الامم"), text.index("الامم") + 13, "الامم المتحدة"),
        (text.index("إيمَانويل"), text.index("إيمَانويل") + 16, "إيمَانويل ماكرون"),
        (text.index("المانيا"), text.index("المانيا") + 7, "المانيا"),
    ]
    assert spans == expected
    for start, end, written in spans:
        assert text[start:end] == written


def test_normalize_folds_only_what_matching_ignores() -> None:
    """Alef/hamza forms, ta marbuta, alef maqsura fold; diacritics and tatweel go; other letters stay."""
    assert normalize("إِيمَانويل") == "ايمانويل"
    assert normalize("آستانـة") == "استانه"
    assert normalize("نفى") == "نفي"
    assert normalize("مؤتمر") == "موتمر"


def test_a_shadda_on_the_last_letter_stays_in_the_span() -> None:
    """Mapping normalised 0:2 of حضّ back gives 0:3, the shadda included; tatweel after a word is not included."""
    nt = NormalizedText.of("حضّ الـ")
    assert nt.norm == "حض ال"
    assert nt.span(0, 2) == (0, 3)
    assert nt.span(3, 5) == (4, 6)


def test_a_title_before_a_name_is_not_a_second_mention_but_alone_it_is_nominal() -> None:
    """الرئيس الروسي فلاديمير بوتين gives one NAM mention; الرئيس الروسي alone is a NOM mention of the same entity."""
    text = "أعلن الرئيس الروسي فلاديمير بوتين القرار. وأضاف الرئيس الروسي: نعم."
    doc = doc_of(text)
    levels = [(m["text"], m["level"], m["entity"]) for m in doc["mentions"]]
    assert levels == [("فلاديمير بوتين", "NAM", "E1"), ("الرئيس الروسي", "NOM", "E1")]
    assert doc["entities"] == [{"id": "E1", "type": "PER", "kb": "Q7747"}]


def test_accusation_gets_actor_and_recipients_and_the_trigger_leaves_the_waw_out() -> None:
    """واتهمت موسكو واشنطن وبرلين: ACCUSE, trigger اتهمت, ACTOR موسكو (role GOV), RECIPIENTs واشنطن and برلين."""
    text = "واتهمت موسكو واشنطن وبرلين بتأجيج الصراع."
    doc = doc_of(text)
    (event,) = doc["events"]
    assert event["type"] == "ACCUSE"
    assert event["trigger"] == {"start": 1, "end": 6, "text": "اتهمت"}
    by_id = {m["id"]: m["text"] for m in doc["mentions"]}
    assert [(a["role"], by_id[a["ref"]]) for a in event["arguments"]] == [
        ("ACTOR", "موسكو"),
        ("RECIPIENT", "واشنطن"),
        ("RECIPIENT", "برلين"),
    ]
    assert mentions_by_text(doc)["موسكو"]["role"] == "GOV"


def test_phone_call_between_two_named_people_has_two_participants() -> None:
    """اتصال هاتفي between بوتين and ميركل is CONSULT:phone with both as PARTICIPANT and no ACTOR."""
    text = "تحدث بوتين وميركل في اتصال هاتفي الجمعة."
    doc = doc_of(text)
    (event,) = doc["events"]
    assert (event["type"], event["mode"], event["trigger"]["text"]) == ("CONSULT", "phone", "اتصال هاتفي")
    assert sorted(a["role"] for a in event["arguments"]) == ["PARTICIPANT", "PARTICIPANT"]
    found = mentions_by_text(doc)
    assert entity_type(doc, found["الجمعة"]) == "DATE"


def test_an_event_whose_required_role_cannot_be_filled_is_not_emitted() -> None:
    """دعت with no named actor next to it gives no REQUEST event at all."""
    text = "وكانت الوزيرة دعت خلال زيارة إلى دمشق، إلى خروج القوات."
    doc = doc_of(text)
    assert [m["text"] for m in doc["mentions"]] == ["دمشق"]
    assert doc["events"] == []


def test_negated_statement_is_negative() -> None:
    """لم ينف... : a negator right before the trigger word makes polarity NEG."""
    doc = doc_of("ولم ينف بوتين الخبر. ونفى بوتين الخبر.")
    assert [e["polarity"] for e in doc["events"]] == ["POS"]
    doc = doc_of("لم يعلن الكرملين شيئا، ولم يقل أعلن الكرملين.")
    assert [e["polarity"] for e in doc["events"]] == ["POS"]
    doc = doc_of("قيل إنه لا رفض بوتين العرض.")
    assert [(e["type"], e["polarity"]) for e in doc["events"]] == [("REJECT", "NEG")]


def test_predictions_for_the_corpus_validate_against_the_json_schema_and_the_validator() -> None:
    """Every corpus prediction is valid against document.schema.json and validate_documents finds nothing."""
    from diplonews.validate.runner import validate_documents

    articles = load_articles(CORPUS)
    validator = jsonschema.Draft202012Validator(load_json_schema(DOCUMENT_SCHEMA_FILE))
    docs = [predict(article) for article in articles.values()]
    for doc in docs:
        assert list(validator.iter_errors(doc)) == []
        for mention in doc["mentions"]:
            assert doc["text"][mention["start"] : mention["end"]] == mention["text"]
    findings = validate_documents([(Path(f"predictions/{d['doc_id']}.json"), d) for d in docs], articles)
    assert [f.location + " " + f.message for f in findings] == []
    assert sum(len(d["mentions"]) for d in docs) > 100
    assert sum(len(d["events"]) for d in docs) > 10


def _doc(doc_id: str, mentions: list[tuple[int, int, str]], triggers: list[tuple[int, int, str]]) -> dict[str, Any]:
    """A minimal document holding only what scoring reads."""
    return {
        "doc_id": doc_id,
        "entities": [{"id": f"E{i}", "type": t} for i, (_, _, t) in enumerate(mentions)],
        "mentions": [{"start": s, "end": e, "entity": f"E{i}"} for i, (s, e, _) in enumerate(mentions)],
        "events": [{"type": t, "trigger": {"start": s, "end": e}} for s, e, t in triggers],
    }


def test_scores_match_hand_computed_precision_recall_and_f1() -> None:
    """Strict matching: an offset off by one or a wrong type is both a false positive and a miss."""
    gold = _doc("d", [(0, 5, "PER"), (10, 15, "PER"), (20, 25, "GPE")], [(30, 33, "REQUEST"), (40, 51, "CONSULT")])
    pred = _doc("d", [(0, 5, "PER"), (10, 14, "PER"), (20, 25, "ORG")], [(30, 33, "REQUEST"), (40, 51, "STATEMENT")])
    rows = {r.label: r for r in score([gold], [pred], ["PER", "ORG", "GPE", "DATE"])}
    assert list(rows) == ["PER", "ORG", "GPE", "entities", "triggers"]
    per = rows["PER"]
    assert (per.gold, per.predicted, per.correct) == (2, 2, 1)
    assert (per.precision, per.recall, per.f1) == (0.5, 0.5, 0.5)
    assert (rows["ORG"].precision, rows["ORG"].recall, rows["ORG"].f1) == (0.0, 0.0, 0.0)
    assert (rows["GPE"].gold, rows["GPE"].predicted, rows["GPE"].recall) == (1, 0, 0.0)
    everything = rows["entities"]
    assert (everything.gold, everything.predicted, everything.correct) == (3, 3, 1)
    assert everything.f1 == pytest.approx(1 / 3)
    assert (rows["triggers"].precision, rows["triggers"].recall) == (0.5, 0.5)


def test_evaluate_command_prints_the_table_for_a_tiny_gold(tmp_path: Path) -> None:
    """Three GPEs found, one ORG missed, the trigger found: GPE F1 1, ORG 0, entities P 1 R 0.75, triggers 1."""
    text = "واتهمت موسكو واشنطن وبرلين بتأجيج الصراع."
    spans = [(7, 12, "GPE"), (13, 19, "GPE"), (21, 26, "GPE"), (35, 41, "ORG")]
    gold = {
        "doc_id": "t-1",
        "text": text,
        "status": "complete",
        "entities": [{"id": f"E{i}", "type": t} for i, (_, _, t) in enumerate(spans, 1)],
        "mentions": [
            {"id": f"M{i}", "entity": f"E{i}", "start": s, "end": e, "text": text[s:e], "level": "NAM"}
            for i, (s, e, _) in enumerate(spans, 1)
        ],
        "events": [{"type": "ACCUSE", "trigger": {"start": 1, "end": 6, "text": "اتهمت"}}],
    }
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "t-1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["preannotate", "--evaluate", "--gold", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{MODEL_VERSION} against {folder} (1 documents, strict match)",
        "type        gold  pred    tp      P      R     F1",
        "ORG            1     0     0  0.000  0.000  0.000",
        "GPE            3     3     3  1.000  1.000  1.000",
        "entities       4     3     3  1.000  0.750  0.857",
        "triggers       1     1     1  1.000  1.000  1.000",
    ]


def test_evaluate_without_reference_documents_says_what_to_pass(tmp_path: Path) -> None:
    """An empty or missing gold folder is an input error (exit 2) that suggests --gold annotations/a1."""
    result = CliRunner().invoke(main, ["preannotate", "--evaluate", "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 2
    assert "no annotated documents to evaluate against" in result.output
    assert "--gold annotations/a1" in result.output


def test_preannotate_writes_one_document_per_article_and_the_model_version(tmp_path: Path) -> None:
    """The command writes <doc_id>.json for each article and model_version.txt (what the version hashes: below)."""
    out = tmp_path / "predictions"
    result = CliRunner().invoke(main, ["preannotate", "--corpus", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc_ids = sorted(load_articles(CORPUS))
    assert sorted(p.stem for p in out.glob("*.json")) == doc_ids
    assert result.output == f"{MODEL_VERSION}: {len(doc_ids)} documents -> {out}\n"
    assert MODEL_VERSION.startswith("gazetteer-0.2.0+")
    assert (out / "model_version.txt").read_text(encoding="utf-8") == MODEL_VERSION + "\n"
    first = json.loads((out / f"{doc_ids[0]}.json").read_text(encoding="utf-8"))
    assert (first["annotator"], first["doc_id"], first["stances"]) == ("model", doc_ids[0], [])


def test_parties_named_after_bain_are_participants() -> None:
    """التعاون بين روسيا وإيران: COOPERATE with روسيا and إيران as PARTICIPANTs."""
    doc = doc_of("ناقش الوزيران تطوير التعاون بين روسيا وإيران في مختلف المجالات.")
    (event,) = doc["events"]
    by_id = {m["id"]: m["text"] for m in doc["mentions"]}
    assert (event["type"], event["trigger"]["text"]) == ("COOPERATE", "التعاون")
    assert [(a["role"], by_id[a["ref"]]) for a in event["arguments"]] == [
        ("PARTICIPANT", "روسيا"),
        ("PARTICIPANT", "إيران"),
    ]


def test_a_participle_takes_the_actor_of_the_sentence_verb() -> None:
    """وقال بوتين ...، مؤكدا ...: two STATEMENTs, both with بوتين as ACTOR; a new sentence does not inherit."""
    doc = doc_of("وقال بوتين إن الحوار مفيد، مؤكدا أهمية السلام. مشيرا إلى ذلك.")
    by_id = {m["id"]: m["text"] for m in doc["mentions"]}
    got = [(e["trigger"]["text"], [(a["role"], by_id[a["ref"]]) for a in e["arguments"]]) for e in doc["events"]]
    assert got == [("قال", [("ACTOR", "بوتين")]), ("مؤكدا", [("ACTOR", "بوتين")])]


def test_a_kb_name_inside_a_longer_patronymic_is_not_linked_to_the_father() -> None:
    """خالد بن محمد بن زايد is the son: the KB's محمد بن زايد inside it must not be linked; alone it is."""
    d = doc_of("استقبل الشيخ محمد بن زايد آل نهيان الوفد.")
    kb_ids = {e["id"]: e.get("kb") for e in d["entities"]}
    father = mentions_by_text(d)["محمد بن زايد آل نهيان"]
    assert kb_ids[father["entity"]] == "Q1951896"
    son = doc_of("استقبل الشيخ خالد بن محمد بن زايد الوفد.")
    linked = {e["kb"] for e in son["entities"] if e.get("kb", "").startswith("Q")}
    assert "Q1951896" not in linked
    assert all(m["text"] != "محمد بن زايد" for m in son["mentions"])


@pytest.mark.parametrize("text", ["قال الرئيس", "أجرى ولي", "بدعوة كريمة من خادم", "التقى الدكتور على"])
def test_a_title_or_name_word_that_ends_the_text_gives_no_error(text: str) -> None:
    # Rules look at the word after a title; at the end of a text there is none (these raised IndexError).
    doc = predict({"doc_id": "x", "text": text})
    assert all(text[m["start"] : m["end"]] == m["text"] for m in doc["mentions"])


def test_every_word_prefix_and_suffix_of_the_corpus_sentences_is_pre_annotated() -> None:
    # A text cut anywhere between words is what a rule meets at a text's edges: none may raise, and every
    # span must still select its text.
    pieces = set()
    for article in load_articles(CORPUS).values():
        for sentence in article["text"].split("\n"):
            words = sentence.split(" ")
            pieces.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
            pieces.update(" ".join(words[-k:]) for k in range(1, len(words) + 1))
    assert len(pieces) > 1000
    for text in sorted(pieces):
        doc = predict({"doc_id": "x", "text": text})
        assert all(text[m["start"] : m["end"]] == m["text"] for m in doc["mentions"]), text


def test_predictions_for_the_out_of_corpus_sentences_pass_the_validator() -> None:
    """On text it was not built from (both halves of benchmarks/preannotation_dev; their texts only, never their
    annotations) the pre-annotator neither swallows nor cuts a proclitic, cuts no word and repeats no span: the
    validator's rules for those (proclitic-inside-span, mention-cuts-word, duplicate-span ...) find nothing."""
    from diplonews.validate.runner import validate_documents

    lines = (ROOT / "benchmarks" / "preannotation_dev" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    texts = {record["id"]: record["text"] for record in map(json.loads, filter(None, lines))}
    docs = [predict({"doc_id": doc_id, "text": text}) for doc_id, text in texts.items()]
    articles = {doc_id: {"doc_id": doc_id, "text": text} for doc_id, text in texts.items()}
    findings = validate_documents([(Path(f"predictions/{d['doc_id']}.json"), d) for d in docs], articles)
    assert [f.location + " " + f.message for f in findings] == []
    assert sum(1 for d in docs for m in d["mentions"] if "proclitic" in m) > 20
    assert sum(len(d["mentions"]) for d in docs) > 1000


def test_the_model_version_changes_with_the_rules_code_not_with_line_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Predictions made by different rules never share a model version in Label Studio: a change to a rules
    module's code changes it, a CRLF checkout of the same files does not, and the CLI and reports do not count."""
    from diplonews.preannotate import resources as model

    names = [f.name for f in model.model_files()]
    assert {"kb.jsonl", "cues.json", "predict.py", "rules.py", "places.py", "patterns.py"} <= set(names)
    assert not {"cli.py", "report.py", "evaluate.py"} & set(names)
    copies = []
    for file in model.model_files():
        copies.append(tmp_path / file.name)
        copies[-1].write_bytes(file.read_bytes())
    monkeypatch.setattr(model, "model_files", lambda: copies)
    assert model.model_version() == MODEL_VERSION
    rules = tmp_path / "rules.py"
    rules.write_bytes(rules.read_bytes().replace(b"\n", b"\r\n"))
    assert model.model_version() == MODEL_VERSION
    rules.write_bytes(rules.read_bytes() + b"# one more rule\r\n")
    assert model.model_version() != MODEL_VERSION
