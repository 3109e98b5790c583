"""``siaran sources add``: bad input gets one line and exit code 2, nothing is written that does not load,
and nothing is overwritten without ``--force``. (The six sites it must handle are in tests/unseen/.)

The CLI runs in-process here (Typer's runner): these cases never start a crawl, and the probe talks to
real local HTTP servers all the same.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from scraper.sources import load_source_file
from siaran.cli import app
from tests.replicas.server import Reply, Request, Site
from tests.unseen.sites.brkn import BrknSite
from tests.unseen.sites.etci import APP_SHELL


class Brochure(Site):
    """A site with no feed, no sitemap and no list of releases: a home page and a profile."""

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nDisallow:\n", content_type="text/plain")
        if request.path == "/":
            return Reply(body="<html lang='id'><head><title>Dinas Contoh</title></head><body><h1>Selamat datang"
                              "</h1><a href='/profil'>Profil</a> <a href='/kontak'>Kontak</a></body></html>")
        if request.path in ("/profil", "/kontak"):
            return Reply(body="<html><body><p>Alamat kantor dinas.</p></body></html>")
        return None


class ShellOnly(Site):
    """A single-page app whose releases no sitemap or feed lists."""

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body="User-agent: *\nDisallow:\n", content_type="text/plain")
        if request.path.endswith(".xml"):
            return None
        return Reply(body=APP_SHELL)


@pytest.fixture
def cli(tmp_path, monkeypatch):
    sources = tmp_path / "sources"
    sources.mkdir()
    monkeypatch.setenv("SIARAN_SOURCES_DIRS", str(sources))
    monkeypatch.setenv("SIARAN_DOWNLOAD_DELAY", "0")
    monkeypatch.setenv("SIARAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["sources", *args])

    run.dir = sources
    return run


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    return lines[0]


def test_site_without_feed_sitemap_or_listing_names_what_was_tried(cli, replica):
    server = replica(Brochure())
    line = one_line_error(cli("add", server.url, "--id", "dinas", "--write"))
    assert "no feed, sitemap or listing with articles" in line
    for tried in ("robots.txt", "sitemap /sitemap.xml", "feed /feed/: HTTP 404", "feed /rss: HTTP 404"):
        assert tried in line
    assert list(cli.dir.iterdir()) == []


def test_javascript_only_site_is_reported_as_such(cli, replica):
    server = replica(ShellOnly())
    line = one_line_error(cli("add", server.url + "/", "--id", "spa"))
    assert "JavaScript-only" in line and "div#app" in line


def test_unreachable_and_malformed_addresses(cli):
    assert "unreachable" in one_line_error(cli("add", "http://127.0.0.1:9/", "--id", "gone"))
    assert "not an http(s) address" in one_line_error(cli("add", "bnpt.go.id", "--id", "x"))
    assert "needs the site's address" in one_line_error(cli("add"))
    assert "lower-case identifier" in one_line_error(cli("add", "http://127.0.0.1:9/", "--id", "Bad-Id"))


def test_an_existing_source_id_is_refused(cli):
    assert "already exists" in one_line_error(cli("add", "http://127.0.0.1:9/", "--id", "bnpt"))


def test_write_then_refuse_to_overwrite_without_force(cli, replica):
    server = replica(BrknSite())
    shown = cli("add", server.url + "/", "--id", "brkn")
    assert shown.exit_code == 0 and "Not written" in shown.output and list(cli.dir.iterdir()) == []
    assert "article_url_pattern" in shown.output and "sample of 5 articles" in shown.output
    first = cli("add", server.url + "/", "--id", "brkn", "--write")
    assert first.exit_code == 0, first.output
    path = cli.dir / "brkn.toml"
    assert load_source_file(path).base_url == server.url
    path.write_text(path.read_text("utf-8") + "# reviewed by the operator\n", encoding="utf-8")
    line = one_line_error(cli("add", server.url + "/", "--id", "brkn", "--write"))
    assert "already exists" in line and "--force" in line
    assert path.read_text("utf-8").endswith("# reviewed by the operator\n")
    forced = cli("add", server.url + "/", "--id", "brkn", "--write", "--force")
    assert forced.exit_code == 0 and "reviewed by the operator" not in path.read_text("utf-8")
    assert [p.name for p in cli.dir.iterdir()] == ["brkn.toml"]  # no scratch files left behind
