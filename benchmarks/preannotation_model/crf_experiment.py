r"""A linear-chain CRF beside the rule pre-annotator, cross-validated over the dev half's pages (issue 13).

An experiment, not part of the package: nothing in ``src/`` imports it and no test runs it. It needs its own venv
(``requirements.txt`` beside this file) and the package on ``PYTHONPATH``::

    python3.11 -m venv /tmp/crf/venv && /tmp/crf/venv/bin/pip install -r benchmarks/preannotation_model/requirements.txt
    PYTHONHASHSEED=0 PYTHONPATH=src /tmp/crf/venv/bin/python benchmarks/preannotation_model/crf_experiment.py

Data: the corpus gold (``annotations/gold/*.json``) and the **dev** records of
``benchmarks/preannotation_dev/sentences.jsonl``. A line is kept only when its raw text carries ``"split": "dev"``,
before it is parsed, so no held-out record is ever parsed, scored or trained on. Writes ``results.json`` beside
this file (or ``--out``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sklearn_crfsuite

from diplonews.preannotate.evaluate import Score
from diplonews.preannotate.normalize import normalize
from diplonews.preannotate.outofcorpus import score_both
from diplonews.preannotate.predict import predict
from diplonews.preannotate.resources import lexicon
from diplonews.schema import load_inventory

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from preannotation_speed import rate  # noqa: E402  (its CPU-second loop, not a copy)

DEV_FILE = REPO / "benchmarks" / "preannotation_dev" / "sentences.jsonl"
GOLD_DIR = REPO / "annotations" / "gold"
SIXTH_ROUND = 256  # ood-256 on: the freshest dev sentences
FOLDS = 5
# Fixed before it was first measured, not tuned: a model span joins the rules' only when every one of its tokens'
# labels has at least this marginal probability (a precision guard for the added mentions).
MIN_CONFIDENCE = 0.9
SYSTEMS = ("rules", "model", "rules+model", f"rules+model p>={MIN_CONFIDENCE}")
# Fixed before the first run and never tuned: tuning them on the scored folds would leak.
CRF_PARAMS: dict[str, Any] = {"algorithm": "lbfgs", "c1": 0.1, "c2": 0.1, "max_iterations": 150}
_DEV_LINE = re.compile(r'"split":\s*"dev"')
# A word is a run of letters, digits, diacritics and tatweel; any other non-space character is a token of its own.
_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]")
# Proclitics split off a word as tokens of their own, one letter each, so that a mention may start after any of
# them (و + ل + بنان: the mention is لبنان after و; ل + لأمم: the mention is لأمم المتحدة after ل).
_PROCLITIC = re.compile(r"^([وف]?)([بلك]?)")
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]*")

Doc = dict[str, Any]
Span = tuple[int, int, str]  # start, end, type
Features = dict[str, str | float | bool]


@dataclass(frozen=True)
class Token:
    """One token: its original offsets, its normalised text, and the whole word it was split from."""

    start: int
    end: int
    norm: str
    word: str
    clitic: bool


# ---- data ---------------------------------------------------------------------------------------------------


def load_dev(path: Path = DEV_FILE) -> list[Doc]:
    """The dev records only, as gold documents; held-out lines are skipped on their raw text, never parsed."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not _DEV_LINE.search(line):
            continue
        rec = json.loads(line)
        if rec["split"] != "dev":  # a dev-looking string inside a held-out text must not get through
            continue
        docs.append(_doc(rec["id"], rec["text"], [(m["start"], m["end"], m["type"]) for m in rec["mentions"]]))
        docs[-1]["source"] = rec["source"]
    return docs


def load_corpus_gold(folder: Path = GOLD_DIR) -> list[Doc]:
    """The corpus gold documents (complete ones), reduced to their typed mentions."""
    docs = []
    for file in sorted(folder.glob("*.json")):
        raw = json.loads(file.read_text(encoding="utf-8"))
        if raw.get("status", "complete") != "complete":
            continue
        types = {e["id"]: e["type"] for e in raw["entities"]}
        docs.append(
            _doc(raw["doc_id"], raw["text"], [(m["start"], m["end"], types[m["entity"]]) for m in raw["mentions"]])
        )
    return docs


