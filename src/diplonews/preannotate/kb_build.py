"""Build the knowledge base (kb/entities.jsonl) from the cited source tables and CLDR's Arabic names (babel).

Countries: QID, ISO code and capital from ``kb/sources/countries_wikidata.tsv`` (copied from a cited public file),
the Arabic name from CLDR's territory names, other Arabic names (short and official forms: السعودية، الجمهورية
الإسلامية الإيرانية) from ``kb/sources/country_names.tsv``. Capitals: the Arabic exemplar city CLDR gives for the
time zone of the same name, when there is one, and the name ``kb/sources/capital_names.tsv`` gives by the country's
ISO code (CLDR names a time zone after one city per zone, often not the capital: Europe/Istanbul, not Ankara).
Regions: the UN M49 regions of ``kb/sources/regions_m49.tsv`` (code, QID, source), named by CLDR's Arabic territory
name of the same code (أمريكا اللاتينية for 419). Rows chosen by a selection rule stated in kb/README.md, in the curated
table's format (``LISTED_TABLES``): international organisations from public lists (``kb/sources/organisations.tsv``),
places from a public Wikidata export (``kb/sources/places.tsv``: cities, Levant places, the State of Palestine) and
heads of state and government by office (``kb/sources/officeholders.tsv``). Everything else: ``kb/sources/curated.tsv``,
each row with its source.
Spelling variants (غ/ج, ة/ه, ى/ي, hamza-less alef, with and without ال) are generated here, once.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplonews.errors import InputError

if TYPE_CHECKING:
    from babel import Locale

COUNTRIES_SOURCE = "waldenn/conzept:app/explore2/src/data/countries.js@149bbc96 (QID, capital QID)"
CLDR_SOURCE = "CLDR via babel {version}: Arabic {what}"
# Capitals whose time-zone id is not their English name.
_TZ_OF = {
    "Kiev": "Europe/Kyiv",
    "Washington, D.C.": "",
    "Kuwait City": "Asia/Kuwait",
    "Mexico City": "America/Mexico_City",
}
# Tables in the curated format whose rows were chosen by a selection rule stated in kb/README.md (not one by
# one): optional, so a KB can be rebuilt from the required tables alone.
LISTED_TABLES = ("organisations.tsv", "places.tsv", "officeholders.tsv")
_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError as exc:
        raise InputError(f"{path}: cannot read the KB source table ({exc}); restore it from git") from exc
    yield from csv.DictReader(lines, delimiter="\t")


def variants(label: str) -> list[str]:
    """Spellings of ``label`` a news text may use, the label itself excluded (matching folds hamza and ة/ى too):
    hamza-less alef, ة/ه, ى/ي, غ/ج, مريك/ميرك, without ال."""
    out = {label.translate(_HAMZA), label.replace("ة", "ه"), label.replace("ى", "ي")}
    if "غ" in label:
        out.add(label.replace("غ", "ج"))
    if "ج" in label and not label.startswith("ال"):
        out.add(label.replace("ج", "غ"))
    if "مريك" in label or "ميرك" in label:  # أمريكا/أميركا, الأمريكية/الأميركية: both spellings are current
        out.add(label.replace("مريك", "ميرك") if "مريك" in label else label.replace("ميرك", "مريك"))
    if label.startswith("ال") and " " not in label and len(label) > 4:
        out.add(label[2:])
    out.discard(label)
    return sorted(out)


def _clean(name: str) -> str:
    """CLDR's 'ميانمار (بورما)' -> 'ميانمار'."""
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


def _row(qid: str, etype: str, labels: list[str], label_en: str, source: str, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"qid": qid, "type": etype, "label_ar": labels[0], "aliases_ar": labels[1:]}
    row["variants_ar"] = sorted({v for label in labels for v in variants(label)} - set(labels))
    row.update(label_en=label_en, **extra, source=source)
    return row


def _capital_ar(name: str, cities: dict[str, str]) -> str | None:
    tz = _TZ_OF.get(name)
    if tz is not None:
        return cities.get(tz) if tz else None
    return next((city for tz, city in cities.items() if tz.rsplit("/", 1)[-1].replace("_", " ") == name), None)


def country_names(table: Path) -> dict[str, tuple[list[str], str]]:
    """ISO code -> (other Arabic names of the country, their source), from kb/sources/country_names.tsv."""
    return {r["iso2"]: (r["names_ar"].split("|"), r["source"]) for r in _rows(table)} if table.exists() else {}


def capital_names(table: Path) -> dict[str, tuple[str, str]]:
    """ISO code -> (Arabic name of the country's capital, its source), from kb/sources/capital_names.tsv."""
    return {r["iso2"]: (r["capital_ar"], r["source"]) for r in _rows(table)} if table.exists() else {}


