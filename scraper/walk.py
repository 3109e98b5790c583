"""The listing walk: a listing's whole pager, a slice a night, to notice releases that quietly left it.

A listing-only site gives no cheap sign that an old release was taken down: the nightly crawl reads
only the first page or two, and the re-check schedule reaches an old release once a month. A site's
pager, however, shows every release it still publishes, ten to a hundred per request. So each night the
crawl walks a slice of the pager, resuming where the previous night's walk stopped, and every release a
listing shows gets ``Article.last_listed_at``. The slice is the walk's own allowance in the nightly
allocation (``scraper.recheck.allocate``): the whole pager every ``walk_nights`` nights (``walk_need``,
which every process can compute from a source's configuration and its stored releases).

**Where a slice starts.** The walk's only state is ``last_listed_at``, written for page 1 every night and
for every page of a slice that answered (the pages before a failure included). The deepest release the
last walk showed (the oldest by publication) gives the page to resume on, counting one page back so
consecutive slices overlap (pages shift by a few entries between nights); what a failed page left
unread is walked again the next night. A night's walk that reaches the last page goes on from page 1
with the pages left, and the next night resumes below what it showed there (``resume_page``), so no
part of the pager waits longer than ``walk_nights`` nights because a pass ended mid-night.

**Segments.** Tonight's pages are walked as independent segments of at most ``walk_segment_pages``
(consecutive segments share a page), each started on a page addressed by its number: a server error on
one page then costs the rest of its segment, not the whole night (``walk_segments``). What a failed
page left behind (releases last listed before their neighbours on both sides) is walked again the next
night with what the allowance leaves (``gap_segments``, ``plan_walk_segments``).

**What a slice proves.** A segment's pages are requested one after the other through the pager's own
links, the next only once the last answered with article links; an error or a page without links ends
the segment. So the pages that answered are always one run of consecutive pages of one night's pager,
from the segment's first page on. Listings run newest first, so a stored release published strictly
between the newest and the oldest release that run showed (or newer than all, when it began on page 1;
older than all, when the segment completed at the end the archive predicts) should have been on it:
each page proves the range between its own first and last entry, and two consecutive pages the range
between them. If it was not, and it newly went missing (the previous walk over that part still showed
it, or no re-check has looked at it since a listing last did), it moves to the front of tonight's
re-check queue (``absent_from_walk``). That is only a reason to look: the takedown rule itself (two
observations on different nights) is unchanged. A failed page proves nothing, nor does the boundary
between it and the last page that answered (a release there may sit on the failed page), nor what
pages from different segments or nights showed (the pager shifts between them as releases come and
go); a segment no page of which answered signals nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


@dataclass(frozen=True)
class Listable:
    """A stored release as the walk sees it: where it sorts, when a listing and a re-check last saw it."""

    article_id: int
    published_at: datetime | None
    last_listed_at: datetime | None
    last_checked_at: datetime | None


@dataclass
class WalkSlice:
    """Tonight's slice of one listing's pager: planned, then filled in as its pages arrive."""

    start: int  # 1-based page number of the first page
    planned: int  # how many pages (including the first)
    expected_pages: int = 1  # the pager's length the archive predicts
    fetched: int = 0
    listed: set[int] = field(default_factory=set)  # article ids the slice's pages showed
    reached_end: bool = False
    failed: bool = False
    resumed: bool = False  # the rest of a slice whose page failed (``rest_after_failure``)

    @property
    def complete(self) -> bool:
        """Every page answered with links, up to the planned length or to the pager's end."""
        return not self.failed and self.fetched > 0 and (self.reached_end or self.fetched >= self.planned)

    @property
    def answered(self) -> bool:
        """At least one page answered with links: ``listed`` is then what a run of consecutive pages
        from ``start`` showed (pages are requested one after the other and the first failure ends
        the segment), the evidence ``absent_from_walk`` reads, failed segment or not."""
        return self.fetched > 0 and bool(self.listed)

    def page_shown(self, article_ids: set[int]) -> None:
        self.fetched += 1
        self.listed |= article_ids

    def wants_more(self) -> bool:
        return not (self.failed or self.reached_end) and self.fetched < self.planned

    @property
    def to_the_end(self) -> bool:
        """The slice reached the pager's last page, and that page is where the archive expects the end:
        a pager that stops early (a CMS that offers 100 pages of 150) hides releases rather than losing
        them, so an end much earlier than predicted proves nothing about the releases below it."""
        return self.reached_end and self.start + self.fetched >= self.expected_pages


