"""JSON APIs that list releases with their text (Kemlu's backpanel, the BPS WebAPI).

Some agency sites cannot be read as HTML: Kemlu is a Vue single-page app whose pages are an empty shell,
BPS puts every page behind a Cloudflare challenge. Both front ends are fed by a JSON API that returns
the release text with the listing, so a release is built straight from its record, without fetching
any HTML page. Everything site-specific is declared in the source entry:

    [[discovery]]
    kind = "json_api"
    start = "/api/list?page={page}&limit={limit}"   # the list URL; {page}, {limit}, {key} are filled in
    [discovery.options]
    records = "data.publication"      # dotted path to the list of records ("data.1" indexes a list)
    total = "data.meta.filtered"      # total record count (or ``pages`` = a page-count path) to stop
    url = "/berita/{slug}"            # the release's public URL, a template over the record's fields
    title = "title"; date = "publish_date"; body = "content_detail"; external_id = "slug"

Templates take the format specs ``slug`` (lower-case, hyphenated) and ``ymd`` (ISO date as YYYY/MM/DD).
The mapping from a record to release fields is made of pure functions, tested on records.
"""

from __future__ import annotations

import json
import os
import re
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import time
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from scrapy import Request

from archive.fingerprints import canonicalize_url
from scraper.discovery.base import Discovery
from scraper.extraction.cascade import Extracted
from scraper.extraction.dates import parse_date
from scraper.extraction.html_text import html_fragment_paragraphs
from scraper.walk import WalkSlice, walkable

JAKARTA = ZoneInfo("Asia/Jakarta")
_MISSING = object()


class ApiSpecError(ValueError):
    """An invalid ``[discovery.options]`` table; the message names the option."""


@dataclass(frozen=True)
class ApiSpec:
    """What a ``json_api`` entry declares, checked once when the crawl starts."""

    list_url: str
    records: str
    url: str
    title: str
    date: str | None = None
    body: str | None = None
    external_id: str | None = None
    language_field: str | None = None
    attachments: tuple[str, ...] = ()
    total: str | None = None
    pages: str | None = None
    limit: int = 100
    first_page: int = 1
    api_base: str | None = None
    api_key_env: str | None = None
    detail_url: str | None = None
    detail_record: str | None = None
    # A stored release is re-checked through this one-record endpoint (a template over its stored record's
    # fields), when the schedule says it is due: 404/410 is a takedown observation, a record is re-read.
    recheck_url: str | None = None
    recheck_record: str | None = None
    # An API that answers a removed record with HTTP 200 names it in the body (BPS: ``status`` "OK" and
    # ``data-availability`` "not-available"): every path here must hold its value for the answer to be a
    # takedown observation. Anything else without a record proves nothing (a wrong key, a quota error).
    recheck_gone: dict[str, str] = field(default_factory=dict)
    midnight_is_date_only: bool = False
    languages: dict[str, str] = field(default_factory=dict)  # per-record language value -> 'id' | 'en'

    @classmethod
    def from_options(cls, start: str, options: dict) -> ApiSpec:
        known = set(cls.__dataclass_fields__) - {"list_url"}
        unknown = sorted(set(options) - known)
        if unknown:
            raise ApiSpecError(f"unknown json_api option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        for required in ("records", "url", "title"):
            if not options.get(required):
                raise ApiSpecError(f"json_api option '{required}' is required")
        gone = options.get("recheck_gone")
        if gone is not None and (not isinstance(gone, dict) or not options.get("recheck_url")
                                 or not all(isinstance(v, str | int | bool) for v in gone.values())):
            raise ApiSpecError("json_api option 'recheck_gone' is a table of dotted path = value (all must hold "
                               "for an answer to mean the record is gone) and needs 'recheck_url'")
        values = dict(options)
        values["attachments"] = tuple(values.get("attachments") or ())
        return cls(list_url=start, **values)


# -- pure functions ---------------------------------------------------------------------------------
def dig(data, path: str | None, default=None):
    """The value at a dotted path: ``dig(d, "data.1")`` is ``d["data"][1]``; ``default`` when absent."""
    if not path:
        return default
    value = data
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part, _MISSING)
        elif isinstance(value, list) and part.lstrip("-").isdigit() and -len(value) <= int(part) < len(value):
            value = value[int(part)]
        else:
            value = _MISSING
        if value is _MISSING:
            return default
    return value


