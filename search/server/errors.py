"""What can go wrong with the Meilisearch server; each message says what to do."""

from __future__ import annotations


class MeilisearchError(RuntimeError):
    """Something about the Meilisearch server is wrong; the message says what and what to do."""


class MeilisearchUnavailable(MeilisearchError):
    """No server to talk to: no binary to start one, or (``start=False``) none running."""


class MeilisearchStartError(MeilisearchError):
    """A local server was started but died or never answered ``/health``."""
