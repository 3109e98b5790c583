"""One request to a Meilisearch on a fresh connection, and whether it is healthy."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import httpx


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _get(url: str, path: str, *, api_key: str | None = None, timeout: float = 1.0) -> httpx.Response:
    """One GET on a fresh connection.

    A kept-alive connection to Meilisearch was measured at ~48 ms per request instead of ~3 ms (Nagle on
    the server meets delayed ACK on the client), so every call opens and closes its own connection.
    Proxy variables are ignored for loopback URLs: a local server is never behind a proxy.
    """
    headers = {"Connection": "close"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    with httpx.Client(timeout=timeout, trust_env=not _is_loopback(url)) as client:
        return client.get(url.rstrip("/") + path, headers=headers)


def is_healthy(url: str, timeout: float = 1.0) -> bool:
    """True if the Meilisearch at ``url`` answers ``/health`` with status "available"."""
    try:
        response = _get(url, "/health", timeout=timeout)
        return response.status_code == 200 and response.json().get("status") == "available"
    except (httpx.HTTPError, httpx.InvalidURL, ValueError, AttributeError):
        return False
