"""The agreement report as one self-contained HTML file: inline SVG plots and a right-to-left side-by-side view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from itertools import pairwise
from typing import Any

from diplonews.agreement.formats import LINES, fmt, summary_measures
from diplonews.agreement.measures import layer_block
from diplonews.agreement.tally import Annotations

_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;max-width:1400px}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
.diag{color:#8a4b00;font-size:.85rem}.plots{display:flex;flex-wrap:wrap;gap:2rem}
.doc{display:flex;gap:1rem;align-items:flex-start}.col{flex:1;min-width:0}
.text{direction:rtl;text-align:right;white-space:pre-wrap;line-height:2.1;font-size:1.05rem;
  font-family:'Noto Naskh Arabic','DejaVu Sans',serif;border:1px solid #ddd;padding:.6rem;
  max-height:34rem;overflow:auto}
.m{border-radius:3px;padding:0 1px}.trg{border-bottom:3px solid #333}
.dis{outline:2px dashed #d00;outline-offset:1px}.legend span{margin-inline-end:.8rem}
"""


def _f(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "n/a"


def _bars(title: str, rows: Sequence[tuple[str, Sequence[float | None]]], series: Sequence[str]) -> str:
    """A horizontal grouped bar chart in inline SVG for values in [0, 1]."""
    colors = ["#4363d8", "#f58231", "#3cb44b", "#911eb4"]
    bar, gap, label_w, width = 12, 8, 190, 260
    height = len(rows) * (len(series) * bar + gap) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + width + 60}" height="{height}" role="img">',
        f"<title>{escape(title)}</title>",
    ]
    y = 10
    for name, values in rows:
        parts.append(f'<text x="{label_w - 6}" y="{y + bar}" text-anchor="end" font-size="12">{escape(name)}</text>')
        for i, value in enumerate(values):
            w = 0 if value is None else max(0.0, min(1.0, value)) * width
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar - 2}" fill="{colors[i % 4]}"/>')
            parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar - 3}" font-size="10">{_f(value)}</text>')
            y += bar
        y += gap
    for i, s in enumerate(series):
        parts.append(
            f'<rect x="{label_w + i * 120}" y="{y + 4}" width="10" height="10" fill="{colors[i % 4]}"/>'
            f'<text x="{label_w + i * 120 + 14}" y="{y + 13}" font-size="11">{escape(s)}</text>'
        )
    parts.append("</svg>")
    return f"<figure><figcaption>{escape(title)}</figcaption>{''.join(parts)}</figure>"


def _confusion_svg(name: str, confusion: Mapping[str, Any]) -> str:
    """A heat-map confusion matrix of stance labels (rows: first annotator, columns: second; — = not marked)."""
    labels: list[str] = confusion["labels"]
    matrix: Mapping[str, Mapping[str, int]] = confusion["matrix"]
    top = max([1, *(v for row in matrix.values() for v in row.values())])
    cell, off = 46, 80
    size = off + cell * len(labels) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" role="img">',
        f"<title>stance confusion {escape(name)}</title>",
    ]
    for i, label in enumerate(labels):
        parts.append(
            f'<text x="{off + i * cell + cell / 2}" y="{off - 8}" text-anchor="middle" font-size="10">'
            f"{escape(label)}</text>"
        )
        parts.append(
            f'<text x="{off - 6}" y="{off + i * cell + cell / 2 + 4}" text-anchor="end" font-size="10">'
            f"{escape(label)}</text>"
        )
    for i, row in enumerate(labels):
        for j, col in enumerate(labels):
            v = matrix[row][col]
            shade = 255 - int(200 * v / top)
            fill = f"rgb({shade},{shade},255)" if i == j else f"rgb(255,{shade},{shade})"
            parts.append(
                f'<rect x="{off + j * cell}" y="{off + i * cell}" width="{cell - 2}" height="{cell - 2}"'
                f' fill="{fill}"/><text x="{off + j * cell + cell / 2}" y="{off + i * cell + cell / 2 + 4}"'
                f' text-anchor="middle" font-size="12">{v}</text>'
            )
    parts.append(
        f'<text x="4" y="14" font-size="11">rows {escape(str(confusion["rows"]))},'
        f" columns {escape(str(confusion['columns']))}</text></svg>"
    )
    return f"<figure><figcaption>Stance confusion, {escape(name)}</figcaption>{''.join(parts)}</figure>"


