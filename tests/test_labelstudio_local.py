"""The parts of the Label Studio side that need no server: pseudonyms, credentials, settings, the CLI's config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.labelstudio import keys, server, sync
from diplonews.labelstudio.config import labeling_config

ROOT = Path(__file__).resolve().parents[1]


def test_pseudonyms_are_stable_keyed_and_keep_project_accounts() -> None:
    """The project's own accounts keep their name; other emails become u + 10 hex, stable per key."""
    assert sync.pseudonym("a1@annotators.diplonews.invalid", b"k") == "a1"
    assert sync.pseudonym("A2@Annotators.Diplonews.Invalid", b"k") == "a2"
    one = sync.pseudonym("reem@example.org", b"k")
    assert one == sync.pseudonym(" Reem@Example.org", b"k")
    assert one != sync.pseudonym("reem@example.org", b"other")
    assert len(one) == 11
    assert one.startswith("u")
    assert "reem" not in one
    assert sync.pseudonym("gold@annotators.diplonews.invalid", b"k").startswith("u")


def test_pseudonym_key_is_made_once_and_env_wins(tmp_path: Path) -> None:
    """The key file is created once and reused; DIPLONEWS_PSEUDONYM_KEY overrides it."""
    path = tmp_path / "key"
    first = keys.pseudonym_key(path, {})
    assert keys.pseudonym_key(path, {}) == first
    assert len(first) == 64
    assert keys.pseudonym_key(path, {"DIPLONEWS_PSEUDONYM_KEY": "k" * 16}) == b"k" * 16


def test_credentials_come_from_env_then_stay_with_the_data_dir(tmp_path: Path) -> None:
    """The first call takes the token from the environment and stores it; later calls read it back."""
    env = {"LABEL_STUDIO_API_KEY": "f" * 40, "LABEL_STUDIO_USERNAME": "boss@example.org"}
    first = server.credentials(tmp_path, env)
    assert (first.username, first.token, first.generated) == ("boss@example.org", "f" * 40, False)
    again = server.credentials(tmp_path, {})
    assert (again.username, again.token, again.password) == (first.username, first.token, first.password)
    stored = json.loads((tmp_path / server.CREDENTIALS_FILE).read_text(encoding="utf-8"))
    assert stored["token"] == "f" * 40
    assert (tmp_path / server.CREDENTIALS_FILE).stat().st_mode & 0o777 == 0o600
    generated = server.credentials(tmp_path / "new", {})
    assert generated.generated
    assert len(generated.token) == 40


def test_server_environment_has_no_outbound_calls_and_no_stray_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server runs with version checks and Sentry off, a legacy token, and without our PORT/HOST."""
    monkeypatch.setenv("PORT", "1")
    monkeypatch.setenv("HOST", "0.0.0.0")
    env = server.server_env(tmp_path, server.Credentials("u@x.org", "pw", "t" * 40), None)
    assert "PORT" not in env
    assert "HOST" not in env
    assert env["LATEST_VERSION_CHECK"] == "false"
    assert env["SENTRY_DSN"] == ""
    assert env["LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN"] == "true"
    assert env["LABEL_STUDIO_BASE_DATA_DIR"] == str(tmp_path)
    assert env["DJANGO_DB"] == "sqlite"


def test_start_without_an_executable_says_how_to_install_it(tmp_path: Path) -> None:
    """A missing label-studio executable is a clear error, not a traceback."""
    from diplonews.labelstudio.errors import ServerStartError

    with pytest.raises(ServerStartError, match="no Label Studio executable; run `nox -s annotate` once"):
        server.start(tmp_path, exe=tmp_path / "nope")


def test_config_command_prints_the_generated_xml() -> None:
    """`diplonews labelstudio config` prints exactly the generated config."""
    result = CliRunner().invoke(main, ["labelstudio", "config"])
    assert result.exit_code == 0
    assert result.output == labeling_config()


def test_commands_without_url_or_key_fail_with_a_hint(tmp_path: Path) -> None:
    """push without LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY exits 2 (it cannot run as asked) and names the variables."""
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "articles.jsonl"
    result = CliRunner().invoke(
        main, ["labelstudio", "push", "--corpus", str(corpus)], env={"LABEL_STUDIO_URL": "", "LABEL_STUDIO_API_KEY": ""}
    )
    assert result.exit_code == 2
    assert result.output == "Error: set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (or pass --url and --api-key)\n"


def test_push_says_when_the_scores_were_measured_for_other_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scores measured for another model version are not sent, and push --preannotate says so and how to fix it
    (before it needs the server: here there is none, and the missing URL is the error that follows)."""
    from diplonews.preannotate import MODEL_VERSION, report

    asked: list[str] = []
    monkeypatch.setattr(report, "load_region_scores", asked.append)  # returns None: no scores
    corpus = ROOT / "corpus" / "articles.jsonl"
    result = CliRunner().invoke(
        main,
        ["labelstudio", "push", "--preannotate", "--corpus", str(corpus)],
        env={"LABEL_STUDIO_URL": "", "LABEL_STUDIO_API_KEY": ""},
    )
    assert asked == [MODEL_VERSION]
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"note: no mention scores were measured for {MODEL_VERSION}; the predictions go without them "
        "(run scripts/preannotation_report.py to measure them)",
        "Error: set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (or pass --url and --api-key)",
    ]


