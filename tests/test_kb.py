"""The knowledge base (kb/) and the out-of-corpus set (benchmarks/preannotation_dev/): shape, provenance, rebuilds."""

from __future__ import annotations

import importlib.util
import json
import re
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from diplonews import kb as kb_table
from diplonews.preannotate import kb
from diplonews.preannotate.kb_build import build, write
from diplonews.preannotate.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT / "kb" / "entities.jsonl"
PACKAGED = ROOT / "src" / "diplonews" / "resources" / "kb.jsonl"
DEV = ROOT / "benchmarks" / "preannotation_dev"
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _labels() -> dict[str, Any]:
    return json.loads((ROOT / "schema" / "labels.json").read_text(encoding="utf-8"))


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in KB.read_text(encoding="utf-8").splitlines()]


def test_every_row_has_a_qid_a_schema_type_arabic_labels_and_a_source() -> None:
    types = {t["name"] for t in _labels()["entity_types"]}
    rows = _rows()
    assert len(rows) > 300
    bad = []
    for row in rows:
        labels = [row["label_ar"], *row["aliases_ar"], *row["variants_ar"]]
        if not (
            re.fullmatch(r"Q\d+", row["qid"])
            and row["type"] in types
            and all(isinstance(x, str) and ARABIC.search(x) for x in labels)
            and isinstance(row["source"], str)
            and row["source"].strip()
        ):
            bad.append(row)
    assert bad == []
    assert len({r["qid"] for r in rows}) == len(rows), "a QID is listed twice"


def test_only_linkable_types_are_in_the_kb() -> None:
    linkable = {t["name"] for t in _labels()["entity_types"] if t.get("linkable")}
    assert {r["type"] for r in _rows()} <= linkable


def test_the_package_ships_the_same_kb_and_reads_every_row() -> None:
    assert PACKAGED.read_bytes() == KB.read_bytes(), "run scripts/build_kb.py"
    assert kb_table.kb_types() == {r["qid"]: r["type"] for r in _rows()}


