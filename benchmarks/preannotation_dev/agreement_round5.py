"""Agreement between the two annotations of the fifth round (ood-186 to ood-255): spec.py and second_round5.py.

Run from the repository root: ``python benchmarks/preannotation_dev/agreement_round5.py``. Both annotations are
resolved to offsets by build.py's own functions (``build`` for spec.py, ``_mention`` for the second annotation), so
a span means here exactly what it means in sentences.jsonl. A mention is (sentence, start, end, type);
F1 = 2 * matched / (n1 + n2). Strict matches need the same offsets; overlap matches pair, one to one and in text
order, mentions of one type whose spans share at least one character. Levels are not part of the match (the
brief's definition), but a level difference on a matched span is listed as a disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
from second_round5 import SECOND  # noqa: E402

FIRST_ID = 186
LAST_ID = 255

Mention = tuple[str, int, int, str, str, str]  # sentence, start, end, type, level, text


def _first() -> list[Mention]:
    out = []
    for rec in build.build():
        if FIRST_ID <= int(rec["id"].split("-")[1]) <= LAST_ID:
            out += [(rec["id"], m["start"], m["end"], m["type"], m["level"], m["text"]) for m in rec["mentions"]]
    return out


def _second() -> list[Mention]:
    proclitics = build._proclitics()
    texts = {f"ood-{n:03d}": text for n, (_, text, _) in enumerate(build.SENTENCES, 1)}
    wanted = {f"ood-{n:03d}" for n in range(FIRST_ID, LAST_ID + 1)}
    if set(SECOND) != wanted:
        raise SystemExit(f"second_round5.py covers {sorted(set(SECOND) ^ wanted)} wrongly")
    out = []
    for sid in sorted(SECOND):
        for span in SECOND[sid]:
            m = build._mention(texts[sid], span, proclitics, f"second_round5 {sid}")
            out.append((sid, m["start"], m["end"], m["type"], m["level"], m["text"]))
    keys = [(m[0], m[1], m[2], m[3]) for m in out]
    if len(keys) != len(set(keys)):
        raise SystemExit("second_round5.py annotates one span twice with one type")
    return out


def _overlap_pairs(a1: list[Mention], a2: list[Mention]) -> list[tuple[Mention, Mention]]:
    """One-to-one pairs of same-type overlapping mentions, exact matches first so they are never split."""
    pairs = []
    free2 = list(a2)
    rest1 = []
    for m in a1:
        exact = next((n for n in free2 if n[:4] == m[:4]), None)
        if exact is None:
            rest1.append(m)
        else:
            pairs.append((m, exact))
            free2.remove(exact)
    for m in sorted(rest1, key=lambda x: (x[0], x[1], x[2])):
        hit = next(
            (
                n
                for n in sorted(free2, key=lambda x: (x[0], x[1]))
                if n[0] == m[0] and n[3] == m[3] and n[1] < m[2] and m[1] < n[2]
            ),
            None,
        )
        if hit is not None:
            pairs.append((m, hit))
            free2.remove(hit)
    return pairs


def _f1(matched: int, n1: int, n2: int) -> float:
    return 2 * matched / (n1 + n2) if n1 + n2 else 1.0


def scores(a1: list[Mention], a2: list[Mention]) -> dict[str, dict[str, float]]:
    """Per type and overall: n1, n2, strict and overlap matches and F1."""
    strict = Counter(m[3] for m in set(x[:4] for x in a1) & set(x[:4] for x in a2))
    overlap = Counter(p[0][3] for p in _overlap_pairs(a1, a2))
    n1, n2 = Counter(m[3] for m in a1), Counter(m[3] for m in a2)
    table = {}
    for etype in sorted(set(n1) | set(n2), key=lambda t: (-(n1[t] + n2[t]), t)):
        table[etype] = {
            "n1": n1[etype],
            "n2": n2[etype],
            "strict": strict[etype],
            "overlap": overlap[etype],
            "strict_f1": _f1(strict[etype], n1[etype], n2[etype]),
            "overlap_f1": _f1(overlap[etype], n1[etype], n2[etype]),
        }
    tot = {k: sum(v[k] for v in table.values()) for k in ("n1", "n2", "strict", "overlap")}
    tot["strict_f1"] = _f1(tot["strict"], tot["n1"], tot["n2"])
    tot["overlap_f1"] = _f1(tot["overlap"], tot["n1"], tot["n2"])
    table["all"] = tot
    return table


def disagreements(a1: list[Mention], a2: list[Mention]) -> list[tuple[str, str, str, str, str]]:
    """(sentence, span start:end, a1 type/level, a2 type/level, a same-type overlapping span on the other side)."""
    by_span: dict[tuple[str, int, int], dict[str, set[str]]] = defaultdict(lambda: {"a1": set(), "a2": set()})
    surface = {}
    for who, ann in (("a1", a1), ("a2", a2)):
        for sid, s, e, t, lvl, text in ann:
            by_span[(sid, s, e)][who].add(f"{t}/{lvl}")
            surface[(sid, s, e)] = f"{text} [{s}:{e}]"
    partner = {}
    for m, n in _overlap_pairs(a1, a2):
        if m[:3] != n[:3]:
            partner[m[:3]] = f"{n[5]} [{n[1]}:{n[2]}]"
            partner[n[:3]] = f"{m[5]} [{m[1]}:{m[2]}]"
    rows = []
    for key in sorted(by_span, key=lambda k: (k[0], k[1], -k[2])):
        got = by_span[key]
        if got["a1"] != got["a2"]:
            rows.append(
                (
                    key[0],
                    surface[key],
                    ", ".join(sorted(got["a1"] - got["a2"])) or "–",
                    ", ".join(sorted(got["a2"] - got["a1"])) or "–",
                    partner.get(key, ""),
                )
            )
    return rows


def main() -> None:
    a1, a2 = _first(), _second()
    table = scores(a1, a2)
    print(f"ood-{FIRST_ID:03d} to ood-{LAST_ID:03d}: annotator 1 (spec.py) {len(a1)} mentions,", end=" ")
    print(f"annotator 2 (second_round5.py) {len(a2)}")
    print(f"{'type':<10}{'n1':>5}{'n2':>5}{'strict':>8}{'F1':>7}{'overlap':>9}{'F1':>7}")
    for etype, r in table.items():
        print(
            f"{etype:<10}{r['n1']:>5}{r['n2']:>5}{r['strict']:>8}{r['strict_f1']:>7.3f}{r['overlap']:>9}{r['overlap_f1']:>7.3f}"
        )
    rows = disagreements(a1, a2)
    # A boundary difference shows as two rows (one span per side); count it once.
    items = len(rows) - sum(1 for r in rows if r[4] and r[2] == "–")
    print(f"\n{len(rows)} rows, {items} disagreements once a boundary pair is counted once")
    print("(sentence; span [start:end]; a1; a2; same-type overlapping span on the other side):")
    for sid, text, l1, l2, other in rows:
        print(f"{sid}\t{text}\t{l1}\t{l2}\t{other}")


if __name__ == "__main__":
    main()
