"""Whole-word longest-match lookup of normalised aliases, with attached proclitics kept out of the span."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from diplonews.preannotate.normalize import NormalizedText

T = TypeVar("T")

# Longest first is irrelevant here: every split is tried and the longest coverage wins.
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_LAM_PROCLITICS = frozenset({"ل", "ول", "فل"})


@dataclass(frozen=True)
class Match(Generic[T]):
    """An alias found in a text: original offsets of the name, its proclitic (or None) and the payload."""

    start: int
    end: int
    text: str
    proclitic: str | None
    value: T


class AliasTable(Generic[T]):
    """Normalised aliases indexed by first character, longest first."""

    def __init__(self, aliases: Mapping[str, T]) -> None:
        self.aliases = dict(aliases)
        by_first: dict[str, list[str]] = defaultdict(list)
        for alias in self.aliases:
            if alias:
                by_first[alias[0]].append(alias)
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}

    def _longest_at(self, nt: NormalizedText, pos: int) -> str | None:
        for alias in self._by_first.get(nt.norm[pos : pos + 1], ()):
            if nt.norm.startswith(alias, pos) and nt.is_word_end(pos + len(alias)):
                return alias
        return None

    def _lam_article_at(self, nt: NormalizedText, pos: int) -> str | None:
        """After ل, the article's alef is not written (للأمم المتحدة): match ال-aliases as ل + rest."""
        best: str | None = None
        for alias in self._by_first.get("ا", ()):
            if alias.startswith("ال") and len(alias) > 2:
                short = "ل" + alias[2:]
                fits = nt.norm.startswith(short, pos) and nt.is_word_end(pos + len(short))
                if fits and (best is None or len(alias) > len(best)):
                    best = alias
        return best

    def find(self, nt: NormalizedText) -> list[Match[T]]:
        """Non-overlapping matches, left to right; at each word the split covering most text wins.

        A proclitic is split off only when what follows is itself an alias at that point, and the unsplit
        reading wins ties, so names that begin with و ب ل ف ك (بوتين، واشنطن، لافروف) are never cut.
        """
        found: list[Match[T]] = []
        norm = nt.norm
        pos = 0
        while pos < len(norm):
            if not (norm[pos].isalnum() and nt.is_word_start(pos)):
                pos += 1
                continue
            best: tuple[int, int, str, int] | None = None  # (end, -proclitic length, alias, name start)
            for pro in ("", *PROCLITICS):
                name_start = pos + len(pro)
                if pro and (not norm.startswith(pro, pos) or name_start >= len(norm)):
                    continue
                alias = self._longest_at(nt, name_start)
                length = len(alias) if alias is not None else 0
                if alias is None and pro in _LAM_PROCLITICS:
                    alias = self._lam_article_at(nt, name_start)
                    length = len(alias) - 1 if alias is not None else 0
                if alias is None:
                    continue
                candidate = (name_start + length, -len(pro), alias, name_start)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
            if best is None:
                pos += 1
                continue
            end, neg_pro, alias, name_start = best
            start_o, end_o = nt.span(name_start, end)
            proclitic = None
            if neg_pro:
                written = nt.original[nt.index[pos] : start_o]
                # A vowelled proclitic (وَ) is not in the closed set: leave it unrecorded rather than wrong.
                proclitic = written if written == norm[pos:name_start] else None
            found.append(Match(start_o, end_o, nt.original[start_o:end_o], proclitic, self.aliases[alias]))
            pos = end
        return found
