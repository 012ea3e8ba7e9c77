"""Time each stage beside a baseline measured in the same run, on synthetic corpora of growing size.

Each task runs in a fresh child Python (so its peak memory is its own); the parent prints a table and
writes RESULTS.json, and refreshes the generated part of RESULTS.md.

Example:

    python benchmarks/run.py --sizes 1000,10000 --stages validate,agreement
"""

from __future__ import annotations

import argparse
import functools
import importlib
import itertools
import json
import math
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import stages  # noqa: E402
import synth  # noqa: E402

REPO = HERE.parent
# stage -> (task, baseline tasks (the first one is what the target compares with), target ratio or None)
STAGES: dict[str, tuple[str, tuple[str, ...], float | None]] = {
    "validate": ("validate", ("parse_json", "parse_orjson"), 1.5),
    "agreement": ("agreement", ("parse_json",), 3.0),
    "build": ("build", ("pyarrow_write",), 2.0),
    "load": ("load", ("read_table",), None),
}
# Push runs at every size; pull needs the annotations imported first (224 s per 10,000 documents with
# 30,000 annotations here), so at 100,000 it is left out unless asked for with --pull-sizes.
PULL_SIZES = (1_000, 10_000)
STEPS = ("server_import", "push", "server_export", "pull")  # what labelstudio_sync.py times
LINEAR_SLOPE = 1.15  # time ~ n^slope; above this the growth is not linear
MEMORY_LIMIT_MIB = 2048
MARK_START, MARK_END = "<!-- results:start -->", "<!-- results:end -->"


