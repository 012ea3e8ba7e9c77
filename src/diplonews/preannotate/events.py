"""Event triggers from the cue lexicon, with argument guesses only where the sentence makes them plain."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, NamedTuple

from diplonews.preannotate.normalize import NormalizedText
from diplonews.preannotate.resources import Cue, Lexicon

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_PUNCT = "،,:؛;\"'“”«»()[]–-"
_QUOTES = '()[]"“”«»:'
_ON_BEHALF_OF = "باسم"
# How far (code points) from a trigger the two parties of a consultation may be named.
PARTY_WINDOW = 120
_BETWEEN = re.compile(r"(?<!\w)بين(?!\w)")
AGENT_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
# Cues whose trigger is a verb: a GPE subject of one stands for its government.
VERB_ARGS = frozenset({"subject", "subject_object"})


class Mention(NamedTuple):
    """What argument guessing needs to know about a predicted mention."""

    id: str
    entity: str
    type: str
    start: int
    end: int
    proclitic: str | None

    @property
    def word_start(self) -> int:
        """Where the written word begins, proclitic included."""
        return self.start - len(self.proclitic or "")


class Guess(NamedTuple):
    """One predicted event before ids are assigned."""

    cue: Cue
    start: int
    end: int
    text: str
    arguments: tuple[tuple[str, Mention], ...]
    polarity: str


def _tokens(nt: NormalizedText, start: int, end: int) -> list[str]:
    return [t for t in (w.strip(_PUNCT) for w in nt.normalized(start, end).split()) if t]


class _Context:
    """The text, its mentions in order, and the lexicon's word lists."""

    def __init__(self, nt: NormalizedText, mentions: Sequence[Mention], lex: Lexicon) -> None:
        self.nt = nt
        self.text = nt.original
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.lex = lex
        # where each sentence ends, read once for all the cues rather than from the text's start for each
        self.stops = [m.start() for m in _SENTENCE_END.finditer(self.text)]

    def sentence(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence around ``offset``: after the last end mark before it, up to the next."""
        k = bisect_left(self.stops, offset)
        return self.stops[k - 1] + 1 if k else 0, self.stops[k] if k < len(self.stops) else len(self.text)

    def next_mention(self, offset: int) -> Mention | None:
        return next((m for m in self.mentions if m.word_start >= offset), None)

    def chain(self, offset: int, limit: int) -> list[Mention]:
        """Agent mentions from ``offset``: only titles between them, each after the first joined by و.

        In "المتحدث باسم الكرملين، دميتري بيسكوف" the organisation belongs to the title: it is passed over.
        A bracket or quote in a gap ends the chain ("ذكّر (ماكرون)" is not a subject).
        """
        found: list[Mention] = []
        in_title = False
        while True:
            m = self.next_mention(offset)
            if m is None or m.end > limit or m.type not in AGENT_TYPES:
                return found
            gap = self.text[offset : m.word_start]
            tokens = _tokens(self.nt, offset, m.word_start)
            if in_title and not tokens:
                offset = m.end  # the organisation repeated in brackets: "(الكرملين)"
                continue
            if any(c in gap for c in _QUOTES) and not in_title:
                return found
            if found:
                if (m.proclitic or "").startswith("و"):
                    pass
                elif (
                    tokens and tokens[0].startswith("و") and (tokens[0] == "و" or tokens[0][1:] in self.lex.title_words)
                ):
                    tokens = tokens[1:]
                else:
                    return found
            if not all(t in self.lex.title_words for t in tokens):
                return found
            if tokens and tokens[-1] == _ON_BEHALF_OF and not found:
                in_title = True
                offset = m.end
                continue
            in_title = False
            if all(m.entity != f.entity for f in found):
                found.append(m)
            offset = m.end

    def chain_before(self, offset: int, lo: int) -> list[Mention]:
        """Agents written right before a verb ("بوتين وماكرون اتفقا", "ماكرون حضّ"): only spaces between."""
        found: list[Mention] = []
        for m in reversed(self.mentions):
            if m.end > offset:
                continue
            if m.word_start < lo or m.type not in AGENT_TYPES or self.text[m.end : offset].strip():
                break
            if found and not (found[-1].proclitic or "").startswith("و"):
                break
            found.append(m)
            offset = m.word_start
        return sorted({m.entity: m for m in reversed(found)}.values(), key=lambda m: m.start)

    def people_near(self, start: int, end: int, lo: int, hi: int) -> list[Mention]:
        """First mention of each distinct person within PARTY_WINDOW of ``start:end`` and inside ``lo:hi``."""
        seen: dict[str, Mention] = {}
        for m in self.mentions:
            near = m.end >= start - PARTY_WINDOW and m.start <= end + PARTY_WINDOW
            if near and lo <= m.start and m.end <= hi and m.type == "PER":
                seen.setdefault(m.entity, m)
        return list(seen.values())

    def negated(self, word_start: int) -> bool:
        before = _tokens(self.nt, max(0, word_start - 12), word_start)
        return bool(before) and before[-1] in self.lex.negators


def _arguments(
    ctx: _Context,
    cue: Cue,
    start: int,
    end: int,
    *,
    proclitic: str,
    previous_actors: Sequence[Mention],
    next_cue: int,
) -> list[tuple[str, Mention]]:
    """The argument guesses of one cue.

    ``previous_actors`` are the ACTORs of the sentence's last event; "بين X وY" belongs to the nearest cue
    before it, so the search stops at ``next_cue``.
    """
    s_start, s_end = ctx.sentence(start)
    if cue.args == "parties":
        between = _BETWEEN.search(ctx.text, end, min(s_end, end + PARTY_WINDOW, next_cue))
        if between is not None:
            named = ctx.chain(between.end(), s_end)
            if len(named) >= 2:
                return [("PARTICIPANT", m) for m in named]
        people = ctx.people_near(start, end, s_start, s_end)
        if len(people) == 2:
            return [("PARTICIPANT", m) for m in people]
        return [("ACTOR", m) for m in ctx.chain(end, s_end) or ctx.chain_before(start - len(proclitic), s_start)]
    if cue.args == "participle":
        return [("ACTOR", m) for m in previous_actors]
    if cue.args in VERB_ARGS:
        actors = ctx.chain(end, s_end) or ctx.chain_before(start - len(proclitic), s_start)
        args = [("ACTOR", m) for m in actors]
        if actors and cue.args == "subject_object":
            recipients = ctx.chain(actors[-1].end, s_end)
            args += [("RECIPIENT", m) for m in recipients if all(m.entity != a.entity for a in actors)]
        return args
    return []


def satisfies(required_any_of: Sequence[Sequence[str]], roles: Sequence[str]) -> bool:
    """True when the roles cover at least one of the required role multisets."""
    return any(all(roles.count(r) >= group.count(r) for r in set(group)) for group in required_any_of)


def find_events(nt: NormalizedText, mentions: Sequence[Mention], lex: Lexicon) -> list[Guess]:
    """Every cue in the text that does not overlap a mention, with its guessed arguments."""
    ctx = _Context(nt, mentions, lex)
    guesses: list[Guess] = []
    previous: tuple[int, list[Mention]] = (-1, [])  # (sentence start, ACTORs of its last event)
    hits = [h for h in lex.cue_table.find(nt) if not any(m.start < h.end and h.start < m.end for m in mentions)]
    for i, hit in enumerate(hits):
        next_cue = hits[i + 1].start if i + 1 < len(hits) else len(nt.original)
        s_start = ctx.sentence(hit.start)[0]
        # A participle (مؤكدا، مشيرا) has the subject of the sentence's previous verb.
        inherited = previous[1] if previous[0] == s_start else []
        args = _arguments(
            ctx,
            hit.value,
            hit.start,
            hit.end,
            proclitic=hit.proclitic or "",
            previous_actors=inherited,
            next_cue=next_cue,
        )
        actors = [m for role, m in args if role == "ACTOR"]
        if actors:
            previous = (s_start, actors)
        word_start = hit.start - len(hit.proclitic or "")
        polarity = "NEG" if ctx.negated(word_start) else "POS"
        guesses.append(Guess(hit.value, hit.start, hit.end, hit.text, tuple(args), polarity))
    return guesses


def event_record(guess: Guess, event_id: str) -> dict[str, Any]:
    """The schema form of a guessed event."""
    record: dict[str, Any] = {"id": event_id, "type": guess.cue.type}
    if guess.cue.mode:
        record["mode"] = guess.cue.mode
    record["trigger"] = {"start": guess.start, "end": guess.end, "text": guess.text}
    record["arguments"] = [{"role": role, "ref": m.id} for role, m in guess.arguments]
    record["polarity"] = guess.polarity
    record["realis"] = "ACTUAL"
    return record
