"""The release configs, each declared once: its name, features, rows and what the card says about it.

``build`` writes one Parquet file per config and split, ``check-dist`` loads and checks each, and the
card's YAML, split table and config table, and croissant.json's file sets and record sets list them, all
by iterating ``REGISTRY``. A new config is a features function (``diplonews.release.features``), a rows
function (``diplonews.release.rows``) and one ``ReleaseConfig`` below.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import partial
from typing import TYPE_CHECKING, Any

from diplonews.release.features import (
    documents_features,
    entities_features,
    events_features,
    ner_features,
    raw_annotations_features,
    stances_features,
)
from diplonews.release.rows import (
    Released,
    documents_rows,
    entities_rows,
    events_rows,
    ner_rows,
    raw_annotations_rows,
    stances_rows,
)
from diplonews.schema import Inventory

if TYPE_CHECKING:
    from datasets import Features


@dataclass(frozen=True)
class ReleaseConfig:
    """One config of a release: a table of rows with fixed features, one Parquet file per split."""

    name: str
    features: Callable[[Inventory], Features]
    # The rows one released document contributes, in order (a document may give none, one or many).
    rows: Callable[[Released], list[dict[str, Any]]]
    # The card's "Dataset structure" table: what one row is, and its main fields; ``{stance_labels}`` and
    # the like are filled with the names of that inventory of labels.json (``{role_bearing_types}``: the
    # entity types a mention role applies to), ``{annotators}`` with the release's annotators.
    row_is: str
    description: str
    # What this config adds to a 10,000-document build, in about 1.3 CPU seconds (rows, encoding, writing,
    # beside the gold pass every process makes): build shares the configs among its processes by it. Weighed
    # as the build runs them, two writer processes at a time: with ner 14, raw_annotations 13, entities 7 the
    # shares took 25.5 s (ner, documents, events, stances) and 30.3 s (entities, raw_annotations); with these,
    # 25.1 s (ner, entities) and 25.3 s (the rest) (2026-11-28). A wrong figure costs time, never other bytes.
    cost: int = 1


# The first config is the default one (``load_dataset(path)`` without a config name reads it); it has one
# row per released document, and check-dist compares its doc_ids with the split manifest.
REGISTRY: tuple[ReleaseConfig, ...] = (
    ReleaseConfig(
        "documents",
        documents_features,
        documents_rows,
        "a document",
        "`text`, article metadata, `entities` (id, type, Wikidata `kb`), `mentions` (offsets, level, "
        "{role_bearing_types} role, proclitic), `events` (type, mode, trigger, arguments with their spans, "
        "polarity, realis, proposition), `stances`",
        cost=3,
    ),
    ReleaseConfig(
        "entities",
        entities_features,
        entities_rows,
        "a document",
        "`spans` (mention offsets, type, QID, level: filter names from descriptions), whitespace `tokens`, "
        "`token_spans` and BIO `ner_tags` over every mention (see `ner` for names only)",
        cost=8,
    ),
    ReleaseConfig(
        "ner",
        ner_features,
        ner_rows,
        "a sentence",
        "`tokens` with punctuation split off (proclitics stay on their word), `token_spans`, BIO `ner_tags` "
        "over names ({proper_name_levels} mentions) and `ner_tags_all` over names and descriptions "
        "(pronoun suffixes left out), for sentence-level NER training",
        cost=12,
    ),
    ReleaseConfig(
        "events",
        events_features,
        events_rows,
        "a document",
        "`events` with triggers and arguments resolved to mention spans",
        cost=2,
    ),
    ReleaseConfig(
        "stances",
        stances_features,
        stances_rows,
        "a stance",
        "`holder`, `target` (entity or proposition), `label` ({stance_labels}), `evidence` span, the document `text`",
        cost=1,
    ),
    ReleaseConfig(
        "raw_annotations",
        raw_annotations_features,
        raw_annotations_rows,
        "one annotator's document",
        "the same layers as `documents`, per pseudonymous annotator ({annotators}), for agreement research",
        cost=14,
    ),
)
CONFIGS = tuple(c.name for c in REGISTRY)
DEFAULT_CONFIG = CONFIGS[0]
EXAMPLE_CONFIG = "ner"  # the card shows one of its rows under "Data instances": short, and every part readable


def data_file(config: str, split: str) -> str:
    """The path of one config's Parquet file for one split, relative to the release folder."""
    return f"{config}/{split}-00000-of-00001.parquet"


def release_features(inv: Inventory) -> dict[str, Features]:
    """config name -> ``datasets.Features``; every ClassLabel lists its names in schema order."""
    return {c.name: c.features(inv) for c in REGISTRY}


def card_structure_table(inv: Inventory) -> str:
    """The config table of ``dataset_card.md`` (a projection of ``diplonews.drift``), with the tree's annotators."""
    from diplonews.annotations import annotator_dirs
    from diplonews.drift import project_root

    return structure_table(inv, [d.name for d in annotator_dirs(project_root() / "annotations")])


def structure_table(inv: Inventory, annotators: Iterable[str]) -> str:
    """The card's table of configs: name (the default marked), what one row is, main fields."""
    kinds = [f.name for f in fields(inv) if f.name != "version" and not f.name.startswith("_")]
    words = {kind: "/".join(inv.names(kind)) for kind in kinds}
    words["role_bearing_types"] = "/".join(t for t in inv.names("entity_types") if t in inv.role_bearing_types)
    words["proper_name_levels"] = "/".join(sorted(inv.proper_name_levels))
    words["annotators"] = ", ".join(f"`{a}`" for a in annotators)
    lines = ["| config | one row is | main fields |", "|---|---|---|"]
    for c in REGISTRY:
        name = f"`{c.name}`" + (" (default)" if c.name == DEFAULT_CONFIG else "")
        lines.append(f"| {name} | {c.row_is} | {c.description.format(**words)} |")
    return "\n".join(lines) + "\n"


def split_rows(
    config: str,
    gold: Sequence[Mapping[str, Any]],
    raw: Sequence[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    inv: Inventory,
) -> list[dict[str, Any]]:
    """Rows of one config for one split from documents held in memory (``gold`` in split order)."""
    make = REGISTRY[CONFIGS.index(config)].rows
    versions: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for doc in sorted(raw, key=lambda d: (d["doc_id"], d["annotator"])):
        versions[doc["doc_id"]].append(doc)
    out: list[dict[str, Any]] = []
    for doc in gold:
        out += make(Released(doc, articles, inv, read_annotations=partial(versions.__getitem__, doc["doc_id"])))
    return out
