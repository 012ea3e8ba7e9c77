"""Agreement between the two annotations of a dev round: spec.py and that round's independent second annotation.

Run from the repository root: ``python benchmarks/preannotation_dev/agreement.py 5`` (or ``6``, ``7``); ``ROUNDS`` says
which module holds each round's second annotation and which sentences the round covers. Both annotations are
resolved to offsets by build.py's own functions (``build`` for spec.py, ``_mention`` for the second annotation), so
a span means here exactly what it means in sentences.jsonl. A mention is (sentence, start, end, type);
F1 = 2 * matched / (n1 + n2). Strict matches need the same offsets; overlap matches pair, one to one and in text
order, mentions of one type whose spans share at least one character. Levels are not part of the match (the
brief's definition), but a level difference on a matched span is listed as a disagreement.
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
from spec import SENTENCES  # noqa: E402

# round -> (module holding SECOND, first and last sentence number of the round)
ROUNDS: dict[int, tuple[str, int, int]] = {
    5: ("second_round5", 186, 255),
    6: ("second_round6", 256, 326),
    7: ("second_round7", 327, 394),
}

Mention = tuple[str, int, int, str, str, str]  # sentence, start, end, type, level, text


def _first(first_id: int, last_id: int) -> list[Mention]:
    out = []
    for rec in build.build():
        if first_id <= int(rec["id"].split("-")[1]) <= last_id:
            out += [(rec["id"], m["start"], m["end"], m["type"], m["level"], m["text"]) for m in rec["mentions"]]
    return out


def _second(module: str, first_id: int, last_id: int) -> list[Mention]:
    second = importlib.import_module(module).SECOND
    proclitics = build._proclitics()
    texts = {f"ood-{n:03d}": text for n, (_, text, _) in enumerate(SENTENCES, 1)}
    wanted = {f"ood-{n:03d}" for n in range(first_id, last_id + 1)}
    if set(second) != wanted:
        raise SystemExit(f"{module}.py covers {sorted(set(second) ^ wanted)} wrongly")
    out = []
    for sid in sorted(second):
        for span in second[sid]:
            m = build._mention(texts[sid], span, proclitics, f"{module} {sid}")
            out.append((sid, m["start"], m["end"], m["type"], m["level"], m["text"]))
    keys = [(m[0], m[1], m[2], m[3]) for m in out]
    if len(keys) != len(set(keys)):
        raise SystemExit(f"{module}.py annotates one span twice with one type")
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
    counts = {k: sum(int(v[k]) for v in table.values()) for k in ("n1", "n2", "strict", "overlap")}
    tot: dict[str, float] = dict(counts)
    tot["strict_f1"] = _f1(counts["strict"], counts["n1"], counts["n2"])
    tot["overlap_f1"] = _f1(counts["overlap"], counts["n1"], counts["n2"])
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


def main(argv: list[str]) -> None:
    if len(argv) != 1 or not argv[0].isdigit() or int(argv[0]) not in ROUNDS:
        raise SystemExit(f"usage: agreement.py ROUND, ROUND one of {sorted(ROUNDS)}")
    module, first_id, last_id = ROUNDS[int(argv[0])]
    a1, a2 = _first(first_id, last_id), _second(module, first_id, last_id)
    table = scores(a1, a2)
    print(f"ood-{first_id:03d} to ood-{last_id:03d}: annotator 1 (spec.py) {len(a1)} mentions,", end=" ")
    print(f"annotator 2 ({module}.py) {len(a2)}")
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
    main(sys.argv[1:])
