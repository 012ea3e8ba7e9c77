"""Building a release from the gold fixtures: Parquet, card, Croissant, reproducibility and check-dist."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.errors import ReleaseError
from diplonews.release.build import Sources, build
from diplonews.release.checks import check_dist, span_problems
from diplonews.release.rows import bio_tags

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
SOURCES = Sources(root=ROOT, annotations=FIXTURES / "annotations", agreement=FIXTURES / "agreement.json")
# The committed manifest puts pages 000, 002 and 004 in train, 001 in validation, 003 (two documents) in test.
TRAIN = ["000_0ea221ab93fade0a-1", "000_0ea221ab93fade0a-2", "002_5a34ea330b595b20-1", "004_22d63e12d7097e0c-1"]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """v0.1.0 built once from the fixtures (gold, a1, a2, agreement.json) and the committed corpus."""
    return build("0.1.0", tmp_path_factory.mktemp("dist"), SOURCES).out_dir


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(dist: Path, tmp_path: Path) -> None:
    """Building the same inputs again gives the same files with the same bytes."""
    again = build("0.1.0", tmp_path, SOURCES).out_dir
    assert _files(again) == _files(dist)
    assert len(_files(dist)) == 21  # 16 Parquet files + README, croissant, LICENSE, CHANGELOG, manifest


def test_manifest_counts_rows_per_config_and_split(dist: Path) -> None:
    """manifest.json holds the hand-counted rows: 4/1/2 documents, 2 raw passes each, 1 stance in train."""
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["splits"]["train"] == TRAIN
    assert manifest["splits"]["test"] == ["003_dceb01e7f804bfd1-1", "003_dceb01e7f804bfd1-2"]
    assert manifest["rows"]["documents"] == {"train": 4, "validation": 1, "test": 2}
    assert manifest["rows"]["raw_annotations"] == {"train": 8, "validation": 2, "test": 4}
    assert manifest["rows"]["stances"] == {"train": 1, "validation": 0, "test": 0}
    for rel, digest in manifest["files"].items():
        assert hashlib.sha256((dist / rel).read_bytes()).hexdigest() == digest


def test_load_dataset_reads_every_config_offline_with_class_labels(dist: Path, tmp_path: Path) -> None:
    """In a fresh offline Python, load_dataset returns ClassLabel features with the schema's names."""
    script = (
        "import json, sys\n"
        "from datasets import load_dataset\n"
        "d = sys.argv[1]\n"
        "st = load_dataset(d, 'stances')['train']\n"
        "ent = load_dataset(d, 'entities')['test']\n"
        "doc = load_dataset(d, 'documents')\n"
        "ev = load_dataset(d, 'events')['train']\n"
        "raw = load_dataset(d, 'raw_annotations')\n"
        "print(json.dumps({'stance': st.features['label'].names, 'label': st[0]['label'],"
        " 'tags': ent.features['ner_tags'].feature.names[:5], 'docs': {k: len(v) for k, v in doc.items()},"
        " 'event_type': ev.features['events'].feature['type'].names[0],"
        " 'raw': sorted(set(raw['train']['annotator']))}))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(dist)], env=env, capture_output=True, text=True, check=True
    )
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got == {
        "stance": ["FAVOR", "AGAINST", "NONE"],
        "label": 0,  # the one stance of the fixtures is FAVOR
        "tags": ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"],
        "docs": {"train": 4, "validation": 1, "test": 2},
        "event_type": "CONSULT",
        "raw": ["a1", "a2"],
    }


def test_check_dist_passes_on_a_fresh_build(dist: Path) -> None:
    """check-dist finds nothing wrong with what build wrote, including against corpus/splits.json."""
    assert check_dist(dist, ROOT / "corpus" / "splits.json") == []


def test_a_reordered_label_list_in_the_card_yaml_is_caught(dist: Path, tmp_path: Path) -> None:
    """Swapping FAVOR and AGAINST in the card's dataset_info fails check-dist (YAML vs schema and vs Parquet)."""
    bad = tmp_path / "v0.1.0"
    shutil.copytree(dist, bad)
    card = (bad / "README.md").read_text(encoding="utf-8")
    original = "          '0': FAVOR\n          '1': AGAINST\n"
    assert card.count(original) == 1
    (bad / "README.md").write_text(card.replace(original, "          '0': AGAINST\n          '1': FAVOR\n"))
    problems = check_dist(bad)
    assert (
        "README.md::dataset_info[stances].features.label.names: ['FAVOR', 'AGAINST', 'NONE'] expected, found "
        "['AGAINST', 'FAVOR', 'NONE'] (card YAML vs schema)" in problems
    )
    assert any("(card YAML vs stances/train-00000-of-00001.parquet)" in p for p in problems)
    result = CliRunner().invoke(main, ["check-dist", str(bad)])
    assert result.exit_code == 1
    assert "Error: " in result.output
    assert "problem(s), listed above" in result.output


