"""`diplonews labelstudio status`: per annotator and document, what is done, skipped and still wanted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.labelstudio import status
from diplonews.labelstudio.convert import document_to_result
from diplonews.labelstudio.sync import pseudonym

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))


def test_counts_per_document_and_what_is_open_to_each_annotator() -> None:
    """Overlap 2: one submitted + one skipped task wants nothing more; an untouched one wants 2, open to both."""
    tasks = [
        {"data": {"doc_id": "b-1"}, "annotations": []},
        {
            "data": {"doc_id": "a-1"},
            "annotations": [{"completed_by": 5}, {"completed_by": {"id": 6}, "was_cancelled": True}],
        },
        {"data": {"doc_id": "c-1"}, "annotations": [{"completed_by": 5}]},
    ]
    docs = status.documents(tasks, overlap=2)
    assert [(d.doc_id, d.done, d.skipped, d.pending) for d in docs] == [
        ("a-1", 1, 1, 0),
        ("b-1", 0, 0, 2),
        ("c-1", 1, 0, 1),
    ]
    assert (status.open_to(docs, 5), status.open_to(docs, 6), status.open_to(docs, 7)) == (1, 2, 2)


def test_status_against_a_real_server(label_studio: Any, ls_client: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """Two annotators submit one document of seven (overlap 2): the tables say so, and agreement runs on the pull."""
    from diplonews.cli import main

    monkeypatch.chdir(ROOT)
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token}
    runner = CliRunner()
    pushed = runner.invoke(main, ["labelstudio", "push", "--project", "status-run", "--overlap", "2"], env=env)
    assert pushed.exit_code == 0, pushed.output
    project = ls_client.find_project("status-run")
    task = next(t for t in ls_client.tasks(project["id"]) if t["data"]["doc_id"] == SAMPLE["doc_id"])
    users = [ls_client.create_user(f"status.{n}@example.org", f"status{n}") for n in (1, 2)]
    for user in users:
        ls_client.create_annotation(task["id"], document_to_result(SAMPLE), completed_by=user)
    key_args = ["--key-file", str(tmp_path / "key")]
    out = tmp_path / "annotations"
    pulled = runner.invoke(main, ["labelstudio", "pull", "--project", "status-run", "-o", str(out), *key_args], env=env)
    assert pulled.exit_code == 0, pulled.output
    shown = runner.invoke(
        main, ["labelstudio", "status", "--project", "status-run", "--annotations", str(out), *key_args], env=env
    )
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    key = (tmp_path / "key").read_bytes().strip()
    for n in (1, 2):
        who = pseudonym(f"status.{n}@example.org", key)
        assert f"status{n}\t{who}\t1\t0\t6\tactive" in lines  # 6 documents still want them
    assert f"{SAMPLE['doc_id']}\t2\t0\t0" in lines
    assert lines.count("document\tdone\tskipped\tpending") == 1
    assert "1 of 7 documents have all the annotations the project wants" in lines
    assert f"agreement so far, on the documents pulled into {out}:" in lines
    assert any(line.startswith("entities: strict_f1=1.000") for line in lines), shown.output


@pytest.mark.parametrize("project", ["nope"])
def test_status_of_a_missing_project_is_an_error(label_studio: Any, project: str, tmp_path: Path) -> None:
    """No such project: exit 2 and what to do."""
    from diplonews.cli import main

    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token}
    args = [
        "labelstudio",
        "status",
        "--project",
        project,
        "--annotations",
        str(tmp_path),
        "--key-file",
        str(tmp_path / "k"),
    ]
    shown = CliRunner().invoke(main, args, env=env)
    assert shown.exit_code == 2
    assert shown.output == "Error: no project 'nope' on the server; push first, or pass --project\n"
