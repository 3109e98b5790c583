"""Engine and sessions. Schema changes go through Alembic; ``open_database`` upgrades to head."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
# pg_advisory_lock key of Siaran's schema migrations (any constant shared by every Siaran process).
MIGRATION_LOCK_KEY = 0x5341524D  # "SARM"


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def make_engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        path = database_url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(database_url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # WAL lets the API read while a crawl writes.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    if database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url[len("postgresql://"):]
    return create_engine(database_url, pool_pre_ping=True)


def upgrade(database_url: str) -> None:
    """Bring the schema to head, one process at a time.

    Two commands started together on a new database would otherwise both see an empty schema and both
    run ``CREATE TABLE``; the loser fails (``index ... already exists``, ``pg_type_typname_nsp_index``).
    Under the lock the second one waits, then finds the schema at head and does nothing.
    """
    with migration_lock(database_url):
        command.upgrade(alembic_config(database_url), "head")


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite URL, or None for an in-memory database (or another backend)."""
    if not database_url.startswith("sqlite"):
        return None
    path = database_url.split("///", 1)[-1] if "///" in database_url else ""
    return Path(path) if path and path != ":memory:" else None


@contextmanager
def migration_lock(database_url: str) -> Iterator[None]:
    """Exclusive across processes for the duration of a migration: ``fcntl.flock`` on
    ``<db path>.migrate.lock`` for SQLite (the database file itself is created by the migration, and
    SQLite's own locks are taken per statement, not per migration), ``pg_advisory_lock`` for
    PostgreSQL (held by a separate session, released when it ends, also if the process dies)."""
    path = sqlite_path(database_url)
    if path is not None:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        with open(f"{path}.migrate.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return
    if database_url.startswith(("postgresql", "postgres")):
        engine = make_engine(database_url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
        finally:
            engine.dispose()
        return
    yield


class Database:
    """A migrated database: ``with db.session() as s:`` commits on success, rolls back on error."""

    def __init__(self, database_url: str, *, migrate: bool = True) -> None:
        self.url = database_url
        if migrate:
            upgrade(database_url)
        self.engine = make_engine(database_url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        s = self._sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()


_OPEN: dict[str, Database] = {}


def get_database(database_url: str | None = None) -> Database:
    """The process-wide ``Database`` for a URL, migrated once: pipelines and extensions share it."""
    if database_url is None:
        from siaran.config import load_settings

        database_url = load_settings().database_url
    if database_url not in _OPEN:
        _OPEN[database_url] = Database(database_url)
    return _OPEN[database_url]
