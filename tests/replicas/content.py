"""Replica content: releases kept as JSON data, rendered through each agency's HTML templates.

A replica has ``articles.json`` (the releases as the agency published them) and optional *states*:
``state_v2.json`` adds and edits releases, so a test can play "the agency published more overnight".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from tests.replicas.server import Reply, Request, Site

REPLICAS = Path(__file__).parent


@dataclass
class Release:
    slug: str
    title: str
    date: str  # as displayed by the agency, e.g. "Selasa, 26 Juli 2022"
    paragraphs: list[str]
    language: str = "id"
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict) -> Release:
        known = {k: d[k] for k in ("slug", "title", "date", "paragraphs", "language") if k in d}
        return cls(**known, extra={k: v for k, v in d.items() if k not in known})


def load_releases(site_dir: Path, state: str = "v1") -> list[Release]:
    """Releases newest first. State ``v2`` applies ``state_v2.json``: ``add`` (new, on top) and ``edit``."""
    releases = [Release.from_dict(d) for d in json.loads((site_dir / "articles.json").read_text("utf-8"))]
    if state != "v1":
        change = json.loads((site_dir / f"state_{state}.json").read_text("utf-8"))
        edits = {d["slug"]: d for d in change.get("edit", [])}
        releases = [Release.from_dict({**r.__dict__, **r.extra, **edits.get(r.slug, {})}) for r in releases]
        releases = [Release.from_dict(d) for d in change.get("add", [])] + releases
    return releases


def template(site_dir: Path, name: str) -> Template:
    return Template((site_dir / name).read_text("utf-8"))


def paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(p if p.lstrip().startswith("<") else f"<p>{p}</p>" for p in paragraphs)


def paginate(items: list, page: int, per_page: int) -> tuple[list, int] | None:
    """Items of 1-based ``page`` and the page count, or None past the last page (a 404 on most sites)."""
    pages = max(1, -(-len(items) // per_page))
    if page < 1 or page > pages:
        return None
    return items[(page - 1) * per_page: page * per_page], pages


class ReleaseSite(Site):
    """A replica whose releases come from ``articles.json`` (+ states) in ``here``, with a robots.txt.
    Subclasses answer their own paths in ``route``."""

    here: Path
    robots: str = "User-agent: *\nDisallow:\n"

    def __init__(self, state: str = "v1") -> None:
        self.state = state

    def releases(self) -> list[Release]:
        return load_releases(self.here, self.state)

    def handle(self, request: Request) -> Reply | None:
        if request.path == "/robots.txt":
            return Reply(body=self.robots, content_type="text/plain")
        return self.route(request)

    def route(self, request: Request) -> Reply | None:
        raise NotImplementedError
