"""Workers starting together race to create their source's row (the CI failure of a three-worker crawl on
PostgreSQL: ``duplicate key value violates unique constraint "sources_pkey"``). The loser must go on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Source
from pipelines import store
from tests.integration.module_database import PARAMS, module_database

SOURCE = SimpleNamespace(id="benchgen", name="Generated site", base_url="http://127.0.0.1:1", languages=["id"])


@pytest.fixture(params=PARAMS)
def db(request, tmp_path):
    with module_database(request.param, tmp_path) as url:
        database = Database(url)
        yield database
        database.dispose()


def test_the_worker_that_loses_the_insert_race_goes_on(db, monkeypatch):
    real = store.ensure_source
    calls = []

    def lose_the_race(session, source):
        calls.append(source.id)
        if len(calls) == 1:
            # Another worker commits the row after this one looked and found nothing.
            with db.session() as other:
                other.add(Source(id=source.id, name="stale name", base_url="http://old", languages=["en"]))
            session.add(Source(id=source.id, name=source.name, base_url=source.base_url,
                               languages=source.languages))
            return
        real(session, source)

    monkeypatch.setattr(store, "ensure_source", lose_the_race)
    store.open_source(db, SOURCE)

    assert len(calls) == 2
    with db.session() as s:
        rows = s.scalars(select(Source)).all()
        assert [(r.id, r.name, r.base_url, r.languages) for r in rows] == [
            ("benchgen", "Generated site", "http://127.0.0.1:1", ["id"])]


def test_a_source_row_is_created_and_then_kept_in_line(db):
    store.open_source(db, SOURCE)
    store.open_source(db, SimpleNamespace(**{**vars(SOURCE), "name": "Renamed"}))
    with db.session() as s:
        assert [r.name for r in s.scalars(select(Source))] == ["Renamed"]
