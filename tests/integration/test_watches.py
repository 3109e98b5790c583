"""Saved searches against the real database (SQLite and PostgreSQL), the real Meilisearch and a real local
HTTP server as the webhook: refused when invalid, matched once, delivered once, retried with backoff."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import run_siaran
from tests.integration.test_timeline import analyst_archive, store, wib

ATOM = "{http://www.w3.org/2005/Atom}"


class Webhook:
    """A real HTTP server on 127.0.0.1 recording every POST; answers the queued statuses, then 200."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.statuses: list[int] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = hook.statuses.pop(0) if hook.statuses else 200
                hook.received.append({"status": status, "json": json.loads(body)})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def delivered_ids(self) -> list[int]:
        return [m["id"] for r in self.received if r["status"] == 200 for m in r["json"]["matches"]]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.close()


FLOODS = [("bnpb", "id", "Banjir di Demak", "Banjir merendam Demak.", wib(2024, 3, 1)),
          ("bnpb", "id", "Gempa di Cianjur", "Gempa bumi.", wib(2024, 3, 2)),
          ("bnpt", "id", "Banjir hoaks", "Hoaks banjir di media sosial.", wib(2024, 3, 3))]


OLD = [("bnpb", "id", "Banjir lama di Garut", "Banjir sebelum watch disimpan.", wib(2024, 2, 1))]


@pytest.fixture
def archive(tmp_path, meili, database_url):
    with analyst_archive(tmp_path, meili, rows=OLD, database_url=database_url) as built:
        yield built


@pytest.fixture
def sqlite_archive(tmp_path, meili):
    with analyst_archive(tmp_path, meili, rows=OLD) as built:
        yield built


def index(archive) -> None:
    from search.indexer import Indexer

    Indexer(archive.db, archive.client, archive.env["SIARAN_INDEX"]).drain()


def matches(db, name: str) -> list:
    from archive.models import Watch, WatchMatch

    with db.session() as s:
        return list(s.execute(select(WatchMatch).join(Watch, Watch.id == WatchMatch.watch_id)
                              .where(Watch.name == name).order_by(WatchMatch.article_id)).scalars())


def save(db, name: str, query: str, notify: str | None = None, **filters):
    from archive.watches import add_watch, known_sources, validate

    return add_watch(db, validate(name, query, filters, notify=notify, known_sources=known_sources(db)))


def test_new_matches_are_delivered_once_even_when_runs_and_crawls_repeat(archive, webhook):
    from archive.watches import run_watches

    save(archive.db, "banjir-bnpb", "banjir", f"webhook:{webhook.url}", sources=["bnpb"])
    new = store(archive.db, FLOODS)  # after the watch was saved: one bnpb flood, a quake, a bnpt flood
    index(archive)
    report = run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"]).by_name()["banjir-bnpb"]
    assert (report.candidates, report.matched, report.delivered, report.error) == (3, 1, 1, None)
    assert webhook.delivered_ids() == [new[0]]  # the release stored before the watch existed is not "new"
    payload = webhook.received[0]["json"]
    assert payload["watch"] == "banjir-bnpb" and payload["matches"][0]["title"] == "Banjir di Demak"
    assert payload["delivery_id"].startswith("banjir-bnpb:")

    # A second run, and a retried crawl storing the same releases again: nothing is sent twice.
    run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"])
    store(archive.db, FLOODS[:1])
    index(archive)
    again = store(archive.db, [("bnpb", "id", "Banjir susulan di Demak", "Banjir kembali.", wib(2024, 3, 4))])
    index(archive)
    run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"])
    run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"])
    ids = webhook.delivered_ids()
    assert sorted(ids) == sorted({new[0], again[0]}) and len(ids) == len(set(ids)) == 2
    rows = matches(archive.db, "banjir-bnpb")
    assert all(r.delivered_at is not None and r.attempts == 1 and r.last_error is None for r in rows)


