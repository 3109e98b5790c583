"""Export filtered datasets for researchers: one implementation behind ``siaran export``, the API's
``/export`` and the web page's export button.

Why it looks the way it does:

* **Streaming, flat memory.** Rows come from one database connection in batches (``yield_per``: a
  server-side cursor on PostgreSQL), only the chosen columns are read (no ORM objects), and each format
  is a generator of ``bytes`` chunks, so a file, an HTTP response or a pipe can consume it. Parquet is
  written one row group at a time.
* **Fast.** Rows stay the driver's tuples; each batch is rendered a column at a time (one comprehension
  per column, SQLite's timestamp text rewritten with slices, one ``join`` per batch), and the sha256 and
  the file writes run on a thread while the next batch is rendered (see ``benchmarks/bench_export.py``).
* **Deterministic.** Rows are ordered by (published_at, id), NULL dates last on every backend, so the
  same selection on the same archive gives a byte-identical file, and the manifest's sha256 proves it.
* **Reproducible.** ``run_export`` writes ``OUT.manifest.json`` beside the file: the full request, the
  database state (latest fetch time, counts), the row count, the file's sha256, the Siaran version.
  Re-running a manifest pins ``as_of`` to that state time, so releases crawled later do not enter the
  selection; a different sha256 then means releases in it were edited (or the search index changed).
* **Nothing half-written.** Bad input raises :class:`ExportError` before any I/O; files are written to a
  temporary name in the target folder and renamed only when complete.

Modules, one concept each: ``request`` (what to export, validation), ``sql`` (the SELECTs and batches),
``values`` (rendering shared by the writers), ``csv_writer`` / ``jsonl_writer`` / ``parquet_writer``,
``stream`` (one export as bytes), ``search_ids`` (a query's ids from the index), ``manifest``,
``background`` (hashing and writing on a thread), ``partfiles`` (the destination and its ``.part`` file)
and ``run`` (``run_export``). Everything public is importable from ``archive.export``.
"""

from archive.export.background import HashingWriter
from archive.export.csv_writer import UTF8_BOM, csv_chunks, csv_column, csv_lines, csv_text
from archive.export.jsonl_writer import json_column, jsonl_chunks
from archive.export.manifest import (
    MANIFEST_SUFFIX,
    MANIFEST_VERSION,
    build_manifest,
    default_rerun_path,
    load_manifest,
    manifest_path_for,
    request_from_manifest,
)
from archive.export.parquet_writer import (
    ARROW_SLICE_ROWS,
    DICTIONARY_COLUMNS,
    ROW_GROUP_ROWS,
    arrow_column,
    arrow_schema,
    parquet_chunks,
)
from archive.export.partfiles import check_output
from archive.export.request import (
    ALL_FIELDS,
    DEFAULT_FIELDS,
    DUPLICATES,
    FIELD_SPECS,
    FORMATS,
    LANGUAGES,
    REVISION_FIELDS,
    SHAPES,
    SIDES,
    ExportError,
    ExportRequest,
    output_columns,
    parse_fields,
    validate_request,
)
from archive.export.run import ExportResult, run_export, validate
from archive.export.search_ids import matching_ids, query_ids
from archive.export.sql import (
    BATCH_ROWS,
    JAKARTA,
    database_state,
    key_count,
    release_conditions,
    release_statements,
    translation_statement,
)
from archive.export.stream import ExportStream, export_to_stream, format_chunks
from archive.export.values import interleave, iso_utc_texts, utc_value

_HashingWriter = HashingWriter  # the name it had before the package split

__all__ = [
    "ALL_FIELDS", "ARROW_SLICE_ROWS", "BATCH_ROWS", "DEFAULT_FIELDS", "DICTIONARY_COLUMNS", "DUPLICATES",
    "FIELD_SPECS", "FORMATS", "JAKARTA", "LANGUAGES", "MANIFEST_SUFFIX", "MANIFEST_VERSION", "REVISION_FIELDS",
    "ROW_GROUP_ROWS", "SHAPES", "SIDES", "UTF8_BOM", "ExportError", "ExportRequest", "ExportResult",
    "ExportStream", "HashingWriter", "arrow_column", "arrow_schema", "build_manifest", "check_output",
    "csv_chunks", "csv_column", "csv_lines", "csv_text", "database_state", "default_rerun_path",
    "export_to_stream", "format_chunks", "interleave", "iso_utc_texts", "json_column", "jsonl_chunks",
    "key_count", "load_manifest", "manifest_path_for", "matching_ids", "output_columns", "parquet_chunks",
    "parse_fields", "query_ids", "release_conditions", "release_statements", "request_from_manifest",
    "run_export", "translation_statement", "utc_value", "validate", "validate_request",
]
