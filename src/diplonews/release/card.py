"""The dataset card (``README.md`` of a release): generated YAML header + ``dataset_card.md`` with filled blocks."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from diplonews.agreement.measures import card_measures
from diplonews.drift import replace_block
from diplonews.errors import ReleaseError
from diplonews.release.configs import CONFIGS, DEFAULT_CONFIG, data_file
from diplonews.splits import SPLITS

# The oldest `datasets` that reads a release (its `List` feature type came in 4.0); a test loads every
# config with it (tests/test_release_mindeps.py).
MIN_DATASETS = "4.0.0"
# What the card's load snippet says until `diplonews publish` knows the repository.
PLACEHOLDER_REPO_ID = "<org>/diplonews"
# The keys of reports/agreement.json the card reports: dotted path -> what it measures. The agreement measures
# registry (diplonews.agreement.measures) marks them ``card=True``; the card reads it when it is rendered.
AGREEMENT_KEYS = card_measures()
CARD_DATA: dict[str, Any] = {
    "language": ["ar"],
    "language_details": ["arb"],
    "multilinguality": ["monolingual"],
    "annotations_creators": ["machine-generated"],
    "language_creators": ["found"],
    "source_datasets": ["original"],
    "task_categories": ["token-classification", "text-classification"],
    "task_ids": ["named-entity-recognition"],
    "pretty_name": "diplonews: Arabic news on great-power diplomacy with entities, events and stances",
    "tags": ["arabic", "news", "diplomacy", "event-extraction", "stance-detection", "entity-linking", "wikidata"],
    # The annotations are CC BY 4.0; the article texts stay their publishers' (see the card's copyright section).
    "license": "other",
    "license_name": "cc-by-4.0-annotations-publisher-owned-texts",
    "license_link": "LICENSE",
}


@dataclass
class CardInputs:
    """Everything the generated parts of the card say."""

    version: str
    features: Mapping[str, Any]
    rows: Mapping[str, Mapping[str, int]]
    nbytes: Mapping[str, Mapping[str, int]]  # Arrow bytes per config and split (dataset_info's num_bytes)
    splits: Mapping[str, list[str]]
    agreement: Mapping[str, Any] | None
    agreement_source: str
    changelog: str
    files: Mapping[str, str]
    unreleased: list[str] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    preannotation: str = ""
    facts: str = ""  # DataFacts.markdown() of the released documents
    instance: str = ""  # one row as JSON, for the card's "Data instances"
    environment: Mapping[str, str] = field(default_factory=dict)  # build_environment(): versions, lock hash


def declared(rows: Mapping[str, Mapping[str, int]]) -> dict[str, list[str]]:
    """config -> its non-empty splits (an empty split cannot be loaded); configs without rows are left out."""
    out = {c: [s for s in SPLITS if rows[c][s]] for c in CONFIGS}
    return {c: splits for c, splits in out.items() if splits}


def size_category(documents: int) -> str:
    """The Hub's ``size_categories`` value for a dataset of ``documents`` examples."""
    bounds = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")]
    return next((name for bound, name in bounds if documents < bound), "1M<n<10M")


def yaml_header(
    features: Mapping[str, Any], rows: Mapping[str, Mapping[str, int]], nbytes: Mapping[str, Mapping[str, int]]
) -> str:
    """The card's YAML, generated with huggingface_hub's DatasetCardData and datasets' metadata classes: the
    configs, their features and each split's rows and Arrow bytes, and the size category (by documents)."""
    from datasets.info import DatasetInfo, DatasetInfosDict
    from datasets.splits import SplitDict, SplitInfo
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCardData

    documents = sum(rows[DEFAULT_CONFIG].values())
    card = DatasetCardData(**CARD_DATA, size_categories=[size_category(documents)])
    configs: dict[str, dict[str, Any]] = {}
    for config, splits in declared(rows).items():
        configs[config] = {"data_files": [{"split": s, "path": data_file(config, s)} for s in splits]}
        if config == DEFAULT_CONFIG:
            configs[config]["default"] = True
    MetadataConfigs(configs).to_dataset_card_data(card)
    infos = {}
    for c, splits in declared(rows).items():
        sizes = SplitDict({s: SplitInfo(s, num_bytes=nbytes[c][s], num_examples=rows[c][s]) for s in splits})
        infos[c] = DatasetInfo(
            features=features[c], config_name=c, splits=sizes, dataset_size=sum(nbytes[c][s] for s in splits)
        )
    DatasetInfosDict(infos).to_dataset_card_data(card)
    return f"---\n{card.to_yaml()}\n---\n"


def lookup(report: Mapping[str, Any], dotted: str) -> Any:
    """``report["a"]["b"]`` for ``"a.b"`` (or a flat ``"a.b"`` key); None when absent."""
    if dotted in report:
        return report[dotted]
    node: Any = report
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _has(report: Mapping[str, Any], dotted: str) -> bool:
    """True when the key exists in the report, even with a null value."""
    if dotted in report:
        return True
    head, _, tail = dotted.partition(".")
    node = report.get(head)
    return isinstance(node, Mapping) and tail in node