def rest_after_failure(walk: WalkSlice, failed_page: int) -> WalkSlice | None:
    """The pages of ``walk`` after its failed page ``failed_page``, as a slice of its own: a pager
    addressed by number does not need the failed page's "next" link, so one page that still failed after
    the crawl's retries costs its own stretch (walked again later: ``gap_segments``), not the rest of
    its segment. None when nothing is left, or when the first page of a resumed slice failed too (a site
    failing page after page is down: no more requests tonight)."""
    if walk.resumed and walk.fetched == 0:
        return None
    left = walk.start + walk.planned - (failed_page + 1)
    if left <= 0 or walk.reached_end:
        return None
    return WalkSlice(start=failed_page + 1, planned=left, expected_pages=walk.expected_pages, resumed=True)


def walkable(spider, config) -> bool:
    """Whether a listing or the WordPress posts of ``source`` are walked: only where nothing else tells
    what left the site (no sitemap), and where no other discovery of the same language finds releases
    this one never shows (they would look absent from it). All of a WordPress's posts include what its
    category listings show; a listing is walked only when it is the language's only way in. A spider
    with ``walks_listings`` False does not walk; one with a ``claim_walk`` (a worker of a distributed
    crawl, ``scraper.distributed.walks``) walks what it claims."""
    if not any(c is config for c in walk_configs(spider.source)):
        return False
    claim = getattr(spider, "claim_walk", None)
    return bool(claim(config)) if claim is not None else bool(getattr(spider, "walks_listings", False))


def walk_configs(source) -> list:
    """The discovery entries of ``source`` that are walked (``walkable`` less the spider's own say):
    every process can tell from the source's configuration alone, which the nightly budget's
    allocation needs for the other sources' walk allowances."""
    if any(c.kind == "sitemap" for c in source.discovery):
        return []
    walked = []
    for config in source.discovery:
        if config.kind not in ("listing", "wp_api", "json_api") or (config.kind == "wp_api" and config.options.get(
                "categories")) or (config.kind == "json_api" and not config.options.get("recheck_url")):
            continue  # an API's releases are walked only where they can be re-checked (``recheck_url``)
        others = ("wp_api", "json_api") if config.kind == "wp_api" else ("listing", "wp_api", "json_api")
        if not any(c is not config and c.kind in others
                   and (c.language is None or config.language is None or c.language == config.language)
                   for c in source.discovery):
            walked.append(config)
    return walked


WORDPRESS_PER_PAGE = 100  # the WordPress REST API's maximum, what ``wp_api`` asks for unless told otherwise


def assumed_page_size(config, default: int) -> int:
    """Releases per page of a walked pager, as known before its first page is read: a WordPress source's
    ``per_page``; an HTML listing's ``page_size`` option, else ``default`` (``walk_page_size``)."""
    if config.kind == "wp_api":
        return int(config.options.get("per_page", WORDPRESS_PER_PAGE))
    if config.kind == "json_api":
        return int(config.options.get("limit", 100))
    return int(config.options.get("page_size", default))


def walk_need_pages(listable: int, page_size: int, walk_nights: float, segment_pages: int = 0,
                    rewalk_share: float = 0.0) -> int:
    """Pages a night that walk a pager of ``listable`` releases whole every ``walk_nights`` nights
    (``walk_pages`` with nothing else limiting it), plus ``rewalk_share`` of that for walking again the
    segments that failed on earlier nights (``gap_segments``)."""
    if walk_nights <= 0:
        return 0
    pages = walk_pages(listed_page_count(listable, page_size), 1 << 30, walk_nights, segment_pages)
    return pages + math.ceil(rewalk_share * pages - 1e-9)


def walk_need(source, listable_by_language: dict[str | None, int], default_page_size: int,
              walk_nights: float, segment_pages: int = 0, rewalk_share: float = 0.0) -> int:
    """A source's walk allowance in pages a night: every walked pager whole every ``walk_nights`` nights.
    ``listable_by_language``: dated releases per stored language (None: undetected), as of tonight's
    start; a pager for one language lists that language's and the undetected ones."""
    pages = 0
    for config in walk_configs(source):
        listable = sum(n for lang, n in listable_by_language.items()
                       if config.language is None or lang in (None, config.language))
        pages += walk_need_pages(listable, assumed_page_size(config, default_page_size), walk_nights, segment_pages,
                                 rewalk_share)
    return pages


def listed_page_count(listable: int, page_size: int) -> int:
    """Pages of a pager that shows ``listable`` releases, ``page_size`` per page (at least one)."""
    return max(1, math.ceil(listable / max(1, page_size)))


