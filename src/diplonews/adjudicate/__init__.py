"""Adjudication into gold: ``core`` (agreement and curator decisions), ``gold`` (the gold document),
``labelstudio`` (the review round trip in Label Studio), ``cli`` (the command). Imports go one way:
cli -> labelstudio -> core -> gold."""

from __future__ import annotations

from diplonews.adjudicate.core import REJECT, REVIEW_DIR, Outcome, adjudicate_document, run, validate_gold
from diplonews.adjudicate.gold import GOLD

__all__ = ["GOLD", "REJECT", "REVIEW_DIR", "Outcome", "adjudicate_document", "run", "validate_gold"]
