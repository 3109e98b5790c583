"""One per-site request rate and concurrency for every worker process together.

Scrapy's politeness (``DOWNLOAD_DELAY``, ``CONCURRENT_REQUESTS_PER_DOMAIN``) lives in each process's
download slots, and scrapy-redis shares the frontier but not the slots: N workers would hit a site N
times as hard. This downloader middleware asks Redis before each request, with one Lua script:

* **rate**: a site has a "next free start" time; a request reserves it and moves it on by
  ``SIARAN_SITE_DELAY`` seconds, so request starts to a site are at least that far apart across all
  workers (a reservation, not a poll: no request waits longer than its place in line). A worker whose
  reactor is busy may send its request a little after its turn, so a site can see two requests closer
  than the delay; over any longer window the rate holds. Also checking the last *actual* start (as
  Scrapy's per-process slots do) was tried: on a loaded 2-core machine it cut three workers from
  16-22 to 5 requests/s, since every worker's wake-up lag then adds to every gap;
* **concurrency**: a request holds a lease in the site's sorted set until its answer (or failure)
  comes back; at most ``SIARAN_SITE_CONCURRENCY`` leases at once. A lease expires after the download
  timeout plus a minute, so a killed worker's leases free themselves.

It sits last before the download handler (order 950), so retries and redirects, which come back
through the scheduler, queue up again like any request; robots.txt requests pass through it too.
The site is the URL's host and port (``netloc``): one server, as Scrapy's download slot is one host name. Times are Redis's own clock (``TIME``),
so workers on machines with skewed clocks still agree.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from typing import NamedTuple
from urllib.parse import urlsplit

from scrapy_redis.connection import get_redis_from_settings

from scraper.distributed.keys import site_keys

logger = logging.getLogger(__name__)

LEASE_META = "siaran_site_lease"
RETRY_SECONDS = 0.01  # how often a request waiting for a concurrency lease asks again

# KEYS: next-start key, leases key. ARGV: delay ms, concurrency, lease ms, token.
# Returns {milliseconds to wait before starting, start time in ms}, or {-1, now} when all leases are taken.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay, limit, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if limit > 0 and redis.call('ZCARD', KEYS[2]) >= limit then return {-1, now} end
local start = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], start + delay, 'PX', start - now + delay + 60000)
redis.call('ZADD', KEYS[2], start + lease, ARGV[4])
redis.call('PEXPIRE', KEYS[2], start - now + lease)
return {start - now, start}
"""


class Reservation(NamedTuple):
    token: str  # the lease, given back with ``SiteLimiter.release``
    wait: float  # seconds to wait before starting the request
    start_ms: int  # the reserved start, on Redis's clock


class SiteLimiter:
    """The shared limits of sites (see the module docstring); usable outside Scrapy (the tests)."""

    def __init__(self, server, delay: float, concurrency: int, lease_seconds: float, owner: str = "") -> None:
        self.server = server
        self.delay_ms = round(delay * 1000)
        self.concurrency = concurrency
        self.lease_ms = int(lease_seconds * 1000)
        self._reserve = server.register_script(_RESERVE)
        self._tokens = (f"{owner}:{n}" for n in itertools.count())

    def reserve(self, host: str) -> Reservation | None:
        """A start time and a lease for one request to ``host``, or None when the site has no free lease."""
        token = next(self._tokens)
        wait_ms, start_ms = self._reserve(keys=list(site_keys(host)),
                                          args=[self.delay_ms, self.concurrency, self.lease_ms, token])
        return None if wait_ms < 0 else Reservation(token, wait_ms / 1000, start_ms)

    async def acquire(self, host: str) -> str:
        while True:
            reserved = self.reserve(host)
            if reserved is not None:
                if reserved.wait > 0:
                    await asyncio.sleep(reserved.wait)
                return reserved.token
            await asyncio.sleep(RETRY_SECONDS)

    def release(self, host: str, token: str) -> None:
        self.server.zrem(site_keys(host)[1], token)


class SharedPoliteness:
    def __init__(self, limiter: SiteLimiter) -> None:
        self.limiter = limiter

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        limiter = SiteLimiter(get_redis_from_settings(settings), settings.getfloat("SIARAN_SITE_DELAY"),
                              settings.getint("SIARAN_SITE_CONCURRENCY"),
                              settings.getfloat("DOWNLOAD_TIMEOUT") + 60, owner=settings["SIARAN_WORKER_ID"])
        return cls(limiter)

    async def process_request(self, request, spider=None):
        host = urlsplit(request.url).netloc.lower()
        request.meta[LEASE_META] = (host, await self.limiter.acquire(host))

    def process_response(self, request, response, spider=None):
        self._release(request)
        return response

    def process_exception(self, request, exception, spider=None):
        self._release(request)

    def _release(self, request) -> None:
        lease = request.meta.pop(LEASE_META, None)
        if lease is not None:
            self.limiter.release(*lease)
