"""A database shared by the tests of one module, for crawls too slow to repeat per test (timeouts,
retries, several runs). Mirrors ``database_url`` in tests/conftest.py: SQLite, or a fresh PostgreSQL
database dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ADMIN_URL = os.environ.get("SIARAN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
PARAMS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def module_database(kind: str, tmp: Path) -> Iterator[str]:
    """The URL of an empty database of ``kind`` ('sqlite' or 'postgresql'), removed on exit."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'siaran.db'}"
        return
    import psycopg

    name = f"siaran_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        from archive.db import _OPEN

        for key in [u for u in _OPEN if u.endswith(name)]:
            _OPEN.pop(key).dispose()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