def test_build_kb_rebuilds_byte_identical_output(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write(build(ROOT / "kb"), first, second)
    assert first.read_bytes() == KB.read_bytes(), "kb/entities.jsonl is stale: run scripts/build_kb.py"
    assert second.read_bytes() == first.read_bytes()


def test_a_qid_listed_twice_is_refused_naming_both_sources(tmp_path: Path) -> None:
    from diplonews.errors import InputError

    (tmp_path / "sources").mkdir()
    for name in ("curated.tsv", "countries_wikidata.tsv"):
        (tmp_path / "sources" / name).write_text((ROOT / "kb" / "sources" / name).read_text(encoding="utf-8"))
    with (tmp_path / "sources" / "curated.tsv").open("a", encoding="utf-8") as out:
        out.write("Q1065\tORG\tUN again\tالأمم\tsomewhere/else.md\n")
    with pytest.raises(InputError, match=r"Q1065 is listed twice.*somewhere/else\.md"):
        build(tmp_path)


def test_capital_names_label_capitals_cldr_misses_and_follow_cldrs_label() -> None:
    rows = {r["qid"]: r for r in _rows()}
    ankara, kuwait_city = rows["Q3640"], rows["Q35178"]
    # CLDR names no time zone after Ankara (Europe/Istanbul): the label is the table's, with its source.
    assert (ankara["label_ar"], ankara["aliases_ar"]) == ("أنقرة", [])
    assert "53139892502" in ankara["source"]
    assert "CLDR" not in ankara["source"]
    assert "انقرة" in ankara["variants_ar"]
    # Where CLDR names the capital, its label stays first and the table's differing name is an alias.
    assert (kuwait_city["label_ar"], kuwait_city["aliases_ar"]) == ("الكويت", ["مدينة الكويت"])
    assert "CLDR" in kuwait_city["source"]
    assert "53139892502" in kuwait_city["source"]
    aliases = kb.kb_aliases()
    assert aliases[normalize("أنقرة")].qid == "Q3640"
    assert aliases[normalize("مدينة الكويت")].qid == "Q35178"
    assert aliases[normalize("الكويت")].qid == "Q817", "a country and its capital spelt alike keep the country"


def test_a_capital_name_for_a_country_without_a_capital_qid_is_refused(tmp_path: Path) -> None:
    from diplonews.errors import InputError

    (tmp_path / "sources").mkdir()
    for name in ("curated.tsv", "countries_wikidata.tsv", "capital_names.tsv"):
        (tmp_path / "sources" / name).write_text((ROOT / "kb" / "sources" / name).read_text(encoding="utf-8"))
    with (tmp_path / "sources" / "capital_names.tsv").open("a", encoding="utf-8") as out:
        out.write("YE\tصنعاء\tsomewhere\n")  # countries_wikidata.tsv gives Yemen no capital QID
    with pytest.raises(InputError, match=r"capital_names\.tsv: no capital QID for YE"):
        build(tmp_path)


def test_m49_regions_take_cldrs_arabic_name_and_an_unnamed_code_is_refused(tmp_path: Path) -> None:
    from babel import Locale

    from diplonews.errors import InputError
    from diplonews.preannotate.kb_build import region_rows

    rows = {r["qid"]: r for r in _rows()}
    latin_america = rows["Q12585"]
    assert latin_america["type"] == "LOC"
    assert latin_america["label_ar"] == Locale("ar").territories["419"]
    assert "CLDR" in latin_america["source"]
    assert "13578721645" in latin_america["source"]
    assert kb.kb_aliases()[normalize(latin_america["label_ar"])].qid == "Q12585"
    table = tmp_path / "regions.tsv"
    table.write_text("m49\tqid\tlabel_en\tsource\n011\tQ4412\tWestern Africa\tsomewhere\n", encoding="utf-8")
    (west_africa,) = region_rows(table)
    assert (west_africa["label_ar"], west_africa["type"]) == (Locale("ar").territories["011"], "LOC")
    assert west_africa["source"].startswith("somewhere; CLDR")
    table.write_text("m49\tqid\tlabel_en\tsource\n998\tQ1\tNowhere\tsomewhere\n", encoding="utf-8")
    with pytest.raises(InputError, match="CLDR names no region 998"):
        region_rows(table)


def _listed_rows(table: str) -> dict[str, dict[str, Any]]:
    """QID -> the KB row of each row of ``kb/sources/<table>``; every row of the table is in the KB."""
    lines = (ROOT / "kb" / "sources" / table).read_text(encoding="utf-8").splitlines()
    listed = [line.split("\t")[0] for line in lines if line.startswith("Q")]
    rows = {r["qid"]: r for r in _rows() if r["qid"] in listed}
    assert listed
    assert sorted(rows) == sorted(listed)
    return rows


def test_office_holders_cite_a_qid_file_and_an_arabic_file_and_keep_word_surnames_inside_full_names() -> None:
    rows = _listed_rows("officeholders.tsv")
    for qid, row in rows.items():
        checked, _, arabic = row["source"].partition("Arabic: ")
        assert row["type"] == "PER", row["label_en"]
        assert qid[1:] in checked, row["label_en"]
        assert arabic, row["label_en"]
    aliases = kb.kb_aliases()
    sudani = rows["Q3700793"]
    assert aliases[normalize(sudani["label_ar"])].qid == "Q3700793"
    # A family name that is also a word or a given name (the Sudanese, peace, help, happy) names no one alone.
    for word in ("السوداني", "سوداني", "سلام", "عون", "سعيد", "عباس"):
        assert normalize(word) not in aliases, word


def test_places_cite_the_wikidata_export_and_a_place_that_is_a_common_word_is_never_matched() -> None:
    from diplonews.preannotate.predict import predict

    rows = _listed_rows("places.tsv")
    for qid, row in rows.items():
        assert "anees:data/names-source/wikidata.json@5d89e967 (Wikidata Query Service export" in row["source"]
        assert f"q {qid}," in row["source"], row["label_en"]
    assert rows["Q39760"]["type"] == "LOC"
    assert rows["Q219060"]["type"] == "GPE"
    text = "وقالت إن جدة الطفل زارت حلب وأن الأسعار في بورصة لندن ارتفعت"
    doc = predict({"doc_id": "kb-places", "text": text})
    kinds = {e["id"]: (e["type"], e.get("kb")) for e in doc["entities"]}
    found = {m["text"]: kinds[m["entity"]] for m in doc["mentions"]}
    # Aleppo is read from the table; grandmother, "and that" and the stock exchange are no city (Jeddah, Van, Bursa).
    assert found.get("حلب") == ("GPE", "Q41183")
    assert not {"جدة", "وأن", "بورصة"} & set(found), found


def test_the_kb_loads_in_under_a_second() -> None:
    kb.kb_aliases.cache_clear()
    kb_table.kb_types.cache_clear()
    began = time.perf_counter()
    kb.kb_aliases()
    kb_table.kb_types()
    assert time.perf_counter() - began < 1.0


# --- the out-of-corpus set ----------------------------------------------------------------------------------


def _dev_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("preannotation_dev_build", DEV / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_out_of_corpus_set_builds_and_matches_its_committed_file() -> None:
    records = _dev_build().build()
    committed = [json.loads(line) for line in (DEV / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records == committed, "run benchmarks/preannotation_dev/build.py"


def test_out_of_corpus_spans_are_found_text_and_never_cut_a_word() -> None:
    proclitics = {p["name"] for p in _labels()["proclitics"]}
    for rec in _dev_build().build():
        text = rec["text"]
        for m in rec["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
            word_start = m["start"]
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            assert text[word_start : m["start"]] == m.get("proclitic", ""), (rec["id"], m)
            assert m.get("proclitic", "") in proclitics | {""}
            assert m["end"] == len(text) or not text[m["end"]].isalpha(), (rec["id"], m)


def test_dev_and_held_out_halves_share_no_source_page() -> None:
    records = _dev_build().build()
    pages = {half: {r["source"] for r in records if r["split"] == half} for half in ("dev", "heldout")}
    assert pages["dev"]
    assert pages["heldout"]
    assert pages["dev"].isdisjoint(pages["heldout"])
    assert {r["split"] for r in records} == {"dev", "heldout"}
