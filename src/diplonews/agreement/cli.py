"""The ``diplonews agreement`` command: load annotations, compute the report, print or write it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import click

from diplonews.agreement.formats import FORMATS
from diplonews.errors import InputError


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
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
    from diplonews._io import atomic_write_text
    from diplonews.agreement.loading import load_roots
    from diplonews.agreement.report import compute

    # Documents are parsed when the computation visits them and not kept: large trees stay within memory.
    annotations = load_roots(paths or (Path("annotations"),))
    report = compute(annotations)
    text = FORMATS[fmt](report, annotations)
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
