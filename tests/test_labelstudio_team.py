"""Serving a team, without a server: host settings, private files, the annotator commands' checks."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from diplonews.labelstudio import server
from diplonews.labelstudio.errors import ServerStartError


def test_public_url_sets_host_allowed_hosts_csrf_origin_and_closed_sign_up() -> None:
    """--public-url becomes Label Studio's host, the only non-loopback Host answered, and the CSRF origin."""
    env = server.exposure_env(server.Exposure("0.0.0.0", "https://Label.Example.org/"), 8080)
    assert env["LABEL_STUDIO_HOST"] == "https://label.example.org"
    assert env["ALLOWED_HOSTS"].split(",") == ["label.example.org", "127.0.0.1", "localhost", "[::1]"]
    assert env["CSRF_TRUSTED_ORIGINS"] == "https://label.example.org"
    assert env["DISABLE_SIGNUP_WITHOUT_LINK"] == "true"
    assert (env["SESSION_COOKIE_SECURE"], env["CSRF_COOKIE_SECURE"]) == ("1", "1")


def test_without_public_url_the_bound_address_is_the_host_and_sign_up_is_still_closed() -> None:
    """The default is this machine's own address; a LAN bind address is answered as a Host too."""
    local = server.exposure_env(server.Exposure(), 8080)
    assert local["LABEL_STUDIO_HOST"] == "http://127.0.0.1:8080"
    assert local["DISABLE_SIGNUP_WITHOUT_LINK"] == "true"
    assert "SESSION_COOKIE_SECURE" not in local
    lan = server.exposure_env(server.Exposure("192.0.2.2", "http://192.0.2.2:8080"), 8080)
    assert lan["ALLOWED_HOSTS"].split(",") == ["192.0.2.2", "127.0.0.1", "localhost", "[::1]"]
    assert "*" not in server.server_env(Path("/d"), server.Credentials("u", "p", "t" * 40), None)["ALLOWED_HOSTS"]


@pytest.mark.parametrize(
    "url",
    ["label.example.org", "ftp://label.example.org", "https://label.example.org/ls", "https://u:pw@label.example.org",
     "https://label.example.org:port", "https://"],
)  # fmt: skip
def test_a_public_url_label_studio_could_not_serve_is_refused_without_echoing_a_password(url: str) -> None:
    """Only scheme://host[:port]: a path, a query, credentials or another scheme are named and refused."""
    with pytest.raises(ServerStartError, match="--public-url") as caught:
        server.exposure_env(server.Exposure("0.0.0.0", url), 8080)
    assert "pw" not in str(caught.value)


def test_make_private_closes_folders_and_files_to_others(tmp_path: Path) -> None:
    """What an older run left readable (database, log, media) becomes 700/600; symlinks are left alone."""
    data = tmp_path / "data"
    (data / "media" / "upload").mkdir(parents=True)
    (data / "label_studio.sqlite3").write_text("db")
    (data / "media" / "upload" / "x.json").write_text("{}")
    for path in (data, data / "media", data / "label_studio.sqlite3"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    outside = tmp_path / "outside"
    outside.write_text("not ours")
    outside.chmod(0o644)
    (data / "link").symlink_to(outside)
    server.make_private(data)
    modes = {p.relative_to(data).as_posix(): stat.S_IMODE(p.lstat().st_mode) for p in data.rglob("*")}
    modes.pop("link")
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert modes == {"media": 0o700, "media/upload": 0o700, "label_studio.sqlite3": 0o600, "media/upload/x.json": 0o600}
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644


def test_annotator_accounts_follow_the_pseudonym_unless_an_address_is_given() -> None:
    """NAME -> NAME@annotators.diplonews.invalid (so pulls name it NAME); a bad name or address is refused."""
    from diplonews.labelstudio import sync, team
    from diplonews.labelstudio.errors import AccountError

    assert team.account_email("a3") == "a3@annotators.diplonews.invalid"
    assert sync.pseudonym(team.account_email("a3"), b"k") == "a3"
    assert team.account_email("a3", " Reem@Example.org") == "reem@example.org"
    for name, email in (("A3", None), ("gold", None), ("3a", None), ("a3", "not-an-address")):
        with pytest.raises(AccountError):
            team.account_email(name, email)
    assert team.new_password() != team.new_password()
    assert len(team.new_password()) >= 20


def test_work_counts_separate_submitted_and_skipped_tasks_per_account() -> None:
    """Tasks done and skipped per user id, whether the export gives completed_by as an id or a user."""
    from diplonews.labelstudio import team

    tasks = [
        {"annotations": [{"completed_by": 2, "was_cancelled": False}, {"completed_by": {"id": 3}}]},
        {"annotations": [{"completed_by": 2, "was_cancelled": True}]},
        {"annotations": []},
    ]
    done, skipped = team.work_counts(tasks)
    assert (done[2], done[3], skipped[2], skipped[3]) == (1, 1, 1, 0)


def test_team_settings_give_each_task_to_n_annotators_without_history() -> None:
    """--overlap N: N annotations per task for every task, no annotation history; 0 annotators is refused."""
    from diplonews.labelstudio import sync
    from diplonews.labelstudio.errors import PushRefusedError

    settings = sync.team_settings(2)
    assert (settings["maximum_annotations"], settings["overlap_cohort_percentage"]) == (2, 100)
    assert settings["show_annotation_history"] is False
    with pytest.raises(PushRefusedError, match="at least one"):
        sync.team_settings(0)
