"""The output formats of ``diplonews agreement``: name -> renderer of a report; ``--format`` offers these names.

The text report prints, line by line, the measures of ``measures.MEASURES`` marked ``summary``; the HTML report
(``html.render``) shows the same pooled lines. Adding a format is one function and one ``FORMATS`` entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from diplonews.agreement.measures import MEAN_OVER_PAIRS, Measure, layer_block, measures

# (report, the annotations it was computed from) -> the text to print or write.
Renderer = Callable[[Mapping[str, Any], Mapping[str, Any]], str]


@dataclass(frozen=True)
class Line:
    """One line of the text report (and row of the HTML summary): a title and the measures of some layers."""

    title: str
    layers: tuple[str, ...]
    pooled: bool = True  # also printed for all annotators (the pooled section)


LINES: tuple[Line, ...] = (
    Line("entities", ("entities",)),
    Line("entity labels on shared spans", ("entities.label", "entities.qid"), pooled=False),
    Line("events", ("events",)),
    Line("stance", ("stance",)),
    Line("pre-annotation", ("preannotation",)),
)


def fmt(value: object) -> str:
    """A number as the reports print it: floats to 3 decimals, None as n/a."""
    return f"{value:.3f}" if isinstance(value, float) else ("n/a" if value is None else str(value))


def summary_measures(line: Line, *, pooled: bool) -> list[Measure]:
    """The measures a line shows: those marked ``summary``, only the pooled ones in the pooled section."""
    return [m for layer in line.layers for m in measures(layer, pooled=True if pooled else None) if m.summary]


def line_text(line: Line, report: Mapping[str, Any], *, pooled: bool) -> list[str]:
    """The text of one line and the diagnostics under it (not repeated for means over pairs when pooled)."""
    cells = []
    for m in summary_measures(line, pooled=pooled):
        where = layer_block(report, m.layer)
        cells.append(m.text.format(key=m.keys[0], value=fmt(where.get(m.keys[0])), block=where))
    out = [f"{line.title}: " + "  ".join(cells)]
    first = layer_block(report, line.layers[0])
    if not (pooled and line.layers[0] in MEAN_OVER_PAIRS):
        out += [f"  ! {d['code']} ({d['metric']}): {d['message']}" for d in first.get("diagnostics", [])]
    return out


def text_report(report: Mapping[str, Any], annotations: Mapping[str, Any] | None = None) -> str:
    """A plain-text summary: each pair, then the pooled numbers, each line followed by its diagnostics."""
    lines = [f"annotators: {', '.join(report['annotators'])}; documents: {len(report['documents'])}"]
    for name, pair in report["pairs"].items():
        lines.append(f"== pair {name} ({pair['documents']} documents)")
        for line in LINES:
            lines += line_text(line, pair, pooled=False)
    lines.append("== pooled (F1: mean over pairs; stance: all annotators together)")
    for line in LINES:
        if line.pooled:
            lines += line_text(line, report, pooled=True)
    lines.append(f"stance labels: {report['stance']['label_distribution']['all']}")
    return "\n".join(lines) + "\n"


def json_report(report: Mapping[str, Any], annotations: Mapping[str, Any] | None = None) -> str:
    """The report as canonical JSON (what ``reports/agreement.json`` holds)."""
    from diplonews._io import dumps

    return dumps(report)


def html_report(report: Mapping[str, Any], annotations: Mapping[str, Any]) -> str:
    """One self-contained HTML page: summary, plots, and every document side by side."""
    from diplonews.agreement.html import render

    return render(report, annotations)


FORMATS: dict[str, Renderer] = {"text": text_report, "json": json_report, "html": html_report}
