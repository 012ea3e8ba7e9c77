"""``croissant.json``: the release described in Croissant 1.0 with sha256 per file and the RAI fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, time
from typing import Any

from diplonews.release.card import AGREEMENT_KEYS, CARD_DATA, CardInputs, lookup, release_date
from diplonews.release.configs import CONFIGS

ANNOTATION_PROTOCOL = (
    "Two independent annotation passes (a1, a2) were produced by two LLM-based annotation agents working under "
    "the project maintainers' direction, without seeing each other's output, from hand-written span "
    "specifications following docs/guidelines.md; character offsets were computed by code (str.find on the "
    "frozen text). Gold was adjudicated from the two passes by a maintainer-directed model curator. "
    "Not yet reviewed by native-speaker annotators. Gazetteer pre-annotations were not used for these passes."
)


# A Parquet file's split is the first part of its name (configs.data_file).
SPLIT_FROM_FILENAME = r"^(train|validation|test)-\d+-of-\d+\.parquet$"
LICENSES = [
    "https://creativecommons.org/licenses/by/4.0/",
    "Annotations (offsets, labels, links, splits) are CC BY 4.0. The article texts, and every span quoted from "
    "them, remain the property of their publishers and are redistributed for research only: see LICENSE.",
]


def _data_type(feature: Any) -> tuple[list[Any], str | None]:
    """Croissant data types and a description of a leaf feature (a ClassLabel is its integer id)."""
    import mlcroissant as mlc
    from datasets import ClassLabel

    if isinstance(feature, ClassLabel):
        return [mlc.DataType.INTEGER], "class id; names in order: " + ", ".join(feature.names)
    dtype = getattr(feature, "dtype", "")
    if dtype.startswith(("int", "uint")):
        return [mlc.DataType.INTEGER], None
    if dtype.startswith("float"):
        return [mlc.DataType.FLOAT], None
    if dtype == "bool":
        return [mlc.DataType.BOOL], None
    return [mlc.DataType.TEXT], None


def _field(file_set: str, field_id: str, feature: Any, column: str, path: tuple[str, ...]) -> Any:
    """One Croissant field for ``feature`` (a column, or a part of one at ``path``): lists are arrays,
    structs ``subField``s, every field read from its Parquet column (and ``jsonPath`` inside it)."""
    import mlcroissant as mlc
    from datasets import List

    source = mlc.Source(
        file_set=file_set,
        extract=mlc.Extract(column=column),
        transforms=[mlc.Transform(json_path=".".join(path))] if path else [],
    )
    name = field_id.rsplit("/", 1)[-1]
    array = isinstance(feature, List)
    inner = feature.feature if array else feature
    extra: dict[str, Any] = {"is_array": True, "array_shape": "-1"} if array else {}
    if isinstance(inner, dict):
        # Inside an array the sub-fields' paths start again at the element (as jsonPath reads each one).
        base = () if array else path
        subs = [_field(file_set, f"{field_id}/{key}", sub, column, (*base, key)) for key, sub in inner.items()]
        return mlc.Field(id=field_id, name=name, source=source, sub_fields=subs, **extra)
    data_types, description = _data_type(inner)
    return mlc.Field(id=field_id, name=name, description=description, data_types=data_types, source=source, **extra)


def file_set_id(config: str) -> str:
    """The id of the file set holding one config's Parquet files (its record set's fields read from it)."""
    return f"{config}-parquet"


def _record_set(config: str, features: Any) -> Any:
    """The record set of one config: a ``split`` field from the file name, then every column of its features."""
    import mlcroissant as mlc

    file_set = file_set_id(config)
    split = mlc.Field(
        id=f"{config}/split",
        name="split",
        description="the split of the row: train, validation or test",
        data_types=[mlc.DataType.TEXT],
        source=mlc.Source(
            file_set=file_set,
            extract=mlc.Extract(file_property="filename"),
            transforms=[mlc.Transform(regex=SPLIT_FROM_FILENAME)],
        ),
    )
    fields = [_field(file_set, f"{config}/{name}", feature, name, ()) for name, feature in features.items()]
    return mlc.RecordSet(id=config, name=config, fields=[split, *fields])


def _distribution(files: Mapping[str, str], configs: list[str]) -> list[Any]:
    """Every Parquet file with its sha256, then one file set per config."""
    import mlcroissant as mlc

    distribution: list[Any] = [
        mlc.FileObject(
            id=path,
            name=path,
            content_url=path,
            encoding_formats=["application/x-parquet"],
            sha256=digest,
        )
        for path, digest in sorted(files.items())
    ]
    distribution += [
        mlc.FileSet(
            id=file_set_id(config),
            name=file_set_id(config),
            includes=[f"{config}/*.parquet"],
            encoding_formats=["application/x-parquet"],
        )
        for config in configs
    ]
    return distribution


def _responsible_ai(agreement: Mapping[str, Any] | None, annotators: list[str]) -> dict[str, Any]:
    """The Croissant RAI fields: how the data was collected and annotated, by whom, and its limits."""
    if agreement is None:
        analysis = ["No agreement report was available when this release was built."]
    else:
        analysis = [f"{key} ({meaning}): {lookup(agreement, key)}" for key, meaning in AGREEMENT_KEYS.items()]
    return {
        "data_collection": "Five Arabic news pages saved as received, cut into article texts by rule-based cleaning.",
        "data_annotation_protocol": [ANNOTATION_PROTOCOL],
        "annotations_per_item": f"{len(annotators)} independent automatic passes per document, plus adjudicated gold",
        "annotator_demographics": [
            "No human annotators: LLM-based annotation agents (pseudonyms "
            + ", ".join(annotators)
            + "). Not reviewed by native speakers of Arabic."
        ],
        "machine_annotation_tools": ["LLM-based annotation agents", "diplonews materialize (offsets by code)"],
        "data_annotation_analysis": analysis,
        "data_limitations": [
            "7 documents from 5 pages: validation and test hold one or two documents each.",
            "Silver standard: annotations are machine-produced and not reviewed by native speakers.",
        ],
        "data_biases": [
            "A handful of outlets on a narrow topic; their framing of Russian, French and Iranian diplomacy."
        ],
        "personal_sensitive_information": ["Public figures named in their public roles; no private personal data."],
        "data_use_cases": ["Arabic NER with entity linking, event extraction and stance detection research."],
    }


def croissant_json(card: CardInputs, cite_as: str) -> str:
    """The Croissant JSON-LD text of a release (canonical: sorted keys, fixed indent; its one date is the
    CHANGELOG's release date, so a rebuild gives the same bytes)."""
    import mlcroissant as mlc

    configs = [c for c in CONFIGS if c in card.features]
    metadata = mlc.Metadata(
        name="diplonews",
        description=str(CARD_DATA["pretty_name"]),
        url="README.md",  # the card beside this file; publish makes every URL absolute (croissant_for_repo)
        license=list(LICENSES),
        version=card.version,
        date_published=datetime.combine(release_date(card.changelog, card.version), time(), UTC),
        in_language=["ar"],
        keywords=list(CARD_DATA["tags"]),
        cite_as=cite_as,
        distribution=_distribution(card.files, configs),
        record_sets=[_record_set(config, card.features[config]) for config in configs],
        **_responsible_ai(card.agreement, card.annotators),
    )
    return _dumps(metadata.to_json())


def _dumps(jsonld: Mapping[str, Any]) -> str:
    """The canonical text of croissant.json: sorted keys, fixed indent."""
    return json.dumps(jsonld, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"


def croissant_for_repo(text: str, base_url: str, tag: str) -> str:
    """croissant.json with absolute URLs: the dataset page ``base_url`` and each file at revision ``tag``."""
    jsonld = json.loads(text)
    jsonld["url"] = base_url
    for item in jsonld.get("distribution", []):
        if item.get("@type") == "cr:FileObject":
            item["contentUrl"] = f"{base_url}/resolve/{tag}/{item['contentUrl']}"
    return _dumps(jsonld)
