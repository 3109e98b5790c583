"""The source entry a probe proposes: TOML text, and writing it only when it loads.

``siaran sources add --write`` must never leave a file that ``load_sources`` rejects (every crawl would
fail on it) and never replace an operator's entry without ``--force``. So the text is validated with
``load_source_file`` in a scratch directory first, then moved into place atomically, then loaded again.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from scraper.sources import SOURCES_DIR, SourceError, extra_source_dirs, load_source_file


class EntryError(Exception):
    """The entry cannot be written; the message says why and what to do."""


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    text = str(v)
    # Literal strings keep regexes readable (no doubled backslashes) when they can.
    if "\\" in text and "'" not in text and "\n" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def _key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k)


def to_toml(entry: dict, comments: list[str] | None = None) -> str:
    """TOML for a source entry: top-level keys, ``[[discovery]]`` tables, ``[discovery.options]``,
    ``[selectors]``. Only the value types an entry uses (str, int, bool, list of str, tables)."""
    lines = [f"# {c}".rstrip() for c in comments or []]
    tables = {k: v for k, v in entry.items() if isinstance(v, dict | list) and k in ("discovery", "selectors")}
    for key, value in entry.items():
        if key not in tables and value is not None:
            lines.append(f"{_key(key)} = {_value(value)}")
    for item in entry.get("discovery", []):
        lines += ["", "[[discovery]]"]
        options = item.get("options") or {}
        lines += [f"{_key(k)} = {_value(v)}" for k, v in item.items() if k != "options" and v is not None]
        if options:
            lines += ["", "[discovery.options]"] + [f"{_key(k)} = {_value(v)}" for k, v in options.items()]
    if entry.get("selectors"):
        lines += ["", "[selectors]"] + [f"{_key(k)} = {_value(v)}" for k, v in entry["selectors"].items()]
    return "\n".join(lines) + "\n"


def target_dir() -> Path:
    """Where new entries go: the first ``SIARAN_SOURCES_DIRS`` directory when set, else ``scraper/sources``."""
    extra = extra_source_dirs()
    return extra[0] if extra else SOURCES_DIR


def write_entry(source_id: str, text: str, *, force: bool = False, directory: Path | None = None) -> Path:
    """Write ``<directory>/<source_id>.toml`` if the text loads as a source entry; returns the path."""
    directory = directory or target_dir()
    if not directory.is_dir():
        raise EntryError(f"{directory} is not a directory")
    path = directory / f"{source_id}.toml"
    if path.exists() and not force:
        raise EntryError(f"{path} already exists; review it, or pass --force to replace it")
    clash = _defined_elsewhere(source_id, path)
    if clash:
        raise EntryError(f"source '{source_id}' is already defined in {clash}; choose another --id")
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / path.name
        trial.write_text(text, encoding="utf-8")
        try:
            load_source_file(trial)
        except SourceError as exc:
            raise EntryError(f"the proposed entry does not load, nothing written: {exc}") from None
    fd, tmp = tempfile.mkstemp(prefix=f".{source_id}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    load_source_file(path)  # what every crawl will do next
    return path


def _defined_elsewhere(source_id: str, path: Path) -> Path | None:
    for directory in [SOURCES_DIR, *extra_source_dirs()]:
        other = directory / f"{source_id}.toml"
        if other.exists() and other.resolve() != path.resolve():
            return other
    return None
