"""``diplonews build``: gold annotations + corpus + split manifest -> ``dist/vX.Y.Z/``, byte for byte reproducible."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplonews._io import atomic_write_text, dumps, read_json
from diplonews.annotations import load_annotations, load_gold
from diplonews.corpus import load_articles
from diplonews.errors import ReleaseError
from diplonews.release.card import CardInputs, changelog_entry, data_file, missing_agreement, render_card
from diplonews.release.croissant import croissant_json
from diplonews.release.features import CONFIGS, release_features
from diplonews.release.rows import config_rows
from diplonews.schema import load_inventory
from diplonews.splits import SPLITS, by_split, read_manifest
from diplonews.tables import inventory_markdown

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
# Fixed writer options: the same rows give the same bytes on every machine with this pyarrow.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 10_000,
}
LICENSE_TEXT = """\
diplonews release license

Annotations (entity, mention, event, argument and stance annotations, Wikidata links, split membership)
and generated metadata: Creative Commons Attribution 4.0 International (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/

Article texts: copyright of their publishers (the outlets and agencies named in each record, or the
source page). They are included only as the substrate of the annotations, for non-commercial research.
They are NOT licensed under CC BY 4.0; reuse them under the publishers' terms.
"""


@dataclass(frozen=True)
class Sources:
    """Where the committed inputs of a release live (all relative to the repository by default)."""

    root: Path = Path()
    annotations: Path = Path("annotations")
    corpus: Path = Path("corpus/articles.jsonl")
    manifest: Path = Path("corpus/splits.json")
    agreement: Path = Path("reports/agreement.json")
    preannotation: Path = Path("reports/preannotation.json")
    changelog: Path = Path("CHANGELOG.md")
    card: Path = Path("dataset_card.md")

    def path(self, name: str) -> Path:
        """An input path resolved against ``root``."""
        value: Path = getattr(self, name)
        return value if value.is_absolute() else self.root / value


@dataclass
class BuildResult:
    """What a build wrote and what it had to leave out."""

    out_dir: Path
    rows: dict[str, dict[str, int]]
    files: dict[str, str]
    warnings: list[str] = field(default_factory=list)


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def encoder(feature: Any) -> Callable[[Any], Any]:
    """A function encoding one value of ``feature``: ClassLabel names become ids, the rest passes through.

    Compiled once per feature tree; ``Features.encode_example`` walks the tree again for every row, which
    cost most of a build's time on large corpora.
    """
    from datasets import ClassLabel, List

    if isinstance(feature, ClassLabel):
        ids = {name: index for index, name in enumerate(feature.names)}

        def encode_label(value: Any) -> Any:
            if value is None or isinstance(value, int):
                return value
            try:
                return ids[value]
            except KeyError:
                raise ReleaseError(f"{value!r} is not one of the labels {feature.names}; fix the annotation") from None

        return encode_label
    if isinstance(feature, List):
        inner = encoder(feature.feature)
        return lambda values: None if values is None else [inner(v) for v in values]
    if isinstance(feature, dict):
        fields = {key: encoder(sub) for key, sub in feature.items()}
        return lambda value: None if value is None else {k: enc(value.get(k)) for k, enc in fields.items()}
    return lambda value: value


def write_parquet(rows: list[dict[str, Any]], features: Any, path: Path) -> None:
    """Encode ``rows`` with ``features`` and write one Parquet file whose schema metadata holds the features."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    encode = encoder(dict(features))
    table = pa.Table.from_pylist([encode(r) for r in rows], schema=features.arrow_schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, **PARQUET_OPTIONS)


def check_version(version: str) -> None:
    """ReleaseError unless ``version`` is X.Y.Z."""
    if not SEMVER.match(version):
        raise ReleaseError(f"version {version!r} is not semantic X.Y.Z (e.g. 0.1.0); see README 'Versions'")


def _released_documents(
    sources: Sources, manifest: Mapping[str, str], articles: Mapping[str, Mapping[str, Any]]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """doc_id -> gold document for every completed gold document; and manifest docs left out."""
    gold_root = sources.path("annotations")
    gold = load_gold(gold_root)
    if not gold:
        raise ReleaseError(
            f"{gold_root / 'gold'}: no gold documents. Run `diplonews adjudicate` (or `diplonews release`) first."
        )
    released: dict[str, dict[str, Any]] = {}
    for doc_id, doc in sorted(gold.items()):
        where = gold_root / "gold" / f"{doc_id}.json"
        if doc_id not in articles:
            raise ReleaseError(f"{where}: document {doc_id} is not in {sources.corpus}; remove it or ingest its page")
        if doc.get("text") != articles[doc_id]["text"]:
            raise ReleaseError(f"{where}::$.text: differs from the corpus text of {doc_id}; re-adjudicate it")
        if doc_id not in manifest:
            raise ReleaseError(
                f"{sources.manifest}: {doc_id} has no split yet. Run `diplonews release` (it assigns new documents "
                "and keeps old ones), then commit corpus/splits.json."
            )
        if doc.get("status") == "complete":
            released[doc_id] = doc
    left_out = sorted(set(manifest) - set(released))
    return released, left_out


def _load_agreement(sources: Sources, warnings: list[str]) -> dict[str, Any] | None:
    path = sources.path("agreement")
    if not path.exists():
        warnings.append(f"{sources.agreement} is missing: the card and croissant.json say agreement is not available")
        return None
    report = read_json(path)
    if not isinstance(report, dict):
        raise ReleaseError(f"{path}: expected a JSON object (the output of `diplonews agreement --format json`)")
    missing = missing_agreement(report)
    if missing:
        warnings.append(f"{sources.agreement} has no number for {', '.join(missing)}: the card says so")
    return report


def _write_parquet_files(
    staging: Path,
    splits: Mapping[str, list[str]],
    released: Mapping[str, dict[str, Any]],
    raw: Mapping[str, Mapping[str, dict[str, Any]]],
    articles: Mapping[str, Mapping[str, Any]],
    *,
    log: Callable[[str], None],
    warnings: list[str],
) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    """Write one Parquet file per config and non-empty split; returns (rows per config and split, sha256 per file)."""
    inv = load_inventory()
    features = release_features(inv)
    rows: dict[str, dict[str, int]] = {c: {} for c in CONFIGS}
    files: dict[str, str] = {}
    for config in CONFIGS:
        for split in SPLITS:
            gold_docs = [released[d] for d in splits[split]]
            members = set(splits[split])  # a set: `in` on the list made this quadratic in the corpus size
            raw_docs = [doc for by in raw.values() for d, doc in by.items() if d in members]
            try:
                config_rows_ = config_rows(config, gold_docs, raw_docs, articles, inv)
            except KeyError as exc:
                raise ReleaseError(
                    f"{config}/{split}: a reference {exc} points nowhere; run `diplonews validate` to find it"
                ) from exc
            rows[config][split] = len(config_rows_)
            if not config_rows_:
                # `datasets` 5.2 cannot load an empty split ("corresponds to no data"): leave it out.
                continue
            relative = data_file(config, split)
            write_parquet(config_rows_, features[config], staging / relative)
            files[relative] = sha256_file(staging / relative)
        log(f"  {config}: " + ", ".join(f"{s} {rows[config][s]}" for s in SPLITS))
        empty = [s for s in SPLITS if not rows[config][s]]
        if empty:
            warnings.append(f"{config}: no rows in {', '.join(empty)}; the card declares only non-empty splits")
    return rows, files


def _preannotation_table(sources: Sources, warnings: list[str]) -> str:
    """The pre-annotator's scores against gold from its report, as `preannotate --evaluate` prints them."""
    from diplonews.preannotate.evaluate import format_table, scores_from_json

    path = sources.path("preannotation")
    if not path.exists():
        warnings.append(f"{sources.preannotation} is missing: the card says pre-annotation scores are not available")
        return ""
    report = read_json(path)
    try:
        rows = scores_from_json(report)
        header = f"model {report['model_version']}, {report['documents']} documents\n"
    except (KeyError, TypeError) as exc:
        raise ReleaseError(f"{path}: not a pre-annotation report ({exc}); run `diplonews release` again") from exc
    return header + format_table(rows)


def build(
    version: str, out_root: Path, sources: Sources | None = None, *, log: Callable[[str], None] = lambda _: None
) -> BuildResult:
    """Build ``out_root/vX.Y.Z``; an existing build of that version is replaced as a whole."""
    sources = sources or Sources()
    check_version(version)
    changelog = sources.path("changelog")
    changelog_text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    changelog_entry(changelog_text, version)  # fail early, before any work, when the entry is missing
    inv = load_inventory()
    features = release_features(inv)
    articles = load_articles(sources.path("corpus"))
    manifest = read_manifest(sources.path("manifest"))
    if not manifest:
        raise ReleaseError(f"{sources.manifest}: no split manifest. Run `diplonews release` to create it.")
    released, left_out = _released_documents(sources, manifest, articles)
    warnings: list[str] = []
    if left_out:
        warnings.append(f"not released (no completed gold document): {', '.join(left_out)}")
    agreement = _load_agreement(sources, warnings)
    raw = load_annotations(sources.path("annotations"))
    annotators = sorted(raw)
    splits = by_split({d: s for d, s in manifest.items() if d in released})

    out_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".v{version}.", dir=out_root))
    try:
        rows, files = _write_parquet_files(staging, splits, released, raw, articles, log=log, warnings=warnings)
        inputs = CardInputs(
            version=version,
            features=features,
            rows=rows,
            splits=splits,
            agreement=agreement,
            agreement_source=str(sources.agreement),
            changelog=changelog_text,
            files=files,
            unreleased=left_out,
            annotators=annotators,
            preannotation=_preannotation_table(sources, warnings),
        )
        template = sources.path("card").read_text(encoding="utf-8")
        atomic_write_text(staging / "README.md", render_card(template, inputs, inventory_markdown(inv)))
        atomic_write_text(staging / "croissant.json", croissant_json(version, features, files, agreement, annotators))
        atomic_write_text(staging / "LICENSE", LICENSE_TEXT)
        atomic_write_text(staging / "CHANGELOG.md", changelog_text)
        atomic_write_text(
            staging / "manifest.json",
            dumps({"version": version, "splits": splits, "rows": rows, "files": dict(sorted(files.items()))}),
        )
        # mkdtemp makes the folder private; a release folder is as readable as any build output.
        for path in [staging, *staging.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        out_dir = out_root / f"v{version}"
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BuildResult(out_dir, rows, files, warnings)
