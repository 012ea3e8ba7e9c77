"""The guidelines as Label Studio's instructions: allowed tags only, dir="auto" blocks, isolated runs, no dead links."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from diplonews.labelstudio.guidelines import ALLOWED, BLOCKS, instructions_html, render_markdown, sanitise
from diplonews.schema import load_inventory
from diplonews.tables import inventory_markdown

ROOT = Path(__file__).resolve().parents[1]
GUIDELINES = ROOT / "docs" / "guidelines.md"
ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN = re.compile(r"[A-Za-z]")
ATTRIBUTES = {"dir", "href", "target", "rel"}


@dataclasses.dataclass
class Block:
    tag: str
    attrs: dict[str, str | None]
    outside: str = ""  # text outside <bdi> (what dir="auto" looks at), <code> left out
    first_strong: str = ""  # the first letter outside <bdi>, code included: what dir="auto" decides by


class Structure(HTMLParser):
    """Every element, every block with its text outside <bdi>, every href."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: list[Block] = []
        self.open: list[str] = []
        self.current: list[Block] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in BLOCKS:
            self.current.append(Block(tag, dict(attrs)))
            self.blocks.append(self.current[-1])
        if tag not in ("br", "hr"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open[-1:] == [tag], (tag, self.open)
        self.open.pop()
        if tag in BLOCKS:
            self.current.pop()

    def handle_data(self, data: str) -> None:
        if not self.current or "bdi" in self.open:
            return
        block = self.current[-1]
        if not block.first_strong and (found := re.search(r"[A-Za-z\u0600-\u06ff]", data)):
            block.first_strong = found.group()
        if "code" not in self.open:
            block.outside += data


def structure(html: str) -> Structure:
    parsed = Structure()
    parsed.feed(html)
    parsed.close()
    assert parsed.open == [], "every element is closed"
    return parsed


def test_guidelines_html_has_only_allowed_tags_and_dir_auto_blocks() -> None:
    parsed = structure(instructions_html(GUIDELINES))
    assert {tag for tag, _ in parsed.tags} <= ALLOWED
    assert {"table", "td", "blockquote", "bdi", "code"} <= {tag for tag, _ in parsed.tags}
    assert all(set(attrs) <= ATTRIBUTES for _, attrs in parsed.tags)
    assert len(parsed.blocks) > 200
    assert all(block.attrs.get("dir") == "auto" for block in parsed.blocks)


def test_every_block_reads_in_one_direction_outside_its_isolates() -> None:
    """Outside <bdi> a block holds one script only, so dir="auto" gives it the direction of its prose and the
    bidi algorithm never joins two Arabic quotes and the punctuation between them into one run."""
    blocks = structure(instructions_html(GUIDELINES)).blocks
    for block in blocks:
        arabic, latin = ARABIC.search(block.outside), LATIN.search(block.outside)
        assert not (arabic and latin), (block.tag, block.outside[:120])
    mixed = next(b for b in blocks if b.outside.startswith("Mention: «» (, ), not «». «» is a"))
    assert mixed.first_strong == "M"  # left to right: the quotes are isolated inside it
    example = next(b for b in blocks if b.outside.startswith("عبّر الرئيس الروسي فلاديمير بوتين"))
    assert ARABIC.match(example.first_strong)
    opens_with_arabic = next(b for b in blocks if b.outside.startswith("«» is a  mention of Putin"))
    assert LATIN.match(opens_with_arabic.first_strong)


def test_links_resolve_and_repository_files_are_named_by_their_path() -> None:
    """On the Label Studio server `checks.md` is a 404: the link becomes the file's repository path."""
    html = instructions_html(GUIDELINES)
    hrefs = [attrs["href"] for tag, attrs in structure(html).tags if tag == "a"]
    assert all(str(href).startswith(("https://", "http://", "mailto:")) for href in hrefs)
    assert "checks.md" in GUIDELINES.read_text(encoding="utf-8")
    assert "is in <code>docs/checks.md</code>." in html
    assert (ROOT / "docs" / "checks.md").is_file()
    assert "GENERATED" not in html  # the generated-block markers are comments, not text
    text = "See [the checks](checks.md#level-1), [missing](nowhere.md), [web](https://example.org/x), [top](#top)."
    rendered = render_markdown(text, GUIDELINES, ROOT)
    assert rendered == (
        '<p dir="auto">See the checks (<code>docs/checks.md</code>), missing, '
        '<a href="https://example.org/x" target="_blank" rel="noopener noreferrer">web</a>, top.</p>\n'
    )


HOSTILE = """<iframe src="https://evil.example/"></iframe>
<base href="https://evil.example/">

<style>body { display: none }</style>

<script>alert(1)</script>

Text <img src=x onerror="alert(2)"> and [click](javascript:alert(3)) and ![pic](x.png) and <b onclick="alert(4)">b</b>.

| label | meaning |
|---|---|
| `X` | <iframe src="https://evil.example/"></iframe> |
"""


@pytest.mark.parametrize("source", ["markdown", "gloss"])
def test_hostile_markdown_and_glosses_come_out_as_text(source: str) -> None:
    """Tags typed into the guidelines or into a gloss of labels.json are shown as text, never as elements."""
    if source == "gloss":
        inv = load_inventory()
        evil = dataclasses.replace(
            inv.entity_types[0], gloss='<iframe src="https://evil.example/"></iframe><base href="//e">'
        )
        markdown = inventory_markdown(dataclasses.replace(inv, entity_types=(evil, *inv.entity_types[1:])))
    else:
        markdown = HOSTILE
    html = render_markdown(markdown, GUIDELINES, ROOT)
    parsed = structure(html)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED
    assert all(set(attrs) <= ATTRIBUTES for _, attrs in parsed.tags)
    assert "javascript:" not in " ".join(str(attrs.get("href")) for _, attrs in parsed.tags)
    assert "&lt;iframe src=&quot;https://evil.example/&quot;&gt;" in html


def test_raw_html_is_cut_to_the_allow_list() -> None:
    """The second line of defence, for HTML that reached the sanitiser: elements outside the allow-list go,
    script-like ones with their content, and attributes other than a real link's are dropped."""
    raw = (
        '<p onclick="x()" style="color:red">a<script>alert(1)</script><iframe src="//e"><p>in</p></iframe>'
        '<embed src="x"><u>b</u><a href="javascript:alert(1)">c</a><a href="https://example.org" onclick="y">d</a></p>'
        '<base href="//e"><style>p{}</style><table><tr><td onmouseover="z">e</td></tr></table>'
    )
    assert sanitise(raw, GUIDELINES, ROOT) == (
        '<p dir="auto">abc<a href="https://example.org" target="_blank" rel="noopener noreferrer">d</a></p>'
        '<table><tr><td dir="auto">e</td></tr></table>'
    )
