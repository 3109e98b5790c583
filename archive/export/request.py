"""What an export selects and how it is checked: the request, its fields, and one-line errors.

Everything here is pure (no I/O): ``validate_request`` runs before any file or connection is opened, so bad
input never leaves anything behind.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from dataclasses import fields as dc_fields
from datetime import date, datetime

from archive.limits import SQL_INT_MAX

FORMATS = ("csv", "jsonl", "parquet")
SHAPES = ("release", "translation")
DUPLICATES = ("exclude", "include")
ATTACHMENTS = ("none", "text")  # --attachments: leave the files out, or add each release's files with their text
LANGUAGES = ("id", "en")
# name -> (Article attribute, kind). The kind decides the Parquet type and the text rendering.
FIELD_SPECS: dict[str, tuple[str, str]] = {
    "id": ("id", "int"),
    "source": ("source_id", "str"),
    "language": ("language", "str"),
    "detected_language": ("detected_language", "str"),
    "published_at": ("published_at", "time"),
    "published_has_time": ("published_has_time", "bool"),
    "updated_at": ("updated_at", "time"),
    "title": ("title", "str"),
    "subtitle": ("subtitle", "str"),
    "author": ("author", "str"),
    "tags": ("tags", "list"),
    "url": ("url", "str"),
    "canonical_url": ("canonical_url", "str"),
    "image_url": ("image_url", "str"),
    "external_id": ("external_id", "str"),
    "body": ("body", "str"),
    "content_hash": ("content_hash", "str"),
    "duplicate_of": ("duplicate_of_id", "int"),
    "duplicate_similarity": ("duplicate_similarity", "float"),
    "revision_count": ("revision_count", "int"),
    "last_edited_at": ("last_edited_at", "time"),  # change tracking: the agency's last edit we noticed
    "removed_at": ("removed_at", "time"),  # first seen gone from the agency's site (confirmed a night later)
    "first_seen": ("first_seen", "time"),
    "last_seen": ("last_seen", "time"),
    "fetched_at": ("fetched_at", "time"),
    "http_status": ("http_status", "int"),
    "extractor": ("extractor", "str"),
}
ALL_FIELDS = list(FIELD_SPECS)
DEFAULT_FIELDS = ["id", "source", "language", "published_at", "title", "url", "body"]
REVISION_FIELDS = (("fetched_at", "time"), ("title", "str"), ("body", "str"), ("content_hash", "str"),
                   ("http_status", "int"), ("url", "str"))
# One exported attachment (column kind "attachments"): the file's link and metadata, its text per page.
ATTACHMENT_FIELDS = (("url", "str"), ("title", "str"), ("status", "str"), ("error", "str"), ("page_count", "int"),
                     ("language", "str"), ("ocr", "bool"), ("pages", "list"))
SIDES = (("ind", "id"), ("eng", "en"))  # column suffix (ISO 639-2, unambiguous next to "id"), language


class ExportError(ValueError):
    """Bad export input; raised before anything is written. The message is one actionable line."""


@dataclass
class ExportRequest:
    """What to export. Serialisable (``to_dict``/``from_dict``): the manifest stores it verbatim."""

    fmt: str = "csv"
    query: str = ""
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    since: date | None = None  # inclusive, Asia/Jakarta calendar day
    until: date | None = None  # inclusive
    limit: int | None = None
    fields: list[str] = field(default_factory=lambda: list(DEFAULT_FIELDS))
    shape: str = "release"
    duplicates: str = "exclude"
    revisions: bool = False
    attachments: str = "none"  # "text": each release's attachments with their text per page (issue 18)
    excel: bool = False  # CSV with a UTF-8 BOM so Excel detects the encoding
    as_of: datetime | None = None  # only releases first seen at or before this time (set by manifests)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        d["until"] = self.until.isoformat() if self.until else None
        d["as_of"] = self.as_of.isoformat() if self.as_of else None
        return d

    @classmethod
    def from_dict(cls, data: dict) -> ExportRequest:
        known = {f.name for f in dc_fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ExportError(f"unknown request key(s) {', '.join(unknown)} in manifest")
        values = dict(data)
        try:
            for key in ("since", "until"):
                values[key] = date.fromisoformat(values[key]) if values.get(key) else None
            values["as_of"] = datetime.fromisoformat(values["as_of"]) if values.get("as_of") else None
        except (TypeError, ValueError) as exc:
            raise ExportError(f"bad date in manifest request: {exc}") from None
        return cls(**values)



def parse_fields(text: str) -> list[str]:
    """``"a,b,c"`` (or ``"all"``) from the command line or a URL into a field list."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    return list(ALL_FIELDS) if names == ["all"] else names


def validate_request(req: ExportRequest) -> None:
    """Raise :class:`ExportError` for anything that cannot be exported; performs no I/O."""
    choices = (("format", req.fmt, FORMATS), ("shape", req.shape, SHAPES),
               ("duplicates", req.duplicates, DUPLICATES), ("attachments mode", req.attachments, ATTACHMENTS))
    for what, value, allowed in choices:
        if value not in allowed:
            raise ExportError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
    if not req.fields:
        raise ExportError("no fields chosen; pass e.g. --fields id,title,body (or all)")
    unknown = [f for f in req.fields if f not in FIELD_SPECS]
    if unknown:
        raise ExportError(f"unknown field(s) {', '.join(unknown)}; `siaran export --help` lists the fields")
    if len(set(req.fields)) != len(req.fields):
        raise ExportError("a field is listed twice in --fields")
    bad_langs = [lang for lang in req.languages if lang not in LANGUAGES]
    if bad_langs:
        raise ExportError(f"unknown language(s) {', '.join(bad_langs)}; use id or en")
    if req.excel and req.fmt != "csv":
        raise ExportError("--excel applies to CSV only")
    if req.limit is not None and not 1 <= req.limit <= SQL_INT_MAX:  # a larger LIMIT is an SQL error
        raise ExportError(f"--limit must be a positive number up to {SQL_INT_MAX}")
    if req.since and req.until and req.since > req.until:
        raise ExportError(f"--since {req.since} is after --until {req.until}")
    if req.as_of is not None and req.as_of.tzinfo is None:
        raise ExportError("as_of must be a timezone-aware time")



def output_columns(req: ExportRequest) -> list[tuple[str, str]]:
    """(column name, kind) of the file, in order: what a header or a Parquet schema shows."""
    if req.shape == "release":
        cols = [(name, FIELD_SPECS[name][1]) for name in req.fields]
        cols += [("revisions", "revisions")] if req.revisions else []
        return cols + ([("attachments", "attachments")] if req.attachments == "text" else [])
    cols = [("translation_method", "str"), ("translation_score", "float")]
    for name in req.fields:  # side by side: title_ind, title_eng, body_ind, body_eng ...
        cols += [(f"{name}_{suffix}", FIELD_SPECS[name][1]) for suffix, _ in SIDES]
    if req.revisions:
        cols += [(f"revisions_{suffix}", "revisions") for suffix, _ in SIDES]
    if req.attachments == "text":
        cols += [(f"attachments_{suffix}", "attachments") for suffix, _ in SIDES]
    return cols
