"""The ``diplonews agreement`` command: load annotations, compute the report, print or write it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import click

from diplonews.errors import InputError


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else ("n/a" if value is None else str(value))


def text_report(report: dict[str, Any]) -> str:
    """A plain-text summary: pooled numbers, then each pair, each line followed by its diagnostics."""
    lines = [f"annotators: {', '.join(report['annotators'])}; documents: {len(report['documents'])}"]

    def section(title: str, block: dict[str, Any], keys: list[str]) -> None:
        lines.append(f"{title}: " + "  ".join(f"{k}={_fmt(block.get(k))}" for k in keys))
        lines.extend(f"  ! {d['code']} ({d['metric']}): {d['message']}" for d in block.get("diagnostics", []))

    entity_keys = ["strict_f1", "exact_f1", "overlap_f1"]
    event_keys = ["trigger_id_f1", "trigger_f1", "argument_id_f1", "argument_f1", "argument_f1_conditional"]
    stance_keys = ["alpha", "kappa", "ac1", "percent", "units"]
    for name, pair in report["pairs"].items():
        lines.append(f"== pair {name} ({pair['documents']} documents)")
        section("entities", pair["entities"], entity_keys)
        label = pair["entities"]["label"]
        lines.append(
            f"entity labels on shared spans: n={label['n']}  kappa={_fmt(label['kappa'])}  alpha={_fmt(label['alpha'])}"
            f"  qid agreement={_fmt(pair['entities']['qid']['percent'])} (n={pair['entities']['qid']['n']})"
        )
        section("events", pair["events"], event_keys)
        section("stance", pair["stance"], [*stance_keys, "unit_f1"])
    lines.append("== pooled (F1: mean over pairs; stance: all annotators together)")
    lines.append("entities: " + "  ".join(f"{k}={_fmt(report['entities'].get(k))}" for k in entity_keys))
    lines.append("events: " + "  ".join(f"{k}={_fmt(report['events'].get(k))}" for k in event_keys))
    section("stance", report["stance"], stance_keys)
    lines.append(f"stance labels: {report['stance']['label_distribution']['all']}")
    return "\n".join(lines) + "\n"


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of stdout.")
@click.option(
    "--fail-under",
    "gates",
    multiple=True,
    metavar="KEY=VALUE",
    help="Exit 1 if a pooled number (dotted key, e.g. entities.strict_f1=0.8) is below VALUE or undefined.",
)
def agreement(paths: tuple[Path, ...], fmt: str, output: Path | None, gates: tuple[str, ...]) -> None:
    """Inter-annotator agreement of the annotator folders under PATHS (default: annotations/).

    Each PATH is an annotations root holding <annotator>/<doc_id>.json (gold is left out), or one
    annotator folder. Reports entity, event and stance agreement per annotator pair and pooled.

    Example:

        diplonews agreement annotations/ --format html -o reports/agreement.html
        diplonews agreement --fail-under entities.strict_f1=0.8 --fail-under stance.alpha=0.667
    """
    from diplonews._io import atomic_write_text, dumps
    from diplonews.agreement.loading import LazyDocuments, lazy_annotations
    from diplonews.agreement.report import compute

    # Documents are parsed when the computation visits them and not kept: large trees stay within memory.
    annotations: dict[str, Any] = {}
    for path in paths or (Path("annotations"),):
        if not path.is_dir():
            raise InputError(f"{path}: not a folder; give an annotations root (annotations/) or an annotator folder")
        loaded: dict[str, Any] = dict(lazy_annotations(path))
        if not loaded and any(path.glob("*.json")):
            # One annotator's folder (gold too, to compare it with an annotator).
            loaded = {path.name: LazyDocuments(path)}
        annotations.update(loaded)
    if len(annotations) < 2:
        found = ", ".join(sorted(annotations)) or "none"
        raise InputError(
            f"agreement needs at least two annotators' folders; found {found} under {', '.join(map(str, paths))}"
        )
    report = compute(annotations)
    if fmt == "json":
        text = dumps(report)
    elif fmt == "html":
        from diplonews.agreement.html import render

        text = render(report, annotations)
    else:
        text = text_report(report)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
        click.echo(f"wrote {output}", err=True)
    failed = check_gates(report, gates)
    for line in failed:
        click.echo(line, err=True)
    if failed:
        raise click.exceptions.Exit(1)


def check_gates(report: dict[str, Any], gates: tuple[str, ...]) -> list[str]:
    """One message per ``key=threshold`` gate the report's pooled number fails (below it, or undefined)."""
    failed = []
    for gate in gates:
        key, sep, raw = gate.partition("=")
        try:
            threshold = float(raw) if sep else None
        except ValueError:
            threshold = None
        if threshold is None or math.isnan(threshold):
            raise InputError(f"--fail-under {gate!r}: expected KEY=NUMBER, e.g. entities.strict_f1=0.8")
        value: Any = report
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                raise InputError(f"--fail-under {gate!r}: the report has no key {key!r}")
            value = value[part]
        if not isinstance(value, int | float):
            failed.append(f"FAIL {key} is undefined (needs >= {threshold})")
        elif value < threshold:
            failed.append(f"FAIL {key} = {value:.3f} < {threshold}")
    return failed