def gone_by_rule(payload, rule: dict[str, str]) -> str | None:
    """Why an API answer says its record is gone (``recheck_gone``: every dotted path holds its value),
    or None. An empty rule never matches: only a declared answer is evidence of a takedown."""
    if not rule or not isinstance(payload, dict):
        return None
    if all(str(dig(payload, path, _MISSING)) == str(value) for path, value in rule.items()):
        return "API answered " + ", ".join(f"{path}={value}" for path, value in rule.items())
    return None


def slugify(text: str) -> str:
    """'Ekonomi Indonesia Tumbuh 5,03 Persen' -> 'ekonomi-indonesia-tumbuh-5-03-persen'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


class _RecordFormatter(string.Formatter):
    """``str.format`` over a record: dotted field names reach into nested objects, and two format specs
    shape values for URLs (``slug``, ``ymd``)."""

    def get_field(self, field_name, args, kwargs):
        value = dig(kwargs, field_name, _MISSING)
        if value is _MISSING or value is None:
            raise KeyError(field_name)
        return value, field_name

    def format_field(self, value, format_spec):
        if format_spec == "slug":
            return slugify(str(value))
        if format_spec == "ymd":
            return str(value)[:10].replace("-", "/")
        return super().format_field(value, format_spec)


def fill(template: str, values: dict) -> str | None:
    """The template filled from ``values``, or None when a field it names is missing."""
    try:
        return _RecordFormatter().format(template, **values)
    except (KeyError, IndexError, ValueError):
        return None


def _text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def record_language(record: dict, spec: ApiSpec, declared: str | None) -> str | None:
    """The entry's declared language, else the record's own language field mapped through
    ``languages`` (e.g. ``{"ind" = "id", "eng" = "en"}``), else None: the language pipeline detects it."""
    if declared:
        return declared
    raw = _text(dig(record, spec.language_field))
    if raw is None:
        return None
    return spec.languages.get(raw, raw if raw in ("id", "en") else None)


def release_url(record: dict, spec: ApiSpec, *, base_url: str) -> str | None:
    """The URL a record's release is stored under (``url``, filled from the record), or None."""
    if not isinstance(record, dict):
        return None
    path = fill(spec.url, record)
    if not path:
        return None
    return path if path.startswith(("http://", "https://")) else urljoin(base_url + "/", path.lstrip("/"))


def record_fields(record: dict, spec: ApiSpec, *, base_url: str, language: str | None) -> tuple[str, Extracted] | None:
    """The release URL and fields of one API record, or None when its URL cannot be built.

    The body is the record's HTML field turned into paragraphs. A ``midnight_is_date_only`` API (Kemlu
    sends ``2025-10-28 00:00:00`` for releases that have no time) keeps the date without a time.
    """
    url = release_url(record, spec, base_url=base_url)
    if url is None:
        return None
    found = Extracted(extractor="json_api", canonical_url=url)
    found.title = _text(dig(record, spec.title))
    found.language = record_language(record, spec, language)
    body_html = dig(record, spec.body)
    found.paragraphs = html_fragment_paragraphs(body_html) if isinstance(body_html, str) else []
    found.attachments = [urljoin(url, a) for a in (_text(dig(record, name)) for name in spec.attachments) if a]
    raw_date = _text(dig(record, spec.date))
    if raw_date:
        found.raw_date = raw_date
        parsed = parse_date(raw_date)
        if parsed:
            found.published_at, found.published_has_time = parsed.value, parsed.has_time
            if spec.midnight_is_date_only and parsed.value.astimezone(JAKARTA).time() == time(0, 0):
                found.published_has_time = False
    return url, found


