r"""Pre-annotation speed beside a baseline measured in the same run, on the same sentences, on one core.

Sentences: the texts of benchmarks/preannotation_dev/sentences.jsonl (both halves: only their text is read,
never their annotations) and the sentences of corpus/articles.jsonl. Each is given to ``predict`` as its own
document, as `push --preannotate` would for short items. Baseline: splitting each sentence into words with one
regular expression (``\w+|[^\w\s]``, no package code), so the ratio (predictions per tokenisation) compares runs
on different machines; the baseline of the previous version is the same. Rates are per CPU second of this
process, each the fastest of ``--rounds`` rounds of ``--seconds``, baseline and model alternating round by round
(``fastest``): on a shared machine a slower round measures the other processes, not the code, and alternating lets
both see the same minutes. The KB's cold load time is measured in a fresh child
Python. Writes benchmarks/preannotation_speed.json.

Run from the repository root: ``python benchmarks/preannotation_speed.py [--rounds 5] [--seconds 1]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = 2000  # sentences per second on one core (issue 13)
_SENTENCE = re.compile(r"(?<=[.!?؟])\s+")
_WORD = re.compile(r"\w+|[^\w\s]")
_KB_LOAD = (
    "import time; t = time.perf_counter(); from diplonews.preannotate.kb import kb_aliases, kb_types; "
    "kb_aliases(); kb_types(); print(time.perf_counter() - t)"
)


def sentences() -> list[str]:
    """The out-of-corpus sentences, then the corpus articles cut at sentence ends."""
    ood = REPO / "benchmarks" / "preannotation_dev" / "sentences.jsonl"
    texts = [json.loads(line)["text"] for line in ood.read_text(encoding="utf-8").splitlines() if line]
    corpus = REPO / "corpus" / "articles.jsonl"
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts += [s for s in _SENTENCE.split(json.loads(line)["text"]) if len(s) > 20]
    return texts


def rate(work: Callable[[str], object], texts: list[str], seconds: float) -> float:
    """Sentences per CPU second: whole passes over ``texts`` until ``seconds`` of CPU time (after one warm pass).

    CPU time of this process, not wall time: on a shared machine the other processes' share is not counted.
    """
    for text in texts:
        work(text)
    done, began = 0, time.process_time()
    while time.process_time() - began < seconds:
        for text in texts:
            work(text)
        done += len(texts)
    return done / (time.process_time() - began)


def fastest(works: list[Callable[[str], object]], texts: list[str], rounds: int, seconds: float) -> list[float]:
    """Each work's best ``rate`` over ``rounds`` rounds, the works taking turns within each round."""
    best = [0.0] * len(works)
    for _ in range(rounds):
        for i, work in enumerate(works):
            best[i] = max(best[i], rate(work, texts, seconds))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0, help="CPU seconds per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per measurement (the fastest counts)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "preannotation_speed.json")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says

    from diplonews.preannotate import predict

    texts = sentences()
    baseline, model = fastest(
        [_WORD.findall, lambda t: predict({"doc_id": "bench", "text": t})], texts, args.rounds, args.seconds
    )
    kb_load = float(subprocess.run([sys.executable, "-c", _KB_LOAD], capture_output=True, text=True, check=True).stdout)
    result = {
        "machine": {"cpu": platform.processor() or platform.machine(), "python": platform.python_version()},
        "sentences": len(texts),
        "rounds": args.rounds,
        "seconds_per_round": args.seconds,
        "baseline_tokenise_per_s": round(baseline),
        "predict_per_s": round(model),
        "ratio_predict_to_baseline": round(model / baseline, 4),
        "target_per_s": TARGET,
        "meets_target": model >= TARGET,
        "kb_load_s": round(kb_load, 3),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
