"""Small stand-ins for Scrapy collaborators, shared by unit and integration tests."""

from __future__ import annotations


class FakeStats:
    """Scrapy's stats collector, reduced to the counters pipelines increment."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] = self.values.get(key, start) + count
