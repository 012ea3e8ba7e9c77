"""push and pull against a real Label Studio server."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews._io import dumps, sha256_text
from diplonews.corpus import load_articles
from diplonews.labelstudio import sync
from diplonews.labelstudio.config import MENTION, TRIGGER, labeling_config
from diplonews.labelstudio.convert import document_to_result
from diplonews.labelstudio.errors import PullConflictError, PushRefusedError, RequestRejectedError
from diplonews.preannotate.report import load_region_scores

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[1]
ARTICLES = load_articles(ROOT / "corpus" / "articles.jsonl")
TEXTS = {d: a["text"] for d, a in ARTICLES.items()}
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
KEY = b"test-key"


def _variant(doc: dict[str, Any], annotator: str) -> dict[str, Any]:
    """The sample document as another annotator would have made it: one stance fewer, another realis."""
    out = copy.deepcopy(doc)
    out["annotator"] = annotator
    out["stances"] = []
    out["events"][0]["realis"] = "INTENDED"
    return out


def test_server_accepts_the_generated_config(ls_client: Any) -> None:
    """The server stores the generated config unchanged and rejects a broken one with a clear error."""
    project_id = sync.ensure_project(ls_client, "config-check", overlap=2, guidelines=ROOT / "docs" / "guidelines.md")
    project = ls_client.project(project_id)
    assert project["label_config"] == labeling_config().strip()
    assert project["maximum_annotations"] == 2
    assert project["show_instruction"] is False  # not reopened before every task
    assert "<table>" in project["expert_instruction"]
    with pytest.raises(RequestRejectedError, match=r"HTTP 400.*toName"):
        ls_client.update_project(project_id, label_config=labeling_config().replace('toName="text"', 'toName="x"', 1))


def test_push_twice_gives_one_task_per_document(ls_client: Any) -> None:
    """A second push imports nothing and the project holds exactly the corpus's documents."""
    first = sync.push(ls_client, ARTICLES, title="push-twice", batch=3)
    second = sync.push(ls_client, ARTICLES, title="push-twice", batch=3)
    tasks = ls_client.tasks(first.project_id)
    assert (first.imported, first.already, second.imported, second.already) == (7, 0, 0, 7)
    assert sorted(t["data"]["doc_id"] for t in tasks) == sorted(ARTICLES)
    assert all(t["data"]["text_sha256"] == sha256_text(t["data"]["text"]) for t in tasks)


def test_push_refuses_a_changed_text(ls_client: Any) -> None:
    """Pushing a corpus whose text changed for an imported document fails and names the document."""
    sync.push(ls_client, ARTICLES, title="changed-text")
    changed = copy.deepcopy(dict(ARTICLES))
    changed[SAMPLE["doc_id"]]["text"] += " تعديل"
    changed[SAMPLE["doc_id"]]["text_sha256"] = sha256_text(changed[SAMPLE["doc_id"]]["text"])
    with pytest.raises(PushRefusedError, match=rf"documents changed in the corpus: {SAMPLE['doc_id']} \(task \d+\)"):
        sync.push(ls_client, changed, title="changed-text")


def test_annotations_of_several_users_pull_back_equal(ls_client: Any, tmp_path: Path) -> None:
    """Annotations made through the API by three users (one skip) pull back equal, field by field."""
    sync.push(ls_client, ARTICLES, title="round-trip")
    a1, a2 = SAMPLE | {"annotator": "a1"}, _variant(SAMPLE, "a2")
    skipped = {**_variant(SAMPLE, "a3"), "status": "skipped", "entities": [], "mentions": [], "events": []}
    assert sync.push_annotations(ls_client, [a1, a2, skipped], title="round-trip") == 3
    assert sync.push_annotations(ls_client, [a1], title="round-trip") == 0
    # A user who is not one of the project's pseudonymous accounts: the file must not carry the email.
    outsider = ls_client.create_user("reem.example@example.org", "reem")
    project_id = ls_client.find_project("round-trip")["id"]
    task = next(t for t in ls_client.tasks(project_id) if t["data"]["doc_id"] == SAMPLE["doc_id"])
    ls_client.create_annotation(task["id"], document_to_result(SAMPLE), completed_by=outsider)

    report = sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="round-trip")

    pseudo = sync.pseudonym("reem.example@example.org", KEY)
    assert pseudo.startswith("u")
    assert len(pseudo) == 11
    files = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.json"))
    assert files == sorted([*(f"{a}/{SAMPLE['doc_id']}.json" for a in ("a1", "a2", "a3", pseudo)), sync.STATE_FILE])
    for expected in (a1, a2, skipped):
        got = json.loads((tmp_path / expected["annotator"] / f"{SAMPLE['doc_id']}.json").read_text(encoding="utf-8"))
        for key in expected:
            assert got[key] == expected[key], (expected["annotator"], key)
    assert "example.org" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.json"))
    assert (report.tasks, len(report.written)) == (7, 4)

    again = sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="round-trip")
    assert (again.incremental, again.tasks, again.written) == (True, 0, [])