def resume_page(releases: list[Listable], page_size: int, segment_pages: int = 0) -> int:
    """Where tonight's slice starts: the page of the deepest release the last walk's pass showed (one
    page of overlap with it), or page 1 when no walk has shown anything yet. When that pass reached the
    last page and went on from the top (``walk_segments``), it resumes below what it showed there; a
    pass that reached the last page and no more starts again at page 1. Page 1, listed every night, does
    not count. The pass is told from what else the same night walked by ``_walk_runs``."""
    dated = sorted((r for r in releases if r.published_at is not None), key=lambda r: r.published_at, reverse=True)
    size = max(1, page_size)
    below = [(rank, r) for rank, r in enumerate(dated) if rank >= size and r.last_listed_at is not None]
    if not below:
        return 1
    tolerated = (max(2, segment_pages) + 1) * size if segment_pages > 0 else 0
    runs = _walk_runs(below, max(r.last_listed_at for _, r in below), tolerated)
    total = listed_page_count(len(dated), page_size)
    deepest = max(runs, key=lambda run: (run.shown, run.last)).last  # the deepest its pass showed
    if deepest // size + 1 < total:
        return deepest // size + 1
    # It reached the end: did the same pass go on from the top? Then its run there begins within a
    # failed segment's stretch of page 2 (the releases new ones pushed off page 1 since count there too).
    top = runs[0]
    if top.stale_before > tolerated or top.last // size + 1 >= total:
        return 1
    return top.last // size + 1


@dataclass
class _Run:
    """A stretch of the pager that one walk showed: its last rank, how many releases it showed, how many
    listable releases between it and the stretch above (or page 1) that walk did not show."""

    last: int
    shown: int
    stale_before: int


def _walk_runs(below: list[tuple[int, Listable]], last: datetime, tolerated: int) -> list[_Run]:
    """The stretches of the pager the walk stamped ``last`` showed, top down. A stretch goes on over at
    most ``tolerated`` releases the walk did not show (what a failed page left unread, ``gap_segments``
    walks it again); releases off the listing (``_off_listing``) do not count. The walk's pass is the
    stretch that showed the most: what it walked again of failed pages elsewhere (a few pages each) does
    not say where the pass stopped."""
    runs: list[_Run] = []
    stale = 0
    for rank, r in below:
        if r.last_listed_at == last:
            if runs and stale <= tolerated:
                runs[-1].last, runs[-1].shown = rank, runs[-1].shown + 1
            else:
                runs.append(_Run(rank, 1, stale))
            stale = 0
        elif not _off_listing(r):
            stale += 1
    return runs


def _off_listing(release: Listable) -> bool:
    """A release a listing stopped showing that a re-check has looked at since (still online, or being
    confirmed gone): not a gap in what the last walk showed."""
    return release.last_listed_at is None or (release.last_checked_at is not None
                                              and release.last_checked_at > release.last_listed_at)


def walk_segments(start: int, pages: int, segment_pages: int, expected_pages: int) -> list[WalkSlice]:
    """Tonight's ``pages`` from page ``start`` as segments of at most ``segment_pages`` pages, each
    sharing its first page with the previous one's last (so a release between them is inside one);
    none runs more than a page past where the archive expects the pager to end. Pages left when the end
    comes first go on from page 1 (down to ``start`` at most): a night's walk is always whole, so every
    part of the pager is walked every ``walk_nights`` nights, not later on the nights a pass ends."""
    segments = _segments(start, pages, segment_pages, expected_pages)
    left = pages - sum(s.planned for s in segments)
    if start > 1 and left > 0:
        segments += _segments(1, min(left, start), segment_pages, expected_pages)
    return segments


def _segments(start: int, pages: int, segment_pages: int, expected_pages: int) -> list[WalkSlice]:
    segments: list[WalkSlice] = []
    first, left, size = start, pages, max(2, segment_pages)
    while left > 0 and first <= expected_pages:
        # One page past the predicted end: a pager a few new releases made longer still ends inside it.
        length = min(size, left, expected_pages + 2 - first)
        segments.append(WalkSlice(start=first, planned=length, expected_pages=expected_pages))
        left -= length
        first += length - 1 if length > 1 else 1
    return segments


