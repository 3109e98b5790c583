"""The listing walk in a distributed crawl: one worker walks each walked entry, once per job.

A walk (``scraper.walk``) keeps its state in the process that plans it: the slices (``WalkSlice``) its
pages fill in, what they showed, and the re-checks of what they did not show that the same process hands
out at the end of discovery (``KnownArticles.absent_from_walks``, written back by the process's own
``RecheckObserver`` like in a single-process crawl). So in a job of several workers each walked
discovery entry is walked by one worker, and its walk pages never enter the shared frontier:

* **Who walks.** The worker that parses page 1 of a walked entry (the walk starts there: it needs that
  page's links and its pager) claims the entry's walk for the job with one Redis script
  (``WalkClaims.claim``). Page 1 is fetched once per job (the job's duplicate filter), so normally the
  claim is only a guard; it matters when page 1 is parsed again: a worker killed with page 1 unfinished
  (its ledger goes back to the queue) or a frontier rebuilt after Redis lost the job.
* **With what allowance.** The walk allowance of the source (``Allocation.walk``, the same number in every
  worker) is held in Redis for the job and handed out as entries are claimed: an entry gets what its
  own pager needs (``scraper.walk.walk_need_pages``), the entry claimed last gets all that is left, so
  a source's walks together never plan more than its allowance, however many workers parse their page 1.
  A source with one walked entry (the usual case) gets the whole allowance, as in one process.
  What an entry leaves unplanned is not handed to an entry another worker already planned.
* **Where its pages go.** A request carrying a walk slice stays in the worker that planned it
  (``frontier.FrontierScheduler`` queues it in a local queue, in process); the article requests its
  pages yield go to the shared frontier like any.
* **When re-checks are handed out.** A worker hands out the schedule's due re-checks once, at its first
  idle moment (``AgencySpider.recheck_due``), together with the releases its walks found missing. A
  worker's first idle moment may come before it took any page 1 from the shared queue (another worker
  held them), so a worker waits with its due re-checks until every walked entry of the source is
  claimed in the job, or the job has nothing left to crawl (a page 1 that failed is never claimed);
  the walking worker is idle only once its walk's pages are read (``DistributedSpider.recheck_due``).
* **When the walker dies.** The claim names the worker; a claim whose worker no longer heartbeats may be
  taken over, but only by a worker that parses that page 1 again, and it gets only what is left of the
  allowance. Usually nobody does: that night's walk of the entry is lost, and with it nothing is
  written (the walk's only state is ``last_listed_at``), so the next night's walk resumes where the last
  completed one stopped. A worker marks its claims done at its first idle moment (its walk pages are
  read then) and again when it closes, so nobody walks the entry again in the job.
* **The others wait for a walk.** A walk's article requests go to the shared queue page by page, so an
  empty queue does not mean the job is done while a live worker still walks: ``worker.job_has_work``
  counts those walks, and the other workers stay to share the articles instead of closing and leaving
  the walker to fetch them alone.
"""

from __future__ import annotations

from scraper.distributed.keys import JOB_TTL, JobKeys

# KEYS[1]: the job's walk hash. ARGV: entry field, this worker, the prefix of heartbeat keys, the source's
# walk allowance, this entry's need, the number of walked entries, the hash's expiry (s).
# Returns the pages granted, or -1 when the entry is someone else's (or already this worker's).
_CLAIM = """
local holder = redis.call('HGET', KEYS[1], ARGV[1])
if holder then
  if holder == ARGV[2] or string.sub(holder, 1, 5) == 'done:' or redis.call('EXISTS', ARGV[3] .. holder) == 1 then
    return -1
  end
else
  redis.call('HINCRBY', KEYS[1], 'claimed', 1)
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSETNX', KEYS[1], 'left', ARGV[4])
local left = tonumber(redis.call('HGET', KEYS[1], 'left'))
local grant = left
if tonumber(redis.call('HGET', KEYS[1], 'claimed')) < tonumber(ARGV[6]) then
  grant = math.min(left, tonumber(ARGV[5]))
end
redis.call('HSET', KEYS[1], 'left', left - grant)
redis.call('EXPIRE', KEYS[1], ARGV[7])
return grant
"""

# KEYS[1]: the job's walk hash. ARGV: this worker, then the entry fields it claimed. Each still held by
# this worker becomes done (one taken over while this worker looked dead stays the other's).
_FINISH = """
for i = 2, #ARGV do
  if redis.call('HGET', KEYS[1], ARGV[i]) == ARGV[1] then redis.call('HSET', KEYS[1], ARGV[i], 'done:' .. ARGV[1]) end
end
return 0
"""


ENTRY_PREFIX = "entry:"  # a walked entry's field in the job's walk hash; its value is the worker walking it ...
DONE_PREFIX = "done:"  # ... or this prefix and the worker that walked it


def entry_field(index: int) -> str:
    return f"{ENTRY_PREFIX}{index}"


class WalkClaims:
    """This worker's claims on the walks of one source in one job (see the module docstring)."""

    def __init__(self, server, keys: JobKeys, spider_name: str, worker: str) -> None:
        self.server = server
        self.key = keys.walks(spider_name)
        self.alive_prefix = keys.alive(spider_name, "")
        self.worker = worker
        self.held: set[int] = set()  # discovery entry indexes this worker walks
        self._claim = server.register_script(_CLAIM)
        self._finish = server.register_script(_FINISH)

    def claim(self, index: int, *, allowance: int, need: int, entries: int) -> int | None:
        """Walk pages granted to this worker for entry ``index`` (its walk is now this worker's), or None
        when another worker walks it, walked it, or this worker already does."""
        if index in self.held:
            return None  # page 1 parsed twice in this process (a rebuilt frontier): one walk is enough
        granted = self._claim(keys=[self.key], args=[entry_field(index), self.worker, self.alive_prefix,
                                                     max(0, allowance), max(0, need), max(1, entries), JOB_TTL])
        if granted < 0:
            return None
        self.held.add(index)
        return int(granted)

    def reassert(self) -> None:
        """Redis forgot the job (restarted without persistence): this worker's walks go on in process, so
        its claims are written again before discovery starts over (else page 1, fetched again, would
        start a second walk elsewhere). The allowance left is not restored: an entry claimed for the
        first time after this gets the source's whole allowance again."""
        if self.held:
            pipe = self.server.pipeline(transaction=True)
            for index in self.held:
                pipe.hsetnx(self.key, entry_field(index), self.worker)
            pipe.expire(self.key, JOB_TTL)
            pipe.execute()

    def all_claimed(self, entries: int) -> bool:
        """Whether every one of the source's ``entries`` walked entries has been claimed in this job (its
        walk is, or was, some worker's)."""
        return int(self.server.hget(self.key, "claimed") or 0) >= entries

    def finish(self) -> None:
        """The worker is idle or closes: its walks are over (and written back by its ``RecheckObserver``);
        nobody walks these entries again in this job."""
        if self.held:
            self._finish(keys=[self.key], args=[self.worker, *(entry_field(i) for i in sorted(self.held))])
