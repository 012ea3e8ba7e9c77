"""Pre-annotations from a gazetteer and a cue lexicon: ``predict(article)``, ``MODEL_VERSION``, the CLI command."""

from __future__ import annotations

from diplonews.preannotate.command import preannotate
from diplonews.preannotate.predict import ANNOTATOR, predict
from diplonews.preannotate.resources import model_version

MODEL_VERSION: str = model_version()

__all__ = ["ANNOTATOR", "MODEL_VERSION", "preannotate", "predict"]
