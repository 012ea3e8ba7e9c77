"""Inter-annotator agreement: span F1s, event F1s and stance coefficients, as a JSON-able report."""

from __future__ import annotations

from diplonews.agreement.loading import lazy_annotations
from diplonews.agreement.report import compute, compute_items, extract, pair_key

__all__ = ["compute", "compute_items", "extract", "lazy_annotations", "pair_key"]