def agreement_problems(report: Mapping[str, Any]) -> list[str]:
    """The card's agreement values that are neither null nor a finite number (a text, a bool, NaN, infinity)."""
    problems = []
    for key in card_measures():
        value = lookup(report, key)
        number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        if value is not None and not number:
            problems.append(f"$.{key}: {value!r} is not a finite number or null")
    return problems


def missing_agreement(report: Mapping[str, Any] | None) -> list[str]:
    """The agreement keys the card needs that the report lacks (all of them when there is no report)."""
    keys = card_measures()
    if report is None:
        return list(keys)
    return [k for k in keys if not isinstance(lookup(report, k), int | float)]


def _agreement_block(inputs: CardInputs) -> str:
    report = inputs.agreement
    if report is None:
        return (
            f"**Not available for this release:** `{inputs.agreement_source}` was missing when it was built, "
            "so no agreement figure is reported. Run `diplonews agreement` and rebuild.\n"
        )
    lines = [
        f"Pairwise agreement between the independent annotation passes ({', '.join(inputs.annotators) or 'n/a'}), "
        f"from `{inputs.agreement_source}`. These are agreement figures between two automatic passes, "
        "not a measure of human reliability.\n",
        "| measure | value |",
        "|---|---|",
    ]
    for key, meaning in card_measures().items():
        value = lookup(report, key)
        if isinstance(value, int | float):
            shown = f"{value:.3f}"
        else:
            shown = "missing from the report" if value is None and not _has(report, key) else "not computable (null)"
        lines.append(f"| {meaning} (`{key}`) | {shown} |")
    return "\n".join(lines) + "\n"


def _splits_block(inputs: CardInputs) -> str:
    lines = ["| config | " + " | ".join(SPLITS) + " |", "|---|" + "---|" * len(SPLITS)]
    for config in CONFIGS:
        lines.append(f"| `{config}` | " + " | ".join(str(inputs.rows[config][s]) for s in SPLITS) + " |")
    lines += ["", "A split with 0 rows is not declared in the YAML header (`datasets` cannot load an empty split)."]
    lines += ["", "Documents in each split:", ""]
    lines += [f"- **{s}**: " + (", ".join(f"`{d}`" for d in inputs.splits[s]) or "none") for s in SPLITS]
    if inputs.unreleased:
        lines += [
            "",
            "In the split manifest but not in this release (no adjudicated gold yet): "
            + ", ".join(f"`{d}`" for d in inputs.unreleased)
            + ".",
        ]
    return "\n".join(lines) + "\n"


def _files_block(inputs: CardInputs) -> str:
    lines = ["| file | sha256 |", "|---|---|"]
    lines += [f"| `{path}` | `{digest}` |" for path, digest in sorted(inputs.files.items())]
    return "\n".join(lines) + "\n"


def _release_block(inputs: CardInputs) -> str:
    return f"This card describes release **v{inputs.version}** (Hub tag `v{inputs.version}`).\n"


def _environment_block(inputs: CardInputs) -> str:
    env = inputs.environment
    built = ", ".join(f"{name} {version}" for name, version in env.items() if name != "constraints_sha256")
    lock = env.get("constraints_sha256")
    return (
        f"Reading needs `datasets` ≥ {MIN_DATASETS} (tested with {MIN_DATASETS} and with the version that built "
        f"it). This release was built with {built or 'unrecorded versions'}"
        + (f", installed from `constraints/release.txt` (sha256 `{lock}`)" if lock else "")
        + ". The same inputs give the same bytes only with these versions: a newer pyarrow may write other "
        "(equally valid) Parquet bytes. `manifest.json` records the same.\n"
    )


def load_block(version: str, repo_id: str = PLACEHOLDER_REPO_ID) -> str:
    """The card's load snippet; a build has no repo yet (the placeholder), ``publish`` renders it with the real one."""
    v = version
    return (
        "```python\n"
        "from datasets import load_dataset\n\n"
        f'docs = load_dataset("{repo_id}", "documents", revision="v{v}")\n'
        f'ner = load_dataset("{repo_id}", "entities", revision="v{v}")\n'
        'tags = ner["train"].features["ner_tags"].feature.names\n'
        "```\n\n"
        f'A local build loads the same way: `load_dataset("dist/v{v}", "stances")`.\n'
    )


def card_for_repo(card: str, version: str, repo_id: str) -> str:
    """A built card (README.md) with its load snippet naming ``repo_id``, the one thing a build cannot know."""
    try:
        return replace_block(card, "load", load_block(version, repo_id))
    except KeyError as exc:
        raise ReleaseError(f"README.md: {exc.args[0]}; run `diplonews build` again") from exc


