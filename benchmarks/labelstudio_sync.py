"""Time diplonews' push and pull against Label Studio's own bulk import and export, in one run on one server.

push (ensure project, list existing tasks, import in batches) is compared with ``projects.import_tasks``
calls of 10,000 tasks each (one call below 10,000); pull (streamed JSON export, conversion, per-annotator
files, state) with ONE export request (download and JSON parse) of the same annotated tasks. The export
and each pull run in a fresh child Python, so their peak memory is their own, not this script's.

Example:

    python benchmarks/labelstudio_sync.py --size 1000
    python benchmarks/labelstudio_sync.py --root /tmp/bench/n10000-a3-s0 --json --repeat 3
    python benchmarks/labelstudio_sync.py --root /tmp/bench/n100000-a3-s0 --steps push
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
KEY = b"bench"
ANNOTATED = "bench-annotated"
SETUP_CHUNK = 500
NATIVE_CHUNK = 10_000  # one request with every annotation exceeds the server's upload limit


def _timed(name: str, fn: Callable[[], Any], rows: list[dict[str, Any]], **extra: Any) -> Any:
    t0 = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append({"task": name, "seconds": round(seconds, 3), "peak_mib": round(peak, 1), **extra})
    print(f"  {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
    return value


def _in_child(step: str, url: str, token: str, root: Path, out: Path) -> dict[str, Any]:
    """Run ``step`` (export or pull) in a fresh Python; its own seconds and peak resident memory."""
    command = [sys.executable, __file__, "--child", step, url, token, str(root), str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{step} failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _high_water_mib() -> float:
    """This process's peak resident memory since its exec (VmHWM).

    Not ``ru_maxrss``: Linux carries that over from the parent through fork and exec, so a child of this
    script, which holds the corpus, would report the script's size.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(step: str, url: str, token: str, root: Path, out: Path) -> None:
    """The child side of ``_in_child``: import, time one step, print JSON with seconds and peak MiB."""
    from diplonews.labelstudio import sync
    from diplonews.labelstudio.client import LabelStudioClient

    texts = {}
    if step == "pull":
        with (root / "corpus" / "articles.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts[record["doc_id"]] = record["text"]
    with LabelStudioClient(url, token) as client:
        project = client.find_project(ANNOTATED)
        assert project is not None
        before = _high_water_mib()
        t0 = time.perf_counter()
        if step == "export":
            count = len(client.export(project["id"]))
        else:
            count = len(sync.pull(client, out, texts, key=KEY, title=ANNOTATED).written)
        seconds = time.perf_counter() - t0
    peak = _high_water_mib()
    print(json.dumps({"seconds": round(seconds, 3), "peak_mib": round(peak, 1), "start_mib": round(before, 1),
                      "count": count}))  # fmt: skip


def _annotated_items(root: Path, accounts: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Import items of every article with all annotators' annotations, read one document at a time."""
    from diplonews._io import read_json
    from diplonews.labelstudio.convert import article_task, document_to_result

    with (root / "corpus" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            item = article_task(article, None, "")
            item["annotations"] = []
            for name, user in accounts.items():
                path = root / "annotations" / name / f"{article['doc_id']}.json"
                if path.exists():
                    item["annotations"].append({"result": document_to_result(read_json(path)), "completed_by": user})
            yield item


def _setup_annotated(client: Any, root: Path, rows: list[dict[str, Any]]) -> int:
    """Import every article with all its annotations into the project that export and pull read."""
    from diplonews.annotations import annotator_dirs
    from diplonews.labelstudio import sync

    users = client.users()
    names = [d.name for d in annotator_dirs(root / "annotations")]
    accounts = {name: sync.annotator_account(client, name, users) for name in names}
    annotated = sync.ensure_project(client, ANNOTATED, overlap=len(accounts), guidelines=None)
    t0 = time.perf_counter()
    count, chunk = 0, []
    for item in _annotated_items(root, accounts):
        chunk.append(item)
        count += len(item["annotations"])
        if len(chunk) == SETUP_CHUNK:
            client.import_tasks(annotated, chunk)
            chunk = []
    if chunk:
        client.import_tasks(annotated, chunk)
    rows.append({"task": "setup_import_annotated", "seconds": round(time.perf_counter() - t0, 3), "annotations": count})
    print(f"  setup_import_annotated: {rows[-1]['seconds']:.2f} s", file=sys.stderr, flush=True)
    return count


def run(root: Path, work: Path, steps: set[str], repeat: int) -> list[dict[str, Any]]:
    """Start a fresh server under ``work`` and time the steps on the corpus under ``root``."""
    from diplonews.corpus import load_articles
    from diplonews.labelstudio import server, sync
    from diplonews.labelstudio.client import LabelStudioClient
    from diplonews.labelstudio.convert import article_task

    articles = load_articles(root / "corpus" / "articles.jsonl")
    n = len(articles)
    rows: list[dict[str, Any]] = []
    print(f"starting Label Studio for {n} documents", file=sys.stderr, flush=True)
    running = server.start(work / "labelstudio", exe=server.executable(REPO))
    try:
        with LabelStudioClient(running.url, running.creds.token) as client:
            if "push" in steps:
                native = sync.ensure_project(client, "bench-native", overlap=1, guidelines=None)
                items = [article_task(a, None, "") for a in articles.values()]
                # One request per 10,000 tasks: one with all of 100,000 passes the server's 250 MB upload limit.
                _timed("server_import", lambda: [client.import_tasks(native, items[i : i + NATIVE_CHUNK])
                                                 for i in range(0, n, NATIVE_CHUNK)], rows, documents=n)  # fmt: skip
                del items
                report = _timed("push", lambda: sync.push(client, articles, title="bench-push"), rows, documents=n)
                assert report.imported == n, report
                _timed("push_again", lambda: sync.push(client, articles, title="bench-push"), rows, documents=n)
            if "pull" in steps:
                del articles
                count = _setup_annotated(client, root, rows)
                url, token = running.url, running.creds.token
                best: dict[str, dict[str, Any]] = {}
                # Alternated, fastest kept: the server's export time varies by up to 1.5x between runs here.
                for attempt in range(repeat):
                    for step in ("export", "pull"):
                        got = _in_child(step, url, token, root, work / f"pulled{attempt}")
                        name = "server_export" if step == "export" else "pull"
                        print(f"  {name}: {got['seconds']:.2f} s", file=sys.stderr, flush=True)
                        if name not in best or got["seconds"] < best[name]["seconds"]:
                            best[name] = got
                assert best["pull"]["count"] == count, (best["pull"], count)
                for name in ("server_export", "pull"):
                    rows.append({"task": name, **best[name], "documents": n, "annotations": count, "runs": repeat})
                again = _in_child("pull", url, token, root, work / "pulled0")
                rows.append({"task": "pull_again", **again})
    finally:
        running.stop()
    return rows


def main() -> int:
    """Parse arguments, prepare a synthetic corpus if none is given, run, print the table and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, help="a folder with corpus/articles.jsonl and annotations/")
    parser.add_argument("--size", type=int, default=10_000, help="documents to generate when --root is not given")
    parser.add_argument("--annotators", type=int, default=2)
    parser.add_argument("--steps", default="push,pull", help="push, pull or both")
    parser.add_argument("--repeat", type=int, default=1, help="export and pull N times each, keep the fastest")
    parser.add_argument("--json", action="store_true", help="print the rows as one JSON line at the end")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, url, token, root, out = args.child
        child(step, url, token, Path(root), Path(out))
        return 0
    steps = {s.strip() for s in args.steps.split(",") if s.strip()}
    with tempfile.TemporaryDirectory(prefix="diplonews-lsbench-") as tmp:
        work = Path(tmp)
        root = args.root
        if root is None:
            sys.path.insert(0, str(HERE))
            import synth

            root = work / "corpus"
            synth.write_corpus(root, args.size, 0, args.annotators)
        rows = run(root, work, steps, args.repeat)
    by = {r["task"]: r for r in rows}
    for row in rows:
        print(f"{row['task']:<24} {row['seconds']:>9.2f} s", file=sys.stderr)
    if "push" in by:
        print(
            f"push / server bulk import: {by['push']['seconds'] / by['server_import']['seconds']:.2f}x", file=sys.stderr
        )
    if "pull" in by:
        print(
            f"pull / server export:      {by['pull']['seconds'] / by['server_export']['seconds']:.2f}x", file=sys.stderr
        )
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