def test_pull_never_overwrites_a_local_edit(ls_client: Any, tmp_path: Path) -> None:
    """A file edited locally since the last pull is kept and named unless --force is given."""
    sync.push(ls_client, ARTICLES, title="local-edit")
    sync.push_annotations(ls_client, [SAMPLE | {"annotator": "a1"}], title="local-edit")
    sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="local-edit")
    mine = tmp_path / "a1" / f"{SAMPLE['doc_id']}.json"
    edited = dumps({**json.loads(mine.read_text(encoding="utf-8")), "stances": []})
    mine.write_text(edited, encoding="utf-8")
    # The server's side changes too, so the pull has something to write.
    (tmp_path / sync.STATE_FILE).write_text(
        dumps({**json.loads((tmp_path / sync.STATE_FILE).read_text(encoding="utf-8")), "updated_at": None})
    )
    with pytest.raises(PullConflictError, match=rf"changed since the last pull .*a1/{SAMPLE['doc_id']}\.json"):
        sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="local-edit")
    assert mine.read_text(encoding="utf-8") == edited
    sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="local-edit", force=True)
    assert json.loads(mine.read_text(encoding="utf-8"))["stances"] == SAMPLE["stances"]


def _bad_project(ls_client: Any, title: str, result: list[dict[str, Any]], doc_id: str | None = None) -> int:
    project_id = sync.ensure_project(ls_client, title, overlap=1, guidelines=None)
    article = ARTICLES[SAMPLE["doc_id"]]
    data = {"text": article["text"], "doc_id": doc_id or article["doc_id"], "text_sha256": article["text_sha256"],
            "known_entities": []}  # fmt: skip
    (task_id,) = ls_client.import_tasks(project_id, [{"data": data}])
    admin = next(iter(ls_client.users()))
    ls_client.create_annotation(task_id, result, completed_by=admin)
    return task_id


@pytest.mark.parametrize(
    ("title", "change", "message"),
    [
        ("bad-label", lambda r: r[0]["value"].update(labels=["CITY"]), "region M1: unknown mention label 'CITY'"),
        ("bad-offset", lambda r: r[0]["value"].update(end=99999), "region M1: offsets start=35 end=99999 are out"),
        ("bad-text", lambda r: r[0]["value"].update(start=36, end=51), "region M1: the region shows 'إيمانويل ماكرون'"),
    ],
)
def test_broken_exports_fail_naming_task_and_region(
    ls_client: Any, tmp_path: Path, title: str, change: Any, message: str
) -> None:
    """An unknown label, an offset out of range and a text mismatch are reported, naming task and region."""
    result = document_to_result(SAMPLE)
    change(result)
    task_id = _bad_project(ls_client, title, result)
    report = sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title=title)
    ((_, reported),) = report.skipped
    assert f"task {task_id} (doc {SAMPLE['doc_id']}) annotation " in reported
    assert message in reported
    assert [p.name for p in tmp_path.iterdir()] == [sync.STATE_FILE]


def test_pull_rejects_an_unsafe_doc_id(ls_client: Any, tmp_path: Path) -> None:
    """A task whose doc_id would escape the output folder is refused (for every annotator) and not written."""
    task_id = _bad_project(ls_client, "unsafe-id", document_to_result(SAMPLE), doc_id="../x")
    report = sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="unsafe-id")
    ((who, reported),) = report.skipped
    assert who == "*"
    assert re.match(rf"task {task_id}: doc_id '\.\./x' is not a safe document id", reported)
    assert not (tmp_path.parent / "x.json").exists()


