"""Parquet: typed columns (UTC timestamps, lists, revision structs), one row group at a time so memory
stays flat, each group encoded on a helper thread while the next is read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from archive.export.request import ATTACHMENT_FIELDS, REVISION_FIELDS
from archive.export.values import iso_utc_texts

# Parquet rows per row group. pyarrow needs several times a row group's size while encoding it; 5,000
# releases of ~2 KB peaked at ~+130 MB, 10,000 at ~+200 MB (benchmarks/bench_export.py).
ROW_GROUP_ROWS = 5_000
ARROW_SLICE_ROWS = 1_000  # values per Arrow conversion (see arrow_column)
DICTIONARY_COLUMNS = {"source", "language", "detected_language", "extractor", "translation_method"}


def arrow_schema(columns: list[tuple[str, str]]):
    """Typed Parquet columns: int64, float64, bool, UTC timestamps, list<string>, list<struct>."""
    import pyarrow as pa

    utc = pa.timestamp("us", tz="UTC")
    simple = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(), "time": utc,
              "list": pa.list_(pa.string())}
    revision = pa.struct([(name, simple[kind]) for name, kind in REVISION_FIELDS])
    attachment = pa.struct([(name, simple[kind]) for name, kind in ATTACHMENT_FIELDS])
    types = {**simple, "revisions": pa.list_(revision), "attachments": pa.list_(attachment)}
    return pa.schema([(name, types[kind]) for name, kind in columns])


class _ChunkSink:
    """A write-only file for pyarrow whose bytes are handed on after each row group."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._pos = 0
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self._parts.append(data)
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        data, self._parts = b"".join(self._parts), []
        return data


def _column_groups(batches: Iterable[Sequence[Sequence]], width: int, size: int) -> Iterator[list[list]]:
    """Row batches regrouped into column lists of exactly ``size`` rows (the last one shorter)."""
    pending: list[list] = [[] for _ in range(width)]
    for batch in batches:
        if not batch:
            continue
        for column, values in zip(pending, zip(*batch)):
            column.extend(values)
        while len(pending[0]) >= size:
            yield [column[:size] for column in pending]
            pending = [column[size:] for column in pending]
    if pending[0]:
        yield pending


def arrow_column(kind: str, values: list, arrow_type, pool):
    """One Parquet column of a row group, built in slices of ``ARROW_SLICE_ROWS`` values.

    Arrow grows a builder's buffer by doubling: built in one piece, a 10 MB column of bodies needed
    ~35 MB. The slices are then concatenated into one array of exactly the right size, because Parquet
    splits pages at chunk borders and the file must not depend on how it was built. Timestamps are
    handed over as ISO UTC text and parsed by Arrow in bulk: no datetime object per value.
    """
    import pyarrow as pa

    if not values:
        return pa.array([], type=arrow_type, memory_pool=pool)
    chunks = []
    for start in range(0, len(values), ARROW_SLICE_ROWS):
        part = values[start:start + ARROW_SLICE_ROWS]
        if kind == "time":
            text = pa.array(iso_utc_texts(part), type=pa.string(), memory_pool=pool)
            chunks.append(text.cast(arrow_type, memory_pool=pool))
        else:
            chunks.append(pa.array(part, type=arrow_type, memory_pool=pool))
    return chunks[0] if len(chunks) == 1 else pa.concat_arrays(chunks, memory_pool=pool)


def parquet_chunks(columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]], *,
                   row_group_rows: int = ROW_GROUP_ROWS) -> Iterator[bytes]:
    """Parquet written one row group at a time; an empty selection still carries the full schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(columns)
    sink = _ChunkSink()
    # Dictionary encoding only where values repeat: tried on unique bodies it costs time and memory.
    dictionary = [name for name, _ in columns if name.rsplit("_", 1)[0] in DICTIONARY_COLUMNS
                  or name in DICTIONARY_COLUMNS]
    # The system allocator (malloc) hands large freed blocks back to the kernel; Arrow's default
    # (mimalloc) kept them, which put a 100k-release export at ~300 MB peak RSS instead of ~230.
    pool = pa.system_memory_pool()
    writer = pq.ParquetWriter(sink, schema, use_dictionary=dictionary, memory_pool=pool)
    # Encoding and compressing a row group runs in Arrow's C++ without the GIL, so it is done on a helper
    # thread while this thread reads and converts the next group: the two overlap on two cores. At most
    # one group is being encoded while the next one is built.
    encoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parquet-encode")
    pending: Future | None = None
    try:
        for group in _column_groups(batches, len(columns), row_group_rows):
            arrays = [arrow_column(kind, values, schema.field(i).type, pool)
                      for i, ((_, kind), values) in enumerate(zip(columns, group))]
            del group
            table = pa.table(arrays, schema=schema)
            del arrays
            if pending is not None:
                pending.result()
                yield sink.take()
            pending = encoder.submit(writer.write_table, table, row_group_size=row_group_rows)
            del table
        if pending is not None:
            pending.result()
            yield sink.take()
    finally:
        if pending is not None:
            pending.exception()  # wait: the writer must not be closed while a group is being encoded
        encoder.shutdown(wait=True)
        writer.close()
    yield sink.take()
