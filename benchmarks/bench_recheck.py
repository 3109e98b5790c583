"""Re-check schedule benchmark: a simulated archive over many nights, driven by the real policy.

The archive (default 100,000 releases over ten years, in seven sources) is backfilled on night 0, then
crawled every night. Every decision comes from ``scraper.recheck`` (first check, interval, budget,
signal budget, stamp comparison, ``after_check`` with takedown confirmation and restores); only the
sites are simulated. After a warm-up (longer than the longest interval) edits and takedowns are
injected at known moments during 90 measured nights:

- edits in a release's first month (a share of each day's new releases) and edits of older releases;
- takedowns of fresh and old releases, a quarter restored later; one-night outages of single pages
  (flaps); two whole-site outage nights per source (sitemap down, every answer a 5xx); 1% of all
  answers a transient 5xx; every edit a 5xx would hide is still there the next time.

Sources come in three kinds. "sitemap" sources publish a complete sitemap whose ``<lastmod>`` moves
when a release is edited (for ``--bump`` of the edits; some CMSs never update it) and from which a
removed release disappears: the cheap signals. "wordpress" sources answer ``modified_after`` on their
REST API (every edit moves ``modified_gmt``): one to three requests a night name the posts edited since
the last crawl, and its posts are walked like a listing, 100 an answer. "listing" sources only have a paginated HTML
listing (``--page-size`` releases a page, newest first): besides page 1 each night, the listing walk
(``scraper/walk.py``) reads a slice of the whole pager (``plan_walk_segments``: resuming where the last
one stopped, and walking again what failed), and a release missing from the range the answered pages
of a slice span is re-checked first (``absent_from_walk``). Every night the archive-wide budget is
shared among the sources by ``scraper.recheck.allocate`` from the counts at the night's start, as each
source's crawl computes it; walk pages and polls are requests and count against the source's share
exactly as in the crawler, and a walk page fails with the site's outages and 1% of the time: the pages
before it still prove their range, the failed page nothing, and the pages after it are read by number
as a slice of their own (``rest_after_failure``, as the spiders do), unless it was the first page of
such a slice (then the rest of the segment waits for a later night). ``--no-walk`` / ``--no-modified-after`` give the policy before these signals.

Reported: re-check requests per night (and all requests: new pages and sitemaps included), median and
95th-percentile detection delay in nights (edit: from the edit to the night its new text is stored;
takedown: from the takedown to the night it is confirmed removed; the first sighting too), what was
never detected within the run, and false alarms (an edit recorded that did not happen, a release
marked removed that was not gone on two different nights). Targets (issue 14): first-month edits
within 2 nights, older edits within 35, takedowns within 3, no false takedowns, re-checks per night
at most 5% of the archive.

    .venv/bin/python benchmarks/bench_recheck.py            # 100,000 releases, 45 + 90 nights
    .venv/bin/python benchmarks/bench_recheck.py --n 10000  # quick
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import math
import platform
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper.recheck import (
    EDITED,
    GONE,
    TRANSIENT,
    UNCHANGED,
    Allocation,
    CheckState,
    RecheckPolicy,
    SourceNeed,
    after_check,
    age_in_days,
    allocate,
    archive_budget,
    covered,
    due_horizon,
    first_check,
    queue_key,
    signal_budget,
    source_ceiling,
    stamp_changed,
    walk_spare,
)
from scraper.walk import (
    WORDPRESS_PER_PAGE,
    Listable,
    absent_from_walk,
    plan_walk_segments,
    rest_after_failure,
    walk_need_pages,
)

RESULTS = Path(__file__).parent / "results" / "recheck.md"
BASE = datetime(2024, 1, 1, 19, 0, tzinfo=UTC)  # night 0, 02:00 WIB
DAY = timedelta(days=1)
SHARES = [0.30, 0.20, 0.15, 0.12, 0.10, 0.08, 0.05]  # source sizes


def at(night: float) -> datetime:
    return BASE + night * DAY


def nights_between(start: datetime, end: datetime) -> float:
    return (end - start) / DAY


@dataclass
class Release:
    id: int
    source: int
    published: datetime
    state: CheckState
    version: int = 0  # the version the archive holds
    listed_stamp: str | None = None  # the sitemap stamp the archive last recorded
    in_sitemap: bool = True
    last_listed: datetime | None = None  # when a listing page (page 1 or the walk) last showed it
    edits: list[datetime] = field(default_factory=list)  # when the site changed the text
    stamps: list[str] = field(default_factory=list)  # sitemap stamp after each edit (None: not bumped)
    down: list[tuple[datetime, datetime | None]] = field(default_factory=list)  # takedown intervals
    flaps: list[datetime] = field(default_factory=list)  # single nights the page is down
    heap_key: int = 0


@dataclass
class Site:
    kind: str  # sitemap | wordpress | listing
    ids: list[int] = field(default_factory=list)  # in publication order, oldest first
    heap: list = field(default_factory=list)  # (next_check, id, key)
    outages: set[int] = field(default_factory=set)


class Simulation:
    def __init__(self, n: int, measured: int, warmup: int, sitemap_share: float, bump: float, seed: int, *,
                 wordpress_share: float = 0.0, page_size: int = 20, walk: bool = True,
                 modified_after: bool = True, budget_share: float = RecheckPolicy().budget_share,
                 ceiling_share: float = RecheckPolicy().ceiling_share, covered_days: float | None = None,
                 old_cap: float | None = None) -> None:
        self.rng = random.Random(seed)
        # Answers that fail get their own random streams, so that the edits and takedowns injected are the
        # same whatever the policy checks: before/after comparisons see the same events.
        self.check_rng = random.Random(seed + 1)
        self.walk_rng = random.Random(seed + 2)
        policy = RecheckPolicy(walk_nights=RecheckPolicy().walk_nights if walk else 0,
                               budget_share=budget_share, ceiling_share=ceiling_share)
        if old_cap is not None:  # the last age tier's cap
            policy = replace(policy, tiers=(*policy.tiers[:-1], (policy.tiers[-1][0], old_cap)))
        if covered_days is not None:
            policy = replace(policy, covered_old_days=covered_days)
        self.policy = policy
        self.n, self.measured, self.warmup, self.bump = n, measured, warmup, bump
        self.page_size, self.modified_after = page_size, modified_after
        self.last_night = warmup + measured
        self.releases: dict[int, Release] = {}
        self.sites: list[Site] = []
        acc = 0.0
        for share in SHARES:  # the largest sources first get the sitemap, up to sitemap_share of the archive,
            # then WordPress up to wordpress_share more; the rest have only an HTML listing
            kind = ("sitemap" if acc + share <= sitemap_share + 1e-9 else
                    "wordpress" if acc + share <= sitemap_share + wordpress_share + 1e-9 else "listing")
            self.sites.append(Site(kind))
            acc += share
        self.per_day = n / 3650
        self.requests: list[dict] = []
        self.warm: list[dict] = []  # the nights after the backfill, before events are injected
        self.edit_events: list[tuple[int, datetime, str]] = []  # release, when, "young"|"old"
        self.takedowns: list[tuple[int, datetime]] = []
        self.detected_edits: dict[tuple[int, int], float] = {}  # (release, edit index) -> night detected
        self.removed_at_night: dict[int, list[tuple[float, datetime]]] = defaultdict(list)
        self.first_seen: dict[int, list[float]] = defaultdict(list)
        self.false_edits = 0
        self.failed_checks: dict[int, list[int]] = defaultdict(list)  # release -> nights its check failed
        # release -> nights a failed walk page left its place unread (it was not seen that night)
        self.failed_walks: dict[int, list[float]] = defaultdict(list)
        self.false_takedowns = 0
        self.next_id = 1
        self.eventful: dict[int, set[int]] = defaultdict(set)  # source -> releases with an event

    # -- the archive --------------------------------------------------------------------------
    def add_release(self, published: datetime, stored_night: int) -> Release:
        rid = self.next_id
        self.next_id += 1
        source = self.rng.choices(range(len(SHARES)), weights=SHARES)[0]
        stored = at(stored_night)
        state = CheckState(article_id=rid, published_at=published, first_seen=stored,
                           next_check_at=first_check(stored, rid, published_at=published, policy=self.policy))
        release = Release(rid, source, published, state, listed_stamp=published.isoformat())
        self.releases[rid] = release
        self.sites[source].ids.append(rid)
        self.push(release)
        return release

    def push(self, release: Release) -> None:
        release.heap_key += 1
        heapq.heappush(self.sites[release.source].heap,
                       (release.state.next_check_at, release.id, release.heap_key))

    def backfill(self) -> None:
        for when in sorted(BASE - timedelta(days=self.rng.uniform(0, 3650)) for _ in range(self.n)):
            self.add_release(when, 0)

    # -- what the site shows ------------------------------------------------------------------
    def is_down(self, r: Release, moment: datetime) -> bool:
        if any(start <= moment and (end is None or moment < end) for start, end in r.down):
            return True
        return any(abs(nights_between(f, moment)) < 0.5 for f in r.flaps)

    def really_gone(self, r: Release, moment: datetime) -> bool:
        return any(start <= moment and (end is None or moment < end) for start, end in r.down)

    def site_version(self, r: Release, moment: datetime) -> int:
        return sum(1 for e in r.edits if e <= moment)

    def site_stamp(self, r: Release, moment: datetime) -> str:
        stamp = r.published.isoformat()
        for e, s in sorted(zip(r.edits, r.stamps)):
            if e <= moment and s:
                stamp = s
        return stamp

    # -- events ---------------------------------------------------------------------------------
    def inject(self) -> None:
        rng, start, end = self.rng, self.warmup, self.last_night
        old = [r for r in self.releases.values()]
        for _ in range(int(self.n * 0.005)):  # older edits, early enough to be seen within 35 nights
            r = rng.choice(old)
            self.edit(r, at(rng.uniform(start, min(end - 36, start + 55))), "old")
        for _ in range(int(self.n * 0.003)):  # takedowns of archived releases
            r = rng.choice(old)
            when = at(rng.uniform(start, end - 5))
            self.take_down(r, when)
        for _ in range(int(self.n * 0.003)):  # one-night outages of single pages
            r = rng.choice(old)
            r.flaps.append(at(rng.randint(start, end)))
            self.eventful[r.source].add(r.id)
        for site in self.sites:
            site.outages = {rng.randint(start, end) for _ in range(2)}

    def edit(self, r: Release, when: datetime, kind: str) -> None:
        r.edits.append(when)
        self.eventful[r.source].add(r.id)
        site_kind = self.sites[r.source].kind
        bumped = site_kind == "wordpress" or (site_kind == "sitemap" and self.rng.random() < self.bump)
        r.stamps.append(when.isoformat() if bumped else None)
        self.edit_events.append((r.id, when, kind))

    def take_down(self, r: Release, when: datetime) -> None:
        if r.down:
            return
        restored = when + timedelta(days=self.rng.uniform(5, 20)) if self.rng.random() < 0.25 else None
        r.down.append((when, restored))
        self.eventful[r.source].add(r.id)
        self.takedowns.append((r.id, when))

    def publish(self, night: int) -> list[Release]:
        """Releases published since the last night: fetched tonight as new (not re-checks)."""
        count = _poisson(self.rng, self.per_day)
        fresh = []
        for when in sorted(at(night - self.rng.random()) for _ in range(count)):
            r = self.add_release(when, night)
            fresh.append(r)
            if night >= self.warmup and night <= self.last_night - 5:
                if self.rng.random() < 0.15:
                    self.edit(r, r.published + timedelta(days=self.rng.uniform(0.1, 30)), "young")
                if self.rng.random() < 0.01:
                    self.take_down(r, r.published + timedelta(days=self.rng.uniform(0.1, 30)))
        return fresh

    # -- one night ----------------------------------------------------------------------------------
    def night(self, night: int) -> None:
        now = at(night)
        fresh = self.publish(night)
        counts = {"rechecks": 0, "signals": 0, "new": len(fresh), "listings": 0, "walk": 0, "polls": 0,
                  "walk_signals": 0}
        counts["per_site"] = []
        # Tonight's allocation of the archive-wide budget, from the counts at the night's start (the
        # releases stored before tonight, what is due), as each source's crawl computes it.
        new = Counter(r.source for r in fresh)
        due = [self.pop_due(site, now) for site in self.sites]
        needs = [self.need(index, site, due[index], len(site.ids) - new[index], now)
                 for index, site in enumerate(self.sites)]
        shares = allocate(needs, self.policy)
        for index, site in enumerate(self.sites):
            self.crawl_site(index, site, night, now, counts, shares[str(index)], due[index])
        counts["night"] = night - self.warmup
        counts["archive"] = len(self.releases)
        counts["budget"] = archive_budget(sum(n.size for n in needs), self.policy)
        counts["allocated"] = sum(a.total for a in shares.values())
        counts["scaled"] = any(a.granted["old"] < n.old or a.granted["walk"] < n.walk
                               for n, a in ((n, shares[n.source_id]) for n in needs))
        per_site = list(zip(needs, counts.pop("per_site"), strict=True))
        counts["max_share"] = max(c / max(1, n.size) for n, c in per_site)
        counts["max_of_ceiling"] = max(c / source_ceiling(n.size, self.policy) for n, c in per_site)
        counts["max_of_allocation"] = max(c / max(1, shares[n.source_id].total) for n, c in per_site)
        (self.requests if night > self.warmup else self.warm).append(counts)

    def pop_due(self, site: Site, now: datetime) -> list[Release]:
        """The releases of a site due tonight (off its heap; pushed back if they wait)."""
        horizon = due_horizon(now, self.policy)
        due: list[Release] = []
        heap = site.heap
        while heap and heap[0][0] <= horizon:
            _, rid, key = heapq.heappop(heap)
            r = self.releases[rid]
            if key == r.heap_key:
                due.append(r)
        return due

    def need(self, index: int, site: Site, due: list[Release], size: int, now: datetime) -> SourceNeed:
        """What ``scraper.incremental.source_needs`` counts for this site tonight."""
        confirm = sum(1 for r in due if r.state.gone_since is not None and r.state.removed_at is None)
        young = sum(1 for r in due if not (r.state.gone_since is not None and r.state.removed_at is None)
                    and age_in_days(now, r.published, r.state.first_seen) < self.policy.young_days)
        walk = 0
        if site.kind in ("listing", "wordpress"):
            page = self.page_size if site.kind == "listing" else WORDPRESS_PER_PAGE
            walk = walk_need_pages(size, page, self.policy.walk_nights, self.policy.walk_segment_pages,
                                   self.policy.walk_rewalk_share)
        new = sum(1 for rid in site.ids[-200:] if self.releases[rid].state.first_seen == now - DAY)
        return SourceNeed(str(index), size, new, confirm, young, len(due) - confirm - young, walk)

    def crawl_site(self, index: int, site: Site, night: int, now: datetime, counts: dict, share: Allocation,
                   due: list[Release]) -> None:
        budget = share.requests
        signals_left = signal_budget(budget, self.policy)
        outage = night in site.outages
        chosen: list[int] = []
        spent = 0  # requests that are not article re-checks: walk pages, modified_after polls
        if site.kind == "sitemap" and not outage:
            counts["listings"] += math.ceil(len(site.ids) / 10_000)
            # Only releases with an event can show a new stamp or leave the sitemap; every other one
            # shows what the archive recorded (the comparison below is the real one).
            for rid in sorted(self.eventful.get(index, ())):
                r = self.releases[rid]
                listed = not self.is_down(r, now)
                gone_state = r.state.gone_since is not None or r.state.removed_at is not None
                signal = listed and (stamp_changed(r.listed_stamp, self.site_stamp(r, now)) or gone_state)
                if signal and signals_left > 0:
                    signals_left -= 1
                    chosen.append(rid)
                    counts["signals"] += 1
                elif not listed and r.in_sitemap:
                    chosen.append(rid)  # left the sitemap: look now (remembered once the check proves it)
                    counts["signals"] += 1
                if listed:
                    r.in_sitemap = True
        policy = self.policy
        if site.kind == "wordpress" and self.modified_after and not outage and night > 1:
            polled, complete = self.poll_modified(index, now, chosen, counts, signals_left)
            spent += polled
            if complete:  # every edit since the last crawl is named: old releases need only a safety check
                policy = covered(self.policy)
        chosen = chosen[:budget]
        seen = set(chosen)
        due = [r for r in due if r.id not in seen]
        if site.kind in ("listing", "wordpress") and not outage:
            size = self.page_size if site.kind == "listing" else WORDPRESS_PER_PAGE
            allowance = max(share.walk, walk_spare(budget, spent + len(chosen), len(due), self.policy))
            absent, walked = self.walk(site, now, allowance, size)
            spent += walked
            counts["walk"] += walked
            absent = [rid for rid in absent if rid not in seen]
            counts["walk_signals"] += len(absent)
            counts["signals"] += len(absent)
            chosen = absent + chosen
            seen.update(absent)
            due = [r for r in due if r.id not in seen]
        due.sort(key=lambda r: queue_key(now, gone_since=r.state.gone_since, published_at=r.published,
                                         first_seen=r.state.first_seen, next_check_at=r.state.next_check_at,
                                         policy=self.policy))
        chosen = chosen[:max(0, budget - spent)]
        left = max(0, budget - spent - len(chosen))
        for r in due[left:]:  # over budget: still due tomorrow
            self.push(r)
        chosen.extend(r.id for r in due[:left])
        for rid in chosen:
            self.check(self.releases[rid], night, now, outage, policy)
        counts["rechecks"] += len(chosen)
        counts["per_site"].append(len(chosen) + spent)

    def poll_modified(self, index: int, now: datetime, chosen: list[int], counts: dict,
                      signals_left: int) -> tuple[int, bool]:
        """WordPress ``modified_after``: the posts edited since the last crawl (less a day of overlap),
        100 an answer, at most three answers; a moved stamp is a signal. Returns the requests spent and
        whether the answers named every edited post (``scraper.takedowns.poll_covers_edits``)."""
        since = now - DAY - timedelta(hours=self.policy.modified_overlap_hours)
        modified = [rid for rid in sorted(self.eventful.get(index, ()))
                    if any(since < e <= now for e in self.releases[rid].edits)]
        for rid in modified[:300]:
            r = self.releases[rid]
            if self.is_down(r, now) or signals_left <= 0 or rid in chosen:
                continue
            if stamp_changed(r.listed_stamp, self.site_stamp(r, now)):
                signals_left -= 1
                chosen.append(rid)
                counts["signals"] += 1
        requests = min(3, max(1, math.ceil(len(modified) / 100)))
        counts["polls"] += requests
        return requests, len(modified) <= 300

    def walk(self, site: Site, now: datetime, allowance: int, size: int) -> tuple[list[int], int]:
        """Tonight's page 1 and slice of the listing (or WordPress posts) walk, with the crawler's own
        functions. Returns the releases the answered pages of a slice no longer show, and the walk pages
        requested (page 1 is not counted: the nightly crawl reads it anyway)."""
        listing = [rid for rid in reversed(site.ids) if not self.is_down(self.releases[rid], now)]
        # What the archive knew when the crawl started (the crawler writes tonight's listings at its end).
        releases = [Listable(r.id, r.published, r.last_listed, r.state.last_checked_at)
                    for r in (self.releases[rid] for rid in site.ids)
                    if r.state.gone_since is None and r.state.removed_at is None]
        for rid in listing[:size]:
            self.releases[rid].last_listed = now
        if self.policy.walk_nights <= 0:
            return [], 0
        requested, absent = 0, set()
        slices = plan_walk_segments(releases, size, allowance, self.policy.walk_nights, self.policy.walk_segment_pages)
        while slices:
            walk = slices.pop(0)
            page = walk.start
            while walk.wants_more():
                shown = listing[(page - 1) * size: page * size]
                if page > 1:
                    requested += 1
                    if self.walk_rng.random() < 0.01:  # a 5xx on a walk page, after the crawl's retries
                        walk.failed = True
                        # As the spiders do: the pages after it are read by number as a slice of their
                        # own, unless this was the first page of such a slice (the site is down).
                        rest = rest_after_failure(walk, page)
                        failed_pages = 1 if rest is not None else walk.start + walk.planned - page
                        self.note_failed_pages(site, listing, page, failed_pages, size, now)
                        if rest is not None:
                            slices.insert(0, rest)
                        break
                if not shown:
                    walk.reached_end = True
                    break
                walk.page_shown(set(shown))
                if page * size >= len(listing):
                    walk.reached_end = True
                page += 1
            absent.update(absent_from_walk(releases, walk))
            if walk.answered:  # what the answered pages showed is written; the rest is walked again
                for rid in walk.listed:
                    self.releases[rid].last_listed = now
        top = set(listing[:size])
        return sorted(rid for rid in absent if rid not in top and self.releases[rid].last_listed != now), requested

    def note_failed_pages(self, site: Site, listing: list[int], start: int, planned: int, size: int,
                          now: datetime) -> None:
        """Every release of the site dated below the last page that answered, down to the end of the
        segment a failed page ended (taken-down ones included: they are no longer on the listing, but
        that is where the segment would have missed them; the boundary above the failed page too)."""
        shown = listing[(start - 1) * size: (start - 1 + planned) * size]
        if not shown:
            return
        above = (start - 1) * size - 1  # the last entry of the page that answered before it
        newest = now if above < 0 else self.releases[listing[above]].published
        oldest = self.releases[shown[-1]].published
        night = nights_between(BASE, now)
        dates = [self.releases[rid].published for rid in site.ids]  # oldest first
        for rid in site.ids[bisect.bisect_left(dates, oldest): bisect.bisect_right(dates, newest)]:
            self.failed_walks[rid].append(night)

    def check(self, r: Release, night: int, now: datetime, outage: bool, policy: RecheckPolicy) -> None:
        if outage or self.check_rng.random() < 0.01:
            outcome = TRANSIENT
        elif self.is_down(r, now):
            outcome = GONE
        else:
            version = self.site_version(r, now)
            if version > r.version:
                for i in range(r.version, version):
                    self.detected_edits[(r.id, i)] = night
                r.version, outcome = version, EDITED
            else:
                outcome = UNCHANGED
        before = r.state
        step = after_check(before, outcome, now, policy, reason="HTTP 404" if outcome == GONE else None)
        r.state = step.state
        if outcome != TRANSIENT:
            r.listed_stamp = self.site_stamp(r, now)
            r.in_sitemap = not self.is_down(r, now)
        else:
            self.failed_checks[r.id].append(night)
        if outcome == GONE and before.gone_since is None and before.removed_at is None:
            self.first_seen[r.id].append(night)
        if step.change == "removed":
            first = step.state.removed_at
            if not (self.really_gone(r, first) and self.really_gone(r, now)):
                self.false_takedowns += 1
            self.removed_at_night[r.id].append((night, first))
        self.push(r)

    def run(self) -> None:
        self.backfill()
        for night in range(1, self.warmup + 1):
            self.night(night)
        self.inject()
        for night in range(self.warmup + 1, self.last_night + 1):
            self.night(night)

    # -- results ------------------------------------------------------------------------------------
    def edit_delays(self, kind: str, site_kind: str | None = None) -> tuple[list[float], int]:
        delays, missed = [], 0
        for rid, when, k in self.edit_events:
            r = self.releases[rid]
            i = sorted(r.edits).index(when)
            if k != kind or (site_kind and self.sites[r.source].kind != site_kind):
                continue
            if when > at(self.last_night - (2 if kind == "young" else 35)):  # censored: no time left to see it
                continue
            if self.really_gone(r, when):  # edited while taken down: nothing to see until it is back
                continue
            found = self.detected_edits.get((rid, i))
            if found is None:
                missed += 1
            else:
                t = nights_between(BASE, when)
                delays.append((found - t, self.failed_between(rid, t, found)))
        return delays, missed

    def failed_between(self, rid: int, start: float, end: float) -> bool:
        """Whether, between an event and its detection, a check of the release got a server error or a
        timeout, its whole site was down (no sitemap, no walk that night), or a failed walk page left its
        place in the listing unread."""
        return bool(self.failures_between(rid, start, end))

    def failures_between(self, rid: int, start: float, end: float) -> set[str]:
        """What failed between an event and its detection (``failed_between``): "check", "outage", "walk"."""
        kinds = {"check": self.failed_checks.get(rid, ()), "outage": self.sites[self.releases[rid].source].outages,
                 "walk": self.failed_walks.get(rid, ())}
        return {kind for kind, nights in kinds.items() if any(start <= n < end for n in nights)}

    def late_takedown_causes(self, site_kind: str, target: int = 3) -> Counter:
        """Confirmed takedowns of older releases on ``site_kind`` sites later than ``target`` nights, by
        what failed first (several causes joined with "+"; "none" for a late one nothing explains)."""
        causes: Counter = Counter()
        for rid, when in self.takedowns:
            r = self.releases[rid]
            if when > at(self.last_night - 5) or self.sites[r.source].kind != site_kind:
                continue
            if nights_between(r.published, when) < 30:
                continue
            t = nights_between(BASE, when)
            marks = [n for n, _ in self.removed_at_night[rid] if n >= t]
            if marks and nights(marks[0] - t) > target:
                causes["+".join(sorted(self.failures_between(rid, t, marks[0]))) or "none"] += 1
        return causes

    def takedown_delays(self, site_kind: str | None = None, young: bool | None = None):
        confirmed, first, missed = [], [], 0
        for rid, when in self.takedowns:
            r = self.releases[rid]
            if when > at(self.last_night - 5):  # too late to be confirmed within the run
                continue
            if site_kind and self.sites[r.source].kind != site_kind:
                continue
            if young is not None and (nights_between(r.published, when) < 30) != young:
                continue
            t = nights_between(BASE, when)
            marks = [n for n, first_at in self.removed_at_night[rid] if n >= t]
            seen = [n for n in self.first_seen[rid] if n >= t]
            if marks:
                confirmed.append((marks[0] - t, self.failed_between(rid, t, marks[0])))
            else:
                missed += 1
            if seen:
                first.append((seen[0] - t, self.failed_between(rid, t, seen[0])))
        return confirmed, first, missed


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method (random has no Poisson sampler)."""
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def nights(delay: float) -> int:
    """A delay in days as the number of nightly crawls after the event (1 = the first night after it)."""
    return max(1, math.ceil(delay - 1e-9))


