"""Inter-annotator agreement: span F1s, event F1s and stance coefficients, as a JSON-able report."""

from __future__ import annotations

from diplonews.agreement.loading import lazy_annotations
from diplonews.agreement.report import compute, pair_key

__all__ = ["compute", "lazy_annotations", "pair_key"]
