"""docs/guidelines.md as the HTML of Label Studio's instructions: bidi-safe, sanitised, no dead links.

Label Studio shows the project's ``expert_instruction`` with ``dangerouslySetInnerHTML`` and its own cleaning
lets ``<iframe>``, ``<base>`` and ``<style>`` through, so this HTML is built from an allow-list: Markdown is
rendered with raw HTML off (tags typed into the guidelines or a label gloss come out as text), then the result
is parsed and written again with only the tags and attributes below.

Direction: English rules quote Arabic, and Arabic examples quote labels. Every block gets ``dir="auto"`` and
every run of the script that is not the block's main one is isolated in ``<bdi>``, so two Arabic quotes in
an English sentence keep their order instead of being reordered as one right-to-left run together with the
punctuation between them.

Links: the instructions are shown on the Label Studio server, where a link to ``checks.md`` is a 404. A
link to a file of the repository becomes the file's repository path in ``<code>``; only absolute
``http(s)``/``mailto`` links stay links.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from diplonews.labelstudio.keys import find_project

BLOCKS = frozenset({"p", "li", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
INLINE = frozenset({"code", "em", "strong", "a", "bdi", "br"})
CONTAINERS = frozenset({"ul", "ol", "table", "thead", "tbody", "tr", "hr"})
ALLOWED = BLOCKS | INLINE | CONTAINERS
VOID = frozenset({"br", "hr"})
# Elements without an end tag: they never open a level, allowed or not.
HTML_VOID = VOID | {"area", "base", "col", "embed", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
# Dropped with everything inside them; any other tag not allowed is dropped and its text kept (escaped).
DROP_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"})
LINK_SCHEMES = ("http", "https", "mailto")
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_LATIN = "A-Za-z\u00c0-\u024f"
# A run of one script: from a letter of it to a letter (or digit) of it, across spaces and digits only, so
# the quotation marks and punctuation between two quoted runs stay outside the isolates.
_RUN = {
    # Numbers at either end belong to the Arabic phrase («11 سبتمبر 2022», «650 مليون يورو»).
    "rtl": re.compile(rf"(?:\d+ )?[{_ARABIC}](?:[{_ARABIC}\s\d]*[{_ARABIC}])?(?: \d+)?"),
    "ltr": re.compile(rf"[{_LATIN}](?:[{_LATIN}\s\d.'’_-]*[{_LATIN}\d])?"),
}
_COMMENT = re.compile(r"<!--.*?-->", re.S)
FALLBACK = '<p dir="auto">See <code>docs/guidelines.md</code> in the diplonews repository.</p>'


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)
    target: str = ""  # of a link that cannot stay one: the repository path it pointed to, if any

    def text(self, skip: str = "") -> str:
        """The text inside, leaving out the elements called ``skip``."""
        return "".join(c if isinstance(c, str) else "" if c.tag == skip else c.text(skip) for c in self.children)


@dataclass(frozen=True)
class _Links:
    """Where the guidelines live, to turn links to repository files into their repository paths."""

    source: Path
    root: Path

    def node(self, href: str) -> _Node:
        """An ``<a>`` for ``href``: a real link when absolute, else one to be unlinked at its end tag."""
        parts = urlsplit(href)
        if parts.scheme in LINK_SCHEMES and parts.netloc + parts.path:
            return _Node("a", {"href": href, "target": "_blank", "rel": "noopener noreferrer"})
        if parts.scheme or not parts.path:  # javascript: and the like, or an in-page anchor
            return _Node("a")
        target = (self.source.parent / parts.path).resolve()
        exists = target.is_relative_to(self.root) and target.exists()
        return _Node("a", target=target.relative_to(self.root).as_posix() if exists else "")


def _unlink(parent: _Node, link: _Node) -> None:
    """Replace a link that would not resolve on the server by its text and the file's repository path."""
    where = next(i for i, child in enumerate(parent.children) if child is link)
    shown: list[_Node | str] = list(link.children)
    if link.target and link.text().strip() in (link.target, Path(link.target).name):
        shown = [_Node("code", children=[link.target])]
    elif link.target:
        shown += [" (", _Node("code", children=[link.target]), ")"]
    parent.children[where : where + 1] = shown


class _TreeBuilder(HTMLParser):
    """markdown-it's HTML as a tree of allowed elements and their text; everything else is dropped here."""

    def __init__(self, links: _Links) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.stack = [self.root]
        self.links = links
        self.skipping = 0  # open elements inside (and including) a DROP_CONTENT element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping or tag in DROP_CONTENT:
            self.skipping += tag not in HTML_VOID
            return
        if tag not in ALLOWED:
            return
        node = self.links.node(dict(attrs).get("href") or "") if tag == "a" else _Node(tag)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        if tag in ALLOWED and tag not in VOID and len(self.stack) > 1 and self.stack[-1].tag == tag:
            node = self.stack.pop()
            if tag == "a" and "href" not in node.attrs:
                _unlink(self.stack[-1], node)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.stack[-1].children.append(data)


def _direction(block: _Node) -> str:
    """A block's direction: right to left when it is Arabic apart from label names in ``<code>``.

    The guidelines are English prose that quotes Arabic, with Arabic examples: a rule that quotes more Arabic
    than it has English words is still an English sentence. Runs of the other script are isolated, and
    ``dir="auto"`` skips ``<bdi>`` content, so the browser's first-strong-letter rule gives this same direction
    (an English rule that opens with an Arabic quote stays left to right).
    """
    prose = block.text(skip="code")
    return "rtl" if _RUN["rtl"].search(prose) and not _RUN["ltr"].search(prose) else "ltr"


def _isolated(text: str, base: str) -> str:
    """``text`` escaped, with every run of the script opposite to ``base`` in a ``<bdi>``."""
    other = _RUN["ltr" if base == "rtl" else "rtl"]
    out, last = [], 0
    for run in other.finditer(text):
        out += [html.escape(text[last : run.start()]), f"<bdi>{html.escape(run.group())}</bdi>"]
        last = run.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _serialise(node: _Node, base: str) -> str:
    parts = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(_isolated(child, base))
            continue
        attrs = dict(child.attrs)
        inner_base = base
        if child.tag in BLOCKS:
            attrs["dir"] = "auto"
            inner_base = _direction(child)
        rendered = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
        if child.tag in VOID:
            parts.append(f"<{child.tag}{rendered}>")
        else:
            parts.append(f"<{child.tag}{rendered}>{_serialise(child, inner_base)}</{child.tag}>")
    return "".join(parts)


def render_markdown(markdown: str, source: Path, root: Path | None = None) -> str:
    """Markdown (read from ``source``) as sanitised, bidi-isolated HTML; ``root`` is the repository."""
    from markdown_it import MarkdownIt

    # Raw HTML off: a tag in the guidelines or in a gloss of a generated table is shown as text.
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    return sanitise(md.render(_COMMENT.sub("", markdown)), source, root)


def sanitise(raw_html: str, source: Path, root: Path | None = None) -> str:
    """``raw_html`` with only the allowed tags, ``dir="auto"`` blocks, isolated runs and resolvable links."""
    builder = _TreeBuilder(_Links(source.resolve(), (root or find_project(source) or source.parent).resolve()))
    builder.feed(raw_html)
    builder.close()
    return _serialise(builder.root, "ltr")


def instructions_html(guidelines: Path | None) -> str:
    """The annotation guidelines as HTML for the project's expert instructions."""
    if guidelines is None or not guidelines.is_file():
        return FALLBACK
    return render_markdown(guidelines.read_text(encoding="utf-8"), guidelines)