def test_the_card_yaml_states_split_sizes_and_size_category(dist: Path, tmp_path: Path) -> None:
    """dataset_info gives each split's num_examples (= manifest rows); a wrong one fails check-dist by name."""
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(dist / "README.md").data.to_dict()
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    assert card["size_categories"] == ["n<1K"]
    for info in card["dataset_info"]:
        rows = manifest["rows"][info["config_name"]]
        assert {s["name"]: s["num_examples"] for s in info["splits"]} == {s: n for s, n in rows.items() if n}
        assert all(s["num_bytes"] > 0 for s in info["splits"])
    bad = tmp_path / "v0.1.0"
    shutil.copytree(dist, bad)
    text = (bad / "README.md").read_text(encoding="utf-8")
    (bad / "README.md").write_text(text.replace("    num_examples: 4\n", "    num_examples: 5\n", 1))
    assert (
        "README.md::dataset_info[documents].splits: num_examples {'train': 5, 'validation': 1, 'test': 2}, "
        "rows {'train': 4, 'validation': 1, 'test': 2}" in check_dist(bad)
    )


def test_the_card_counts_dates_and_links_from_the_released_documents(dist: Path) -> None:
    """The facts block: dated documents and QID coverage of named entities, counted here independently."""
    card = (dist / "README.md").read_text(encoding="utf-8")
    articles = [json.loads(line) for line in (ROOT / "corpus" / "articles.jsonl").read_text().splitlines()]
    dated = sum(1 for a in articles if a.get("published"))
    assert f"- **Publication dates:** {dated} of {len(articles)} documents carry a date, from " in card
    named = linked = 0
    types = json.loads((ROOT / "schema" / "labels.json").read_text(encoding="utf-8"))["entity_types"]
    unlinkable = {t["name"] for t in types if t.get("linkable") is False}
    for path in sorted((SOURCES.annotations / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        proper = {m["entity"] for m in doc["mentions"] if m["level"] == "NAM"}
        named_entities = [e for e in doc["entities"] if e["id"] in proper and e["type"] not in unlinkable]
        named += len(named_entities)
        linked += sum(1 for e in named_entities if (e.get("kb") or "").startswith("Q"))
    assert f"- **Wikidata links:** {linked} of {named} named entities" in card
    assert "local to their document" in card


def test_a_changed_parquet_file_is_caught(dist: Path, tmp_path: Path) -> None:
    """A Parquet file whose bytes differ from manifest.json is reported by name."""
    bad = tmp_path / "v0.1.0"
    shutil.copytree(dist, bad)
    shutil.copy(bad / "documents" / "test-00000-of-00001.parquet", bad / "documents" / "train-00000-of-00001.parquet")
    problems = check_dist(bad)
    assert "documents/train-00000-of-00001.parquet: missing or its sha256 differs from manifest.json" in problems
    assert "documents/train: 2 rows loaded, manifest.json says 4" in problems


def test_a_croissant_hash_that_differs_from_the_file_is_caught(dist: Path, tmp_path: Path) -> None:
    """croissant.json listing a wrong sha256 for one Parquet file fails check-dist, naming that file."""
    bad = tmp_path / "v0.1.0"
    shutil.copytree(dist, bad)
    meta = json.loads((bad / "croissant.json").read_text(encoding="utf-8"))
    target = next(d for d in meta["distribution"] if d.get("contentUrl") == "events/test-00000-of-00001.parquet")
    target["sha256"] = "0" * 64
    (bad / "croissant.json").write_text(json.dumps(meta), encoding="utf-8")
    assert check_dist(bad) == [
        "croissant.json: its files and sha256 values differ from manifest.json (['events/test-00000-of-00001.parquet'])"
    ]


def test_build_and_check_dist_commands_report_what_they_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`diplonews build` prints rows per config and where it wrote; `check-dist` then prints its one-line verdict."""
    monkeypatch.chdir(ROOT)
    out = tmp_path / "dist"
    args = ["build", "--version", "0.1.0", "-o", str(out), "--annotations", str(FIXTURES / "annotations")]
    result = CliRunner().invoke(main, [*args, "--agreement", str(FIXTURES / "agreement.json")])
    assert result.exit_code == 0, result.output
    assert "  documents: train 4, validation 1, test 2\n" in result.output
    assert "warning: stances: no rows in validation, test; the card declares only non-empty splits\n" in result.output
    assert result.output.endswith(f"built {out / 'v0.1.0'} (16 Parquet files)\n")
    result = CliRunner().invoke(main, ["check-dist", str(out / "v0.1.0")])
    assert result.exit_code == 0, result.output
    assert result.output == f"{out / 'v0.1.0'}: every config and split loads offline and matches the schema\n"


def test_span_check_reports_a_span_that_does_not_slice_its_text() -> None:
    """A span whose offsets point at other characters is reported with its path."""
    row = {
        "text": "قال بوتين",
        "spans": [{"start": 4, "end": 9, "text": "بوتين"}, {"start": 0, "end": 3, "text": "بوت"}],
    }
    assert span_problems(row, "entities/train[0]") == ["entities/train[0].spans[1]: text[0:3] is not 'بوت'"]


def test_bio_tags_tag_whole_whitespace_tokens_and_prefer_the_longer_span() -> None:
    """A proclitic token is tagged whole; a name nested in a longer span is not tagged twice."""
    text = "اتصل وبوتين بالرئيس الفرنسي ماكرون"
    #        0    5      12      20     27
    spans = [(6, 11, "PER"), (13, 27, "PER"), (21, 27, "GPE"), (28, 34, "PER")]
    tokens, offsets, tags = bio_tags(text, spans)
    assert tokens == ["اتصل", "وبوتين", "بالرئيس", "الفرنسي", "ماكرون"]
    assert offsets[1] == (5, 11)
    assert tags == ["O", "B-PER", "B-PER", "I-PER", "B-PER"]


def test_the_card_states_provenance_copyright_agreement_and_splits(dist: Path) -> None:
    """README.md says how the layers were made, who owns the texts, the fixture's agreement numbers and split sizes."""
    card = (dist / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\nannotations_creators:\n- machine-generated\n")
    assert "\nlanguage:\n- ar\n" in card
    assert "two independent LLM-based annotation agents\n  working under the project maintainers' direction" in card
    assert "without seeing each other's output" in card
    assert "**Not yet reviewed by native-speaker annotators.**" in card
    assert "were **not** used for these passes" in card
    assert "The article texts belong to their publishers" in card
    assert "| entity mentions, strict pairwise F1 (same offsets and type) (`entities.strict_f1`) | 0.912 |" in card
    assert (
        "| stance labels, Krippendorff's alpha (nominal) on the (holder, target) units two or more annotators marked"
        " (a unit only one marked is not counted: see the next two rows) (`stance.alpha`) | 0.710 |" in card
    )
    assert "| `documents` | 4 | 1 | 2 |" in card
    assert "| `stances` | 1 | 0 | 0 |" in card
    assert "## v0.1.0" in card
    assert "(filled in by `diplonews build`)" not in card
    assert 'docs = load_dataset("<org>/diplonews", "documents", revision="v0.1.0")\n' in card
    assert "This card describes release **v0.1.0** (Hub tag `v0.1.0`).\n" in card


def test_croissant_validates_and_hashes_every_parquet_file(dist: Path) -> None:
    """`mlcroissant validate` accepts croissant.json, whose sha256 values match the files and which has RAI fields."""
    meta = json.loads((dist / "croissant.json").read_text(encoding="utf-8"))
    hashes = {d["contentUrl"]: d["sha256"] for d in meta["distribution"] if d["@type"] == "cr:FileObject"}
    assert len(hashes) == 16
    for rel, digest in hashes.items():
        assert hashlib.sha256((dist / rel).read_bytes()).hexdigest() == digest
    assert "not yet reviewed by native-speaker annotators" in meta["rai:dataAnnotationProtocol"].lower()
    exe = Path(sys.executable).with_name("mlcroissant")
    done = subprocess.run(
        [str(exe), "validate", "--jsonld", str(dist / "croissant.json")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Done." in done.stderr


def test_build_refuses_a_version_without_changelog_entry(tmp_path: Path) -> None:
    """No '## v9.9.9' section in CHANGELOG.md: a ReleaseError saying what to add, and nothing written."""
    with pytest.raises(ReleaseError, match=r"CHANGELOG.md: no entry for version 9.9.9. Add a section '## v9.9.9"):
        build("9.9.9", tmp_path / "dist", SOURCES)
    assert not (tmp_path / "dist").exists()


def test_build_says_when_the_agreement_report_is_missing(tmp_path: Path) -> None:
    """Without reports/agreement.json the build warns and the card says the figures are not available."""
    sources = Sources(root=ROOT, annotations=FIXTURES / "annotations", agreement=tmp_path / "absent.json")
    result = build("0.1.0", tmp_path / "dist", sources)
    assert f"{tmp_path / 'absent.json'} is missing: the card and croissant.json say agreement is not available" in (
        result.warnings
    )
    card = (result.out_dir / "README.md").read_text(encoding="utf-8")
    assert f"**Not available for this release:** `{tmp_path / 'absent.json'}` was missing" in card


def test_release_command_runs_every_step_and_prints_the_load_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`diplonews release` with a1/a2 only: seven numbered steps, gold written, the load_dataset line last."""
    (tmp_path / "corpus").mkdir()
    for name in ("articles.jsonl", "splits.json"):
        shutil.copy(ROOT / "corpus" / name, tmp_path / "corpus" / name)
    for annotator in ("a1", "a2"):
        shutil.copytree(FIXTURES / "annotations" / annotator, tmp_path / "annotations" / annotator)
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    shutil.copy(ROOT / "dataset_card.md", tmp_path / "dataset_card.md")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["release", "--version", "0.1.0", "-o", "dist"])
    assert result.exit_code == 0, result.output
    steps = [line.split(":")[0] for line in result.output.splitlines() if line.startswith("[")]
    assert steps == [
        "[1/7] splits",
        "[2/7] validate",
        "[3/7] agreement",
        "[4/7] gold",
        "[5/7] pre-annotation",
        "[6/7] build",
        "[7/7] check",
    ]
    assert result.output.endswith(
        'release ready: dist/v0.1.0\nread it with: load_dataset("dist/v0.1.0", "documents")\n'
    )
    assert len(list((tmp_path / "annotations" / "gold").glob("*.json"))) == 7
    assert (tmp_path / "reports" / "agreement.json").is_file()
    assert json.loads((tmp_path / "reports" / "preannotation.json").read_text(encoding="utf-8"))["documents"] == 7
    assert "model gazetteer-" in (tmp_path / "dist" / "v0.1.0" / "README.md").read_text(encoding="utf-8")
    assert (tmp_path / "corpus" / "splits.json").read_bytes() == (ROOT / "corpus" / "splits.json").read_bytes()


def test_rows_resolve_arguments_and_name_stance_holders_and_targets() -> None:
    """The sample document's event argument carries its mention's span; its stance row names holder and target."""
    from diplonews.release.rows import Released, events_rows, stances_rows
    from diplonews.schema import load_inventory

    gold = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
    doc = Released(gold, {}, load_inventory())
    event = events_rows(doc)[0]["events"][0]
    assert event["arguments"][0] == {
        "role": "ACTOR",
        "ref": "M1",
        "entity": "E1",
        "entity_type": "PER",
        "start": 35,
        "end": 50,
        "text": "إيمانويل ماكرون",
    }
    (row,) = stances_rows(doc)
    assert (row["holder"], row["holder_name"], row["holder_type"]) == ("E1", "إيمانويل ماكرون", "PER")
    assert (row["target"], row["target_name"], row["target_kind"], row["target_type"]) == (
        "P:ceasefire_ukraine",
        "a ceasefire in Ukraine",
        "proposition",
        None,
    )
    assert row["evidence"]["text"] == row["text"][88:133]


def test_the_card_describes_every_config_of_the_registry() -> None:
    """dataset_card.md's table of configs is the one the registry renders: each config, in order, as declared."""
    from diplonews.release.configs import structure_table
    from diplonews.schema import load_inventory

    table = structure_table(load_inventory(), ["a1", "a2"])
    assert table in (ROOT / "dataset_card.md").read_text(encoding="utf-8")


TOY_CONFIG = """
import json, sys
from pathlib import Path
from datasets import Features, Value
from diplonews.release import configs

def toy_features(inv):
    return Features({"doc_id": Value("string"), "mentions": Value("int32")})

def toy_rows(doc):
    return [{"doc_id": doc.gold["doc_id"], "mentions": len(doc.gold["mentions"])}]

toy = configs.ReleaseConfig("mention_counts", toy_features, toy_rows, "a document", "the number of `mentions`")
configs.REGISTRY = (*configs.REGISTRY, toy)
configs.CONFIGS = tuple(c.name for c in configs.REGISTRY)

from diplonews.release.build import Sources, build
from diplonews.release.checks import offline_problems

root, fixtures, out = map(Path, sys.argv[1:])
sources = Sources(root=root, annotations=fixtures / "annotations", agreement=fixtures / "agreement.json")
dist = build("0.1.0", out, sources).out_dir
print(json.dumps(offline_problems(dist)))
"""


def test_a_config_added_to_the_registry_is_built_described_and_checked(tmp_path: Path) -> None:
    """One ReleaseConfig appended to the registry gets its Parquet files, card YAML, croissant entries and checks."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    args = [sys.executable, "-c", TOY_CONFIG, str(ROOT), str(FIXTURES), str(tmp_path / "dist")]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
    dist = tmp_path / "dist" / "v0.1.0"
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"]["mention_counts"] == {"train": 4, "validation": 1, "test": 2}
    card = (dist / "README.md").read_text(encoding="utf-8")
    assert "- config_name: mention_counts\n" in card
    assert "| `mention_counts` | 4 | 1 | 2 |" in card
    croissant = json.loads((dist / "croissant.json").read_text(encoding="utf-8"))
    assert "mention_counts" in {r["@id"] for r in croissant["recordSet"]}