def test_a_failing_webhook_is_retried_with_backoff_and_never_blocks_other_watches(archive, webhook,
                                                                                  monkeypatch):
    from archive.models import utcnow
    from archive.watches import run_watches

    monkeypatch.setenv("SIARAN_WATCH_RETRY_BACKOFF", "60")
    save(archive.db, "flaky", "banjir", f"webhook:{webhook.url}")
    save(archive.db, "dead", "banjir", "webhook:http://127.0.0.1:9/unreachable")
    save(archive.db, "by-command", "banjir", "command:exit 3")
    store(archive.db, FLOODS)
    index(archive)
    webhook.statuses = [500]
    now = utcnow()
    report = run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"], now=now).by_name()
    assert report["flaky"].failed == 2 and report["flaky"].error == "webhook answered HTTP 500"
    assert report["dead"].failed == 2 and "unreachable" in report["dead"].error
    assert report["by-command"].error == "command exited 3"
    rows = matches(archive.db, "flaky")
    assert [(r.attempts, r.delivered_at, r.last_error) for r in rows] == [(1, None, "webhook answered HTTP 500")] * 2
    assert all(r.next_attempt_at == now + timedelta(seconds=60) for r in rows)

    # Not due yet: no request. Due: retried, delivered; the dead one backs off twice as long.
    run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"], now=now + timedelta(seconds=30))
    assert len(webhook.received) == 1
    later = now + timedelta(seconds=61)
    report = run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"], now=later).by_name()
    assert report["flaky"].delivered == 2 and len(webhook.received) == 2
    assert [(r.attempts, r.last_error) for r in matches(archive.db, "flaky")] == [(2, None)] * 2
    dead = matches(archive.db, "dead")
    assert all(r.attempts == 2 and r.next_attempt_at == later + timedelta(seconds=120) for r in dead)
    run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"], now=later + timedelta(seconds=1))
    assert len(webhook.received) == 2


def test_releases_waiting_for_the_index_are_matched_once_indexed(sqlite_archive):
    archive = sqlite_archive
    from archive.watches import run_watches

    save(archive.db, "waiting", "banjir")
    new = store(archive.db, FLOODS[:1])  # stored, queued in the outbox, not yet searchable
    first = run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"]).by_name()["waiting"]
    assert first.candidates == 0 and matches(archive.db, "waiting") == []
    index(archive)
    second = run_watches(archive.db, archive.client, archive.env["SIARAN_INDEX"]).by_name()["waiting"]
    assert second.matched == 1 and [m.article_id for m in matches(archive.db, "waiting")] == new


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory) -> dict:
    """An archive with the two sources and no index: saving a watch needs only the database."""
    from archive.db import Database

    tmp = tmp_path_factory.mktemp("watch-cli")
    env = {"SIARAN_DATA_DIR": str(tmp / "data"), "SIARAN_DATABASE_URL": f"sqlite:///{tmp / 'siaran.db'}"}
    db = Database(env["SIARAN_DATABASE_URL"])
    store(db, OLD + [("bnpt", "id", "Terorisme", "Terorisme.", wib(2024, 1, 1))])
    db.dispose()
    return env


@pytest.mark.parametrize("filters, notify, message", [
    ({"languages": ["fr"]}, None, "unknown language"),
    ({"sources": ["nope"]}, None, "unknown source"),
    ({"since": "2024-13-01"}, None, "not a date"),
    ({"since": "2024-02-01", "until": "2024-01-01"}, None, "after until"),
    ({"colour": "red"}, None, "unknown filter colour"),
    ({"has_translation": "maybe"}, None, "has_translation"),
    ({}, "mailto:x@example.org", "webhook:URL or command:CMD"),
    ({}, "webhook:ftp://example.org", "http"),
    ({}, "command:", "webhook:URL or command:CMD"),
])
def test_an_invalid_watch_is_refused_with_the_reason(filters, notify, message):
    from archive.watches import WatchError, validate

    with pytest.raises(WatchError, match=message):
        validate("w1", "banjir", filters, notify=notify, known_sources={"bnpb", "bnpt"})


