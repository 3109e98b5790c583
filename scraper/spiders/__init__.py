"""One spider per source entry, generated from ``scraper/sources/*.toml``: ``scrapy crawl bnpt`` works."""

from __future__ import annotations

from importlib import import_module

from scraper.sources import load_sources
from scraper.spiders.agency import AgencySpider


def _spider_base(dotted: str | None) -> type[AgencySpider]:
    if not dotted:
        return AgencySpider
    module, _, name = dotted.rpartition(".")
    return getattr(import_module(module), name)


def _class_name(source_id: str) -> str:
    return "".join(part.title() for part in source_id.split("_")) + "Spider"


def make_spider_class(source) -> type[AgencySpider]:
    return type(_class_name(source.id), (_spider_base(source.spider),),
                {"name": source.id, "source": source, "__module__": __name__})


def spider_class(source_id: str) -> type[AgencySpider]:
    """The registered spider class of a source (what ``scrapy crawl <source_id>`` runs)."""
    return globals()[_class_name(source_id)]


for _source in load_sources().values():
    globals()[_class_name(_source.id)] = make_spider_class(_source)
del _source
