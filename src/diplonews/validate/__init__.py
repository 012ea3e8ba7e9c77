"""Validators for annotated documents: levels 1 (JSON) to 4 (corpus), findings, reporters and the CLI."""

from __future__ import annotations

from diplonews.validate.catalogue import RULES, Rule
from diplonews.validate.findings import Finding, Result
from diplonews.validate.runner import validate_documents, validate_paths

__all__ = ["RULES", "Finding", "Result", "Rule", "validate_documents", "validate_paths"]
