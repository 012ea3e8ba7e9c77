"""Stance units kept compactly: one shared ratings dict per distinct pattern, and the units' order as an int array."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from typing import overload

from diplonews.agreement.coefficients import Ratings

Pattern = tuple[tuple[str, Hashable], ...]


class UnitTable(Sequence[Ratings]):
    """An ordered sequence of units (annotator -> label), stored as 4 bytes per unit plus one dict per pattern.

    Coefficients read it like a list of dicts, in the same order, so they compute exactly what they computed
    on the list; the few distinct patterns (labels x annotators) are shared instead of one dict per unit.
    """

    def __init__(self) -> None:
        self._ids: dict[Pattern, int] = {}
        self.patterns: list[Ratings] = []
        self.seq = array("I")

    def add(self, pattern: Pattern) -> None:
        """Append one unit: its (annotator, label) pairs in annotator order."""
        self.seq.append(self._id(pattern))

    def _id(self, pattern: Pattern) -> int:
        i = self._ids.get(pattern)
        if i is None:
            i = self._ids[pattern] = len(self.patterns)
            self.patterns.append(dict(pattern))
        return i

    def extend(self, later: UnitTable) -> None:
        """Append the units of another table, in its order (its new patterns after the known ones)."""
        ids = [self._id(pattern) for pattern in later._ids]  # in the order of later's ids
        self.seq.extend(ids[i] for i in later.seq)

    def counts(self) -> list[tuple[Ratings, int]]:
        """(pattern, how many units have it), patterns in the order they first appear: every coefficient's input."""
        n = Counter(self.seq)
        return [(p, n[i]) for i, p in enumerate(self.patterns)]

    def __len__(self) -> int:
        return len(self.seq)

    @overload
    def __getitem__(self, index: int) -> Ratings: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Ratings]: ...
    def __getitem__(self, index: int | slice) -> Ratings | Sequence[Ratings]:
        if isinstance(index, slice):
            return [self.patterns[i] for i in self.seq[index]]
        return self.patterns[self.seq[index]]

    def __iter__(self) -> Iterator[Ratings]:
        return map(self.patterns.__getitem__, self.seq)
