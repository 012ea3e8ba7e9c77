"""Whole-word longest-match lookup of normalised aliases, with attached proclitics kept out of the span."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Generic, NamedTuple, TypeVar

from diplonews.preannotate.normalize import NormalizedText, piece_set

T = TypeVar("T")

# Longest first is irrelevant here: every split is tried and the longest coverage wins.
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_LAM_PROCLITICS = frozenset({"ل", "ول", "فل"})
# The splits worth trying for a word, by its first letter: no split, then the proclitics it may begin with.
_SPLITS = {first: ("", *(p for p in PROCLITICS if p[0] == first)) for first in {p[0] for p in PROCLITICS}}
_NO_SPLIT = ("",)


class Match(NamedTuple, Generic[T]):
    """An alias found in a text: original offsets of the name, its proclitic (or None) and the payload."""

    start: int
    end: int
    text: str
    proclitic: str | None
    value: T


# A run of letters and digits: exactly the characters ``str.isalnum`` accepts (\w without the underscore).
_WORD_RUN = re.compile(r"[^\W_]+")


def _starts(norm: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """(start, word) of every whole-word occurrence of ``words`` in ``norm``, in text order.

    Only the few words a table knows are located (str.find), instead of building a position for every word;
    a word next to a digit (ب2010) is no whole word here, as it is no run of letters and digits.
    """
    found = []
    for word in words:
        pos = norm.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not norm[pos - 1].isalnum()) and (end == len(norm) or not norm[end].isalnum()):
                found.append((pos, word))
            pos = norm.find(word, end)
    found.sort()
    return found


def _head(alias: str) -> str:
    """The first word of an alias (its leading run of letters and digits)."""
    hit = _WORD_RUN.match(alias)
    return hit.group() if hit else ""


class AliasTable(Generic[T]):
    """Normalised aliases indexed by their first word, longest first.

    An alias can only match where the text's word equals its first word (matches end at word ends, and a
    multi-word alias's first word is followed by a non-letter in both), so each word of a text is looked up
    once in a dict instead of being compared with every alias that shares its first letter.
    """

    def __init__(self, aliases: Mapping[str, T]) -> None:
        self.aliases = dict(aliases)
        by_head: dict[str, list[str]] = defaultdict(list)
        for alias in self.aliases:
            head = _head(alias)
            if head:
                by_head[head].append(alias)
        self._by_head = {k: sorted(v, key=len, reverse=True) for k, v in by_head.items()}
        # After ل the article's alef is not written (للأمم المتحدة): ال-aliases under their first word without ا.
        lam: dict[str, list[str]] = defaultdict(list)
        for head, found in self._by_head.items():
            if head.startswith("ال") and len(head) > 2:
                lam[head[1:]] += [a for a in found if len(a) > 2]
        self._lam = {k: sorted(v, key=len, reverse=True) for k, v in lam.items()}
        # Every written form of a first word, proclitics included: most words of a text are none of these and
        # are passed over with one set lookup.
        self._forms = frozenset(pro + head for head in self._by_head for pro in ("", *PROCLITICS)) | frozenset(
            pro + head for head in self._lam for pro in _LAM_PROCLITICS
        )

    def _longest_at(self, norm: str, pos: int, word: str) -> str | None:
        for alias in self._by_head.get(word, ()):
            end = pos + len(alias)
            if norm.startswith(alias, pos) and (end >= len(norm) or not norm[end].isalnum()):
                return alias
        return None

    def _lam_article_at(self, norm: str, pos: int, word: str) -> str | None:
        """An ال-alias written as ل + rest at ``pos`` (the ل of the article, after the proclitic ل)."""
        for alias in self._lam.get(word, ()):
            short = alias[1:]
            end = pos + len(short)
            if norm.startswith(short, pos) and (end >= len(norm) or not norm[end].isalnum()):
                return alias
        return None

    def _best_at(self, norm: str, pos: int, word: str) -> tuple[int, int, str, int] | None:
        """(end, -proclitic length, alias, name start) of the split of the word at ``pos`` covering most text."""
        best: tuple[int, int, str, int] | None = None
        for pro in _SPLITS.get(word[0], _NO_SPLIT):
            if pro and (len(word) <= len(pro) or not word.startswith(pro)):
                continue
            name_start = pos + len(pro)
            rest = word[len(pro) :]
            alias = self._longest_at(norm, name_start, rest)
            length = len(alias) if alias is not None else 0
            if alias is None and pro in _LAM_PROCLITICS:
                alias = self._lam_article_at(norm, name_start, rest)
                length = len(alias) - 1 if alias is not None else 0
            if alias is None:
                continue
            candidate = (name_start + length, -len(pro), alias, name_start)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best

    def find(self, nt: NormalizedText) -> list[Match[T]]:
        """Non-overlapping matches, left to right; at each word the split covering most text wins.

        A proclitic is split off only when what follows is itself an alias at that point, and the unsplit
        reading wins ties, so names that begin with و ب ل ف ك (بوتين، واشنطن، لافروف) are never cut.
        """
        found: list[Match[T]] = []
        norm = nt.norm
        done = 0
        forms = self._forms
        for pos, word in _starts(norm, forms.intersection(piece_set(norm))):
            if pos < done:
                continue
            best = self._best_at(norm, pos, word)
            if best is None:
                continue
            end, neg_pro, alias, name_start = best
            start_o, end_o = nt.span(name_start, end)
            proclitic = None
            if neg_pro:
                written = nt.original[nt.index[pos] : start_o]
                # A vowelled proclitic (وَ) is not in the closed set: leave it unrecorded rather than wrong.
                proclitic = written if written == norm[pos:name_start] else None
            found.append(Match(start_o, end_o, nt.original[start_o:end_o], proclitic, self.aliases[alias]))
            done = end
        return found
