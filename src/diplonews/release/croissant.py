"""``croissant.json``: the release described in Croissant 1.0 with sha256 per file and the RAI fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from diplonews.release.card import AGREEMENT_KEYS, CARD_DATA, lookup
from diplonews.release.configs import CONFIGS

ANNOTATION_PROTOCOL = (
    "Two independent annotation passes (a1, a2) were produced by two LLM-based annotation agents working under "
    "the project maintainers' direction, without seeing each other's output, from hand-written span "
    "specifications following docs/guidelines.md; character offsets were computed by code (str.find on the "
    "frozen text). Gold was adjudicated from the two passes by a maintainer-directed model curator. "
    "Not yet reviewed by native-speaker annotators. Gazetteer pre-annotations were not used for these passes."
)


def _scalar_fields(config: str, features: Any) -> list[Any]:
    """Croissant fields for the top-level string, integer and ClassLabel columns of one config."""
    import mlcroissant as mlc
    from datasets import ClassLabel, Value

    fields = []
    for name, feature in features.items():
        if isinstance(feature, ClassLabel):
            dtype, desc = mlc.DataType.INTEGER, "class id; names in order: " + ", ".join(feature.names)
        elif isinstance(feature, Value) and feature.dtype == "string":
            dtype, desc = mlc.DataType.TEXT, ""
        elif isinstance(feature, Value) and feature.dtype.startswith("int"):
            dtype, desc = mlc.DataType.INTEGER, ""
        else:
            continue  # nested lists of spans: read them from the Parquet files with `datasets`
        fields.append(
            mlc.Field(
                id=f"{config}/{name}",
                name=name,
                description=desc or None,
                data_types=[dtype],
                source=mlc.Source(file_set=f"{config}-parquet", extract=mlc.Extract(column=name)),
            )
        )
    return fields


def _distribution(files: Mapping[str, str]) -> list[Any]:
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
            id=f"{config}-parquet",
            name=f"{config}-parquet",
            includes=[f"{config}/*.parquet"],
            encoding_formats=["application/x-parquet"],
        )
        for config in CONFIGS
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


def croissant_json(
    version: str,
    features: Mapping[str, Any],
    files: Mapping[str, str],
    agreement: Mapping[str, Any] | None,
    annotators: list[str],
) -> str:
    """The Croissant JSON-LD text (canonical: sorted keys, fixed indent, no dates)."""
    import mlcroissant as mlc

    record_sets = [
        mlc.RecordSet(id=config, name=config, fields=_scalar_fields(config, features[config])) for config in CONFIGS
    ]
    metadata = mlc.Metadata(
        name="diplonews",
        description=str(CARD_DATA["pretty_name"]),
        url="README.md",  # the card beside this file; publish makes every URL absolute (croissant_for_repo)
        license=["https://creativecommons.org/licenses/by/4.0/"],
        version=version,
        in_language=["ar"],
        keywords=list(CARD_DATA["tags"]),
        cite_as="@misc{diplonews, title={diplonews}, author={{The diplonews maintainers}}, year={2026}}",
        distribution=_distribution(files),
        record_sets=record_sets,
        **_responsible_ai(agreement, annotators),
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