def _doc(doc_id: str, text: str, spans: Iterable[Span]) -> Doc:
    """A document in the shape ``score_both`` reads: one entity per mention."""
    spans = sorted(set(spans))
    return {
        "doc_id": doc_id,
        "text": text,
        "entities": [{"id": f"E{i}", "type": t} for i, (_, _, t) in enumerate(spans)],
        "mentions": [{"id": f"M{i}", "entity": f"E{i}", "start": s, "end": e} for i, (s, e, _) in enumerate(spans)],
    }


def spans_of(doc: Doc) -> list[Span]:
    """(start, end, type) of every mention of a document."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    return sorted((m["start"], m["end"], types[m["entity"]]) for m in doc["mentions"])


# ---- tokens and labels ------------------------------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    """Words and punctuation marks, with leading proclitics split off when at least two letters remain."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        norm_word = normalize(word)
        pro = _PROCLITIC.match(word)
        letters = "".join(pro.groups()) if pro else ""
        if letters and len(normalize(word[len(letters) :])) >= 2:
            pos = start
            for letter in letters:
                if not letter:
                    continue
                end = pos + 1 + len(_MARKS.match(text, pos + 1).group())  # type: ignore[union-attr]
                out.append(Token(pos, end, letter, norm_word, True))
                pos = end
            out.append(Token(pos, m.end(), normalize(text[pos : m.end()]), norm_word, False))
        else:
            out.append(Token(start, m.end(), norm_word, norm_word, False))
    return out


def outermost(spans: Sequence[Span]) -> list[Span]:
    """The spans no other span contains: BIO labels cannot nest, so a nested mention is not learnt."""
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def bio(tokens: Sequence[Token], spans: Sequence[Span]) -> tuple[list[str], int]:
    """BIO labels of the outermost spans, and how many spans do not fall on token boundaries (left out)."""
    labels = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    missed = 0
    for s, e, typ in outermost(spans):
        if s not in starts or e not in ends or labels[starts[s]] != "O":
            missed += 1
            continue
        labels[starts[s]] = f"B-{typ}"
        for i in range(starts[s] + 1, ends[e] + 1):
            labels[i] = f"I-{typ}"
    return labels, missed


def decode(tokens: Sequence[Token], labels: Sequence[str]) -> list[Span]:
    """Spans of a BIO sequence; an I- of another type than the open span starts a new one."""
    spans: list[Span] = []
    open_: list[int] | None = None
    open_type = ""
    for tok, lab in zip(tokens, labels, strict=True):
        if lab == "O" or lab.startswith("B-") or lab[2:] != open_type:
            if open_ is not None:
                spans.append((open_[0], open_[1], open_type))
            open_ = None
        if lab != "O":
            if open_ is None:
                open_, open_type = [tok.start, tok.end], lab[2:]
            else:
                open_[1] = tok.end
    if open_ is not None:
        spans.append((open_[0], open_[1], open_type))
    return spans


# ---- features ---------------------------------------------------------------------------------------------------


