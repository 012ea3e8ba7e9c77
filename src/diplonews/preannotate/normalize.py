"""Arabic normalisation for matching only, with a map back to offsets in the frozen text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Harakat, shadda, sukun, superscript alef, Quranic marks and tatweel: dropped for comparison.
_DROPPED = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"] + [chr(c) for c in range(0x06D6, 0x06EE)]
)
_DROPPED_RE = re.compile("[" + "".join(sorted(_DROPPED)) + "]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        # Arabic-Indic and Persian digits (١٢ أغسطس ٢٠٢٥): the date and money grammars read ASCII digits
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)


# Folded one foldable character at a time: str.translate looks every character of a non-ASCII text up in the
# table (~20 µs for a news sentence), while a test and a replace per foldable character are C scans (~3 µs).
# No folded form is itself folded, so the order of the replacements does not matter.
_FOLDS = tuple((chr(code), folded) for code, folded in _FOLD.items())


def _fold(text: str) -> str:
    for char, folded in _FOLDS:
        if char in text:
            text = text.replace(char, folded)
    return text


def is_dropped(char: str) -> bool:
    """True for a diacritic or tatweel, which matching ignores."""
    return char in _DROPPED


def normalize(text: str) -> str:
    """The comparison form of ``text``: alef/hamza, ta marbuta, alef maqsura folded; diacritics and tatweel gone."""
    return _fold(_DROPPED_RE.sub("", text))  # C-level passes: called for every span and alias


@dataclass(frozen=True)
class NormalizedText:
    """A normalised copy of a frozen text and, per normalised character, its offset in the original."""

    original: str
    norm: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> NormalizedText:
        """Normalise ``text`` and remember where each kept character came from."""
        if not _DROPPED_RE.search(text):  # most news text has no diacritics: one C-level pass
            return cls(text, _fold(text), tuple(range(len(text))))
        # Folding maps one character to one, so it can follow the removal of the dropped ones. The kept offsets
        # are the runs between dropped characters (a few per text), added a run at a time.
        index: list[int] = []
        kept = 0
        for dropped in _DROPPED_RE.finditer(text):
            index.extend(range(kept, dropped.start()))
            kept = dropped.end()
        index.extend(range(kept, len(text)))
        return cls(text, _fold(_DROPPED_RE.sub("", text)), tuple(index))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice ``norm[start:end]``.

        Diacritics written on the last letter (the shadda of حضّ) stay inside the span; tatweel after it does not.
        """
        if not 0 <= start < end <= len(self.norm):
            raise ValueError(f"empty or out-of-range normalised span {start}:{end}")
        orig_start = self.index[start]
        orig_end = self.index[end - 1] + 1
        while (
            orig_end < len(self.original)
            and self.original[orig_end] in _DROPPED
            and self.original[orig_end] != "\u0640"
        ):
            orig_end += 1
        return orig_start, orig_end

    def normalized(self, start: int, end: int) -> str:
        """``normalize(self.original[start:end])``, sliced from the normalised text when nothing was dropped from
        it (most news text): folding maps one character to one, so the offsets are the same."""
        if len(self.index) == len(self.original):
            return self.norm[start:end]
        return normalize(self.original[start:end])

    def is_word_start(self, pos: int) -> bool:
        """No letter or digit right before normalised position ``pos``."""
        return pos == 0 or not self.norm[pos - 1].isalnum()

    def is_word_end(self, pos: int) -> bool:
        """No letter or digit at normalised position ``pos``."""
        return pos >= len(self.norm) or not self.norm[pos].isalnum()


# Words (letter runs), numbers and single punctuation marks: the one tokenisation every table and rule reads.
_PIECE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


@lru_cache(maxsize=4)
def pieces(norm: str) -> tuple[str, ...]:
    """The words, numbers and punctuation marks of a normalised text, in order (one C-level pass per text)."""
    return tuple(_PIECE.findall(norm))


@lru_cache(maxsize=4)
def piece_set(norm: str) -> frozenset[str]:
    """The distinct pieces of a normalised text: a table or rule whose head words are all absent is skipped
    with one set test."""
    return frozenset(pieces(norm))