def walk_pages(total_pages: int, spare: int, walk_nights: float, segment_pages: int = 0) -> int:
    """Pages to walk tonight: enough for a whole pager every ``walk_nights`` nights, but no more than the
    ``spare`` budget (none when nothing is spare). With ``segment_pages``, the pages consecutive segments
    share (``walk_segments``) are added, so that the night still moves a whole ``1 / walk_nights`` of the
    pager on."""
    if spare <= 0:
        return 0
    # A night resumes on the last page the previous one showed (``resume_page``) and a pass that wraps
    # reads page 1 again, so a night moves the pass on one page less than it reads: without that page a
    # pager is walked whole every ``walk_nights`` nights plus a little, and a stretch near where two
    # passes meet drifts to a night later (seen in the simulation as a takedown confirmed on night 4).
    distinct = min(total_pages, math.ceil(total_pages / max(walk_nights, 1e-9)) + 1)
    return min(spare, pages_for(max(1, distinct), segment_pages))


def pages_for(distinct: int, segment_pages: int) -> int:
    """Pages to request for ``distinct`` different pages in segments of ``segment_pages`` that share
    their first page with the previous one's last (no sharing when ``segment_pages`` is 0)."""
    if segment_pages <= 0:
        return distinct
    size, pages = max(2, segment_pages), distinct
    while pages - (math.ceil(pages / size) - 1) < distinct:
        pages += 1
    return pages


def gap_segments(releases: list[Listable], page_size: int, segment_pages: int, expected_pages: int) -> list[WalkSlice]:
    """Segments over the stretches of the pager that an earlier night's walk meant to read and did not:
    a failed segment leaves releases whose last listing is older than that of the releases on both sides
    of them (within a segment's length), where a walk that went well leaves each night's stretch newer
    than the one above it. Each segment starts a page above its stretch and ends a page below, so the
    stretch's releases lie between shown neighbours. The stretch a pass has not reached yet is as old
    as what follows it and is not a gap; releases off the listing (``_off_listing``) are left out."""
    size = max(1, page_size)
    dated = sorted((r for r in releases if r.published_at is not None), key=lambda r: r.published_at, reverse=True)
    ranks = [(rank, r.last_listed_at) for rank, r in enumerate(dated) if rank >= size and not _off_listing(r)]
    if len(ranks) < 3:
        return []
    window = (max(2, segment_pages) + 1) * size
    # Page 1, listed every night, is the neighbour above a stretch right below it that a failed first
    # segment from the top left behind; it is never a gap itself.
    top = [(rank, r.last_listed_at) for rank, r in enumerate(dated[:size]) if not _off_listing(r)]
    above = _window_max([stamp for _, stamp in top + ranks], [rank for rank, _ in top + ranks], window)[len(top):]
    below = _window_max([stamp for _, stamp in reversed(ranks)], [-rank for rank, _ in reversed(ranks)], window)[::-1]
    # A failed last segment leaves a stretch at the end of the pager older than what the last two walks
    # listed; the stretch tonight's pass is due to read there is only as old as the walk before last.
    end, stamps = len(dated), sorted({stamp for _, stamp in ranks}, reverse=True)
    before_last = stamps[1] if len(stamps) > 1 else None
    below = [down if down is not None or end - rank > window else before_last
             for (rank, _), down in zip(ranks, below, strict=True)]
    pages = sorted({rank // size + 1 for (rank, stamp), up, down in zip(ranks, above, below, strict=True)
                    if up is not None and down is not None and stamp < up and stamp < down})
    segments: list[WalkSlice] = []
    for first, last in _runs(pages):
        start = max(1, first - 1)
        segments.append(WalkSlice(start=start, planned=min(last + 1, expected_pages + 1) - start + 1,
                                  expected_pages=expected_pages))
    return segments


def _window_max(stamps: list, positions: list[int], window: int) -> list:
    """For each item, the newest stamp among the items before it at most ``window`` positions back
    (None when there are none): a monotonic deque, linear in the number of items."""
    out, queue = [], []  # queue: indices, stamps decreasing
    head = 0
    for i, position in enumerate(positions):
        while head < len(queue) and positions[queue[head]] < position - window:
            head += 1
        out.append(stamps[queue[head]] if head < len(queue) else None)
        while len(queue) > head and stamps[queue[-1]] <= stamps[i]:
            queue.pop()
        queue.append(i)
    return out


def _runs(pages: list[int]) -> list[tuple[int, int]]:
    """Page numbers as (first, last) runs, a run going on over one page without a gap release (one whose
    releases were all re-checked since, say): the segments of two runs a page apart would share pages,
    and the second would be left out as covered by the first (``plan_walk_segments``)."""
    runs: list[tuple[int, int]] = []
    for page in pages:
        if runs and page <= runs[-1][1] + 2:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    return runs