def test_cli_push_and_pull(label_studio: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`diplonews labelstudio push` then `pull` report what they did, reading the URL and key from the env."""
    from diplonews.cli import main

    monkeypatch.chdir(ROOT)
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token}
    runner = CliRunner()
    pushed = runner.invoke(main, ["labelstudio", "push", "--project", "cli-run", "--overlap", "2"], env=env)
    assert pushed.exit_code == 0, pushed.output
    assert pushed.output.splitlines()[-1].endswith("imported 7, already there 0, predictions added 0")
    again = runner.invoke(main, ["labelstudio", "push", "--project", "cli-run"], env=env)
    assert again.output.splitlines()[-1].endswith("imported 0, already there 7, predictions added 0")
    args = ["labelstudio", "pull", "--project", "cli-run", "-o", str(tmp_path), "--key-file", str(tmp_path / "k")]
    pulled = runner.invoke(main, args, env=env)
    assert pulled.exit_code == 0, pulled.output
    assert pulled.output == "exported 7 (all tasks); wrote 0 files, 0 unchanged\n"
    missing = runner.invoke(main, ["labelstudio", "pull", "--project", "nope", "-o", str(tmp_path)], env=env)
    assert missing.exit_code == 2
    assert missing.output == (f"Error: {label_studio.url}: no project 'nope'; run `diplonews labelstudio push` first\n")


def test_push_preannotate_attaches_predictions_once(label_studio: Any, ls_client: Any) -> None:
    """`push --preannotate` adds the model's predictions to tasks imported before, and not twice."""
    from diplonews.cli import main
    from diplonews.preannotate import MODEL_VERSION

    sync.push(ls_client, ARTICLES, title="preannotated")
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token}
    args = [
        "labelstudio",
        "push",
        "--project",
        "preannotated",
        "--preannotate",
        "--corpus",
        str(ROOT / "corpus" / "articles.jsonl"),
    ]
    first = CliRunner().invoke(main, args, env=env)
    second = CliRunner().invoke(main, args, env=env)
    assert first.output.splitlines()[-1].endswith("imported 0, already there 7, predictions added 7"), first.output
    assert second.output.splitlines()[-1].endswith("imported 0, already there 7, predictions added 0")
    project = ls_client.project(ls_client.find_project("preannotated")["id"])
    assert (project["total_predictions_number"], project["model_version"]) == (7, MODEL_VERSION)
    # A first push imports tasks with their predictions: those count as added too.
    fresh = CliRunner().invoke(main, [*args[:2], "--project", "preannotated-fresh", *args[4:]], env=env)
    assert fresh.output.splitlines()[-1].endswith("imported 7, already there 0, predictions added 7"), fresh.output
    project = ls_client.project(ls_client.find_project("preannotated-fresh")["id"])
    assert project["total_predictions_number"] == 7
    # Both ways in (onto existing tasks, with new tasks) keep the mention scores, as the server gives them back.
    scores = load_region_scores(MODEL_VERSION)
    assert scores is not None
    for title in ("preannotated", "preannotated-fresh"):
        project_id = ls_client.find_project(title)["id"]
        task_scores = {}
        for task in ls_client.export(project_id):
            (stored,) = ls_client.sdk.predictions.list(task=task["id"])
            mentions = [r for r in stored.result if r.get("from_name") == MENTION]
            assert mentions
            assert [r["score"] for r in mentions] == [scores.of(r["value"]["labels"][0]) for r in mentions]
            assert stored.score == pytest.approx(sum(r["score"] for r in mentions) / len(mentions), abs=1e-3)
            assert all("score" not in r for r in stored.result if r.get("from_name") == TRIGGER)
            task_scores[task["id"]] = stored.score
        # The Data Manager's task list carries each task's prediction score (its column, and what it sorts by).
        listed = ls_client.sdk.tasks.list(project=project_id, fields="all")
        assert {t.id: t.predictions_score for t in listed} == pytest.approx(task_scores)


