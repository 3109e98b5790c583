"""Shared behaviour of discovery strategies."""

from __future__ import annotations

from urllib.parse import urljoin


class Discovery:
    def __init__(self, spider, config) -> None:
        self.spider = spider
        self.config = config
        self.language = config.language

    def url(self, path: str) -> str:
        """A path from the source entry, resolved against the (possibly overridden) base URL."""
        if path.startswith(("http://", "https://")):
            return path
        return urljoin(self.spider.source.base_url + "/", path.lstrip("/"))

    def start(self):
        raise NotImplementedError
