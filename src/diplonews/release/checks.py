"""``diplonews check-dist``: load a built release offline with ``datasets`` and check it against the schema.

The checks run in a child Python with ``HF_HUB_OFFLINE=1`` and a temporary ``HF_HOME`` (both are read by
huggingface_hub and datasets at import time), so nothing can reach the network or a user cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from diplonews._io import read_json
from diplonews.errors import InputError, ReleaseError


def feature_diff(want: Any, got: Any, path: str = "$") -> str | None:
    """The first place two ``Features.to_dict()`` trees differ, as ``path: want ... got ...``; None if equal."""
    if isinstance(want, dict) and isinstance(got, dict):
        if list(want) != list(got):
            return f"{path}: fields {list(want)} expected, found {list(got)}"
        for key in want:
            found = feature_diff(want[key], got[key], f"{path}.{key}")
            if found:
                return found
        return None
    if want != got:
        return f"{path}: {want!r} expected, found {got!r}"
    return None


def iter_spans(node: Any, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every ``{start, end, text}`` object inside one row, with its JSON path."""
    if isinstance(node, Mapping):
        if {"start", "end", "text"} <= set(node) and isinstance(node["text"], str):
            yield where, node
        for key, value in node.items():
            yield from iter_spans(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from iter_spans(value, f"{where}[{i}]")


def span_problems(row: Mapping[str, Any], where: str) -> list[str]:
    """Spans (and tokens) of one row that do not slice the row's own ``text``; a row without spans needs no text."""
    text = row.get("text")
    spans = list(iter_spans({k: v for k, v in row.items() if k != "text"}, where))
    if not isinstance(text, str):
        return [f"{where}: the row has no text to check its spans against"] if spans or row.get("tokens") else []
    problems = []
    for path, span in spans:
        if span["start"] is None or text[span["start"] : span["end"]] != span["text"]:
            problems.append(f"{path}: text[{span['start']}:{span['end']}] is not {span['text']!r}")
    for i, (token, offsets) in enumerate(zip(row.get("tokens") or [], row.get("token_spans") or [], strict=False)):
        if text[offsets["start"] : offsets["end"]] != token:
            problems.append(f"{where}.tokens[{i}]: text[{offsets['start']}:{offsets['end']}] is not {token!r}")
    return problems


def croissant_problems(dist: Path, files: Mapping[str, str]) -> list[str]:
    """croissant.json must pass mlcroissant's validation and list every Parquet file with its sha256."""
    import mlcroissant as mlc

    path = dist / "croissant.json"
    try:
        mlc.Dataset(jsonld=str(path))
    except Exception as exc:  # mlcroissant raises its own ValidationError and plain ones alike
        return [f"croissant.json: mlcroissant rejects it: {exc}"]
    meta = json.loads(path.read_text(encoding="utf-8"))
    listed = {
        d["contentUrl"]: d.get("sha256") for d in meta.get("distribution", []) if d.get("@type") == "cr:FileObject"
    }
    if listed != dict(files):
        return [
            "croissant.json: its files and sha256 values differ from manifest.json "
            f"({sorted(p for p in set(listed) | set(files) if listed.get(p) != files.get(p))})"
        ]
    return []


def _yaml_infos(dist: Path) -> tuple[dict[str, Any], dict[str, list[str]], str | None, dict[str, dict[str, int]]]:
    """(config -> features in the card's dataset_info, config -> declared splits, default config,
    config -> split -> num_examples in dataset_info)."""
    from datasets.info import DatasetInfosDict
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(dist / "README.md")
    infos = DatasetInfosDict.from_dataset_card_data(card.data)
    configs = MetadataConfigs.from_dataset_card_data(card.data)
    declared = {name: [f["split"] for f in cfg["data_files"]] for name, cfg in configs.items()}
    default = next((name for name, cfg in configs.items() if cfg.get("default")), None)
    sizes = {name: {s: i.num_examples for s, i in (info.splits or {}).items()} for name, info in infos.items()}
    return {name: info.features for name, info in infos.items()}, declared, default, sizes


def offline_problems(dist: Path, committed_splits: Path | None = None) -> list[str]:
    """Every problem of a built release (run under HF_HUB_OFFLINE=1; see ``check_dist``)."""
    import pyarrow.parquet as pq
    from datasets import Features

    from diplonews.release.configs import CONFIGS, DEFAULT_CONFIG, data_file, release_features
    from diplonews.schema import load_inventory
    from diplonews.splits import SPLITS, read_manifest

    problems: list[str] = []
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    schema = release_features(load_inventory())
    yaml_features, declared, default, sizes = _yaml_infos(dist)
    if default != DEFAULT_CONFIG:
        problems.append(f"README.md::configs: default config is {default!r}, expected {DEFAULT_CONFIG!r}")
    for rel, digest in manifest["files"].items():
        path = dist / rel
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{rel}: missing or its sha256 differs from manifest.json")
    for config in CONFIGS:
        want_splits = [s for s in SPLITS if manifest["rows"][config][s]]
        if declared.get(config, []) != want_splits:
            problems.append(
                f"README.md::configs[{config}]: splits {declared.get(config)} declared, {want_splits} built"
            )
            continue
        built = {s: manifest["rows"][config][s] for s in want_splits}
        if sizes.get(config) != built:  # `datasets` refuses to load a split whose num_examples differ
            problems.append(f"README.md::dataset_info[{config}].splits: num_examples {sizes.get(config)}, rows {built}")
        want = schema[config].to_dict()
        if config in yaml_features:
            diff = feature_diff(want, yaml_features[config].to_dict())
            if diff:
                problems.append(f"README.md::dataset_info[{config}].features{diff[1:]} (card YAML vs schema)")
        else:
            problems.append(f"README.md::dataset_info: no features for config {config}")
        for split in want_splits:
            rel = data_file(config, split)
            meta = pq.read_schema(dist / rel).metadata or {}
            stored = Features.from_dict(json.loads(meta.get(b"huggingface", b"{}")).get("info", {}).get("features", {}))
            diff = feature_diff(want, stored.to_dict())
            if diff:
                problems.append(f"{rel}::features{diff[1:]} (Parquet metadata vs schema)")
            if config in yaml_features:
                diff = feature_diff(stored.to_dict(), yaml_features[config].to_dict())
                if diff:
                    problems.append(f"README.md::dataset_info[{config}].features{diff[1:]} (card YAML vs {rel})")
        problems += _loaded_problems(dist, config, want_splits, want, manifest)
    problems += croissant_problems(dist, manifest["files"])
    if committed_splits is not None and committed_splits.exists():
        committed = read_manifest(committed_splits)
        for split, doc_ids in manifest["splits"].items():
            moved = [d for d in doc_ids if committed.get(d) != split]
            if moved:
                problems.append(f"{committed_splits}: {moved} are in {split} in this release but not in the manifest")
    return problems


def _loaded_problems(
    dist: Path, config: str, splits: list[str], want: dict[str, Any], manifest: Mapping[str, Any]
) -> list[str]:
    """Problems seen through ``load_dataset``: features, row counts, spans, document membership."""
    from datasets import load_dataset

    from diplonews.release.configs import DEFAULT_CONFIG

    problems: list[str] = []
    # Our checks below compare rows with manifest.json; datasets' own size check would stop at the first.
    loaded = load_dataset(str(dist), config, verification_mode="no_checks")
    for split in splits:
        ds = loaded[split]
        diff = feature_diff(want, ds.features.to_dict())
        if diff:
            problems.append(f"load_dataset({config})[{split}].features{diff[1:]} (loaded vs schema)")
        if ds.num_rows != manifest["rows"][config][split]:
            problems.append(
                f"{config}/{split}: {ds.num_rows} rows loaded, manifest.json says {manifest['rows'][config][split]}"
            )
        for i, row in enumerate(ds):
            problems += span_problems(row, f"{config}/{split}[{i}]")
        if config == DEFAULT_CONFIG and sorted(ds["doc_id"]) != manifest["splits"][split]:
            problems.append(f"{config}/{split}: doc ids {sorted(ds['doc_id'])} != manifest {manifest['splits'][split]}")
    return problems


def manifest_problems(dist: Path, manifest: Any) -> list[str]:
    """What keeps ``manifest.json`` from being what ``build`` writes; with any, nothing else can be checked."""
    if isinstance(manifest, dict):
        found = _manifest_fields(dist, manifest)
    else:
        found = [f"manifest.json::$: an object expected, found {type(manifest).__name__}"]
    return [f"{problem}; rebuild the release with `diplonews build`" for problem in found]


def _manifest_fields(dist: Path, manifest: dict[str, Any]) -> list[str]:
    """files (inside ``dist``) -> sha256, rows per config and split, doc ids per split: the fields checks read."""
    from diplonews._io import contained
    from diplonews.release.configs import CONFIGS
    from diplonews.splits import SPLITS

    found = []
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        found.append("manifest.json::$.files: an object file -> sha256 expected")
    else:
        for rel in files:
            try:
                contained(dist, rel)
            except InputError:
                found.append(f"manifest.json::$.files[{rel!r}]: names a file outside {dist}")
    rows = manifest.get("rows")
    for config in CONFIGS:
        counts = rows.get(config) if isinstance(rows, dict) else None
        if not isinstance(counts, dict) or not all(type(counts.get(s)) is int for s in SPLITS):
            found.append(f"manifest.json::$.rows.{config}: an object split -> row count expected")
    splits = manifest.get("splits")
    if not isinstance(splits, dict) or not all(isinstance(splits.get(s), list) for s in SPLITS):
        found.append("manifest.json::$.splits: an object split -> doc ids expected")
    return found


def check_dist(dist: Path, committed_splits: Path | None = None) -> list[str]:
    """Run ``offline_problems`` in a child Python, offline and with a throwaway HF_HOME; returns the problems.

    The child reads the label inventory this process reads (``--schema-dir`` included).
    """
    from diplonews.schema import schema_dir

    if not (dist / "README.md").is_file() or not (dist / "manifest.json").is_file():
        raise ReleaseError(f"{dist}: not a built release (no README.md or manifest.json); run `diplonews build` first")
    malformed = manifest_problems(dist, read_json(dist / "manifest.json"))
    if malformed:
        return malformed
    with tempfile.TemporaryDirectory(prefix="diplonews-hf-home-") as home:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": home}
        env.pop("HF_DATASETS_CACHE", None)
        env.pop("HF_HUB_CACHE", None)
        args = [sys.executable, "-m", "diplonews.release.checks", str(schema_dir()), str(dist)]
        if committed_splits is not None:
            args.append(str(committed_splits))
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ReleaseError(f"{dist}: the offline load crashed:\n{done.stderr.strip()[-3000:]}")
    result: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> int:
    """Child entry point (argv: schema folder, release folder[, split manifest]): the problems as one JSON line."""
    import logging

    from diplonews.schema import use_schema_dir

    logging.disable(logging.WARNING)
    from datasets.utils.logging import disable_progress_bar

    disable_progress_bar()
    use_schema_dir(Path(argv[0]))
    committed = Path(argv[2]) if len(argv) > 2 else None
    print(json.dumps(offline_problems(Path(argv[1]), committed), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