def _preannotation_block(inputs: CardInputs) -> str:
    if not inputs.preannotation:
        return "**Not available for this release:** no pre-annotation report was found when it was built.\n"
    return (
        "Precision, recall and F1 of the default pre-annotator (`diplonews preannotate`: knowledge base, "
        "gazetteer, rules and cue lexicon, offline). **In-corpus** (the first table) is measured against this "
        "release's gold, whose documents the gazetteer was built from: optimistic, not held out. "
        "**Out-of-corpus** tables (when present) are measured on real Arabic news sentences from other outlets "
        "and stories (`benchmarks/preannotation_dev/`, each source cited), annotated by the guidelines: the "
        "development half guided the rules, the held-out half was never used to tune them. Strict: same "
        "offsets and type; overlap: same type, overlapping spans, matched one to one.\n\n"
        f"```\n{inputs.preannotation}```\n"
    )


def changelog_entry(changelog: str, version: str) -> str:
    """The body of the ``## vX.Y.Z`` section of CHANGELOG.md; ReleaseError if there is none."""
    pattern = re.compile(rf"^## v?{re.escape(version)}\b[^\n]*\n(.*?)(?=^## |\Z)", re.M | re.S)
    found = pattern.search(changelog)
    if not found or not found.group(1).strip():
        raise ReleaseError(
            f"CHANGELOG.md: no entry for version {version}. Add a section '## v{version} — YYYY-MM-DD' "
            "(the release date) with at least one line saying what changed, then build again."
        )
    return found.group(0).strip() + "\n"


# A release's CHANGELOG heading: ``## v1.2.0 — 2026-11-27`` (the date it was released).
_RELEASE_HEADING = re.compile(r"## v?(?P<version>\S+) [—-] (?P<date>\d{4}-\d{2}-\d{2})\s*")


def release_date(changelog: str, version: str) -> date:
    """The release date in the heading of ``version``'s CHANGELOG section; ReleaseError when it has none."""
    entry = changelog_entry(changelog, version)
    heading = entry.splitlines()[0]
    found = _RELEASE_HEADING.fullmatch(heading)
    try:
        return date.fromisoformat(found.group("date")) if found else date.fromisoformat("")
    except ValueError:
        raise ReleaseError(
            f"CHANGELOG.md: the heading {heading!r} has no release date; write '## v{version} — YYYY-MM-DD' "
            "(the day you release it), then build again"
        ) from None


def bibtex(template: str) -> str:
    """The BibTeX entry of the card's ``## Citation`` section (the one citation croissant.json repeats)."""
    found = re.search(r"^```bibtex\n(.*?)^```", template, re.M | re.S)
    if not found:
        raise ReleaseError("dataset_card.md: no ```bibtex block under ## Citation; add the dataset's BibTeX entry")
    return found.group(1).strip()


def feature_type(feature: Any) -> str:
    """A short readable type of a ``datasets`` feature: ``string``, ``int32``, ``label (3 names)``, ``list of …``."""
    from datasets import ClassLabel, List

    if isinstance(feature, ClassLabel):
        return f"label ({feature.num_classes} names)"
    if isinstance(feature, List):
        return "list of " + feature_type(feature.feature)
    if isinstance(feature, dict):
        return "{" + ", ".join(f"{k}: {feature_type(v)}" for k, v in feature.items()) + "}"
    return str(getattr(feature, "dtype", type(feature).__name__))


def _fields_block(inputs: CardInputs) -> str:
    """Every column of every config with its type, read from the release features."""
    lines = []
    for config in CONFIGS:
        lines += [f"**`{config}`**", "", "| field | type |", "|---|---|"]
        lines += [f"| `{name}` | {feature_type(f)} |" for name, f in inputs.features[config].items()]
        lines.append("")
    return "\n".join(lines)


def _instance_block(inputs: CardInputs) -> str:
    if not inputs.instance:
        return "(no row to show)\n"
    return f"The first row of `ner`/`train`, label ids shown as their names:\n\n```json\n{inputs.instance}\n```\n"


def render_card(template: str, inputs: CardInputs, labels_markdown: str) -> str:
    """The full README.md: YAML header, then the card prose with every generated block filled."""
    blocks = {
        "labels": labels_markdown,
        "release": _release_block(inputs),
        "load": load_block(inputs.version),
        "splits": _splits_block(inputs),
        "agreement": _agreement_block(inputs),
        "preannotation": _preannotation_block(inputs),
        "changelog": changelog_entry(inputs.changelog, inputs.version),
        "files": _files_block(inputs),
        "facts": inputs.facts or "(no document was counted)\n",
        "fields": _fields_block(inputs),
        "instance": _instance_block(inputs),
        "environment": _environment_block(inputs),
    }
    body = template
    for name, content in blocks.items():
        try:
            body = replace_block(body, name, content)
        except KeyError as exc:
            raise ReleaseError(f"dataset_card.md: {exc.args[0]}; restore the markers and build again") from exc
    return yaml_header(inputs.features, inputs.rows, inputs.nbytes) + "\n" + body
