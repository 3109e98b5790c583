"""JSON Lines: one object per release, byte-identical to ``json.dumps(..., ensure_ascii=False)``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring as _json_string  # the C encoder json.dumps uses
from typing import Any

from archive.export.values import _json_text, _revisions_plain, interleave, iso_utc_texts


def json_column(kind: str, values: Sequence[Any]) -> list[str]:
    """One column's JSON values, exactly as ``json.dumps(..., ensure_ascii=False)`` writes them.

    Strings, ints and timestamps (nearly all of the bytes) go through the json module's own C string
    encoder inline; the rare kinds (floats, booleans, lists, revision histories) through ``json.dumps``.
    """
    if kind == "str":
        return ["null" if v is None else _json_string(v) for v in values]
    if kind == "time":
        return ["null" if v is None else _json_string(v) for v in iso_utc_texts(values)]
    if kind == "int":
        return ["null" if v is None else str(v) if v.__class__ is int else _json_text(v) for v in values]
    if kind == "revisions":
        return ["null" if v is None else _json_text(_revisions_plain(v)) for v in values]
    return [_json_text(v) for v in values]  # float, bool, list


def jsonl_chunks(columns: list[tuple[str, str]], batches: Iterable[Sequence[Sequence]]) -> Iterator[bytes]:
    """One JSON object per line; lists and revision histories nested, timestamps ISO 8601 UTC.

    Byte for byte what ``json.dumps(dict(zip(names, row)), ensure_ascii=False)`` gives: the keys and
    separators are the same on every line, so only the values are encoded and woven between them.
    """
    kinds = [kind for _, kind in columns]
    keys = [_json_string(name) for name, _ in columns]
    for batch in batches:
        pieces: list[Sequence[str] | str] = []
        for i, (kind, values) in enumerate(zip(kinds, zip(*batch))):
            pieces += [("{" if i == 0 else ", ") + keys[i] + ": ", json_column(kind, values)]
        yield (interleave(pieces + ["}\n"]) if batch else "").encode("utf-8")