def external_id(record: dict, spec: ApiSpec) -> str | None:
    return _text(dig(record, spec.external_id))


def has_next_page(page: int, *, n_records: int, seen: int, total, pages, any_new: bool, full: bool,
                  max_pages: int) -> bool:
    """Whether to ask for page ``page + 1``. Not after an empty page or a page of known records (unless
    ``--full``), not past the announced page count or once ``seen`` reached the announced total (counted,
    not computed from the limit: a server may cap the page size below what was asked)."""
    if n_records == 0 or not (any_new or full) or page >= max_pages:
        return False
    if isinstance(pages, int) and page >= pages:
        return False
    return not (isinstance(total, int) and seen >= total)


def api_base_for(api_base: str | None, base_url: str) -> str:
    """Where the API lives. The declared ``api_base`` (Kemlu: backpanel.kemlu.go.id) is used while the
    source points at the agency's own domain; when ``base_url`` points elsewhere (a mirror or replica via
    ``SIARAN_SOURCE_URL_<ID>``), the API is expected there too."""
    if not api_base:
        return base_url
    api_host = urlsplit(api_base).hostname or ""
    site_host = (urlsplit(base_url).hostname or "").removeprefix("www.")
    if api_host == site_host or api_host.endswith("." + site_host):
        return api_base.rstrip("/")
    return base_url


def api_message(payload) -> str:
    """The status/message an API put in an error answer, for the crawl report."""
    if not isinstance(payload, dict):
        return ""
    parts = [str(payload[k]) for k in ("status", "message", "error") if isinstance(payload.get(k), (str, int))]
    return ": ".join(parts)


