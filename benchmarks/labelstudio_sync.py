"""Time diplonews' push and pull against Label Studio's own bulk import and export, in one run on one server.

push (ensure project, list existing tasks, import in batches) is compared with ONE ``projects.import_tasks``
call carrying every task; pull (full JSON export, conversion, per-annotator files, state) with ONE export
request (download and JSON parse) of the same annotated tasks.

Example:

    python benchmarks/labelstudio_sync.py --size 10000
    python benchmarks/labelstudio_sync.py --root /tmp/bench/n10000-a3-s0 --json
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _timed(name: str, fn: Callable[[], Any], rows: list[dict[str, Any]], **extra: Any) -> Any:
    t0 = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append({"task": name, "seconds": round(seconds, 3), "peak_mib": round(peak, 1), **extra})
    print(f"  {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
    return value


def run(root: Path, work: Path) -> list[dict[str, Any]]:
    """Start a fresh server under ``work`` and time the four operations on the corpus under ``root``."""
    from diplonews.annotations import load_annotations
    from diplonews.corpus import load_articles
    from diplonews.labelstudio import server, sync
    from diplonews.labelstudio.client import LabelStudioClient
    from diplonews.labelstudio.convert import article_task, document_to_result

    articles = load_articles(root / "corpus" / "articles.jsonl")
    documents = load_annotations(root / "annotations")
    n = len(articles)
    rows: list[dict[str, Any]] = []
    print(f"starting Label Studio for {n} documents", file=sys.stderr, flush=True)
    running = server.start(work / "labelstudio", exe=server.executable(REPO))
    try:
        with LabelStudioClient(running.url, running.creds.token) as client:
            native = sync.ensure_project(client, "bench-native", overlap=1, guidelines=None)
            items = [article_task(a, None, "") for a in articles.values()]
            _timed("server_import", lambda: client.import_tasks(native, items), rows, documents=n)
            report = _timed("push", lambda: sync.push(client, articles, title="bench-push"), rows, documents=n)
            assert report.imported == n, report
            _timed("push_again", lambda: sync.push(client, articles, title="bench-push"), rows, documents=n)

            users = client.users()
            accounts = {name: sync.annotator_account(client, name, users) for name in documents}
            annotated = sync.ensure_project(client, "bench-annotated", overlap=len(accounts), guidelines=None)
            with_annotations = []
            for doc_id, article in articles.items():
                item = article_task(article, None, "")
                item["annotations"] = [
                    {"result": document_to_result(docs[doc_id]), "completed_by": accounts[name]}
                    for name, docs in documents.items()
                    if doc_id in docs
                ]
                with_annotations.append(item)
            count = sum(len(i["annotations"]) for i in with_annotations)
            # Setup, in chunks: one request with every annotation exceeds the server's upload limit.
            _timed("setup_import_annotated", lambda: [client.import_tasks(annotated, with_annotations[i : i + 500])
                                                      for i in range(0, n, 500)], rows, annotations=count)  # fmt: skip
            _timed("server_export", lambda: client.export(annotated), rows, documents=n, annotations=count)
            texts = {d: a["text"] for d, a in articles.items()}
            out = work / "pulled"
            pulled = _timed(
                "pull", lambda: sync.pull(client, out, texts, key=b"bench", title="bench-annotated"), rows,
                documents=n, annotations=count,
            )  # fmt: skip
            assert len(pulled.written) == count, (len(pulled.written), count)
            _timed("pull_again", lambda: sync.pull(client, out, texts, key=b"bench", title="bench-annotated"), rows)
    finally:
        running.stop()
    return rows


def main() -> int:
    """Parse arguments, prepare a synthetic corpus if none is given, run, print the table and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, help="a folder with corpus/articles.jsonl and annotations/")
    parser.add_argument("--size", type=int, default=10_000, help="documents to generate when --root is not given")
    parser.add_argument("--annotators", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the rows as one JSON line at the end")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="diplonews-lsbench-") as tmp:
        work = Path(tmp)
        root = args.root
        if root is None:
            sys.path.insert(0, str(HERE))
            import synth

            root = work / "corpus"
            synth.write_corpus(root, args.size, 0, args.annotators)
        rows = run(root, work)
    by = {r["task"]: r for r in rows}
    for row in rows:
        print(f"{row['task']:<24} {row['seconds']:>9.2f} s", file=sys.stderr)
    push_ratio = by["push"]["seconds"] / by["server_import"]["seconds"]
    pull_ratio = by["pull"]["seconds"] / by["server_export"]["seconds"]
    print(f"push / server bulk import: {push_ratio:.2f}x", file=sys.stderr)
    print(f"pull / server export:      {pull_ratio:.2f}x", file=sys.stderr)
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