def _cldr_cities(ar: Locale) -> dict[str, str]:
    cities: dict[str, str] = {}
    for tz, data in ar.time_zones.items():
        city = dict(data).get("city")
        if isinstance(city, str):
            cities[tz] = city
    return cities


def _capital_row(
    rec: dict[str, str], cities: dict[str, str], capitals: dict[str, tuple[str, str]], version: str
) -> dict[str, Any] | None:
    """The capital's row: CLDR's exemplar city first (the label earlier builds gave), then the table's name."""
    labels, sources = [], [COUNTRIES_SOURCE]
    city = _capital_ar(rec["capital_name"], cities)
    if city:
        labels.append(city)
        sources.append(CLDR_SOURCE.format(version=version, what="exemplar city"))
    name, source = capitals.get(rec["iso2"], ("", ""))
    if name and name not in labels:
        labels.append(name)
        sources.append(f"capital name: {source}")
    if not labels:
        return None
    return _row(rec["capital_qid"], "GPE", labels, rec["capital_name"], "; ".join(sources), role_hint="GOV")


def geo_rows(
    table: Path,
    names: dict[str, tuple[list[str], str]] | None = None,
    capitals: dict[str, tuple[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """One GPE row per country (CLDR's name first, then the other names of ``names``), and one per capital that
    CLDR or ``capitals`` names in Arabic. A capital name for a country without a capital QID is an error."""
    import babel
    from babel import Locale

    ar = Locale("ar")
    cities, capitals = _cldr_cities(ar), capitals or {}
    version = babel.__version__
    rows: list[dict[str, Any]] = []
    placed: set[str] = set()
    for rec in _rows(table):
        name = ar.territories.get(rec["iso2"])
        if not name:
            continue
        source = f"{COUNTRIES_SOURCE}; {CLDR_SOURCE.format(version=version, what='territory name ' + rec['iso2'])}"
        labels = [_clean(name)]
        other, other_source = (names or {}).get(rec["iso2"], ([], ""))
        labels += [n for n in other if n not in labels]
        if len(labels) > 1:
            source += f"; other names: {other_source}"
        rows.append(_row(rec["qid"], "GPE", labels, rec["name"], source, iso2=rec["iso2"], role_hint="GOV"))
        capital = _capital_row(rec, cities, capitals, version) if rec["capital_qid"] != "-" else None
        if capital:
            rows.append(capital)
            placed.add(rec["iso2"])
    if unplaced := sorted(set(capitals) - placed):
        raise InputError(f"{table.parent}/capital_names.tsv: no capital QID for {', '.join(unplaced)}")
    return rows


def curated_rows(table: Path) -> list[dict[str, Any]]:
    """The hand-checked rows, each with its source."""
    return [_row(r["qid"], r["type"], r["labels_ar"].split("|"), r["label_en"], r["source"]) for r in _rows(table)]


def region_rows(table: Path) -> list[dict[str, Any]]:
    """One LOC row per M49 region of ``table``, labelled by CLDR's Arabic name of its code; a code CLDR does not
    name is an error (the table would cite a label that is not there)."""
    import babel
    from babel import Locale

    if not table.exists():
        return []
    ar = Locale("ar")
    rows = []
    for rec in _rows(table):
        name = ar.territories.get(rec["m49"])
        if not name:
            raise InputError(f"{table}: CLDR names no region {rec['m49']}")
        cldr = CLDR_SOURCE.format(version=babel.__version__, what="territory name " + rec["m49"])
        rows.append(_row(rec["qid"], "LOC", [_clean(name)], rec["label_en"], f"{rec['source']}; {cldr}"))
    return rows


def build(kb_dir: Path) -> list[dict[str, Any]]:
    """All rows, curated first; a QID listed twice is an error naming both sources."""
    sources = kb_dir / "sources"
    names = country_names(sources / "country_names.tsv")
    capitals = capital_names(sources / "capital_names.tsv")
    rows = curated_rows(sources / "curated.tsv")
    for name in LISTED_TABLES:
        if (sources / name).exists():
            rows += curated_rows(sources / name)
    rows += region_rows(sources / "regions_m49.tsv")
    rows += geo_rows(sources / "countries_wikidata.tsv", names, capitals)
    seen: dict[str, str] = {}
    for row in rows:
        if row["qid"] in seen:
            raise InputError(f"{kb_dir}/sources: {row['qid']} is listed twice ({seen[row['qid']]}; {row['source']})")
        seen[row["qid"]] = row["source"]
    return rows


def write(rows: list[dict[str, Any]], *paths: Path) -> None:
    """The same JSON lines to every path (kb/entities.jsonl and the copy the package ships)."""
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    for path in paths:
        path.write_text(text, encoding="utf-8")