# -- the strategy -----------------------------------------------------------------------------------
class JsonApiDiscovery(Discovery):
    """Pages through a JSON list API newest first and yields releases built from the records.

    Incremental like the HTML listings: a record whose URL the archive has (outside the re-check window)
    is skipped, and paging stops at the first page holding only known records unless ``--full``.
    """

    def start(self):
        try:
            self.spec = ApiSpec.from_options(self.config.start, self.config.options)
        except (ApiSpecError, TypeError) as exc:
            self.spider.record_error(self.spider.source.base_url, f"source entry: {exc}")
            return
        self.key = ""
        if self.spec.api_key_env:
            self.key = os.environ.get(self.spec.api_key_env, "").strip()
            if not self.key:
                # One error per missing key, however many entries (languages) of the source need it.
                flag = f"siaran/missing_api_key/{self.spec.api_key_env}"
                if self.spider.crawler.stats.get_value(flag):
                    return
                self.spider.crawler.stats.set_value(flag, 1)
                self.spider.record_error(self.api_url(self.spec.list_url, page=self.spec.first_page),
                                         f"no API key: set {self.spec.api_key_env} (the API refuses requests "
                                         "without one); nothing was crawled")
                return
        yield self.page_request(self.spec.first_page, seen=0)

    def api_url(self, template: str, **values) -> str:
        filled = template.format_map({"limit": self.spec.limit, "key": self.key or "KEY", **values})
        if filled.startswith(("http://", "https://")):
            return filled
        return urljoin(api_base_for(self.spec.api_base, self.spider.source.base_url) + "/", filled.lstrip("/"))

    def filled_url(self, filled: str) -> str:
        """``api_url`` of a template already filled from a record (its braces are literal text now)."""
        return self.api_url(filled.replace("{", "{{").replace("}", "}}"))

    def redact(self, url: str) -> str:
        """API keys travel in the URL (BPS); they must not end up in the crawl report."""
        return url.replace(self.key, "***") if self.key else url

    def page_request(self, page: int, seen: int) -> Request:
        return Request(self.api_url(self.spec.list_url, page=page), callback=self.parse_page,
                       errback=self.on_api_error, cb_kwargs={"page": page, "seen": seen}, priority=10,
                       meta={"siaran_kind": "json_api", "allow_offsite": True},
                       headers={"Accept": "application/json"})

    def on_api_error(self, failure) -> None:
        if failure.request.meta.get("siaran_gone"):
            return  # a re-check found the release gone: an observation (scraper.takedowns), not a failure
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else \
            f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
        self.spider.record_error(self.redact(failure.request.url), f"API request failed: {reason}")

    def load(self, response):
        """The decoded JSON, or None after recording why not. Bytes are decoded as JSON's UTF-8, whatever
        charset the server declares (the BPS WebAPI declares none)."""
        try:
            return json.loads(response.body)
        except ValueError:
            self.spider.record_error(self.redact(response.url), "API answer is not JSON")
            return None

    def parse_page(self, response, page: int, seen: int):
        payload = self.load(response)
        if payload is None:
            return
        records = dig(payload, self.spec.records)
        if not isinstance(records, list):
            detail = api_message(payload)
            self.spider.record_error(self.redact(response.url), f"API answer has no records at "
                                     f"'{self.spec.records}'" + (f" ({detail})" if detail else ""))
            return
        urls = []
        for record in records:
            mapped = record_fields(record, self.spec, base_url=self.spider.source.base_url, language=self.language)
            if mapped is None:
                self.spider.crawler.stats.inc_value("siaran/api_record_without_url")
                continue
            url, _ = mapped
            urls.append(url)
            if self.spider.claim(url) is not None:
                yield from self.release(record, response)
        any_new = any(not self.spider.known.is_known(url) for url in urls)
        seen += len(records)
        if page == self.spec.first_page:
            shown = self.spider.known.saw_listed(urls)
            yield from self.start_walk(len(records), shown, more=self.more(payload, page, len(records), seen))
        if has_next_page(page, n_records=len(records), seen=seen, total=dig(payload, self.spec.total),
                         pages=dig(payload, self.spec.pages), any_new=any_new, full=self.spider.full,
                         max_pages=self.config.max_pages):
            yield self.page_request(page + 1, seen)

    def more(self, payload, page: int, n_records: int, seen: int) -> bool:
        """Whether the list goes on past ``page`` (whatever the archive knows of it)."""
        return has_next_page(page, n_records=n_records, seen=seen, total=dig(payload, self.spec.total),
                             pages=dig(payload, self.spec.pages), any_new=True, full=True,
                             max_pages=self.config.max_pages)

    # -- the walk (scraper.walk): the whole list, a slice a night, where releases can be re-checked -----
    def start_walk(self, page_size: int, shown: set[int], more: bool):
        if not walkable(self.spider, self.config) or page_size == 0:
            return
        first = self.spec.first_page
        for walk in self.spider.known.plan_walk(self.language, page_size):
            if walk.start == 1:
                walk.page_shown(shown)
                walk.reached_end = not more
                if walk.wants_more():
                    yield self.walk_request(walk, first + 1, seen=page_size)
                continue
            yield self.walk_request(walk, first + walk.start - 1, seen=(walk.start - 1) * page_size)

    def walk_request(self, walk: WalkSlice, page: int, seen: int) -> Request:
        self.spider.known.spend()  # counted in tonight's re-check budget
        return Request(self.api_url(self.spec.list_url, page=page), callback=self.parse_walk,
                       errback=self.walk_failed, cb_kwargs={"walk": walk, "page": page, "seen": seen}, priority=10,
                       meta={"siaran_kind": "json_api", "siaran_walk": walk, "allow_offsite": True},
                       headers={"Accept": "application/json"}, dont_filter=True)

    def walk_failed(self, failure):
        self.on_api_error(failure)
        kwargs = failure.request.cb_kwargs
        return list(self.walk_on_after_failure(kwargs["walk"], kwargs["page"], kwargs["seen"]))

    def walk_on_after_failure(self, walk: WalkSlice, page: int, seen: int):
        """A failed page makes its slice prove nothing below it; the pages after it, addressed by number,
        are a slice of their own (``scraper.walk.rest_after_failure``)."""
        walk.failed = True
        rest = self.spider.known.resume_walk(self.language, walk, page)
        if rest is not None:
            yield self.walk_request(rest, page + 1, seen)

    def parse_walk(self, response, walk: WalkSlice, page: int, seen: int):
        payload = self.load(response)
        records = dig(payload, self.spec.records) if payload is not None else None
        if not isinstance(records, list):
            yield from self.walk_on_after_failure(walk, page, seen)
            return
        if not records:  # past the last page (pages are addressed by number)
            walk.reached_end = True
            return
        urls = []
        for record in records:
            mapped = record_fields(record, self.spec, base_url=self.spider.source.base_url, language=self.language)
            if mapped is not None:
                urls.append(mapped[0])
                if self.spider.claim(mapped[0]) is not None:  # a release the nightly paging stopped short of
                    yield from self.release(record, response)
        walk.page_shown(self.spider.known.listed_ids(urls))
        seen += len(records)
        if not self.more(payload, page, len(records), seen):
            walk.reached_end = True
        elif walk.wants_more():
            yield self.walk_request(walk, page + 1, seen)

    def release(self, record: dict, response):
        """The release of a claimed record: built here, or after fetching its detail API answer."""
        if self.spec.detail_url:
            detail = fill(self.spec.detail_url, {**record, "key": self.key or "KEY"})
            if detail:
                yield Request(self.filled_url(detail),
                              callback=self.parse_detail, errback=self.on_api_error,
                              cb_kwargs={"record": record}, meta={"allow_offsite": True})
                return
        yield from self.build(record, response)

    def recheck_request(self, article_id: int, record: dict | None, stored_url: str | None = None) -> Request | None:
        """The request re-checking a stored release through ``recheck_url``, filled from the record it was
        built from (kept with its revision); None when the entry has no such endpoint or the record lacks a
        field the template needs. The answer is observed like a page re-check (``scraper.takedowns``)."""
        if not getattr(self, "spec", None) or not self.spec.recheck_url or record is None:
            return None
        if stored_url is not None and not self.built(record, stored_url):
            return None  # another entry's record (BPS: the same id in the other language's endpoint)
        url = fill(self.spec.recheck_url, {**record, "key": self.key or "KEY"})
        if not url:
            return None
        return Request(self.filled_url(url), callback=self.parse_recheck,
                       errback=self.on_api_error, cb_kwargs={"record": record},
                       meta={"allow_offsite": True, "siaran_recheck": article_id, "siaran_api_record": True,
                             "siaran_api_gone": dict(self.spec.recheck_gone)},
                       headers={"Accept": "application/json"}, dont_filter=True)

    def built(self, record: dict, stored_url: str) -> bool:
        """Whether this entry built the release stored under ``stored_url`` from ``record``."""
        url = release_url(record, self.spec, base_url=self.spider.source.base_url)
        return url is not None and canonicalize_url(url) == canonicalize_url(stored_url)

    def parse_recheck(self, response, record: dict):
        if response.meta.get("siaran_gone"):
            return  # the answer said the record is gone (``recheck_gone``): observed by scraper.takedowns
        payload = self.load(response)
        current = dig(payload, self.spec.recheck_record) if payload is not None else None
        if not isinstance(current, dict):  # proves nothing: the observer counts it as transient
            self.spider.record_error(self.redact(response.url), f"re-check answer has no record at "
                                     f"'{self.spec.recheck_record}'")
            return
        yield from self.build({**record, **current}, response)

    def parse_detail(self, response, record: dict):
        payload = self.load(response)
        detail = dig(payload, self.spec.detail_record) if payload is not None else None
        if not isinstance(detail, dict):
            self.spider.record_error(self.redact(response.url), f"detail answer has no record at "
                                     f"'{self.spec.detail_record}'")
            return
        yield from self.build({**record, **detail}, response)

    def build(self, record: dict, response):
        mapped = record_fields(record, self.spec, base_url=self.spider.source.base_url, language=self.language)
        if mapped is None:
            return
        url, found = mapped
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        item = self.spider.item_from_fields(url, found, response, external_id=external_id(record, self.spec),
                                            raw=raw)
        if item is not None:
            yield item
