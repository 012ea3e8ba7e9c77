"""Ingest: cleaning rules, splitting, metadata, frozen text and bad input."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from diplonews._io import sha256_text
from diplonews.cli import main
from diplonews.corpus import cleaning_rules, freeze, ingest, match_rule, parse_date, parse_page
from diplonews.schema import ARTICLE_SCHEMA_FILE, load_json_schema

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
ARTICLES = ROOT / "corpus" / "articles.jsonl"
BOILERPLATE = [
    "loading",
    "قد يعجبك أيضا",
    "شارك برأيك",
    "شارك بتعليقك",
    "هل تؤيد",
    "ندرك جيدا",
    "للدعم",
    "إقرأ أيضاً",
    "كلمات دلالية",
    "الأكثر قراءة",
    "24°",
    "نشر في:",
    "تاريخ النشر",
    "المصدر:",
]


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    return ingest(RAW)


@pytest.mark.parametrize("rule", cleaning_rules(), ids=lambda r: r.name)
def test_rule_matches_its_real_example(rule: object) -> None:
    """Each rule is the first to match the real page line it was written for."""
    hit = match_rule(rule.example)  # type: ignore[attr-defined]
    assert hit is not None
    assert hit[0].name == rule.name  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", cleaning_rules(), ids=lambda r: r.name)
def test_rule_example_occurs_in_a_raw_page(rule: object) -> None:
    """Every rule is taken from a real page: its example line stands in corpus/raw."""
    pages = "\n".join(p.read_text(encoding="utf-8") for p in sorted(RAW.iterdir()))
    assert rule.example in pages  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", cleaning_rules(), ids=lambda r: r.name)
def test_rule_effect_on_a_page(rule: object) -> None:
    """Dropped and metadata lines vanish from the text; kept lines stay; split lines start a new document."""
    body = "نص المقال الأول يذكر أن الرئيسين بحثا الوضع في المنطقة."
    page = f"عنوان المقال\n{body}\n{rule.example}\nجملة أخرى من نص المقال تنتهي بنقطة."  # type: ignore[attr-defined]
    docs = parse_page(page, "x.txt")
    texts = "\n".join(str(d["text"]) for d in docs)
    if rule.action == "metadata-keep":  # type: ignore[attr-defined]
        assert rule.example in texts  # type: ignore[attr-defined]
    else:
        assert rule.example not in texts  # type: ignore[attr-defined]
    assert len(docs) == (2 if rule.action == "split" else 1)  # type: ignore[attr-defined]


def test_repeated_headline_is_kept_once_as_title() -> None:
    """A headline printed three times becomes the title and leaves the text."""
    page = "العنوان هنا\n\nالعنوان هنا\n\nالعنوان هنا\n\nالنص الأول للمقال.\nالنص الثاني للمقال."
    [doc] = parse_page(page, "x.txt")
    assert doc["title"] == "العنوان هنا"
    assert doc["text"] == "النص الأول للمقال.\nالنص الثاني للمقال."


def test_navigation_tag_is_not_the_title() -> None:
    """A tag line before the headline is dropped; the headline is the title."""
    page = "فلاديمير بوتين\n\nعنوان الخبر الحقيقي\n\nنص الخبر ينتهي هنا."
    [doc] = parse_page(page, "x.txt")
    assert doc["title"] == "عنوان الخبر الحقيقي"
    assert "فلاديمير بوتين" not in str(doc["text"])


def test_next_article_title_splits_a_page() -> None:
    """A short paragraph set off by blank lines after body text starts another article with its own title."""
    page = "العنوان الأول\n\nنص المقال الأول.\n\nالعنوان الثاني\n\nنص المقال الثاني."
    docs = parse_page(page, "x.txt")
    assert [(d["title"], d["text"]) for d in docs] == [
        ("العنوان الأول", "نص المقال الأول."),
        ("العنوان الثاني", "نص المقال الثاني."),
    ]


def test_subheadings_without_blank_lines_stay_in_the_text(records: list[dict[str, object]]) -> None:
    """A subheading inside a page without blank lines is article text, not a new article."""
    [doc] = [r for r in records if r["source_file"] == "corpus/raw/001_26ec612775308a9c.txt"]
    assert "كانت آخر مكالمة في 11 سبتمبر 2022" in str(doc["text"])


def test_corpus_has_the_expected_documents(records: list[dict[str, object]]) -> None:
    """Seven documents come from five pages; the two multi-article pages are split with their own titles."""
    assert len(records) == 7
    titles = {str(r["doc_id"]): r["title"] for r in records}
    assert titles["000_0ea221ab93fade0a-2"] == "بوتين وميركل يؤيدان الابقاء على الاتفاق النووي الايراني"
    assert titles["003_dceb01e7f804bfd1-2"] == "موسكو ترد على وزيرة خارجية ألمانيا بشأن القواعد الروسية في سوريا"


def test_metadata_is_what_the_pages_state(records: list[dict[str, object]]) -> None:
    """Dates, outlets and agencies come from the pages; what a page does not state is null."""
    got = {str(r["doc_id"]): (r["published"], r["outlet"], r["agency"]) for r in records}
    assert got == {
        "000_0ea221ab93fade0a-1": (None, None, None),
        "000_0ea221ab93fade0a-2": (None, None, None),
        "001_26ec612775308a9c-1": ("2025-07-01T22:10", None, None),
        "002_5a34ea330b595b20-1": ("2022-01-28T18:55", "بوابة الشروق", "أ ش أ"),
        "003_dceb01e7f804bfd1-1": ("2024-12-02", "بوابة الوفد", None),
        "003_dceb01e7f804bfd1-2": (None, "بوابة الوفد", None),
        "004_22d63e12d7097e0c-1": (None, "راي اليوم", "أ ف ب"),
    }


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("01.07.2025 22:10", "2025-07-01T22:10"),
        ("الجمعة 28 يناير 2022 - 6:55 م", "2022-01-28T18:55"),
        ("2nd, December 2024 GMT", "2024-12-02"),
    ],
)
def test_dates_keep_the_precision_the_page_states(raw: str, iso: str) -> None:
    """Every date format of the pages parses, with a time only when the page gives one."""
    assert parse_date(raw) == iso


@pytest.mark.parametrize("phrase", BOILERPLATE)
def test_no_boilerplate_in_any_text(records: list[dict[str, object]], phrase: str) -> None:
    """No boilerplate phrase survives in any document text."""
    assert not [r["doc_id"] for r in records if phrase in str(r["text"])]


def test_texts_are_frozen_and_hashed(records: list[dict[str, object]]) -> None:
    """Every text is NFC with no CR and no trailing spaces, and its sha256 matches."""
    for r in records:
        text = str(r["text"])
        assert unicodedata.is_normalized("NFC", text)
        assert "\r" not in text
        assert all(line == line.rstrip() for line in text.split("\n"))
        assert r["text_sha256"] == sha256_text(text)


def test_records_validate_against_the_article_schema(records: list[dict[str, object]]) -> None:
    """Every record is valid against schema/article.schema.json."""
    validator = jsonschema.Draft202012Validator(load_json_schema(ARTICLE_SCHEMA_FILE))
    assert [list(validator.iter_errors(r)) for r in records] == [[] for _ in records]


def test_ingest_reproduces_the_committed_corpus_byte_for_byte(tmp_path: Path) -> None:
    """Re-ingesting corpus/raw gives exactly corpus/articles.jsonl."""
    out = tmp_path / "other.jsonl"
    result = CliRunner().invoke(main, ["ingest", str(RAW), "-o", str(out), "--annotations", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"ingested 7 documents from 5 pages -> {out}\n"
    assert out.read_bytes() == ARTICLES.read_bytes()


def test_freeze_normalises_line_endings_and_spaces() -> None:
    """CRLF becomes LF, trailing spaces go, and decomposed letters are composed."""
    assert freeze("سلام  \r\nعليكم\r\n") == "سلام\nعليكم"
    assert freeze("\u0627\u0653") == "\u0622"


def test_html_pages_are_read_with_trafilatura(tmp_path: Path) -> None:
    """A saved HTML page yields its article text and title, without the navigation."""
    html = (
        "<html><head><title>بوتين يبحث مع ماكرون الوضع في أوكرانيا</title></head><body>"
        "<nav><a href='/'>الرئيسية</a> <a href='/x'>سياسة</a></nav>"
        "<article><h1>بوتين يبحث مع ماكرون الوضع في أوكرانيا</h1>"
        "<p>بحث الرئيس الروسي فلاديمير بوتين خلال اتصال هاتفي مع نظيره الفرنسي إيمانويل ماكرون الوضع في أوكرانيا"
        " والعلاقات الثنائية بين البلدين وعددا من القضايا الدولية والإقليمية ذات الاهتمام المشترك.</p>"
        "<p>وأكد الجانبان أهمية مواصلة الحوار بين موسكو وباريس من أجل التوصل إلى حلول سياسية للأزمات.</p>"
        "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [doc] = ingest(tmp_path)
    assert doc["title"] == "بوتين يبحث مع ماكرون الوضع في أوكرانيا"
    assert str(doc["text"]).startswith("بحث الرئيس الروسي فلاديمير بوتين")
    assert "الرئيسية" not in str(doc["text"])
    assert "جميع الحقوق محفوظة" not in str(doc["text"])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt", "مرحبا".encode("cp1256"), "not UTF-8 text"),
        ("empty.txt", b"   \n", "the file is empty"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a binary file"),
    ],
)
def test_bad_pages_fail_clearly_and_write_nothing(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    """A bad page names the file and what to do, exits 2, and leaves the output untouched."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_bytes(content)
    out = tmp_path / "articles.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(raw), "-o", str(out), "--annotations", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {raw / name}: ")
    assert message in result.output
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "raw"]


def test_folder_without_pages_fails_clearly(tmp_path: Path) -> None:
    """A folder with no pages says what it looked for and exits 2."""
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "-o", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {tmp_path}: no pages found (looked for .txt, .html, .htm). "
        "Copy the scraped pages into this folder first.\n"
    )


def _annotated_copy(tmp_path: Path, text: str) -> Path:
    doc = {"doc_id": "p-1", "text": text}
    folder = tmp_path / "annotations" / "a1"
    folder.mkdir(parents=True)
    (folder / "p-1.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "annotations"


def test_changed_text_of_an_annotated_document_is_refused(tmp_path: Path) -> None:
    """Ingest refuses to change an annotated text, shows the difference, and --force overrides."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "p.txt").write_text("العنوان\n\nالنص الجديد للمقال.", encoding="utf-8")
    annotations = _annotated_copy(tmp_path, "النص القديم للمقال.")
    out = tmp_path / "articles.jsonl"
    args = ["ingest", str(raw), "-o", str(out), "--annotations", str(annotations)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "document p-1 already has annotations" in result.output
    assert "-النص القديم للمقال." in result.output
    assert "+النص الجديد للمقال." in result.output
    assert not out.exists()
    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert out.exists()
