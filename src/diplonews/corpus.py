"""Ingest: raw pages (text or saved HTML) -> frozen article records in ``corpus/articles.jsonl``."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from diplonews._io import numbered_jsonl, sha256_text, write_jsonl
from diplonews.errors import CorpusError, InputError
from diplonews.schema import ARTICLE_FIELDS, MAX_DOC_ID, is_doc_id

PAGE_SUFFIXES = (".txt", ".html", ".htm")
# A title is a line a reader takes for a headline: short, and not ending like a sentence.
TITLE_MAX_WORDS = 20
SENTENCE_END = (".", "؟", "?", "!", ":", '"', "”", "»", ")", "،", "؛")


@dataclass(frozen=True)
class LineRule:
    """One cleaning rule read from ``cleaning_rules.json``."""

    name: str
    action: str
    pattern: re.Pattern[str]
    example: str
    why: str


@cache
def cleaning_rules() -> tuple[LineRule, ...]:
    """The line rules, in the order they are tried."""
    raw = json.loads((resources.files("diplonews") / "cleaning_rules.json").read_text(encoding="utf-8"))
    return tuple(
        LineRule(r["name"], r["action"], re.compile(r["pattern"]), r["example"], r["why"]) for r in raw["line_rules"]
    )


@cache
def structural_rules() -> tuple[tuple[str, str], ...]:
    """(name, why) of the rules applied to whole paragraphs."""
    raw = json.loads((resources.files("diplonews") / "cleaning_rules.json").read_text(encoding="utf-8"))
    return tuple((r["name"], r["why"]) for r in raw["structural_rules"])


def match_rule(line: str) -> tuple[LineRule, dict[str, str]] | None:
    """The first rule whose pattern matches ``line``, with its named groups."""
    for rule in cleaning_rules():
        found = rule.pattern.search(line)
        if found:
            return rule, {k: v.strip() for k, v in found.groupdict().items() if v}
    return None


def freeze(text: str) -> str:
    """The frozen form of a text: NFC, ``\\n`` line endings, no trailing spaces, no blank ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def is_title_like(line: str) -> bool:
    """A short line that does not end like a sentence."""
    return len(line.split()) <= TITLE_MAX_WORDS and not line.rstrip().endswith(SENTENCE_END)