def test_a_broken_task_is_reported_and_the_others_are_written(ls_client: Any, tmp_path: Path) -> None:
    """One annotation that cannot be converted is reported by annotator and task; every other one is written,
    the broken one's earlier file is left as it was, and the next (incremental) pull tries that task again."""
    sync.push(ls_client, ARTICLES, title="late-break")
    assert sync.push_annotations(ls_client, [SAMPLE | {"annotator": "a1"}], title="late-break") == 1
    result = document_to_result(SAMPLE)
    result[0]["value"]["labels"] = ["CITY"]
    bad_task = _bad_project(ls_client, "late-break", result)
    report = sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="late-break")
    assert [p.relative_to(tmp_path).as_posix() for p in report.written] == [f"a1/{SAMPLE['doc_id']}.json"]
    assert len(report.skipped) == 1
    assert report.skipped[0][1].startswith(f"task {bad_task} ")
    assert "unknown mention label 'CITY'" in report.skipped[0][1]
    state = json.loads((tmp_path / sync.STATE_FILE).read_text(encoding="utf-8"))
    assert state["retry"] == [bad_task]
    again = sync.pull(ls_client, tmp_path, TEXTS, key=KEY, title="late-break")
    assert again.incremental
    assert again.tasks == 1
    assert again.skipped == report.skipped


def test_import_batches_are_cut_by_count_and_by_text_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches hold at most `most` tasks and about BATCH_CHARS of text; a longer text goes alone."""
    texts = {"a": "x" * 4, "b": "x" * 4, "c": "x" * 9, "d": "x", "e": "x", "f": "x"}
    articles = {d: {"text": t} for d, t in texts.items()}
    monkeypatch.setattr(sync, "BATCH_CHARS", 8)
    assert list(sync._batches(list(texts), articles, 2)) == [["a", "b"], ["c"], ["d", "e"], ["f"]]
    assert list(sync._batches(list(texts), articles, 10)) == [["a", "b"], ["c"], ["d", "e", "f"]]


def _project_dir(tmp_path: Path) -> Path:
    """A dataset project of its own: schema/labels.json marks its root; the corpus is the repository's."""
    project = tmp_path / "dataset"
    (project / "schema").mkdir(parents=True)
    (project / "schema" / "labels.json").write_bytes((ROOT / "schema" / "labels.json").read_bytes())
    return project


def test_pull_from_any_directory_uses_the_projects_one_key(
    label_studio: Any, ls_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key lives in <project>/.labelstudio/, whatever the working directory; without it (or with another
    key) a pull into a tree of keyed pseudonyms is refused, names where the key belongs and writes nothing."""
    from diplonews.cli import main

    sync.push(ls_client, ARTICLES, title="one-key")
    outsider = ls_client.create_user("samir.keys@example.org", "samir")
    task = next(
        t for t in ls_client.tasks(ls_client.find_project("one-key")["id"]) if t["data"]["doc_id"] == SAMPLE["doc_id"]
    )
    ls_client.create_annotation(task["id"], document_to_result(SAMPLE), completed_by=outsider)
    project, elsewhere = _project_dir(tmp_path), tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token}
    env |= {"DIPLONEWS_PSEUDONYM_KEY": None, "DIPLONEWS_PSEUDONYM_KEY_FILE": None}
    args = ["labelstudio", "pull", "--project", "one-key", "--corpus", str(ROOT / "corpus" / "articles.jsonl")]

    def pull(cwd: Path, out: str, **extra: str) -> Any:
        monkeypatch.chdir(cwd)
        return CliRunner().invoke(main, [*args, "-o", out], env=env | extra)

    first = pull(project, "annotations")
    assert first.exit_code == 0, first.output
    key_file = project / ".labelstudio" / "pseudonym.key"
    (folder,) = [p.name for p in (project / "annotations").iterdir() if p.is_dir()]
    assert folder == sync.pseudonym("samir.keys@example.org", key_file.read_text(encoding="utf-8").strip().encode())
    again = pull(elsewhere, "../dataset/annotations")
    assert again.output.endswith("wrote 0 files, 0 unchanged\n"), again.output
    assert list(elsewhere.iterdir()) == []
    from_inside = pull(project / "annotations", ".")
    assert from_inside.exit_code == 0, from_inside.output

    other = pull(elsewhere, "../dataset/annotations", DIPLONEWS_PSEUDONYM_KEY="another-key-of-enough-length")
    assert other.exit_code == 2
    assert "used another pseudonym key" in other.output
    key_file.rename(tmp_path / "backup.key")
    refused = pull(elsewhere, str(project / "annotations"))
    assert refused.exit_code == 2
    assert refused.output.startswith(f"Error: {key_file}: no pseudonym key there, but ")
    assert (
        f"({folder}); a new key would give the same people new ids. Restore the key file to {key_file}"
        in refused.output
    )
    assert not key_file.exists()
    assert list(elsewhere.iterdir()) == []