def test_a_watch_without_query_or_filter_or_with_a_bad_name_or_mode_is_refused():
    from archive.watches import WatchError, validate

    for name, query, mode, message in (("w", "", "keyword", "needs a query"), ("a/b", "x", "keyword", "watch name"),
                                       ("w", "x", "fuzzy", "unknown mode")):
        with pytest.raises(WatchError, match=message):
            validate(name, query, {}, mode=mode, known_sources=set())
    spec = validate("w", "", {"sources": ["bnpt"], "has_translation": False}, known_sources={"bnpt"})
    assert spec.filters == {"sources": ["bnpt"], "has_translation": False}


def test_cli_refuses_an_invalid_watch_in_one_line_with_exit_2(cli_env):
    from archive.db import Database
    from archive.models import Watch

    for args, message in ((["--lang", "fr"], "unknown language"), (["--source", "nope"], "unknown source"),
                          (["--notify", "webhook:ftp://example.org"], "http")):
        proc = run_siaran("watch", "add", "w1", "banjir", *args, env=cli_env, check=False)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr
    db = Database(cli_env["SIARAN_DATABASE_URL"])
    with db.session() as s:
        assert s.scalar(select(Watch.id)) is None
    db.dispose()


def test_cli_adds_lists_and_removes_watches(cli_env):
    env = cli_env
    out = run_siaran("watch", "add", "floods", "banjir", "--source", "bnpb", "--lang", "id",
                     "--notify", "webhook:https://example.org/hook", env=env).stdout
    assert "/watch/floods.atom" in out
    dup = run_siaran("watch", "add", "floods", "banjir", env=env, check=False)
    assert dup.returncode == 2 and "exists" in dup.stderr
    listed = run_siaran("watch", "list", env=env, extra_env={"COLUMNS": "200"}).stdout
    assert "floods" in listed and "sources=bnpb" in listed and "never" in listed
    assert "removed watch floods" in run_siaran("watch", "remove", "floods", env=env).stdout
    gone = run_siaran("watch", "remove", "floods", env=env, check=False)
    assert gone.returncode == 2 and "no watch named" in gone.stderr


def test_feed_lists_the_matches_and_an_unknown_watch_is_404(tmp_path, meili, monkeypatch):
    from archive.watches import run_watches
    from search.api import create_app
    from siaran.config import load_settings

    with analyst_archive(tmp_path, meili, rows=OLD) as built:
        for key, value in built.env.items():
            monkeypatch.setenv(key, value)
        with TestClient(create_app(load_settings())) as api:
            saved = api.post("/watches", json={"name": "banjir", "q": "banjir", "source": ["bnpb", "bnpt"]})
            assert saved.status_code == 201 and saved.json()["feed"] == "/watch/banjir.atom"
            assert api.post("/watches", json={"name": "banjir", "q": "x"}).status_code == 409
            for body in ({"name": "x", "q": "banjir", "source": ["nope"]},
                         {"name": "y", "q": "banjir", "notify": "command:touch /tmp/pwned"},
                         {"name": "z", "q": "banjir", "since": "2024-99-01"}, {"name": "a b", "q": "banjir"}):
                response = api.post("/watches", json=body)
                assert response.status_code == 422 and response.json()["detail"], body
            assert [w["name"] for w in api.get("/watches").json()] == ["banjir"]
            empty = ET.fromstring(api.get("/watch/banjir.atom").content)
            assert empty.findall(f"{ATOM}entry") == []
            new = store(built.db, FLOODS)
            index(built)
            run_watches(built.db, built.client, built.env["SIARAN_INDEX"])
            response = api.get("/watch/banjir.atom")
            assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
            feed = ET.fromstring(response.content)
            entries = feed.findall(f"{ATOM}entry")
            assert sorted(e.find(f"{ATOM}title").text for e in entries) == ["Banjir di Demak", "Banjir hoaks"]
            assert {e.find(f"{ATOM}id").text for e in entries} == {f"urn:siaran:watch:banjir:release:{i}"
                                                                   for i in (new[0], new[2])}
            alternate = feed.find(f"{ATOM}link[@rel='alternate']").get("href")
            assert "q=banjir" in alternate and "source=bnpb" in alternate and "source=bnpt" in alternate
            assert api.get("/watch/nothing.atom").status_code == 404