def _spans(doc: Mapping[str, Any]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, label, key) for every mention and trigger of a document."""
    types = {e["id"]: e.get("type", "?") for e in doc.get("entities", [])}
    out = [
        (
            m["start"],
            m["end"],
            "m",
            str(types.get(m.get("entity"), "?")),
            f"m:{m['start']}:{m['end']}:{types.get(m.get('entity'), '?')}",
        )
        for m in doc.get("mentions", [])
    ]
    out += [
        (
            v["trigger"]["start"],
            v["trigger"]["end"],
            "t",
            str(v["type"]),
            f"t:{v['trigger']['start']}:{v['trigger']['end']}:{v['type']}",
        )
        for v in doc.get("events", [])
    ]
    return out


def _highlight(
    text: str, spans: Sequence[tuple[int, int, str, str, str]], agreed: set[str], colors: Mapping[str, str]
) -> str:
    """The escaped text with each span wrapped; a span some other annotator lacks is marked ``dis``."""
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in pairwise(cuts):
        piece = escape(text[a:b])
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        if not covering:
            out.append(piece)
            continue
        classes, style, titles = [], "", []
        mentions = sorted((s for s in covering if s[2] == "m"), key=lambda s: s[1] - s[0])
        if mentions:
            classes.append("m")
            style = f"background:{colors.get(mentions[0][3], '#ddd')}55"
        if any(s[2] == "t" for s in covering):
            classes.append("trg")
        if any(s[4] not in agreed for s in covering):
            classes.append("dis")
        titles = [
            ("event " if s[2] == "t" else "") + s[3] + ("" if s[4] in agreed else " (disagreement)") for s in covering
        ]
        out.append(
            f'<span class="{" ".join(classes)}" style="{style}" title="{escape(", ".join(titles))}">{piece}</span>'
        )
    return "".join(out)


def _document_view(doc_id: str, docs: Mapping[str, Mapping[str, Any]], colors: Mapping[str, str]) -> str:
    spans = {a: _spans(d) for a, d in docs.items()}
    keys = {a: {s[4] for s in ss} for a, ss in spans.items()}
    agreed = set.intersection(*keys.values()) if keys else set()
    cols = []
    for annotator, doc in sorted(docs.items()):
        own = keys[annotator]
        body = _highlight(str(doc.get("text", "")), spans[annotator], agreed, colors)
        cols.append(
            f'<div class="col"><h3>{escape(annotator)}: {len(doc.get("mentions", []))} mentions,'
            f" {len(doc.get('events', []))} events, {len(doc.get('stances', []))} stances,"
            f" {len(own - agreed)} spans not shared by all</h3>"
            f'<div class="text" dir="rtl" lang="ar">{body}</div></div>'
        )
    return (
        f'<section><h2 id="doc-{escape(doc_id)}">{escape(doc_id)}</h2><div class="doc">{"".join(cols)}</div></section>'
    )


def _summary(report: Mapping[str, Any]) -> str:
    """The pooled lines of the text report as a table: the registry's summary measures and their diagnostics."""
    rows = []
    for line in LINES:
        if not line.pooled:
            continue
        cells = " ".join(
            f"{escape(m.keys[0])} <b>{fmt(layer_block(report, m.layer).get(m.keys[0]))}</b>"
            for m in summary_measures(line, pooled=True)
        )
        diags = "<br>".join(
            escape(f"{d['code']} ({d['metric']}): {d['message']}")
            for d in layer_block(report, line.layers[0]).get("diagnostics", [])
        )
        rows.append(f"<tr><th>{escape(line.title)}</th><td>{cells}</td><td class=diag>{diags}</td></tr>")
    return "<table><tr><th>layer</th><th>pooled</th><th>diagnostics</th></tr>" + "".join(rows) + "</table>"


def render(report: Mapping[str, Any], annotations: Annotations) -> str:
    """The whole report page; every piece of annotated text is HTML-escaped."""
    from diplonews.schema import load_inventory

    colors = {t.name: t.color or "#ddd" for t in load_inventory().entity_types}
    pairs: Mapping[str, Any] = report["pairs"]
    per_type = [
        (t, [p["entities"]["per_type"].get(t, {}).get("strict_f1") for p in pairs.values()])
        for t in report["entities"]["per_type"]
    ]
    per_doc = [
        (d, [row.get("entities_strict_f1"), row.get("events_trigger_f1"), row.get("stance_percent")])
        for d, row in report["documents"].items()
    ]
    plots = [
        _bars("Entity strict F1 per type, per pair", per_type, list(pairs)),
        _bars(
            "Agreement per document (mean over pairs)",
            per_doc,
            ["entity strict F1", "trigger F1", "stance % agreement"],
        ),
    ]
    plots += [_confusion_svg(name, p["stance"]["confusion"]) for name, p in pairs.items()]
    legend = "".join(f'<span class="m" style="background:{c}55">{escape(n)}</span>' for n, c in colors.items())
    views = []
    for doc_id in report["documents"]:
        docs = {a: annotations[a][doc_id] for a in report["documents"][doc_id]["annotators"]}
        views.append(_document_view(doc_id, docs, colors))
    title = f"diplonews inter-annotator agreement: {', '.join(report['annotators'])}"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>{_summary(report)}"
        f'<h2>Plots</h2><div class="plots">{"".join(plots)}</div>'
        f'<h2>Documents side by side</h2><p class="legend">{legend} <span class="trg">event trigger</span>'
        f' <span class="dis">not marked identically by every annotator</span></p>{"".join(views)}</body></html>\n'
    )
