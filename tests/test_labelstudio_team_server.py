"""A team on a real Label Studio: PostgreSQL, a non-loopback address, accounts made by `annotators add`,
two real headless Chromium sessions labelling at once, then pull, validate and agreement; security checks on
the same server; concurrent pulls and a pull during a push."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from conftest import CHROMIUM, CHROMIUM_FLAGS
from diplonews.cli import main
from diplonews.corpus import load_articles
from labelstudio_pages import SELECT, log_in

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
DOC = SAMPLE["doc_id"]
KEY = "team-test-pseudonym-key-0123456789"
# What each annotator labels in the first line of the sample: (start, end) in code points, entity id, QID.
WORK = {"a1": (35, 50, "E1", "Q3052772"), "a2": (44, 50, "E1", "Q3052772")}


class Team:
    """The module's server, its environment for the CLI, and every line the CLI printed."""

    def __init__(self, server: Any, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.env = {"LABEL_STUDIO_URL": server.url, "LABEL_STUDIO_API_KEY": server.creds.token,
                    "DIPLONEWS_PSEUDONYM_KEY": KEY}  # fmt: skip
        self.printed: list[str] = []
        self.passwords: dict[str, str] = {}

    def run(self, *args: str, code: int = 0) -> str:
        result = CliRunner().invoke(main, list(args), env=self.env, catch_exceptions=False)
        self.printed.append(result.output)
        assert result.exit_code == code, result.output
        return result.output

    def ls_args(self) -> list[str]:
        return ["--data-dir", str(self.server.data_dir), "--database", str(self.server.database)]


@pytest.fixture(scope="module")
def team(label_studio_team: Any, tmp_path_factory: pytest.TempPathFactory) -> Team:
    """One document pushed with overlap 2 and two annotator accounts made by `annotators add`."""
    folder = tmp_path_factory.mktemp("team")
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    (folder / "one.jsonl").write_text(json.dumps(articles[DOC], ensure_ascii=False) + "\n", encoding="utf-8")
    made = Team(label_studio_team, folder)
    made.run("labelstudio", "push", "--project", "team", "--overlap", "2", "--corpus", str(folder / "one.jsonl"))
    for name in WORK:
        out = made.run("labelstudio", "annotators", "add", name, *made.ls_args())
        lines = [line for line in out.splitlines() if line.startswith("password: ")]
        assert len(lines) == 1, out
        made.passwords[name] = lines[0].removeprefix("password: ")
    return made


def _label(page: Any, work: tuple[int, int, str, str]) -> str:
    """Select the PER label, select the span with the mouse, fill entity id and QID; returns the selected text."""
    start, end, entity, qid = work
    page.locator(".lsf-label__text").get_by_text("PER", exact=True).first.click()
    selected: str = page.evaluate(SELECT, [start, end])
    page.locator(f'.htx-highlight[data-start="{start}"][data-end="{end}"]').wait_for(state="visible", timeout=15_000)
    page.locator(".lsf-outliner-item").last.click()  # select the new region: its per-region fields appear
    for name, value in (("entity", entity), ("kb", qid)):
        field = page.locator(f"input[name={name}]")
        field.wait_for(state="visible", timeout=15_000)
        field.fill(value)
        field.press("Enter")
    return selected


def test_two_annotators_label_at_once_in_two_browsers_then_pull_validate_and_agreement(
    team: Team, chromium: Any, artifacts_dir: Path
) -> None:
    """a1 and a2, logged in at the same time in two Chromium processes, get the same task from the stream, label
    a span each and submit; the pull writes both files with the right code-point offsets; validate and agreement
    accept them; neither annotator gets the task again."""
    url, project = team.server.public_url, "team"
    second = chromium.browser_type.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
    pages = {"a1": chromium.new_page(viewport={"width": 1400, "height": 1000}),
             "a2": second.new_page(viewport={"width": 1400, "height": 1000})}  # fmt: skip
    try:
        project_id = None
        for name, page in pages.items():  # both logged in and in the stream before either submits
            log_in(page, url, f"{name}@annotators.diplonews.invalid", team.passwords[name], timeout=60_000)
            projects = page.request.get(f"{url}/api/projects/?title={project}").json()["results"]
            project_id = projects[0]["id"]
            page.goto(f"{url}/projects/{project_id}/data?labeling=1")
            page.locator(".lsf-richtext__container").wait_for(state="visible", timeout=60_000)
        for name, page in pages.items():
            start, end = WORK[name][:2]
            assert _label(page, WORK[name]) == SAMPLE["text"][start:end]
            page.screenshot(path=str(artifacts_dir / f"labelstudio-team-{name}.png"))
        for page in pages.values():
            page.locator('button[aria-label="Submit current annotation"]').click()
        for name, page in pages.items():
            page.wait_for_function(
                f"() => fetch('/api/projects/{project_id}/next').then(r => r.status !== 200)", timeout=30_000
            )  # nothing left for this annotator: the task they submitted is never offered again
            page.screenshot(path=str(artifacts_dir / f"labelstudio-team-{name}-done.png"))
    finally:
        for page in pages.values():
            page.close()
        second.close()

    out = team.folder / "annotations"
    team.run("labelstudio", "pull", "--project", "team", "-o", str(out), "--corpus", str(team.folder / "one.jsonl"))
    for name, (start, end, entity, qid) in WORK.items():
        doc = json.loads((out / name / f"{DOC}.json").read_text(encoding="utf-8"))
        assert [(m["start"], m["end"], m["text"], m["entity"]) for m in doc["mentions"]] == [
            (start, end, SAMPLE["text"][start:end], entity)
        ]
        assert doc["entities"] == [{"id": entity, "type": "PER", "kb": qid}]
    team.run("validate", str(out), "--corpus", str(team.folder / "one.jsonl"))
    report = json.loads(team.run("agreement", str(out), "--format", "json"))
    assert "a1" in json.dumps(report)
    assert "a2" in json.dumps(report)
    listed = team.run("labelstudio", "annotators", "list", "--project", "team", "--annotations", str(out))
    assert "a1\ta1\ta1@annotators.diplonews.invalid\t1\t0\tactive" in listed


def test_a_stranger_cannot_sign_up_and_another_host_gets_400(team: Team) -> None:
    """Sign-up without the invitation creates no account; Host: evil.example is refused with 400."""
    url = team.server.public_url
    with httpx.Client(base_url=url, timeout=60) as stranger:
        page = stranger.get("/user/signup/")
        assert page.status_code == 200
        form = {"email": "stranger@example.org", "password": "Stranger-pass-1234",
                "csrfmiddlewaretoken": stranger.cookies.get("csrftoken") or ""}  # fmt: skip
        refused = stranger.post("/user/signup/", data=form, headers={"Referer": f"{url}/user/signup/"})
        evil = stranger.get("/health", headers={"Host": "evil.example"})
        evil_login = stranger.get("/user/login/", headers={"Host": "evil.example"})
    assert refused.status_code == 403
    assert (evil.status_code, evil_login.status_code) == (400, 400)
    accounts = httpx.get(f"{team.server.url}/api/users/", headers={"Authorization": f"Token {team.server.creds.token}"})
    assert "stranger@example.org" not in accounts.text
    assert "a1@annotators.diplonews.invalid" in accounts.text


def test_the_data_dir_is_private_and_secrets_stay_out_of_logs_and_output(team: Team) -> None:
    """No file or folder under the data dir is open to group or others; the admin's password and token, and
    the annotators' passwords, appear in no log and in no output after the first start."""
    data = team.server.data_dir
    open_to_others = [
        f"{p} {stat.filemode(p.stat().st_mode)}" for p in [data, *data.rglob("*")] if p.stat().st_mode & 0o077
    ]
    assert open_to_others == []
    assert (data / "server.log").exists()
    secrets = [team.server.creds.password, team.server.creds.token]
    logs = "".join(p.read_text(encoding="utf-8", errors="replace") for p in data.rglob("*.log"))
    for secret in secrets + list(team.passwords.values()):
        assert secret not in logs
    for output in team.printed:
        for secret in secrets:
            assert secret not in output


def test_a_removed_annotator_cannot_log_in_and_keeps_their_annotations(team: Team) -> None:
    """remove: the old password no longer logs in, the account shows as removed, its annotations still pull."""
    team.run("labelstudio", "annotators", "remove", "a2", *team.ls_args())
    url = team.server.public_url
    with httpx.Client(base_url=url, timeout=60) as session:
        session.get("/user/login/")
        form = {"email": "a2@annotators.diplonews.invalid", "password": team.passwords["a2"],
                "csrfmiddlewaretoken": session.cookies.get("csrftoken") or ""}  # fmt: skip
        login = session.post("/user/login/", data=form, headers={"Referer": f"{url}/user/login/"})
    assert login.status_code != 302  # the form comes back with an error instead of a redirect
    out = team.folder / "after-remove"
    team.run("labelstudio", "pull", "--project", "team", "-o", str(out), "--corpus", str(team.folder / "one.jsonl"))
    assert (out / "a2" / f"{DOC}.json").is_file()
    listed = team.run("labelstudio", "annotators", "list", "--project", "team", "--annotations", str(out))
    assert "a2\ta2\ta2@annotators.diplonews.invalid\t1\t0\tremoved" in listed
    team.run("labelstudio", "annotators", "add", "a2", *team.ls_args(), code=2)  # a removed name is not reused


def _in_threads(*jobs: Any) -> list[BaseException | None]:
    """Run the jobs at the same time; what each raised (None when it returned)."""
    outcomes: list[BaseException | None] = [None] * len(jobs)

    def run(i: int) -> None:
        try:
            jobs[i]()
        except BaseException as exc:  # reported to the test, which decides
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_pulls_at_once_and_a_pull_during_a_push_leave_whole_files_and_no_duplicate_task(team: Team) -> None:
    """Concurrent pulls into one folder and a pull racing a push: every file whole and equal to a calm pull's,
    no staging left behind, and one task per document on the server."""
    from diplonews.errors import DiplonewsError
    from diplonews.labelstudio import sync
    from diplonews.labelstudio.client import LabelStudioClient

    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    texts = {d: a["text"] for d, a in articles.items()}
    out, calm = team.folder / "racing", team.folder / "calm"

    def pull(to: Path) -> None:
        with LabelStudioClient(team.server.url, team.server.creds.token) as client:
            sync.pull(client, to, texts, key=KEY.encode(), title="team")

    def push() -> None:
        with LabelStudioClient(team.server.url, team.server.creds.token) as client:
            sync.push(client, articles, title="team", overlap=2, batch=2)

    outcomes = _in_threads(lambda: pull(out), lambda: pull(out), push, lambda: pull(out))
    assert all(o is None or isinstance(o, DiplonewsError) for o in outcomes), outcomes
    assert any(o is None for o in outcomes[:2] + outcomes[3:])
    assert outcomes[2] is None
    pull(calm)
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(calm).as_posix() for p in calm.rglob("*") if p.is_file())
    for rel in written:
        if not rel.startswith("."):
            assert (out / rel).read_text(encoding="utf-8") == (calm / rel).read_text(encoding="utf-8"), rel
    with LabelStudioClient(team.server.url, team.server.creds.token) as client:
        tasks = client.tasks(int(client.find_project("team")["id"]))
    doc_ids = [t["data"]["doc_id"] for t in tasks]
    assert sorted(doc_ids) == sorted(articles)
