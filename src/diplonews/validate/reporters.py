"""Rendering a Result: UD-style text with a per-rule cap and a summary, or JSON."""

from __future__ import annotations

import json
from collections import Counter
from typing import Protocol

from diplonews.validate.findings import LAYERS, Finding, Result


class Reporter(Protocol):
    """Turns a Result into the text the command prints; made with ``--max-err`` (which formats may ignore)."""

    def __init__(self, max_err: int = 20) -> None:
        """A reporter showing at most ``max_err`` findings per rule (0: all), where the format caps them."""
        ...

    def render(self, result: Result) -> str:
        """The whole report, ending with a newline."""
        ...


def plural(n: int, word: str) -> str:
    """``1 warning``, ``2 warnings``, ``0 errors``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def format_finding(f: Finding) -> str:
    """``file::$.path: [L3 rule-id] message`` (warnings say so after the bracket)."""
    kind = "warning: " if f.severity == "warning" else ""
    return f"{f.location}: [L{f.level} {f.rule}] {kind}{f.message}"


def counts_table(result: Result) -> str:
    """Per-annotator counts of each layer, with a total row, as aligned text."""
    header = ["annotator", *LAYERS]
    rows = [[name, *(str(result.counts[name][layer]) for layer in LAYERS)] for name in sorted(result.counts)]
    total = Counter[str]()
    for tally in result.counts.values():
        total.update(tally)
    rows.append(["total", *(str(total[layer]) for layer in LAYERS)])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0]), *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))]
        lines.append("  ".join(cells))
    return "\n".join(lines) + "\n"


class TextReporter:
    """One line per finding (at most ``max_err`` per rule; 0 means all), a summary per rule, then the verdict."""

    def __init__(self, max_err: int = 20) -> None:
        self.max_err = max_err

    def render(self, result: Result) -> str:
        """The text report."""
        out: list[str] = []
        shown: Counter[str] = Counter()
        for f in result.findings:
            shown[f.rule] += 1
            if not self.max_err or shown[f.rule] <= self.max_err:
                out.append(format_finding(f))
        by_rule = {f.rule: f for f in result.findings}
        for rule, n in sorted(shown.items(), key=lambda kv: (by_rule[kv[0]].level, kv[0])):
            f = by_rule[rule]
            hidden = f" ({n - self.max_err} not shown; raise --max-err)" if self.max_err and n > self.max_err else ""
            out.append(f"L{f.level} {rule}: {plural(n, f.severity)}{hidden}")
        errors, warnings = len(result.errors), len(result.warnings)
        docs = plural(result.files, "file")
        if errors:
            out.append(f"*** FAILED *** with {plural(errors, 'error')} and {plural(warnings, 'warning')} in {docs}")
            return "\n".join(out) + "\n"
        if not result.files:
            out.append("no annotated documents found")
        else:
            out.append(counts_table(result).rstrip("\n"))
        out.append(f"*** PASSED *** {docs}, 0 errors, {plural(warnings, 'warning')}")
        return "\n".join(out) + "\n"


class JsonReporter:
    """Every finding (no cap), the verdict and the per-annotator counts, as one JSON object."""

    def __init__(self, max_err: int = 20) -> None:
        del max_err  # JSON always lists every finding

    def render(self, result: Result) -> str:
        """The JSON report."""
        payload = {
            "ok": result.ok,
            "files": result.files,
            "errors": len(result.errors),
            "warnings": len(result.warnings),
            "by_rule": dict(sorted(Counter(f.rule for f in result.findings).items())),
            "counts": {
                name: {layer: tally[layer] for layer in LAYERS} for name, tally in sorted(result.counts.items())
            },
            "findings": [f.to_dict() for f in result.findings],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


# Name -> reporter class: ``--format`` offers these names; a new format is one class and one entry here.
REPORTERS: dict[str, type[Reporter]] = {"text": TextReporter, "json": JsonReporter}


def reporter(name: str, max_err: int) -> Reporter:
    """The reporter called ``name`` (a key of REPORTERS); ``max_err`` caps text output's lines per rule."""
    return REPORTERS[name](max_err)