def span_tags(tokens: Sequence[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Per token, B-/I- and the span's label for the spans that cover it ("O" elsewhere)."""
    tags = ["O"] * len(tokens)
    for s, e, label in spans:
        first = True
        for i, t in enumerate(tokens):
            if t.start >= s and t.end <= e:
                tags[i] = ("B-" if first else "I-") + label
                first = False
    return tags


def gazetteer_spans(text: str) -> list[tuple[int, int, str]]:
    """The KB's and gazetteer's longest alias matches, labelled type and level (what the lookup alone says)."""
    from diplonews.preannotate.normalize import NormalizedText

    return [
        (m.start, m.end, f"{m.value[0].type}.{m.value[1]}") for m in lexicon().name_table.find(NormalizedText.of(text))
    ]


def _own(tok: Token, gaz: str, rule: str | None) -> Features:
    lex = lexicon()
    w = tok.norm or "_"  # a lone tatweel or diacritic normalises to nothing
    f: Features = {
        "w": w,
        "word": tok.word,
        "clitic": tok.clitic,
        "p2": w[:2],
        "p3": w[:3],
        "s2": w[-2:],
        "s3": w[-3:],
        "al": w.startswith("ال"),
        "digit": w.isdigit(),
        "punct": not w[0].isalnum(),
        "latin": w.isascii() and w.isalpha(),
        "len": min(len(w), 8) / 8,
        "title": w in lex.title_words,
        "verb": w in lex.verbs,
        "gaz": gaz,
    }
    if rule is not None:
        f["rule"] = rule
    return f


def sentence_features(text: str, tokens: Sequence[Token], rule_spans: Sequence[Span] | None) -> list[Features]:
    """Per token: its own features, those of its two neighbours each side (prefixed), and the BOS/EOS marks."""
    gaz = span_tags(tokens, gazetteer_spans(text))
    rule = span_tags(tokens, rule_spans) if rule_spans is not None else [None] * len(tokens)
    own = [_own(t, g, r) for t, g, r in zip(tokens, gaz, rule, strict=True)]
    out: list[Features] = []
    context = ("w", "word", "clitic", "al", "title", "verb", "gaz", "rule", "s2", "punct")
    for i, f in enumerate(own):
        feats: Features = {"bias": 1.0, **f}
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(own):
                feats.update({f"{d}:{k}": own[j][k] for k in context if k in own[j]})
            else:
                feats[f"{d}:edge"] = True
        feats["-1:w|w"] = f"{own[i - 1]['w']}|{f['w']}" if i else f"^|{f['w']}"
        out.append(feats)
    return out


# ---- one experiment ---------------------------------------------------------------------------------------------


@dataclass
class Prepared:
    """A document's tokens, gold labels, the rules' spans and its features (with and without the rules' tags)."""

    doc: Doc
    tokens: list[Token]
    labels: list[str]
    unaligned: int
    rules: list[Span]
    feats: dict[bool, list[Features]]


def prepare(doc: Doc) -> Prepared:
    """Everything a fold needs of one document, computed once."""
    tokens = tokenize(doc["text"])
    labels, unaligned = bio(tokens, spans_of(doc))
    rules = spans_of(predict({"doc_id": doc["doc_id"], "text": doc["text"]}))
    feats = {
        True: sentence_features(doc["text"], tokens, rules),
        False: sentence_features(doc["text"], tokens, None),
    }
    return Prepared(doc, tokens, labels, unaligned, rules, feats)


def train(docs: Sequence[Prepared], stacked: bool) -> sklearn_crfsuite.CRF:
    """A CRF fitted on ``docs`` (with the rules' tags as features when ``stacked``)."""
    crf = sklearn_crfsuite.CRF(**CRF_PARAMS, all_possible_transitions=True)
    crf.fit([d.feats[stacked] for d in docs], [d.labels for d in docs])
    return crf


def combine(rules: Sequence[Span], model: Sequence[Span]) -> list[Span]:
    """The rules' spans first; a model span is added only when it overlaps none of them."""
    return sorted([*rules, *(m for m in model if not any(r[0] < m[1] and m[0] < r[1] for r in rules))])


def run_fold(train_docs: Sequence[Prepared], test_docs: Sequence[Prepared], stacked: bool) -> dict[str, list[Doc]]:
    """Predicted documents of the three systems on ``test_docs``."""
    crf = train(train_docs, stacked)
    feats = [d.feats[stacked] for d in test_docs]
    out: dict[str, list[Doc]] = {name: [] for name in SYSTEMS}
    for d, labels, marginals in zip(test_docs, crf.predict(feats), crf.predict_marginals(feats), strict=True):
        model = decode(d.tokens, labels)
        sure = [m for m in model if confidence(d.tokens, labels, marginals, m) >= MIN_CONFIDENCE]
        doc_id, text = d.doc["doc_id"], d.doc["text"]
        out["rules"].append(_doc(doc_id, text, d.rules))
        out["model"].append(_doc(doc_id, text, model))
        out["rules+model"].append(_doc(doc_id, text, combine(d.rules, model)))
        out[f"rules+model p>={MIN_CONFIDENCE}"].append(_doc(doc_id, text, combine(d.rules, sure)))
    return out


def confidence(
    tokens: Sequence[Token], labels: Sequence[str], marginals: Sequence[dict[str, float]], span: Span
) -> float:
    """The lowest marginal probability of the span's own labels: how sure the CRF is of each of its tokens."""
    return min(m[lab] for t, lab, m in zip(tokens, labels, marginals, strict=True) if span[0] <= t.start < span[1])


def fold_of(source: str) -> int:
    """A page's fold: fixed by its address, so all its sentences are in one fold."""
    return hashlib.sha256(source.encode("utf-8")).digest()[1] % FOLDS  # byte 0 decides the half


def totals(gold: Sequence[Doc], pred: Sequence[Doc], types: list[str]) -> dict[str, dict[str, Any]]:
    """All-entity strict and overlap counts and P/R/F1, and the strict F1 per type."""
    scores = score_both(gold, pred, types)
    out: dict[str, dict[str, Any]] = {}
    for kind, rows in scores.items():
        row: Score = rows[-1]
        out[kind] = {
            "gold": row.gold,
            "predicted": row.predicted,
            "correct": row.correct,
            "P": round(row.precision, 3),
            "R": round(row.recall, 3),
            "F1": round(row.f1, 3),
        }
    out["strict_f1_by_type"] = {r.label: round(r.f1, 3) for r in scores["strict"][:-1]}
    return out


def evaluate(
    corpus: Sequence[Prepared], dev: Sequence[Prepared], stacked: bool, types: list[str]
) -> dict[str, dict[str, Any]]:
    """Per fold and pooled over folds (5-fold by page), and the sixth round as its own fold."""
    results: dict[str, dict[str, Any]] = {}
    pooled: dict[str, list[Doc]] = {name: [] for name in SYSTEMS}
    pooled_gold: list[Doc] = []
    for k in range(FOLDS):
        test = [d for d in dev if fold_of(d.doc["source"]) == k]
        rest = [d for d in dev if fold_of(d.doc["source"]) != k]
        preds = run_fold([*corpus, *rest], test, stacked)
        gold = [d.doc for d in test]
        results[f"fold {k}"] = {
            "sentences": len(test),
            "pages": len({d.doc["source"] for d in test}),
            **{name: totals(gold, p, types) for name, p in preds.items()},
        }
        pooled_gold += gold
        for name, p in preds.items():
            pooled[name] += p
    results["pooled"] = {"sentences": len(pooled_gold), **{n: totals(pooled_gold, p, types) for n, p in pooled.items()}}
    results["pooled"]["strict F1 gain over the rules, 95% page bootstrap"] = {
        n: bootstrap(pooled_gold, pooled["rules"], pooled[n]) for n in SYSTEMS[2:]
    }
    results["pooled"]["mentions added by rules+model"] = added(pooled_gold, pooled["rules"], pooled["rules+model"])
    sixth = [d for d in pooled_gold if _number(d) >= SIXTH_ROUND]
    ids = {d["doc_id"] for d in sixth}
    results["pooled, sixth-round sentences only"] = {
        "sentences": len(sixth),
        **{n: totals(sixth, [d for d in p if d["doc_id"] in ids], types) for n, p in pooled.items()},
    }
    old = [d for d in dev if _number(d.doc) < SIXTH_ROUND]
    new = [d for d in dev if _number(d.doc) >= SIXTH_ROUND]
    if {d.doc["source"] for d in old} & {d.doc["source"] for d in new}:
        raise SystemExit("a sixth-round page also gave earlier sentences: it cannot be a fold of its own")
    preds = run_fold([*corpus, *old], new, stacked)
    results["sixth round as one fold (trained on corpus gold + ood-001..255)"] = {
        "sentences": len(new),
        **{name: totals([d.doc for d in new], p, types) for name, p in preds.items()},
    }
    return results


def _strict_counts(gold: Doc, pred: Doc) -> tuple[int, int, int]:
    g, p = set(spans_of(gold)), set(spans_of(pred))
    return len(g), len(p), len(g & p)


def bootstrap(gold: Sequence[Doc], base: Sequence[Doc], other: Sequence[Doc], rounds: int = 2000) -> dict[str, float]:
    """Strict F1 of ``other`` minus that of ``base`` over page resamples (pages drawn with replacement, seed 0):
    the 2.5th and 97.5th percentiles and the share of resamples where ``other`` is better."""
    import random

    by_page: dict[str, list[tuple[tuple[int, int, int], tuple[int, int, int]]]] = {}
    for g, b, o in zip(gold, base, other, strict=True):
        by_page.setdefault(g["source"], []).append((_strict_counts(g, b), _strict_counts(g, o)))
    pages = sorted(by_page)
    rng = random.Random(0)
    diffs = []
    for _ in range(rounds):
        sums = [0] * 6
        for page in rng.choices(pages, k=len(pages)):
            for a, c in by_page[page]:
                for i, v in enumerate((*a, *c)):
                    sums[i] += v
        f_base = 2 * sums[2] / (sums[0] + sums[1]) if sums[0] + sums[1] else 0.0
        f_other = 2 * sums[5] / (sums[3] + sums[4]) if sums[3] + sums[4] else 0.0
        diffs.append(f_other - f_base)
    diffs.sort()
    return {
        "low": round(diffs[int(0.025 * rounds)], 4),
        "high": round(diffs[int(0.975 * rounds) - 1], 4),
        "share_better": round(sum(d > 0 for d in diffs) / rounds, 3),
    }


def added(gold: Sequence[Doc], base: Sequence[Doc], other: Sequence[Doc]) -> list[str]:
    """Each mention ``other`` has beyond ``base`` (dev text only): sentence, span, type, and whether it is gold."""
    out = []
    for g, b, o in zip(gold, base, other, strict=True):
        truth = set(spans_of(g))
        for span in sorted(set(spans_of(o)) - set(spans_of(b))):
            verdict = "correct" if span in truth else "wrong"
            out.append(f"{g['doc_id']} «{g['text'][span[0] : span[1]]}» {span[2]} {verdict}")
    return out


def _number(doc: Doc) -> int:
    return int(doc["doc_id"].split("-")[1])


# ---- speed ------------------------------------------------------------------------------------------------------


def speed(crf: sklearn_crfsuite.CRF, texts: Sequence[str], seconds: float) -> dict[str, float]:
    """Rules alone, the model's own work (tokens, features, tagging; rules' spans given), and both together."""
    rules_of = {t: spans_of(predict({"doc_id": "bench", "text": t})) for t in texts}

    def model_only(text: str) -> object:
        tokens = tokenize(text)
        return crf.predict_single(sentence_features(text, tokens, rules_of[text]))

    def both(text: str) -> object:
        rules = spans_of(predict({"doc_id": "bench", "text": text}))
        tokens = tokenize(text)
        return combine(rules, decode(tokens, crf.predict_single(sentence_features(text, tokens, rules))))

    def features_only(text: str) -> object:
        return sentence_features(text, tokenize(text), rules_of[text])

    texts = list(texts)
    return {
        "rules_per_cpu_s": round(rate(lambda t: predict({"doc_id": "bench", "text": t}), texts, seconds)),
        "model_features_only_per_cpu_s": round(rate(features_only, texts, seconds)),
        "model_features_and_tagging_per_cpu_s": round(rate(model_only, texts, seconds)),
        "rules_plus_model_per_cpu_s": round(rate(both, texts, seconds)),
    }


def speed_texts(dev: Sequence[Doc]) -> list[str]:
    """The dev sentences and the corpus articles cut at sentence ends (no held-out text)."""
    texts = [d["text"] for d in dev]
    corpus = REPO / "corpus" / "articles.jsonl"
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts += [s for s in re.split(r"(?<=[.!?؟])\s+", json.loads(line)["text"]) if len(s) > 20]
    return texts


# ---- main -------------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results.json"))
    parser.add_argument("--seconds", type=float, default=3.0, help="CPU time per speed measurement")
    parser.add_argument("--rules-commit", help="the commit the imported rules were exported from (default: HEAD)")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the speed target says
    types = load_inventory().names("entity_types")
    dev_docs, corpus_docs = load_dev(), load_corpus_gold()
    dev, corpus = [prepare(d) for d in dev_docs], [prepare(d) for d in corpus_docs]
    report: dict[str, Any] = {
        "rules": _rules_version(args.rules_commit),
        "data": {
            "corpus_gold_documents": len(corpus),
            "corpus_gold_mentions": sum(len(d.doc["mentions"]) for d in corpus),
            "dev_sentences": len(dev),
            "dev_pages": len({d.doc["source"] for d in dev}),
            "dev_mentions": sum(len(d.doc["mentions"]) for d in dev),
            "gold_spans_not_learnt": {
                "nested": sum(len(spans_of(d.doc)) - len(outermost(spans_of(d.doc))) for d in [*corpus, *dev]),
                "off_token_boundaries": sum(d.unaligned for d in [*corpus, *dev]),
            },
        },
        "crf": CRF_PARAMS,
        "pythonhashseed": os.environ.get("PYTHONHASHSEED", "unset (feature order, hence the last digits, may vary)"),
        "folds": FOLDS,
    }
    for stacked in (True, False):
        name = "with the rules' output as a feature" if stacked else "without the rules' output as a feature"
        report[name] = evaluate(corpus, dev, stacked, types)
    crf = train([*corpus, *dev], stacked=True)
    report["speed (one core, stacked model trained on all dev)"] = speed(crf, speed_texts(dev_docs), args.seconds)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(table(report))


def _rules_version(commit: str | None) -> dict[str, str]:
    """Which rules were measured: the commit they come from (``--rules-commit``, else the checkout's HEAD), where
    the imported package lies, and a hash of its rules and resources. The rules change while this runs; measuring
    a ``git archive`` of one commit keeps the figures tied to it."""
    import diplonews.preannotate as pkg

    folder = Path(pkg.__file__).parent
    digest = hashlib.sha256()
    for file in sorted([*folder.glob("*.py"), *(folder.parent / "resources").glob("*")]):
        digest.update(file.read_bytes())
    if commit is None:
        git = ["git", "rev-parse", "HEAD"]
        commit = subprocess.run(git, cwd=REPO, capture_output=True, text=True, check=False).stdout.strip()
    return {"commit": commit, "package": str(folder.parent), "rules_sha256": digest.hexdigest()[:16]}


def table(report: dict[str, Any]) -> str:
    """The all-entity rows as a markdown table; for a combination, the mentions it added to the rules' and how many
    of those are strictly correct."""
    head = (
        "| features | split | system | strict P | strict R | strict F1 | overlap P | overlap R | overlap F1 | added |"
    )
    lines = [head, "|---|---|---|---|---|---|---|---|---|---|"]
    for feats in ("with the rules' output as a feature", "without the rules' output as a feature"):
        for split, res in report[feats].items():
            base = res["rules"]["strict"]
            for system in SYSTEMS:
                s, o = res[system]["strict"], res[system]["overlap"]
                added = ""
                if system.startswith("rules+"):
                    added = f"{s['predicted'] - base['predicted']} ({s['correct'] - base['correct']} correct)"
                lines.append(
                    f"| {feats.split(' the')[0]} | {split} | {system} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} "
                    f"| {o['P']:.3f} | {o['R']:.3f} | {o['F1']:.3f} | {added} |"
                )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