def test_script_wraps_the_same_commands() -> None:
    """scripts/sync_labelstudio.py offers push and pull and prints the same config."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "sync_labelstudio.py"
    listed = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, check=True)
    commands = listed.stdout.split("Commands:")[1].splitlines()
    listed_names = {line.split()[0] for line in commands if line.strip()}
    assert listed_names == {"annotators", "config", "pull", "push", "serve", "status"}
    printed = subprocess.run([sys.executable, str(script), "config"], capture_output=True, text=True, check=True)
    assert printed.stdout == labeling_config()


def test_url_with_credentials_is_refused_without_echoing_them() -> None:
    """A user name or password in the URL is refused, and the message shows *** in its place."""
    from diplonews.labelstudio.client import LabelStudioClient
    from diplonews.labelstudio.errors import AuthenticationError

    with pytest.raises(AuthenticationError) as info:
        LabelStudioClient("http://maint:s3cret@127.0.0.1:8080", "token")
    assert str(info.value).startswith("http://***@127.0.0.1:8080: the URL holds a user name or password")
    assert "s3cret" not in str(info.value)


@pytest.mark.parametrize(
    "url", ["mysql://u:s3cret@db/x", "postgresql://u:s3cret@db:notaport/x", "postgresql://u:s3cret@db"]
)
def test_malformed_database_url_never_echoes_the_password(url: str) -> None:
    """--database errors say what is expected and hide the credentials."""
    with pytest.raises(server.ServerStartError) as info:
        server.database_env(url)
    assert "s3cret" not in str(info.value)
    assert str(info.value).endswith("expected postgresql://user:password@host:port/name")


@pytest.mark.parametrize("key", [" ", "k", "short-key"])
def test_short_pseudonym_keys_are_refused(tmp_path: Path, key: str) -> None:
    """A blank or short key, from env or file, would make pseudonyms guessable: refused with how to make one."""
    from diplonews.errors import InputError

    how = r"use at least 16 \(e\.g\. the output of"
    with pytest.raises(InputError, match=rf"^env DIPLONEWS_PSEUDONYM_KEY: the pseudonym key has \d+ characters; {how}"):
        keys.pseudonym_key(tmp_path / "unused.key", {"DIPLONEWS_PSEUDONYM_KEY": key})
    key_file = tmp_path / "pseudonym.key"
    key_file.write_text(key + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"pseudonym\.key: the pseudonym key has \d+ characters; {how}"):
        keys.pseudonym_key(key_file, {})


@pytest.mark.parametrize("content", ["[]", '{"files": ["a"]}', '{"files": {"a1/x.json": 3}}', '{"updated_at": 5}'])
def test_malformed_pull_state_is_refused_with_how_to_recover(tmp_path: Path, content: str) -> None:
    """A state file of the wrong shape stops the pull before anything is fetched or written."""
    from diplonews.errors import InputError

    state = tmp_path / sync.STATE_FILE
    state.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"not a pull state file .* move it away and pull again"):
        sync._read_state(state)


def test_a_local_annotation_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    """Pull compares with the local file; a folder in its place is an error naming it, not a traceback."""
    from diplonews.errors import InputError

    (tmp_path / "x.json").mkdir()
    with pytest.raises(InputError, match=r"x\.json: cannot be read as a UTF-8 annotation file"):
        sync._local_text(tmp_path / "x.json")
    (tmp_path / "y.json").write_bytes(b"\xff\xfe")
    with pytest.raises(InputError, match=r"y\.json: cannot be read as a UTF-8 annotation file"):
        sync._local_text(tmp_path / "y.json")


def test_a_pulled_tree_with_its_state_file_validates_clean(tmp_path: Path) -> None:
    """`pull -o annotations/` leaves `.labelstudio-state.json` beside the annotator folders; validate (and so
    the release's validate step) walks past it and other dotfiles, but still checks one named on its own."""
    import shutil

    from diplonews.validate import validate_paths

    tree = tmp_path / "annotations"
    shutil.copytree(ROOT / "annotations", tree)
    corpus = ROOT / "corpus" / "articles.jsonl"
    before = validate_paths([tree], corpus)
    state = {"source": "http://127.0.0.1:8080#project=1", "updated_at": None, "files": {"a1/x.json": "0" * 64}}
    (tree / sync.STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
    (tree / "a1" / "._000_0ea221ab93fade0a-1.json").write_bytes(b"\x00\x05\x16\x07")  # macOS resource fork
    after = validate_paths([tree], corpus)
    assert before.ok, before.errors[:3]
    assert (after.ok, after.files, len(after.findings)) == (True, before.files, len(before.findings))
    cli = CliRunner().invoke(main, ["validate", str(tree), "--corpus", str(corpus)])
    assert cli.exit_code == 0, cli.output
    named = validate_paths([tree / sync.STATE_FILE], corpus)
    assert not named.ok


def test_the_key_file_follows_from_the_annotation_folder_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Relative or absolute, from the project, from inside the tree or from elsewhere: one key location."""
    project = tmp_path / "dataset"
    (project / "schema").mkdir(parents=True)
    (project / "schema" / "labels.json").write_text("{}", encoding="utf-8")
    (project / "annotations" / "a1").mkdir(parents=True)
    expected = project / ".labelstudio" / "pseudonym.key"
    for cwd, given in (
        (project, "annotations"),
        (project / "annotations" / "a1", ".."),
        (tmp_path, "dataset/annotations"),
    ):
        monkeypatch.chdir(cwd)
        assert keys.default_key_file(Path(given)) == expected, (cwd, given)
    assert keys.default_key_file(project / "new-folder" / "deeper") == expected  # not made yet: still the project's
    loose = tmp_path / "loose" / "annotations"  # outside any project: beside the folder
    assert keys.default_key_file(loose) == tmp_path / "loose" / ".labelstudio" / "pseudonym.key"


def test_no_second_key_is_made_for_a_tree_of_keyed_pseudonyms(tmp_path: Path) -> None:
    """A missing key is made only while no annotator folder carries a pseudonym made with a key."""
    from diplonews.errors import InputError

    tree, key_file = tmp_path / "annotations", tmp_path / ".labelstudio" / "pseudonym.key"
    (tree / "a1").mkdir(parents=True)
    (tree / "gold").mkdir()
    first = keys.pseudonym_key(key_file, {}, tree)  # own accounts and gold only: a first key is fine
    assert keys.pseudonym_key(key_file, {}, tree) == first
    key_file.unlink()
    (tree / "u0123456789").mkdir()
    with pytest.raises(InputError) as info:
        keys.pseudonym_key(key_file, {}, tree)
    assert str(info.value).startswith(
        f"{key_file}: no pseudonym key there, but {tree} already holds annotators pseudonymised with a key "
        f"(u0123456789); a new key would give the same people new ids. Restore the key file to {key_file} "
    )
    assert "DIPLONEWS_PSEUDONYM_KEY" in str(info.value)
    assert str(info.value).endswith(f"print(secrets.token_hex(32))' > {key_file}")
    assert not key_file.exists()
    assert keys.pseudonym_key(key_file, {"DIPLONEWS_PSEUDONYM_KEY": "k" * 16}, tree) == b"k" * 16


def test_serve_prints_shell_lines_that_set_the_url_and_token(tmp_path: Path) -> None:
    """Pasted into bash, what `serve` prints sets both variables: the token itself the first time, read from
    the file that keeps it on a restart (where the token is not printed again)."""
    import subprocess

    from diplonews.labelstudio.cli import credential_lines

    data_dir = tmp_path / "data dir"  # a space: the lines must quote paths
    first = server.credentials(data_dir, {})
    stored = data_dir / server.CREDENTIALS_FILE
    url = "http://127.0.0.1:8080"
    show = 'printf "%s\\n%s" "$LABEL_STUDIO_URL" "$LABEL_STUDIO_API_KEY"'
    for creds in (first, server.credentials(data_dir, {})):
        lines = credential_lines(url, creds, stored)
        shell = subprocess.run(["bash", "-c", "\n".join([*lines, show])], check=False, capture_output=True, text=True)
        assert (shell.returncode, shell.stderr) == (0, ""), lines
        assert shell.stdout == f"{url}\n{first.token}"
        assert sum(first.token in line for line in lines) == (1 if creds.generated else 0)
        assert any(str(stored) in line for line in lines)
    assert lines[0] == f"# log in as {first.username}"
