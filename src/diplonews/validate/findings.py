"""What a check reports: a Finding (one rule broken at one place) and the Result of a whole run."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from diplonews.validate.catalogue import RULES

Severity = Literal["error", "warning"]
LAYERS = ("documents", "mentions", "entities", "events", "arguments", "stances")


@dataclass(frozen=True, slots=True)  # a run at 100,000 documents holds a few hundred thousand
class Finding:
    """One broken rule at one place: ``file::json_path``, with a message that says how to fix it."""

    rule: str
    level: int
    severity: Severity
    file: str
    doc_id: str | None
    json_path: str
    message: str

    @property
    def location(self) -> str:
        """``file::$.json.path``, the form check-jsonschema prints."""
        return f"{self.file}::{self.json_path}"

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain JSON-ready data."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Where:
    """The file and document a check is looking at; makes Findings for it."""

    file: str
    doc_id: str | None = None

    def at(self, rule: str, json_path: str, message: str) -> Finding:
        """A Finding of ``rule`` (level and severity from the catalogue) at ``json_path``."""
        spec = RULES[rule]
        return Finding(rule, spec.level, spec.severity, self.file, self.doc_id, json_path, message)


@dataclass
class Result:
    """Everything one validation run found, and per-annotator counts of what it read."""

    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    files: int = 0

    @property
    def errors(self) -> list[Finding]:
        """The findings of severity error (they make the run fail)."""
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        """The findings of severity warning (reported, never failing)."""
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not self.errors

    def count(self, annotator: str, doc: dict[str, Any]) -> None:
        """Add one schema-valid document to its annotator's layer counts."""
        tally = self.counts.get(annotator)
        if tally is None:  # not setdefault: that would build a Counter per document
            tally = self.counts[annotator] = Counter()
        tally["documents"] += 1
        for layer in ("mentions", "entities", "events", "stances"):
            tally[layer] += len(doc[layer])
        tally["arguments"] += sum([len(e["arguments"]) for e in doc["events"]])
