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