def plan_walk_segments(releases: list[Listable], page_size: int, allowance: int, walk_nights: float,
                       segment_pages: int) -> list[WalkSlice]:
    """Tonight's walk: the pass continues where the last one stopped (``walk_pages``, ``resume_page``,
    ``walk_segments``); what the allowance leaves walks again the gaps earlier failures left behind it
    (``gap_segments``) that tonight's pass does not cover anyway. A gap that begins a few pages (within a
    segment) below where tonight's pass ends is left to tomorrow's pass, which starts there: walked
    tonight, it would read as part of the pass, and tomorrow's would resume below it, skipping the
    pages between (``resume_page`` cannot tell them apart)."""
    total = listed_page_count(sum(1 for r in releases if r.published_at is not None), page_size)
    pages = walk_pages(total, allowance, walk_nights, segment_pages)
    segments = walk_segments(resume_page(releases, page_size, segment_pages), pages, segment_pages, total)
    covered = {s.start + i for s in segments for i in range(s.planned)}
    frontier = segments[-1].start + segments[-1].planned - 1 if segments else 0
    ahead = range(frontier + 2, frontier + max(2, segment_pages) + 2) if segment_pages > 0 else range(0)
    left = allowance - pages
    for gap in gap_segments(releases, page_size, segment_pages, total):
        span = set(range(gap.start, gap.start + gap.planned))
        if span & covered or gap.planned > left or gap.start in ahead:
            continue
        segments.append(gap)
        covered |= span
        left -= gap.planned
    return segments


def absent_from_walk(releases: list[Listable], walk: WalkSlice) -> list[int]:
    """Ids of stored releases the pages of a slice that answered should have shown and did not, and
    that newly went missing: the last walk over this part of the pager still showed them, or no
    re-check has looked at them since a listing last did. A release that is off the listing but still
    online is looked at once, not on every pass. Of a failed slice only the range its answered pages
    span counts, never what lies below the last of them (the failed page's)."""
    if not walk.answered:
        return []
    shown = [r for r in releases if r.article_id in walk.listed and r.published_at is not None]
    if not shown:
        return []
    newest = None if walk.start == 1 else max(r.published_at for r in shown)
    oldest = None if walk.complete and walk.to_the_end else min(r.published_at for r in shown)
    # When the previous walk passed here: the earliest a release the slice shows was listed before tonight.
    previous_pass = min((r.last_listed_at for r in shown if r.last_listed_at is not None), default=None)
    absent = []
    for r in releases:
        if r.article_id in walk.listed or r.published_at is None or r.last_listed_at is None:
            continue
        if not ((newest is None or r.published_at < newest) and (oldest is None or r.published_at > oldest)):
            continue
        unchecked = r.last_checked_at is None or r.last_checked_at < r.last_listed_at
        if unchecked or (previous_pass is not None and r.last_listed_at >= previous_pass):
            absent.append(r.article_id)
    return sorted(absent)


_LAST_NUMBER = re.compile(r"^(.*/)2(/?)$")


def page_url(first: str, second: str, number: int) -> str | None:
    """The URL of page ``number`` of a pager whose first two pages are ``first`` and ``second``: the
    query parameter or the last path segment that says ``2`` on the second page (``?page=2``,
    ``?hal=2``, ``/page/2/``, ``/2``) set to ``number``; None when no such number is found."""
    if number == 1:
        return first
    a, b = urlsplit(first), urlsplit(second)
    before = dict(parse_qsl(a.query, keep_blank_values=True))
    query = parse_qsl(b.query, keep_blank_values=True)
    for key, value in query:
        if value == "2" and before.get(key) != "2":
            query = [(k, str(number) if k == key else v) for k, v in query]
            return urlunsplit(b._replace(query=urlencode(query)))
    match = _LAST_NUMBER.match(b.path)
    if match and a.path.rstrip("/") != b.path.rstrip("/"):
        return urlunsplit(b._replace(path=f"{match.group(1)}{number}{match.group(2)}"))
    return None


__all__ = [
    "WORDPRESS_PER_PAGE",
    "Listable",
    "WalkSlice",
    "absent_from_walk",
    "assumed_page_size",
    "gap_segments",
    "listed_page_count",
    "page_url",
    "pages_for",
    "plan_walk_segments",
    "rest_after_failure",
    "resume_page",
    "walk_configs",
    "walk_need",
    "walk_need_pages",
    "walk_pages",
    "walk_segments",
    "walkable",
]
