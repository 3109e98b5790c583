"""One export as a lazy stream of bytes: rows from one connection, rendered by the chosen writer."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import IO

from sqlalchemy import Table, func, select

from archive.export.csv_writer import csv_chunks
from archive.export.jsonl_writer import jsonl_chunks
from archive.export.parquet_writer import parquet_chunks
from archive.export.request import ExportError, ExportRequest, output_columns, validate_request
from archive.export.sql import (
    _attachments_by_article,
    _ids_table,
    _partitions,
    _revisions_by_article,
    database_state,
    key_count,
    release_conditions,
    release_statements,
    translation_statement,
)


def format_chunks(req: ExportRequest, columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]]
                  ) -> Iterator[bytes]:
    if req.fmt == "csv":
        return csv_chunks(columns, batches, excel=req.excel)
    if req.fmt == "jsonl":
        return jsonl_chunks(columns, batches)
    return parquet_chunks(columns, batches)


class ExportStream:
    """The bytes of one export, produced lazily from one database connection.

    Iterate it (a file, ``StreamingResponse``, a socket); afterwards ``rows`` and ``state`` tell what was
    written and the database state it came from. ``ids`` restricts the selection to releases found by the
    search index (see :func:`query_ids`). ``progress(done, total)`` is called after each batch.
    """

    def __init__(self, db, req: ExportRequest, *, ids: Iterable[int] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        validate_request(req)
        self.db = db
        self.req = req
        self.ids = None if ids is None else sorted(set(ids))
        self.progress = progress
        self.columns = output_columns(req)
        self.rows = 0
        self.total: int | None = None
        self.state: dict = {}

    def __iter__(self) -> Iterator[bytes]:
        return format_chunks(self.req, self.columns, self._batches())

    def _connect(self):
        conn = self.db.engine.connect()
        if conn.dialect.name == "postgresql":  # one snapshot for the state, the count and the rows
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        return conn

    def _load_ids(self, conn) -> Table | None:
        if self.ids is None:
            return None
        table = _ids_table()
        table.drop(conn, checkfirst=True)
        table.create(conn)
        for start in range(0, len(self.ids), 10_000):
            conn.execute(table.insert(), [{"id": i} for i in self.ids[start:start + 10_000]])
        return table

    def _batches(self) -> Iterator[list[list]]:
        with self._connect() as conn:
            try:
                yield from self._batches_on(conn)
            finally:
                conn.rollback()  # read-only; on PostgreSQL this also drops the temporary id table
                if self.ids is not None and conn.dialect.name != "postgresql":
                    _ids_table().drop(conn, checkfirst=True)

    def _state_reader(self, conn) -> Callable[[], dict]:
        """How to get :func:`database_state`: at once, or from a thread started now.

        On a SQLite file the state's ``max(fetched_at)`` scans the whole table, bodies' overflow pages
        included (a third of the time it takes to read the rows), inside a single ``sqlite3_step`` that
        releases the GIL; so it runs on its own connection beside the export. SQLite reads here are not
        one snapshot anyway (each SELECT is its own read transaction). PostgreSQL reads the state in the
        export's REPEATABLE READ snapshot, and an in-memory SQLite database exists on one connection only.
        """
        if conn.dialect.name != "sqlite" or conn.engine.url.database in (None, "", ":memory:"):
            state = database_state(conn)
            return lambda: state
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="siaran-export-state")
        future = pool.submit(self._state_on_own_connection)
        pool.shutdown(wait=False)
        return future.result

    def _state_on_own_connection(self) -> dict:
        with self.db.engine.connect() as conn:
            return database_state(conn)

    def _batches_on(self, conn) -> Iterator[list[list]]:
        state = self._state_reader(conn)
        yield from self._rows(conn)
        self.state = state()

    def _rows(self, conn) -> Iterator[list[list]]:
        ids_table = self._load_ids(conn)
        conds = release_conditions(self.req, conn.dialect.name, ids_table)
        build = release_statements if self.req.shape == "release" else translation_statement
        statements = build(self.req, conds)
        if self.progress:
            self.total = self._count(conn, statements)
        keys = key_count(self.req)
        for stmt in statements:
            remaining = None if self.req.limit is None else self.req.limit - self.rows
            if remaining is not None and remaining <= 0:
                return
            if remaining is not None:
                stmt = stmt.limit(remaining)
            # Rows stay as the driver's tuples: the writers read them column by column, and timestamps
            # keep their raw form (SQLite text) until a writer renders a whole column at once.
            for batch in _partitions(conn, stmt):
                if keys:
                    batch = self._with_histories(conn, batch, keys)
                yield batch
                self.rows += len(batch)
                if self.progress:
                    self.progress(self.rows, max(self.total or 0, self.rows))

    def _count(self, conn, statements: list) -> int:
        total = sum(conn.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar() or 0
                    for stmt in statements)
        return min(total, self.req.limit) if self.req.limit else total

    def _with_histories(self, conn, batch: Sequence[Sequence], keys: int) -> list[list]:
        """Rows without their key columns, each followed by the revision history of each key, then the
        attachments of each key (the order of ``output_columns``), as the request asks."""
        ids = [row[k] for row in batch for k in range(keys)]
        extras = ([_revisions_by_article(conn, ids)] if self.req.revisions else []) + (
            [_attachments_by_article(conn, ids)] if self.req.attachments == "text" else [])
        return [[*row[keys:], *(extra.get(row[k], []) if row[k] is not None else None
                                for extra in extras for k in range(keys))]
                for row in batch]


def export_to_stream(db, req: ExportRequest, stream: IO, *, ids: Iterable[int] | None = None,
                     progress: Callable[[int, int], None] | None = None) -> ExportStream:
    """Write one export to an open stream (binary, or text for CSV/JSONL); returns the finished
    :class:`ExportStream` (``rows``, ``state``). The caller owns the stream and its atomicity."""
    export = ExportStream(db, req, ids=ids, progress=progress)
    text = isinstance(stream, io.TextIOBase)
    if text and req.fmt == "parquet":
        raise ExportError("Parquet needs a binary stream")
    stream.writelines(chunk.decode("utf-8") if text else chunk for chunk in export)
    return export
