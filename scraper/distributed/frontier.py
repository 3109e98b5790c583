"""The shared frontier: scrapy-redis's priority queue with a ledger of popped requests.

scrapy-redis pops a request out of Redis when a worker takes it; if that worker is then killed, the
request is gone (scrapy-redis issue #93 and its kin). Here a pop *moves* the request, atomically (one
Lua script), from the queue into the worker's ledger, a Redis hash. The worker removes it from the
ledger only when the request is finished: its callback has run, and the releases it produced are
written to the archive (the store writes in batches, ``pipelines/store.py``; see ``worker``). A worker
that stops heartbeating has its ledger moved back into the queue by a survivor, so its in-flight
requests are crawled by another worker.

Requests are serialised with pickle, like scrapy-redis does. Scrapy can only name callbacks that are
spider methods; Siaran's discovery strategies (``scraper.discovery``) are objects of their own, so their
callbacks are written as ``discovery:<index>:<method>`` and resolved on the worker that pops them, on its
own strategy for the same ``[[discovery]]`` entry (``spider.DistributedSpider.discovery``).

One kind of request never enters the shared queue: the pages of a listing walk (``scraper.walk``), which
carry their slice, in-process state that the worker that planned the walk reads at the end of discovery.
``FrontierScheduler`` keeps them in a local queue of that worker (``stays_local``, ``walks``).
"""

from __future__ import annotations

import heapq
import itertools
import pickle
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.utils.request import request_from_dict
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from archive.fingerprints import canonicalize_url
from scraper.discovery.base import Discovery
from scraper.distributed.keys import JobKeys
from scraper.walk import WalkSlice

TOKEN_META = "siaran_frontier_token"

# Queue a request only if its key is new to the given set (the duplicate filter, or the claimed
# article URLs): one script, so a worker killed in between cannot leave a key seen and its request lost.
_PUSH_FIRST = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# Pop the best request and keep it in the ledger under the given token, with its score (priority).
_POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
redis.call('HSET', KEYS[2], ARGV[1], top[2] .. '\\n' .. top[1])
return top[1]
"""


def callback_ref(spider, func) -> str | None:
    """How a callback is written in the queue: a spider method's name, or ``discovery:<i>:<name>``."""
    if func is None:
        return None
    owner = getattr(func, "__self__", None)
    name = getattr(func, "__name__", None)
    if owner is spider and name and getattr(spider, name, None) == func:
        return name
    if isinstance(owner, Discovery) and owner.spider is spider:
        return f"discovery:{spider.discovery_index(owner)}:{name}"
    raise ValueError(f"cannot queue the callback {func!r}: it is neither a spider nor a discovery method")


def resolve_callback(spider, ref: str | None):
    if ref is None:
        return None
    if ref.startswith("discovery:"):
        _, index, name = ref.split(":", 2)
        return getattr(spider.discovery(int(index)), name)
    return getattr(spider, ref)


def encode_request(spider, request: Request) -> bytes:
    """Like ``Request.to_dict`` + pickle, with callbacks of discovery strategies named too (and
    without ``inspect.getmembers`` over the spider for every request)."""
    data = {"url": request.url, "headers": dict(request.headers),
            "siaran_callback": callback_ref(spider, request.callback),
            "siaran_errback": callback_ref(spider, request.errback)}
    for attr in request.attributes:
        if attr not in ("callback", "errback"):
            data.setdefault(attr, getattr(request, attr))
    if type(request) is not Request:
        data["_class"] = f"{type(request).__module__}.{type(request).__name__}"
    return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)


def decode_request(spider, encoded: bytes) -> Request:
    data = pickle.loads(encoded)
    callback, errback = data.pop("siaran_callback"), data.pop("siaran_errback")
    request = request_from_dict(data)
    request.callback = resolve_callback(spider, callback)
    request.errback = resolve_callback(spider, errback)
    return request


class Ledger:
    """The requests this worker popped and has not finished, here (the objects the engine holds) and in
    Redis (so that a survivor can re-queue them). ``stored`` holds, per token, the canonical URLs of the
    releases its response produced that the store has not written yet."""

    def __init__(self, server, key: str, worker: str, spider) -> None:
        self.server = server
        self.spider = spider
        self.key = key
        self.popped: dict[str, Request] = {}
        self.stored: dict[str, set[str]] = {}
        self._tokens = (f"{worker}:{n}" for n in itertools.count())
        self._pop = server.register_script(_POP)

    def pop(self, queue_key: str) -> tuple[str, bytes] | None:
        token = next(self._tokens)
        encoded = self._pop(keys=[queue_key, self.key], args=[token])
        return (token, encoded) if encoded is not None else None

    def track(self, token: str, request: Request) -> None:
        request.meta[TOKEN_META] = token
        self.popped[token] = request

    def remember_all(self) -> None:
        """Write every request held here to the Redis ledger again (Redis lost it in a restart)."""
        if not self.popped:
            return
        entries = {token: f"{-request.priority}\n".encode() + encode_request(self.spider, request)
                   for token, request in self.popped.items()}
        self.server.hset(self.key, mapping=entries)

    def waits_for(self, token: str, canonical_url: str) -> None:
        self.stored.setdefault(token, set()).add(canonical_url)

    def finish(self, tokens: list[str]) -> None:
        if not tokens:
            return
        self.server.hdel(self.key, *tokens)
        for token in tokens:
            self.popped.pop(token, None)
            self.stored.pop(token, None)

    def __len__(self) -> int:
        return len(self.popped)