def stats_row(label: str, delays: list[tuple[float, bool]], missed: int, target: int | None) -> str:
    """One table row; ``delays`` are (days, a check failed with a 5xx/timeout before detection)."""
    dash = "–"
    if not delays:
        return f"| {label} | 0 | {dash} | {dash} | {dash} | {dash} | {missed} | {target or dash} | {dash} |"
    as_nights = sorted(nights(d) for d, _ in delays)
    p95 = as_nights[min(len(as_nights) - 1, math.ceil(0.95 * len(as_nights)) - 1)]
    worst = as_nights[-1]
    if target is None:
        late, ok = dash, dash
    else:
        over = [failed for d, failed in delays if nights(d) > target]
        late = f"{len(over)} ({sum(over)})"
        ok = "yes" if not over and not missed else ("yes, but for failures" if all(over) and not missed
                                                    else "no")
    return (f"| {label} | {len(delays)} | {statistics.median(as_nights):g} | {p95} | {worst} | {late} | {missed} | "
            f"{dash if target is None else f'≤ {target}'} | {ok} |")


def report(sim: Simulation, seconds: float, args) -> str:
    req = sim.requests
    rechecks = [c["rechecks"] for c in req]
    total = [c["rechecks"] + c["new"] + c["listings"] + c["walk"] + c["polls"] for c in req]
    share = [c["rechecks"] / c["archive"] for c in req]
    kinds = [k for k in ("sitemap", "wordpress", "listing") if any(s.kind == k for s in sim.sites)]
    kind_share = {k: sum(len(s.ids) for s in sim.sites if s.kind == k) / len(sim.releases) for k in kinds}
    signals = ("listing walk" if sim.policy.walk_nights > 0 else "no listing walk") + ", " + (
        "WordPress modified_after polled" if sim.modified_after else "no modified_after poll")
    lines = [
        f"## Re-check schedule: {args.n:,} releases, {args.nights} measured nights after {args.warmup} of warm-up",
        "",
        (f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()} ({platform.python_version()}), "
        f"{seconds:.0f} s. Seed {args.seed}. Sources: {len(sim.sites)}; releases on sites with a complete "
        f"sitemap whose <lastmod> moves for {args.bump:.0%} of edits {kind_share.get('sitemap', 0):.0%}, "
        f"WordPress {kind_share.get('wordpress', 0):.0%}, HTML listing only ({args.page_size} a page) "
        f"{kind_share.get('listing', 0):.0%}. **Signals: {signals}.** Policy: scraper/recheck.py defaults "
        f"(tiers {sim.policy.tiers[:-1]} + {sim.policy.tiers[-1][1]:g} days; {sim.policy.covered_old_days:g} days "
        f"past the last tier on a WordPress source whose modified_after poll answered; "
        f"budget {sim.policy.budget_share:.1%} of the whole archive shared by need, each source under "
        f"{sim.policy.ceiling_share:.0%} of its own archive; "
        f"walk a whole pager every {RecheckPolicy().walk_nights:g} nights, "
        f"takedown confirmed {sim.policy.confirm_hours:g} h after the first sighting)."),
        "",
        "### Requests per night (measured nights)",
        "",
        "| | mean | max | share of that night's archive (max) |",
        "|---|---|---|---|",
        f"| re-checks | {statistics.mean(rechecks):,.0f} | {max(rechecks):,} | {max(share):.2%} |",
        (f"| walk pages, listings and WordPress (page 1 not counted: read every night anyway) | "
        f"{statistics.mean(c['walk'] for c in req):,.0f} | {max(c['walk'] for c in req):,} | |"),
        (f"| WordPress modified_after polls | {statistics.mean(c['polls'] for c in req):,.1f} | "
        f"{max(c['polls'] for c in req):,} | |"),
        (f"| all (re-checks + walk + polls + new pages + sitemap files) | {statistics.mean(total):,.0f} | "
        f"{max(total):,} | {max(n / c['archive'] for n, c in zip(total, req, strict=True)):.2%} |"),
        (f"| of which signal-driven re-checks (walk absences) | {statistics.mean(c['signals'] for c in req):,.0f} "
        f"({statistics.mean(c['walk_signals'] for c in req):,.1f}) | {max(c['signals'] for c in req):,} "
        f"({max(c['walk_signals'] for c in req):,}) | |"),
        "",
        (f"Per source and night: re-checks + walk pages + polls at most {max(c['max_share'] for c in req):.2%} "
        f"of the source's archive, {max(c['max_of_ceiling'] for c in req):.0%} of its ceiling "
        f"({sim.policy.ceiling_share:.0%} of its archive, at least {sim.policy.budget_min}) and "
        f"{max(c['max_of_allocation'] for c in req):.0%} of its allocation. Allocated (all sources, the "
        f"leftover included): at most {max(c['allocated'] / c['budget'] for c in req):.0%} of the archive-wide "
        f"budget."),
        "",
        (f"Nights on which the needs exceeded the archive-wide budget (old re-checks or walk pages scaled "
        f"down): {sum(c['scaled'] for c in req)} of {len(req)} measured; "
        f"{sum(c['scaled'] for c in sim.warm)} of {len(sim.warm)} warm-up nights right after "
        f"the backfill of the whole archive on night 0 (re-checks then: mean "
        f"{statistics.mean(c['rechecks'] for c in sim.warm):,.0f}, max {max(c['rechecks'] for c in sim.warm):,})."),
        "",
        "### Detection delay (nights after the event until detected)",
        "",
        "| event | detected | median | p95 | worst | over target (a check, the site or a walk segment failed first) | missed | target | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    young, young_missed = sim.edit_delays("young")
    lines.append(stats_row("edit in first month", young, young_missed, 2))
    old, old_missed = sim.edit_delays("old")
    lines.append(stats_row("edit of an older release", old, old_missed, 35))
    for kind in kinds:
        d, m = sim.edit_delays("old", kind)
        lines.append(stats_row(f"  … on {kind} sites", d, m, None))
    confirmed, first, missed = sim.takedown_delays()
    lines.append(stats_row("takedown (confirmed removed)", confirmed, missed, 3))
    lines.append(stats_row("takedown (first seen gone)", first, 0, None))
    for kind in kinds:
        for young_flag, label in ((True, "in its first month"), (False, "older")):
            c, _, m = sim.takedown_delays(kind, young_flag)
            lines.append(stats_row(f"  … confirmed, {kind} site, release {label}", c, m, 3))
    late = {kind: sim.late_takedown_causes(kind) for kind in kinds if kind != "sitemap"}
    lines += [
        "",
        "Older releases' takedowns confirmed after more than 3 nights, by what failed first (a failed check of "
        "the release, a whole-site outage night, a failed walk page over its place; none: nothing failed): "
        + "; ".join(f"{kind}: " + (", ".join(f"{cause} {n}" for cause, n in sorted(c.items())) or "none late")
                    for kind, c in late.items()) + ".",
        "",
        (f"False alarms: {sim.false_edits} false edits, {sim.false_takedowns} false takedowns "
        f"({sum(len(r.flaps) for r in sim.releases.values())} one-night page outages, "
        f"{sum(len(s.outages) for s in sim.sites)} whole-site outage nights, 1% transient 5xx)."),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="releases in the archive at night 0")
    parser.add_argument("--nights", type=int, default=90, help="measured nights")
    parser.add_argument("--warmup", type=int, default=90, help="nights before events are injected (the backfill "
                        "settles into a steady schedule)")
    parser.add_argument("--sitemap-share", type=float, default=0.65, help="share of releases on sitemap sites")
    parser.add_argument("--bump", type=float, default=0.8, help="share of edits that move the sitemap <lastmod>")
    parser.add_argument("--wordpress-share", type=float, default=0.12,
                        help="share of releases on WordPress sites (after the sitemap sites)")
    parser.add_argument("--page-size", type=int, default=20, help="releases per page of an HTML listing")
    parser.add_argument("--no-walk", action="store_true", help="no listing walk (the policy before it)")
    parser.add_argument("--no-modified-after", action="store_true", help="no WordPress modified_after poll")
    parser.add_argument("--budget-share", type=float, default=RecheckPolicy().budget_share,
                        help="archive-wide nightly budget as a share of the whole archive")
    parser.add_argument("--ceiling-share", type=float, default=RecheckPolicy().ceiling_share,
                        help="per-source politeness ceiling, as a share of its own archive")
    parser.add_argument("--covered-days", type=float, default=None,
                        help="safety re-check of old releases where the modified_after poll answered (days)")
    parser.add_argument("--old-cap", type=float, default=None, help="the last age tier's cap (days)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--no-write", action="store_true", help="print only; do not append to results")
    args = parser.parse_args()
    started = time.perf_counter()
    sim = Simulation(args.n, args.nights, args.warmup, args.sitemap_share, args.bump, args.seed,
                     wordpress_share=args.wordpress_share, page_size=args.page_size, walk=not args.no_walk,
                     modified_after=not args.no_modified_after, budget_share=args.budget_share,
                     ceiling_share=args.ceiling_share, covered_days=args.covered_days, old_cap=args.old_cap)
    sim.run()
    text = report(sim, time.perf_counter() - started, args)
    print(text)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
