"""Releases selected by a full-text query: their ids from the search index (the database stays the
source of every exported value)."""

from __future__ import annotations

from collections.abc import Callable

from archive.export.request import ExportRequest


def query_ids(client, index_uid: str, req: ExportRequest) -> list[int]:
    """Ids of releases matching ``req.query`` in the search index, with the same filters (all pages).

    Only ids are fetched; the database remains the source of every exported value. The index holds no
    duplicates, so a query never selects one even with ``duplicates='include'``.
    """
    from search.queries import SearchRequest, build_filter, query_text

    sreq = SearchRequest(q=req.query, sources=req.sources, languages=req.languages, tags=req.tags,
                         since=req.since, until=req.until)
    ids: list[int] = []
    page = 1
    while True:
        result = client.index(index_uid).search(query_text(req.query), {
            "filter": build_filter(sreq), "attributesToRetrieve": ["id"], "page": page, "hitsPerPage": 1000})
        ids += [hit["id"] for hit in result["hits"]]
        if page >= result.get("totalPages", 1):
            return ids
        page += 1


def matching_ids(client_factory: Callable, req: ExportRequest) -> list[int]:
    """Compatibility wrapper: the configured index through a client factory."""
    from siaran.config import load_settings

    return query_ids(client_factory(), load_settings().index_uid, req)