def parse_date(raw: str) -> str:
    """ISO-8601 at the precision ``raw`` states: a date, or a date and time (with offset if stated)."""
    import dateparser

    parsed = dateparser.parse(
        raw, languages=["ar", "en"], settings={"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    )
    if parsed is None:
        raise InputError(f"cannot read the date {raw!r}; add a pattern for it to cleaning_rules.json")
    iso: str = parsed.isoformat(timespec="minutes") if re.search(r"\d{1,2}:\d{2}", raw) else parsed.date().isoformat()
    return iso


@dataclass
class _Line:
    lineno: int
    text: str
    blank_before: bool


@dataclass
class _Segment:
    lines: list[_Line] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def _segments(text: str) -> tuple[list[_Segment], dict[str, str]]:
    """Apply the line rules: drop boilerplate, collect metadata, split at explicit markers."""
    segments = [_Segment()]
    page_meta: dict[str, str] = {}
    blank = True
    for lineno, raw_line in enumerate(text.split("\n"), 1):
        line = raw_line.strip()
        if not line:
            blank = True
            continue
        hit = match_rule(line)
        if hit is None:
            segments[-1].lines.append(_Line(lineno, line, blank))
        else:
            rule, groups = hit
            if rule.action == "split":
                segments.append(_Segment())
            elif rule.action in ("metadata", "metadata-keep"):
                for key, value in groups.items():
                    # The outlet is the page's; title, date and agency belong to the article they head.
                    target = page_meta if key == "outlet" else segments[-1].meta
                    target.setdefault(key, value)
                if rule.action == "metadata-keep":
                    segments[-1].lines.append(_Line(lineno, line, blank))
        blank = False
    return segments, page_meta


def _articles(segment: _Segment) -> list[_Segment]:
    """Apply the structural rules: title, navigation tags, repeated headlines, articles without markers."""
    lines = segment.lines
    # navigation-tag: two title-like lines before any body -> the first is a tag.
    while len(lines) >= 2 and is_title_like(lines[0].text) and is_title_like(lines[1].text) and lines[1].blank_before:
        if lines[0].text == lines[1].text:
            break
        lines = lines[1:]
    out = [_Segment(meta=dict(segment.meta))]
    for i, line in enumerate(lines):
        current = out[-1]
        title = current.meta.get("title")
        if current.lines and line.text == current.lines[-1].text:
            continue  # repeated-headline
        if title is not None and line.text == title:
            continue  # repeated-headline
        if not current.lines and title is None and is_title_like(line.text) and i + 1 < len(lines):
            current.meta["title"] = line.text  # title-line
            current.lines.append(line)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        standalone = line.blank_before and (nxt is None or nxt.blank_before)
        if current.lines and standalone and is_title_like(line.text) and nxt is not None and _has_body(current):
            out.append(_Segment(lines=[line], meta={"title": line.text}))  # next-article-title
            continue
        current.lines.append(line)
    return [s for s in out if _has_body(s)]


def _has_body(segment: _Segment) -> bool:
    title = segment.meta.get("title")
    return any(line.text != title for line in segment.lines)


def parse_page(raw_text: str, source_file: str) -> list[dict[str, Any]]:
    """Turn one page's text into article records (without ``doc_id``-independent state)."""
    segments, page_meta = _segments(freeze(raw_text))
    stem = Path(source_file).stem
    records: list[dict[str, Any]] = []
    for segment in segments:
        for article in _articles(segment):
            title = article.meta.get("title")
            body = [line for line in article.lines if line.text != title]
            text = freeze("\n".join(line.text for line in body))
            published = article.meta.get("published")
            record = {
                "doc_id": f"{stem}-{len(records) + 1}",
                "title": title,
                "published": parse_date(published) if published else None,
                "outlet": page_meta.get("outlet"),
                "agency": article.meta.get("agency"),
                "url": None,
                "language": "ar",
                "source_file": f"corpus/raw/{Path(source_file).name}",
                "source_lines": [article.lines[0].lineno, article.lines[-1].lineno],
                "normalization": "NFC",
                "offset_unit": "codepoint",
                "text": text,
                "text_sha256": sha256_text(text),
            }
            records.append({k: record[k] for k in ARTICLE_FIELDS})
    return records


def read_page(path: Path) -> str:
    """The text of a raw page; HTML goes through trafilatura. Bad files raise InputError."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty. Save the page again or remove it from the folder.")
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file, not a saved page. Remove it from the folder.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x}). "
            f"Convert it first, e.g. `iconv -f WINDOWS-1256 -t UTF-8 {path.name} > {path.stem}.utf8{path.suffix}`."
        ) from exc
    if path.suffix.lower() in (".html", ".htm"):
        return _html_to_text(text, path)
    return text


def _html_to_text(html: str, path: Path) -> str:
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not body:
        raise InputError(f"{path}: no article text found in this HTML page. Save the article page itself.")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    return f"{title}\n\n{body}" if title and not body.startswith(title) else body


def ingest(raw_dir: Path) -> list[dict[str, Any]]:
    """Every article of every page in ``raw_dir``, in file-name order."""
    if not raw_dir.is_dir():
        raise InputError(f"{raw_dir}: no such folder. Pass the folder holding the raw pages, e.g. corpus/raw.")
    pages = sorted(p for p in raw_dir.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
    if not pages:
        raise InputError(
            f"{raw_dir}: no pages found (looked for {', '.join(PAGE_SUFFIXES)}). "
            "Copy the scraped pages into this folder first."
        )
    records: list[dict[str, Any]] = []
    source: dict[str, Path] = {}
    for page in pages:
        rename = f"rename {page.name} (its name becomes the document ids)"
        check_doc_id(f"{page.stem}-1", f"{page}", rename)
        found = parse_page(read_page(page), page.name)
        if not found:
            raise InputError(f"{page}: no article text left after cleaning. Check the page or the cleaning rules.")
        for record in found:
            if record["doc_id"] in source:
                raise InputError(
                    f"{page}: gives document id {record['doc_id']!r}, as {source[record['doc_id']].name} does; "
                    "two pages may not share a name up to the suffix: rename one"
                )
            source[record["doc_id"]] = page
        records.extend(found)
    return records


def annotated_texts(annotations_dir: Path) -> dict[str, tuple[Path, str]]:
    """doc_id -> (one annotation file, its text) for every annotated document."""
    found: dict[str, tuple[Path, str]] = {}
    if not annotations_dir.is_dir():
        return found
    for path in sorted(annotations_dir.glob("*/*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # validate reports unreadable files; ingest only protects readable work
        if isinstance(doc, dict) and isinstance(doc.get("text"), str):
            found.setdefault(path.stem, (path, doc["text"]))
    return found


def guard_annotated(records: list[dict[str, Any]], annotations_dir: Path) -> None:
    """Refuse to change the text of a document that already has annotations."""
    annotated = annotated_texts(annotations_dir)
    for record in records:
        if record["doc_id"] not in annotated:
            continue
        path, old = annotated[record["doc_id"]]
        if old != record["text"]:
            diff = "\n".join(
                difflib.unified_diff(
                    old.splitlines(), record["text"].splitlines(), str(path), "new ingest", lineterm=""
                )
            )
            raise CorpusError(
                f"document {record['doc_id']} already has annotations ({path}) and its text would change:\n{diff}\n"
                "Their offsets would no longer match. Fix the cleaning rule, or pass --force and re-annotate."
            )


def write_articles(records: list[dict[str, Any]], out: Path) -> None:
    """Atomically write the article records as JSONL."""
    write_jsonl(out, records)


def check_doc_id(doc_id: object, where: str, fix: str) -> str:
    """``doc_id`` if it is a usable document id (a plain file name), else InputError at ``where``."""
    if not is_doc_id(doc_id):
        raise InputError(
            f"{where}: {doc_id!r} is not a document id (1-{MAX_DOC_ID} ASCII letters, digits, '_', '.', '-', "
            f"starting with a letter or digit); {fix}"
        )
    return doc_id


def load_articles(path: Path) -> dict[str, dict[str, Any]]:
    """doc_id -> article record of a corpus JSONL file (``checked_articles``), for commands that need the texts."""
    return {record["doc_id"]: record for record in checked_articles(path)}


def checked_articles(path: Path) -> Iterator[dict[str, Any]]:
    """Each article record of a corpus JSONL file, checked where the commands rely on it, one at a time.

    The one reader of the corpus: a record without a usable ``doc_id``, with a non-string or empty
    ``text``, or repeating a ``doc_id`` raises InputError naming the file, line and JSON path. A caller that
    keeps only some fields of each record (build) never holds every text.
    """
    lines: dict[str, int] = {}
    fix = f"re-run `diplonews ingest` to rewrite {path}"
    for lineno, record in numbered_jsonl(path):
        doc_id = check_doc_id(record.get("doc_id"), f"{path}:{lineno}::$.doc_id", fix)
        if not isinstance(record.get("text"), str) or not record["text"]:
            raise InputError(f"{path}:{lineno}::$.text: the article text must be a non-empty string; {fix}")
        if doc_id in lines:
            raise InputError(f"{path}:{lineno}::$.doc_id: {doc_id!r} repeats line {lines[doc_id]}; {fix}")
        lines[doc_id] = lineno
        yield record