# One ledger per crawler: made by the worker extension, used by the queue the scheduler makes.
_LEDGERS: WeakKeyDictionary = WeakKeyDictionary()


def ledger_for(crawler) -> Ledger:
    ledger = _LEDGERS.get(crawler)
    if ledger is None:
        from scrapy_redis.connection import get_redis_from_settings

        settings = crawler.settings
        keys = JobKeys(settings["SIARAN_JOB"])
        worker = settings["SIARAN_WORKER_ID"]
        ledger = Ledger(get_redis_from_settings(settings), keys.ledger(crawler.spider.name, worker), worker,
                        crawler.spider)
        _LEDGERS[crawler] = ledger
    return ledger


def is_continuation(request: Request) -> bool:
    """A retry or redirect of a request a worker popped: it carries the popped request's token and was
    claimed when it was first queued."""
    return TOKEN_META in request.meta and ("retry_times" in request.meta or "redirect_times" in request.meta)


class LedgerQueue(PriorityQueue):
    """scrapy-redis's priority queue; a pop goes through the worker's ledger (see the module docstring)."""

    def push_first(self, request: Request, seen_key: str, member: str) -> bool:
        """Queue ``request`` only if ``member`` is new to ``seen_key``, atomically; whether it was."""
        if not hasattr(self, "_push_first"):
            self._push_first = self.server.register_script(_PUSH_FIRST)
        return bool(self._push_first(keys=[seen_key, self.key],
                                     args=[member, -request.priority, self._encode_request(request)]))

    def _encode_request(self, request: Request) -> bytes:
        return encode_request(self.spider, request)

    def _decode_request(self, encoded_request: bytes) -> Request:
        return decode_request(self.spider, encoded_request)

    def pop(self, timeout: int = 0) -> Request | None:
        ledger = ledger_for(self.spider.crawler)
        popped = ledger.pop(self.key)
        if popped is None:
            return None
        token, encoded = popped
        request = self._decode_request(encoded)
        ledger.track(token, request)
        return request


def stays_local(request: Request) -> bool:
    """A request only this worker may take: a listing walk's page (its meta holds the walk's slice, which
    the worker that planned the walk fills in and reads; ``walks``). Its retries and redirects carry
    the same meta, so they stay too."""
    return isinstance(request.meta.get("siaran_walk"), WalkSlice)


class LocalQueue:
    """This worker's own requests, by Scrapy priority (highest first), first in first out within one."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Request]] = []
        self._order = itertools.count()

    def push(self, request: Request) -> None:
        heapq.heappush(self._heap, (-request.priority, next(self._order), request))

    def pop(self) -> Request | None:
        return heapq.heappop(self._heap)[2] if self._heap else None

    def __len__(self) -> int:
        return len(self._heap)


class FrontierScheduler(Scheduler):
    """scrapy-redis's scheduler with the job's duplicate filter and article claims applied in the same
    Redis script as the push (``LedgerQueue.push_first``), and a local queue for walk pages.

    A request is new to the job when its fingerprint is new to scrapy-redis's duplicate filter, or, for
    the ``dont_filter`` article requests of ``AgencySpider.article_request``, when its canonical URL is
    new to the job's claims. Retries and redirects of a popped request are queued as they are. A walk
    page (``stays_local``) goes to this worker's local queue, unfiltered like in one process (a walk may
    read a page the listing's paging read too); it is taken before the shared queue, so a walk, whose
    pages follow one another, is not held up behind a night's article requests. Stats are counted
    without the ``spider`` argument Scrapy 2.13+ deprecates.
    """

    def open(self, spider) -> None:
        self.local = LocalQueue()
        super().open(spider)

    def __len__(self) -> int:
        return len(self.queue) + len(self.local)

    def has_pending_requests(self) -> bool:
        return len(self.local) > 0 or len(self.queue) > 0

    def enqueue_request(self, request: Request) -> bool:
        if stays_local(request):
            self.local.push(request)
            if self.stats:
                self.stats.inc_value("scheduler/enqueued/local")
            return True
        if is_continuation(request):
            self.queue.push(request)
        elif request.dont_filter:
            claims = JobKeys(self.spider.settings["SIARAN_JOB"]).claims(self.spider.name)
            if not self.queue.push_first(request, claims, canonicalize_url(request.url)):
                if self.stats:
                    self.stats.inc_value("siaran/claimed_by_another_worker")
                return False
        elif not self.queue.push_first(request, self.df.key, self.df.request_fingerprint(request)):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        request = self.local.pop()
        if request is not None:
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/local")
            return request
        request = self.queue.pop()
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request