def machine() -> dict[str, Any]:
    """What the figures ran on: cores, memory, CPU model, Python."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    mem_kib = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if "MemTotal" in line
    )
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(mem_kib / 2**20, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def prepare(workdir: Path, size: int, annotators: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """Generate (once) a corpus of ``size`` documents and the release inputs beside it; returns its folder."""
    root = workdir / f"n{size}-a{annotators}-s{seed}"
    stamp = root / ".complete"
    if stamp.exists():
        _release_texts(root / "release")
        return root, json.loads(stamp.read_text())
    shutil.rmtree(root, ignore_errors=True)
    release = root / "release"
    t0 = time.perf_counter()
    counts = synth.write_corpus(root, size, seed, annotators, gold=release / "annotations" / "gold")
    seconds = time.perf_counter() - t0
    # The release reads gold and the annotators' folders from one tree: link the latter in.
    for name in synth.ANNOTATOR_NAMES[:annotators]:
        (release / "annotations" / name).symlink_to(root / "annotations" / name, target_is_directory=True)
    (release / "corpus").mkdir(parents=True)
    (release / "corpus" / "articles.jsonl").symlink_to(root / "corpus" / "articles.jsonl")
    from diplonews.splits import SPLITS, manifest_text

    # Splits by position, not by the near-duplicate policy: assigning splits is not the build being timed.
    assignments = {synth.doc_id_of(i): SPLITS[0 if i % 10 < 8 else 1 if i % 10 == 8 else 2] for i in range(size)}
    (release / "corpus" / "splits.json").write_text(manifest_text(assignments), encoding="utf-8")
    _release_texts(release)
    info = {**counts, "seconds": round(seconds, 2)}
    stamp.write_text(json.dumps(info))
    return root, info


def _release_texts(release: Path) -> None:
    """Copy the changelog and the card template from the checkout: the build reads them as they are now."""
    for name in ("CHANGELOG.md", "dataset_card.md"):
        shutil.copy(REPO / name, release / name)


def _rss_mib(pid: int) -> float:
    """Resident memory of a live process, from /proc (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS")), 0.0)


def watched(cmd: list[str], env: dict[str, str], timeout: float, cap_mib: float) -> dict[str, Any]:
    """Run ``cmd``; kill it when its resident memory passes ``cap_mib`` or it outlives ``timeout``.

    The machine is shared: a stage that needs several times the 2 GiB target is reported as such rather
    than allowed to take the machine. Returns returncode, stdout, stderr, peak_mib and why it was killed.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env, start_new_session=True)
        t0, peak, why = time.perf_counter(), 0.0, ""
        while proc.poll() is None:
            # The whole process group counts: a stage may start a server of its own.
            peak = max(peak, sum(_rss_mib(pid) for pid in _group(proc.pid)))
            if peak > cap_mib:
                why = f"killed: resident memory passed the {cap_mib:.0f} MiB cap"
            elif time.perf_counter() - t0 > timeout:
                why = f"killed: still running after {timeout:.0f} s"
            if why:
                why += f" ({time.perf_counter() - t0:.0f} s)"
                os.killpg(proc.pid, signal.SIGINT)  # lets a stage stop the server it started
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                break
            time.sleep(0.2)
        out.seek(0)
        err.seek(0)
        return {"returncode": proc.returncode, "stdout": out.read(), "stderr": err.read(), "peak_mib": peak, "why": why}


def _group(leader: int) -> list[int]:
    """The process ids of the process group led by ``leader`` (from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == leader:  # field 5 of stat: the process group id
                pids.append(int(entry.name))
    return pids


def run_task(name: str, root: Path, timeout: float, cap_mib: float) -> dict[str, Any]:
    """Run one task in a child Python; its wall time, peak RSS and what it reported."""
    with tempfile.TemporaryDirectory(prefix="bench-hf-") as hf_home:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": hf_home}
        cmd = [sys.executable, str(Path(__file__).resolve()), "--task", name, "--root", str(root)]
        done = watched(cmd, env, timeout, cap_mib)
    if done["why"]:
        return {"task": name, "error": done["why"], "peak_mib": done["peak_mib"]}
    if done["returncode"] != 0:
        return {"task": name, "error": (done["stderr"].strip().splitlines() or ["?"])[-1][:300]}
    # group_peak_mib: the sampled sum over the task's processes (its worker processes included; pages they
    # share are counted in each), beside peak_mib, the task process's own maximum.
    return {"task": name, **json.loads(done["stdout"].strip().splitlines()[-1]), "group_peak_mib": done["peak_mib"]}


def paired_ratios(stage: list[dict[str, Any]], baseline: list[dict[str, Any]]) -> list[float]:
    """The stage's time over the baseline's, round by round (runs of one round follow each other); a task that
    failed was not run again, so the lists may differ in length."""
    pairs = zip(stage, baseline, strict=False)
    return [round(s["seconds"] / b["seconds"], 3) for s, b in pairs if "seconds" in s and "seconds" in b]


def best_of(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest of a task's runs (the least disturbed by other jobs), with the highest peak memory seen;
    the failed run when one failed."""
    if "seconds" not in found[-1]:
        return found[-1]
    best = min(found, key=lambda r: float(r["seconds"]))
    peaks = {k: max(r.get(k, 0.0) for r in found) for k in ("peak_mib", "group_peak_mib")}
    return {**best, **peaks, "all_seconds": [r["seconds"] for r in found]}


def alternated(
    repeat: int, names: Sequence[str], run: Callable[[str], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """``repeat`` rounds of one run of each of ``names`` in turn (baselines, then the stage): a stage and its
    baselines see the same state of a shared machine, which drifts over minutes; a task that failed is not run
    again."""
    found: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for _ in range(repeat):
        for name in names:
            if not found[name] or "seconds" in found[name][-1]:
                found[name].append(run(name))
    return found


def child(name: str, root: Path) -> None:
    """In the child: import what the task needs, time the task, print one JSON line."""
    for module in stages.IMPORTS[name]:
        importlib.import_module(module)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    extra = stages.TASKS[name](root)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mib": peak / 1024, "start_mib": rss_before / 1024, **extra}))


def labelstudio(root: Path, timeout: float, cap_mib: float, *, pull: bool, repeat: int) -> list[dict[str, Any]]:
    """Push and pull against a real server beside its own bulk import and export (benchmarks/labelstudio_sync.py)."""
    script = HERE / "labelstudio_sync.py"
    steps = "push,pull" if pull else "push"
    command = [sys.executable, str(script), "--root", str(root), "--json", "--steps", steps, "--repeat", str(repeat)]
    done = watched(command, dict(os.environ), timeout, cap_mib)
    if not done["why"] and done["returncode"] == 0:
        found: list[dict[str, Any]] = json.loads(done["stdout"].strip().splitlines()[-1])
        return found
    # Keep the timings it printed before it stopped ("  name: 12.34 s"), and say why it stopped.
    why = done["why"] or (done["stderr"].strip().splitlines() or ["?"])[-1][:300]
    print(f"   labelstudio_sync.py stopped early: {why}\n{done['stderr'][-3000:]}", file=sys.stderr, flush=True)
    rows: list[dict[str, Any]] = [
        {"task": m.group(1), "seconds": float(m.group(2))}
        for m in re.finditer(r"^  (\w+): ([0-9.]+) s$", done["stderr"], re.MULTILINE)
    ]
    timed = {r["task"] for r in rows}
    wanted = STEPS if pull else STEPS[:2]
    rows += [{"task": t, "error": why, "peak_mib": done["peak_mib"]} for t in wanted if t not in timed]
    return rows


def compare(
    size: int,
    runs: dict[str, dict[str, Any]],
    stage: str,
    spec: tuple[str, tuple[str, ...], float | None],
    rounds: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """One row of the table: the stage's time beside its baselines, and whether the target is met.

    With ``rounds`` (each task's runs, alternated), a ratio is the median over rounds of the stage's time over
    the baseline's time in the same round; ``best_ratios`` keeps fastest over fastest. The fastest runs of a
    one-process baseline and of a stage on every core are not alike on a shared machine: one core running
    fast for a few seconds is common, both cores for ten seconds rare (benchmarks/RESULTS.md).
    """
    task, baselines, target = spec
    got = runs.get(task, {})
    row: dict[str, Any] = {"size": size, "stage": stage, "task": task}
    if "seconds" not in got:
        return {**row, "error": got.get("error", "not run")}
    row.update(
        seconds=round(got["seconds"], 3),
        docs_per_s=round(size / got["seconds"], 1),
        peak_mib=round(got["peak_mib"], 1) if "peak_mib" in got else None,
        group_peak_mib=round(got["group_peak_mib"], 1) if "group_peak_mib" in got else None,
    )
    row["best_ratios"] = {
        b: round(got["seconds"] / runs[b]["seconds"], 2) for b in baselines if "seconds" in runs.get(b, {})
    }
    paired = {b: paired_ratios(rounds[task], rounds[b]) for b in baselines} if rounds else {}
    row["round_ratios"] = {b: found for b, found in paired.items() if found}
    row["ratios"] = {b: round(statistics.median(r), 2) for b, r in row["round_ratios"].items()} or row["best_ratios"]
    if target is not None and baselines and baselines[0] in row["ratios"]:
        row["target"] = target
        row["met"] = row["ratios"][baselines[0]] <= target
    return row


def growth(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per task: time ratio per 10x documents between consecutive sizes, and the log-log slope over all."""
    by_task: dict[str, list[tuple[int, float]]] = {}
    for r in results:
        if "seconds" in r:
            by_task.setdefault(r["task"], []).append((r["size"], r["seconds"]))
    out: dict[str, dict[str, Any]] = {}
    for name, points in by_task.items():
        points.sort()
        if len(points) < 2:
            continue
        steps = [
            {"from": a, "to": b, "time_ratio_per_10x": round((tb / ta) ** (1 / math.log10(b / a)), 2)}
            for (a, ta), (b, tb) in itertools.pairwise(points)
        ]
        xs, ys = [math.log(n) for n, _ in points], [math.log(t) for _, t in points]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        out[name] = {"steps": steps, "slope": round(slope, 2), "linear": slope <= LINEAR_SLOPE}
    return out


def _ratio_cell(row: dict[str, Any], baseline: str) -> str:
    """``1.47× parse_json``, with the spread over rounds and fastest over fastest when there were rounds."""
    cell = f"{row['ratios'][baseline]}× {baseline}"
    found = row.get("round_ratios", {}).get(baseline, [])
    if len(found) > 1:
        cell += f" (rounds {min(found):.2f}–{max(found):.2f}; fastest runs {row['best_ratios'][baseline]}×)"
    return cell


def table(rows: list[dict[str, Any]], grow: dict[str, dict[str, Any]]) -> str:
    """The rows as a Markdown table, then the growth per task."""
    lines = [
        "| docs | stage | seconds | docs/s | vs baseline (time ratio, median of rounds) | target | peak MiB |",
        "|---:|---|---:|---:|---|---|---:|",
    ]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['size']:,} | {r['stage']} | — | — | {r['error']} | | |")
            continue
        ratios = ", ".join(_ratio_cell(r, b) for b in r["ratios"]) or "—"
        target = f"≤ {r['target']}× {'met' if r['met'] else '**missed**'}" if "target" in r else ""
        peak = r["peak_mib"]
        mem = "—" if peak is None else f"{peak:.0f}" + (" **over 2 GiB**" if peak > MEMORY_LIMIT_MIB else "")
        group = r.get("group_peak_mib")
        if peak is not None and group and group > 1.2 * peak:  # the task's worker processes hold more
            mem += f" ({group:.0f} with workers)"
        speed = f"{r['seconds']:.2f} | {r['docs_per_s']:,.0f}"
        lines.append(f"| {r['size']:,} | {r['stage']} | {speed} | {ratios} | {target} | {mem} |")
    lines += ["", "| task | time ratio per 10× documents | log-log slope | linear |", "|---|---|---:|---|"]
    for name, g in sorted(grow.items()):
        steps = ", ".join(f"{s['from']:,}→{s['to']:,}: {s['time_ratio_per_10x']}×" for s in g["steps"])
        lines.append(f"| {name} | {steps} | {g['slope']} | {'yes' if g['linear'] else '**no**'} |")
    return "\n".join(lines) + "\n"


def write_markdown(path: Path, body: str) -> None:
    """Replace the generated block of RESULTS.md (between its markers), keeping the prose around it."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmark results\n\n{MARK_START}\n{MARK_END}\n"
    if MARK_START not in text:
        text += f"\n{MARK_START}\n{MARK_END}\n"
    head, _, rest = text.partition(MARK_START)
    _, _, tail = rest.partition(MARK_END)
    path.write_text(f"{head}{MARK_START}\n{body}{MARK_END}{tail}", encoding="utf-8")


def merged(
    old: dict[str, Any], report: dict[str, Any], rows: list[dict[str, Any]], raw: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """This run's rows and runs over those of an earlier RESULTS.json: re-run one stage, keep the others."""
    order = [*STAGES, "push", "pull"]
    redone = {(r["size"], r["stage"]) for r in rows}
    rows = [r for r in old.get("results", []) if (r["size"], r["stage"]) not in redone] + rows
    rows.sort(key=lambda r: (r["size"], order.index(r["stage"])))
    rerun = {(r["size"], r["task"]) for r in raw}
    raw = [r for r in old.get("runs", []) if (r["size"], r["task"]) not in rerun] + raw
    report["corpora"] = {**old.get("corpora", {}), **report["corpora"]}
    report["merged_from_earlier_run"] = sorted({r["stage"] for r in rows} - {s for _, s in redone})
    return rows, raw


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated document counts")
    parser.add_argument("--annotators", type=int, default=3)
    parser.add_argument("--stages", default="validate,agreement,build,load,labelstudio")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.json")
    parser.add_argument(
        "--markdown", type=Path, default=HERE / "RESULTS.md", help="refresh its generated block ('' for none)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "diplonews-bench")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds one task may take")
    parser.add_argument(
        "--repeat", type=int, default=1, help="rounds of each stage and its baselines (ratio: median over rounds)"
    )
    parser.add_argument("--merge", action="store_true", help="keep the other stages' figures of --out")
    parser.add_argument("--memory-cap", type=float, default=6.0, help="GiB of RSS at which a task is killed")
    parser.add_argument(
        "--pull-sizes", default=",".join(map(str, PULL_SIZES)), help="sizes at which labelstudio also times pull"
    )
    parser.add_argument(
        "--labelstudio-memory-cap",
        type=float,
        default=16.0,
        help="GiB cap for the labelstudio stage, whose process group includes the server (several GiB to export "
        "10,000 annotated tasks); push and pull report their own peak",
    )
    parser.add_argument("--task", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    return parser


def measure(
    args: argparse.Namespace, wanted: list[str], report: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every wanted stage and its baselines at every size: (table rows, raw task runs)."""
    rows: list[dict[str, Any]] = []
    raw: list[dict[str, Any]] = []
    cap = args.memory_cap * 1024
    pull_sizes = [int(s) for s in args.pull_sizes.split(",") if s]
    for size in [int(s) for s in args.sizes.split(",")]:
        print(f"== {size:,} documents x {args.annotators} annotators", file=sys.stderr, flush=True)
        root, info = prepare(args.workdir, size, args.annotators, args.seed)
        report["corpora"][str(size)] = info
        runs: dict[str, dict[str, Any]] = {}
        samples: dict[str, list[dict[str, Any]]] = {}  # every run of a task at this size, over all stages
        for stage in [s for s in STAGES if s in wanted]:
            task, baselines, _ = STAGES[stage]
            run = functools.partial(run_task, root=root, timeout=args.timeout, cap_mib=cap)
            rounds = alternated(args.repeat, (*baselines, task), run)
            for name, more in rounds.items():
                # A baseline two stages share (parse_json) is run beside each: its best over all of them counts.
                samples.setdefault(name, []).extend(more)
                runs[name] = best_of(samples[name])
                print(f"   {name}: {runs[name]}", file=sys.stderr, flush=True)
            rows.append(compare(size, runs, stage, STAGES[stage], rounds))
        raw += [{"size": size, **runs[name]} for name in samples]
        if "labelstudio" in wanted:
            pull = size in pull_sizes
            ls_cap = args.labelstudio_memory_cap * 1024
            for found in labelstudio(root, args.timeout, ls_cap, pull=pull, repeat=args.repeat):
                raw.append({"size": size, **found})
                runs[found["task"]] = found
                print(f"   {found['task']}: {found}", file=sys.stderr, flush=True)
            for stage, baseline in (("push", "server_import"), ("pull", "server_export"))[: 2 if pull else 1]:
                rows.append(compare(size, runs, stage, (stage, (baseline,), 1.2)))
    return rows, raw


def main(argv: list[str] | None = None) -> int:
    """Parse options, generate corpora, run every task of every stage at every size, report."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.task:
        child(args.task, args.root)
        return 0
    wanted = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = set(wanted) - {*STAGES, "labelstudio"}
    if unknown:
        parser.error(f"unknown stages {sorted(unknown)}; choose from {', '.join([*STAGES, 'labelstudio'])}")
    if "load" in wanted and "build" not in wanted:
        parser.error("load reads what build writes: add build to --stages")
    report: dict[str, Any] = {"machine": machine(), "annotators": args.annotators, "seed": args.seed, "corpora": {}}
    rows, raw = measure(args, wanted, report)
    if args.merge and args.out.exists():
        rows, raw = merged(json.loads(args.out.read_text(encoding="utf-8")), report, rows, raw)
    grow = growth(raw)
    report.update(results=rows, runs=raw, growth=grow)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    text = table(rows, grow)
    print(text)
    m = report["machine"]
    header = (
        f"Ran {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC on {m['nproc']} cores, {m['memory_gib']} GiB, "
        f"{m['cpu']}, Python {m['python']}; {args.annotators} annotators, seed {args.seed}.\n\n"
    )
    if args.merge:
        header += (
            f"This run re-ran {args.stages} at {args.sizes} documents; the other rows keep the figures of the "
            "earlier run they came from (RESULTS.json `runs` has every measurement).\n\n"
        )
    if args.markdown.name:
        write_markdown(args.markdown, header + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
