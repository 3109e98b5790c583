"""The Meilisearch connection: resolved once from settings (external ``MEILI_URL`` or the local instance)."""

from __future__ import annotations

import meilisearch

from siaran.config import Settings, load_settings


class SearchUnavailable(RuntimeError):
    """Meilisearch cannot be reached; stored releases are safe and ``siaran index`` catches up later."""


def connect(settings: Settings | None = None, *, start: bool = True) -> meilisearch.Client:
    """A client for the configured Meilisearch; starts (or reuses) the local one when allowed."""
    from search.server import MeilisearchError, is_healthy, resolve_meilisearch

    settings = settings or load_settings()
    try:
        endpoint = resolve_meilisearch(settings.data_dir, start=start)
    except MeilisearchError as exc:
        raise SearchUnavailable(str(exc)) from None
    if not is_healthy(endpoint.url):
        raise SearchUnavailable(f"Meilisearch at {endpoint.url} is not answering")
    return meilisearch.Client(endpoint.url, endpoint.api_key, timeout=30)
