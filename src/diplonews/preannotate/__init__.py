"""Pre-annotations from a gazetteer and cue lexicon: ``predict(article)`` and ``MODEL_VERSION``."""

from __future__ import annotations

from diplonews.preannotate.predict import ANNOTATOR, predict
from diplonews.preannotate.resources import model_version

MODEL_VERSION: str = model_version()

__all__ = ["ANNOTATOR", "MODEL_VERSION", "predict"]
