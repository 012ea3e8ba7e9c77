"""The parts of the Label Studio side that need no server: pseudonyms, credentials, settings, the CLI's config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.labelstudio import server, sync
from diplonews.labelstudio.config import labeling_config


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
    first = sync.pseudonym_key(path, {})
    assert sync.pseudonym_key(path, {}) == first
    assert len(first) == 64
    assert sync.pseudonym_key(path, {"DIPLONEWS_PSEUDONYM_KEY": "abc"}) == b"abc"


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
    """push without LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY exits 1 and names the variables."""
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "articles.jsonl"
    result = CliRunner().invoke(
        main, ["labelstudio", "push", "--corpus", str(corpus)], env={"LABEL_STUDIO_URL": "", "LABEL_STUDIO_API_KEY": ""}
    )
    assert result.exit_code == 1
    assert result.output == "Error: set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (or pass --url and --api-key)\n"


def test_script_wraps_the_same_commands() -> None:
    """scripts/sync_labelstudio.py offers push and pull and prints the same config."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "sync_labelstudio.py"
    listed = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, check=True)
    commands = listed.stdout.split("Commands:")[1].splitlines()
    assert {line.split()[0] for line in commands if line.strip()} == {"config", "pull", "push", "serve"}
    printed = subprocess.run([sys.executable, str(script), "config"], capture_output=True, text=True, check=True)
    assert printed.stdout == labeling_config()
