"""The Redis keys of a distributed crawl, in one place.

A *job* is one distributed crawl (``night-2026-12-05`` by default). Everything of a job lives under
``siaran:<job>:`` and expires ``JOB_TTL`` seconds after the last worker touched it, so a night's
frontier and duplicate filter never need cleaning up by hand. Per-site politeness is not per job: two
jobs crawling one site share its limits (``siaran:site:<host>:``).
"""

from __future__ import annotations

from dataclasses import dataclass

JOB_TTL = 48 * 3600


@dataclass(frozen=True)
class JobKeys:
    job: str

    def _key(self, spider: str, what: str) -> str:
        return f"siaran:{self.job}:{spider}:{what}"

    def queue(self, spider: str) -> str:
        """The shared frontier (a scrapy-redis priority queue: a sorted set)."""
        return self._key(spider, "requests")

    def dupefilter(self, spider: str) -> str:
        """Request fingerprints seen in this job (scrapy-redis RFPDupeFilter)."""
        return self._key(spider, "dupefilter")

    def claims(self, spider: str) -> str:
        """Canonical article URLs claimed by a worker in this job (never fetched by another)."""
        return self._key(spider, "claims")

    def workers(self, spider: str) -> str:
        """The workers that joined this spider's crawl (a set of worker ids)."""
        return self._key(spider, "workers")

    def alive(self, spider: str, worker: str) -> str:
        """A worker's heartbeat: exists while the worker lives (a short TTL, refreshed)."""
        return self._key(spider, f"alive:{worker}")

    def ledger(self, spider: str, worker: str) -> str:
        """Requests a worker popped and has not finished (token -> "score\\nencoded request")."""
        return self._key(spider, f"ledger:{worker}")

    def recovered(self, spider: str) -> str:
        """URLs of requests re-queued from dead workers' ledgers (for the report and the tests)."""
        return self._key(spider, "recovered")

    def walks(self, spider: str) -> str:
        """The listing walk's claims (a hash): ``entry:<i>`` -> the worker walking the ``i``-th discovery entry
        (``done:<worker>`` once it closed), ``claimed`` entries and the walk allowance ``left`` for the job
        (``walks.WalkClaims``)."""
        return self._key(spider, "walks")

    def all(self, spider: str) -> list[str]:
        """The job-wide keys of a spider (expiry is refreshed on these)."""
        return [self.queue(spider), self.dupefilter(spider), self.claims(spider), self.workers(spider),
                self.recovered(spider), self.walks(spider)]


def site_keys(host: str) -> tuple[str, str]:
    """(next free start time in ms, leases of requests in flight) of one site, shared by all jobs."""
    return f"siaran:site:{host}:next", f"siaran:site:{host}:leases"
