"""The re-check policy: when each stored release is looked at again, and what an answer means.

Pure functions over plain values (no database, no HTTP), so the nightly crawl (``scraper.incremental``,
``scraper.takedowns``), the tests and ``benchmarks/bench_recheck.py`` all run the same rules.

The schedule (see docs/operations.md, "Change tracking"):

- **Age tiers.** A release is re-checked at most every ``tier cap`` days: 1 in its first week, 2 in its
  first month, 7 until three months, 30 after. Agencies correct fresh releases (typos, numbers, names);
  old ones change rarely but do change, and a 30-day cap bounds how late an old edit can be noticed.
- **Sooner after a change.** After an edit the interval restarts at one day and doubles with every
  check that finds the page unchanged (1, 2, 4, 8 ... days) until it reaches the age cap again.
- **Slots.** Within its cap, each release is re-checked on its own night of the cycle (derived from its
  id), so 1/30 of the old archive is due each night, and a check the budget pushed back returns to
  its slot: busy nights do not pile up into a lasting jam (``slot_gap``).
- **Nightly budget, archive-wide, shared by need.** All sources together spend at most ``budget_share``
  of the whole archive a night (``archive_budget``), shared by ``allocate`` in ``GIVE_ORDER``: new
  pages, takedown confirmations, first-month re-checks, a signal reserve, the walk allowance, older
  re-checks, then what is left; each source under its ``source_ceiling`` (``ceiling_share`` of its own
  archive). When needs exceed the budget, the last in that order give way first. Every source's process
  computes the same allocation from counts as of the night's start (``scraper.incremental.source_needs``).
  Within its share a source takes takedown confirmations first, then first-month releases, then the
  most overdue.
- **Cheap signals first.** A changed sitemap ``<lastmod>`` / feed ``<updated>`` / WordPress
  ``modified_gmt`` (and the posts WordPress's ``modified_after`` returns), a listing entry whose title
  changed, or a URL that left a complete sitemap makes the release due at once (limited to
  ``signal_share`` of the budget, so a sitemap that stamps every URL with "now" cannot starve the
  schedule). A release a complete slice of the listing walk no longer shows goes first, like one that
  left the sitemap (``scraper.walk``; the walk has its own allowance in the allocation, a whole pager
  every ``walk_nights`` nights, and its pages count against its source's share).
- **Covered sources.** Where a poll names every edit (WordPress ``modified_after`` answered tonight),
  releases past the last age tier need only a safety re-check every ``covered_old_days`` (``covered``).
- **Takedowns.** 404/410, a redirect to the home or a listing page, or a soft 404 sets ``gone_since``;
  a second such answer at least ``confirm_hours`` later (another night) marks the release removed,
  with ``removed_at = gone_since``. An answer with the page back clears ``gone_since`` (a flap) or, after
  a removal, marks it restored. Server errors, timeouts and error pages never mark anything.
- **Site-wide "gone" is held back.** When most of a night's routine re-checks (those no signal pointed
  at) answer "gone" (more than ``hold_gone_share`` of them, at least ``hold_gone_min``), the site is
  more likely failing (a firewall answering 404 to the crawler, a wrong API key, a migration) than
  deleting its archive: that night's "gone" answers prove nothing and are reported (``hold_site_wide_gone``).
  Releases a signal pointed at (off the listing, out of the sitemap), pending takedowns being confirmed
  and removed releases do not count towards the share, so an agency deleting a batch of releases is
  still caught.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

DAY = timedelta(days=1)

# Outcomes of one re-check (what the answer proved about the page).
UNCHANGED = "unchanged"  # 304 to a conditional request, or the same text again
EDITED = "edited"  # a new meaningful revision was stored
GONE = "gone"  # 404/410, redirect to home/listing, soft 404
TRANSIENT = "transient"  # 5xx, timeout, network error, error page, bogus 304: proves nothing
OUTCOMES = (UNCHANGED, EDITED, GONE, TRANSIENT)


@dataclass(frozen=True)
class RecheckPolicy:
    """Every knob of the schedule; defaults are the documented policy (``from_settings`` reads overrides)."""

    # (age below this many days, longest interval in days); the last tier has no upper age.
    tiers: tuple[tuple[float, float], ...] = ((7, 1), (30, 2), (90, 7), (math.inf, 30))
    after_edit_days: float = 1.0  # first interval after an edit; doubles per unchanged check
    confirm_hours: float = 12.0  # a takedown needs a second observation at least this much later
    removed_days: float = 30.0  # a removed release is still looked at, to notice a restore
    retry_days: float = 1.0  # after an answer that proved nothing (5xx, timeout, error page)
    slack_hours: float = 6.0  # due "tonight": due within this many hours of the crawl's start
    # The nightly budget is archive-wide (``archive_budget``), shared among the sources by need
    # (``allocate``); each source is also held under a politeness ceiling of its own archive.
    budget_share: float = 0.05  # nightly requests (re-checks, walk pages, polls), share of the whole archive ...
    budget_min: int = 100  # ... but at least this many; also the smallest per-source ceiling
    budget: int | None = None  # a fixed archive-wide nightly number instead of the share
    ceiling_share: float = 0.10  # no source gets more than this share of its own archive a night
    discovery_share: float = 0.01  # of the budget, not allocated: listing page 1s, feeds, sitemap files
    signal_share: float = 0.5  # share of a source's allocation that change signals may use
    young_days: float = 30.0  # releases younger than this go first when the budget is short
    # The listing walk (scraper.walk): a listing-only source's whole pager every ``walk_nights`` nights,
    # from its own allowance in the allocation; ``walk_reserve_share`` of a source's proportional budget
    # (``budget_share`` of its archive) is kept in its need for change signals.
    walk_nights: float = 2.0  # 0: no walk
    walk_reserve_share: float = 0.05
    walk_page_size: int = 20  # releases per HTML listing page, where a source's listing does not say
    walk_rewalk_share: float = 0.05  # more walk pages, to walk again segments that failed (``gap_segments``)
    # Where a poll signals every edit (WordPress ``modified_after`` answered tonight), releases past the
    # last age tier need only a safety re-check every this many days (``covered``).
    covered_old_days: float = 90.0
    walk_segment_pages: int = 10  # pages per independent segment of a night's walk
    modified_overlap_hours: float = 24.0  # WordPress ``modified_after``: this long before the last crawl
    # A night whose routine re-checks mostly answer "gone" is a site-wide fault, not takedowns.
    hold_gone_share: float = 0.5  # 1.0 turns the hold off
    hold_gone_min: int = 10

    @classmethod
    def from_settings(cls, settings) -> RecheckPolicy:
        """The policy with the ``SIARAN_RECHECK_*`` Scrapy settings applied (unset ones keep defaults)."""
        values = {}
        for name, key, cast in (("budget_share", "SIARAN_RECHECK_BUDGET_SHARE", float),
                                ("budget_min", "SIARAN_RECHECK_BUDGET_MIN", int),
                                ("budget", "SIARAN_RECHECK_BUDGET", int),
                                ("confirm_hours", "SIARAN_TAKEDOWN_CONFIRM_HOURS", float),
                                ("signal_share", "SIARAN_RECHECK_SIGNAL_SHARE", float),
                                ("walk_nights", "SIARAN_RECHECK_WALK_NIGHTS", float),
                                ("walk_reserve_share", "SIARAN_RECHECK_WALK_RESERVE", float),
                                ("ceiling_share", "SIARAN_RECHECK_CEILING_SHARE", float),
                                ("discovery_share", "SIARAN_RECHECK_DISCOVERY_SHARE", float),
                                ("walk_page_size", "SIARAN_RECHECK_WALK_PAGE_SIZE", int),
                                ("covered_old_days", "SIARAN_RECHECK_COVERED_DAYS", float),
                                ("hold_gone_share", "SIARAN_TAKEDOWN_HOLD_SHARE", float),
                                ("hold_gone_min", "SIARAN_TAKEDOWN_HOLD_MIN", int)):
            raw = settings.get(key)
            if raw not in (None, ""):
                values[name] = cast(raw)
        if values.get("budget") == 0:
            values["budget"] = None
        return cls(**values)


# -- time ---------------------------------------------------------------------------------------
def parse_now(value) -> datetime | None:
    """``SIARAN_NOW`` (ISO 8601, e.g. ``2024-05-01T19:00:00+00:00``) as an aware datetime; tests use it to
    play several nights in a row. Naive values are read as UTC."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value).strip())
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def clock(value=None) -> datetime:
    """The crawl's "now": ``SIARAN_NOW`` when set, else the real time."""
    return parse_now(value) or datetime.now(UTC)


# -- the schedule -------------------------------------------------------------------------------
def spread(article_id: int) -> float:
    """A fixed fraction in [0, 1) per article (Knuth's multiplicative hash): the same on every night."""
    return ((article_id * 2654435761) & 0xFFFFFFFF) / 2**32


def phase(article_id: int) -> float:
    """A second fixed fraction per article, unrelated to ``spread`` (another multiplier): where in its
    first interval a release's first check falls. Were it ``spread``, the releases with the shortest
    intervals would also start earliest, and the nightly load would bunch up cycle after cycle."""
    return ((article_id * 0x9E3779B1 + 0x7F4A7C15) & 0xFFFFFFFF) / 2**32


def age_cap_days(age_days: float, policy: RecheckPolicy) -> float:
    for below, cap in policy.tiers:
        if age_days < below:
            return cap
    return policy.tiers[-1][1]


def interval_days(age_days: float, stable_checks: int, edited: bool, policy: RecheckPolicy) -> float:
    """Days until the next check: the age cap, or, after an edit, ``after_edit_days * 2**stable_checks``
    while that is shorter."""
    cap = age_cap_days(age_days, policy)
    if not edited:
        return cap
    return min(cap, policy.after_edit_days * 2 ** min(stable_checks, 20))


def reference_date(published_at: datetime | None, first_seen: datetime | None) -> datetime | None:
    """The date a release's age counts from: its publication, else when the archive first saw it."""
    return published_at or first_seen


def age_in_days(now: datetime, published_at: datetime | None, first_seen: datetime | None) -> float:
    ref = reference_date(published_at, first_seen)
    return max(0.0, (now - ref).total_seconds() / 86400) if ref else math.inf


def crawl_day(moment: datetime) -> int:
    """The night a moment belongs to, as a day number: nights run from noon to noon Asia/Jakarta, so a
    crawl at 02:00 WIB and one that started late the evening before count as the same night."""
    return math.floor((moment.timestamp() - 5 * 3600) / 86400)


def slot_gap(now: datetime, article_id: int, cap_days: float) -> int:
    """Whole days from ``now`` to the release's slot night in a ``cap_days``-night cycle (1 .. cap).

    Each release owns one night of the cycle (``phase``), so a cap of 30 re-checks 1/30 of the old
    releases each night, every night, and a check that waited a night for the budget is followed by
    a shorter interval back to its own night: a busy night never turns into a lasting jam."""
    cycle = max(1, round(cap_days))
    gap = (int(phase(article_id) * cycle) - crawl_day(now)) % cycle
    return gap or cycle


def next_check(now: datetime, article_id: int, *, published_at: datetime | None, first_seen: datetime | None,
               stable_checks: int, edited: bool, policy: RecheckPolicy) -> datetime:
    """When a release checked (or edited) at ``now`` is due again: on its slot night within the age cap,
    or, while the after-edit interval is shorter than the cap, after that interval."""
    age = age_in_days(now, published_at, first_seen)
    cap = age_cap_days(age, policy)
    days = interval_days(age, stable_checks, edited, policy)
    if days < cap:
        return now + timedelta(days=days)
    return now + timedelta(days=slot_gap(now, article_id, cap))


def first_check(stored_at: datetime, article_id: int, *, published_at: datetime | None,
                policy: RecheckPolicy) -> datetime:
    """The first re-check of a release stored at ``stored_at``: its slot night within the age cap, so the
    first crawl of a large archive is re-checked 1/30 a night from the start, not all at once."""
    cap = age_cap_days(age_in_days(stored_at, published_at, stored_at), policy)
    return stored_at + timedelta(days=slot_gap(stored_at, article_id, cap))


def due_horizon(now: datetime, policy: RecheckPolicy) -> datetime:
    """Releases due before this moment are due tonight."""
    return now + timedelta(hours=policy.slack_hours)


def queue_key(now: datetime, *, gone_since: datetime | None, published_at: datetime | None,
              first_seen: datetime | None, next_check_at: datetime | None,
              policy: RecheckPolicy) -> tuple[int, int, datetime]:
    """Order of the due releases when tonight's budget cannot take them all: pending takedown
    confirmations first (a takedown is confirmed the next night), then releases in their first month
    (their edits must be seen within two nights; an old release has days of slack under its cap), then
    the most overdue. The crawl's SQL query orders the same way (``scraper.incremental``)."""
    young = age_in_days(now, published_at, first_seen) < policy.young_days
    return (0 if gone_since is not None else 1, 0 if young else 1,
            next_check_at or datetime.min.replace(tzinfo=UTC))


def crawl_night_start(moment: datetime) -> datetime:
    """The start of the night ``moment`` belongs to (noon Asia/Jakarta, see ``crawl_day``). The budget's
    inputs are counted as of this moment, so every source's process computes the same allocation."""
    return datetime.fromtimestamp(crawl_day(moment) * 86400 + 5 * 3600, UTC)


def archive_budget(archive_size: int, policy: RecheckPolicy) -> int:
    """Requests the whole archive may spend tonight: re-checks, walk pages, polls and new releases (these
    at last night's rate, see ``SourceNeed.new``) and, kept out of the allocation, the discovery requests
    (listing page 1s, feeds, sitemap files: ``discovery_share`` of it). ``budget`` fixes the number, else ``budget_share`` of the archive, at least ``budget_min``."""
    if policy.budget is not None:
        return policy.budget
    return max(policy.budget_min, math.ceil(policy.budget_share * archive_size))


def source_ceiling(size: int, policy: RecheckPolicy) -> int:
    """Politeness: the most one source is asked for in a night, whatever the others leave."""
    return max(policy.budget_min, math.ceil(policy.ceiling_share * size))


def signal_reserve(size: int, policy: RecheckPolicy) -> int:
    """The part of a source's need kept for change signals (a moved stamp, a release that left a listing)."""
    return math.ceil(policy.walk_reserve_share * policy.budget_share * size - 1e-9)  # 1e-9: float noise


def signal_budget(budget: int, policy: RecheckPolicy) -> int:
    return int(budget * policy.signal_share)


@dataclass(frozen=True)
class SourceNeed:
    """What one source needs tonight, counted as of the night's start (releases stored before it):
    due re-checks by class, and the pages of its walk allowance (``scraper.walk.walk_need``)."""

    source_id: str
    size: int  # releases in the archive
    new: int = 0  # fresh releases stored last night: tonight's new pages, expected at that rate
    confirm: int = 0  # due pending takedown confirmations
    young: int = 0  # due releases in their first month (``young_days``)
    old: int = 0  # due older releases
    walk: int = 0  # walk pages for a whole pager every ``walk_nights`` nights


# The order in which needs are served, and so the reverse order in which they give way when the
# archive-wide budget cannot cover them all: an old release has days of slack under its cap (older edits
# within 35 nights), the walk is what finds takedowns on listing-only sites, the reserve is for signals,
# and first-month releases and takedown confirmations carry the tightest targets (2 and 3 nights).
# "new" comes before all: new releases are always fetched, and counting them (at last night's rate)
# keeps the night's whole request count, not only the re-checks, within the budget.
# "spare" is what is left once every need is met, shared by room under the ceilings: a share is a cap,
# not a target (only what is due, signalled or left of a pager is requested), so a night with fewer due
# than counted, or more signals, can still be served.
GIVE_ORDER = ("new", "confirm", "young", "reserve", "walk", "old", "spare")


@dataclass(frozen=True)
class Allocation:
    """One source's part of tonight's archive-wide budget, per need class."""

    granted: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.granted.values())

    @property
    def walk(self) -> int:
        return self.granted.get("walk", 0)

    @property
    def requests(self) -> int:
        """What the source may spend on re-checks, walk pages and polls: all but the new pages' part."""
        return self.total - self.granted.get("new", 0)


def allocate(needs: list[SourceNeed], policy: RecheckPolicy) -> dict[str, Allocation]:
    """Share ``archive_budget`` of the sources' total size, less its ``discovery_share``, among them by need.

    Classes are served in ``GIVE_ORDER``; each source's grants stop at its ``source_ceiling``. A class
    that does not fit in what is left is shared in proportion to the sources' demands (floors, then the
    largest remainders, ties by source id): deterministic, so every process computes the same shares
    from the same counts, and the sum never exceeds the budget."""
    budget = archive_budget(sum(n.size for n in needs), policy)
    budget -= math.ceil(policy.discovery_share * budget - 1e-9)
    ordered = sorted(needs, key=lambda n: n.source_id)
    granted = {n.source_id: dict.fromkeys(GIVE_ORDER, 0) for n in ordered}
    room = {n.source_id: source_ceiling(n.size, policy) for n in ordered}
    left = budget
    for kind in GIVE_ORDER:
        demand = {n.source_id: min(_class_need(n, kind, policy), room[n.source_id]) for n in ordered}
        wanted = sum(demand.values())
        if wanted == 0:
            continue
        shares = demand if wanted <= left else _proportional(demand, left)
        for sid, amount in shares.items():
            granted[sid][kind] = amount
            room[sid] -= amount
            left -= amount
    return {sid: Allocation(parts) for sid, parts in granted.items()}


def _class_need(need: SourceNeed, kind: str, policy: RecheckPolicy) -> int:
    if kind == "reserve":
        return signal_reserve(need.size, policy)
    if kind == "spare":
        return source_ceiling(need.size, policy)  # capped by the room left under the ceiling
    return max(0, getattr(need, kind))


def _proportional(demand: dict[str, int], available: int) -> dict[str, int]:
    """``available`` shared in proportion to ``demand`` (largest remainder; ties by key): never more in
    total than ``available``, never more to one than it asked for."""
    wanted = sum(demand.values())
    if available <= 0 or wanted == 0:
        return dict.fromkeys(demand, 0)
    exact = {sid: d * available / wanted for sid, d in demand.items()}
    shares = {sid: math.floor(x) for sid, x in exact.items()}
    rest = available - sum(shares.values())
    for sid in sorted(exact, key=lambda s: (shares[s] - exact[s], s))[:rest]:
        shares[sid] += 1
    return shares


def walk_spare(budget: int, spent: int, due: int, policy: RecheckPolicy) -> int:
    """What the walk may use beyond its own allowance: a source's allocation less what is spent, what
    the schedule has due tonight and the signal reserve (on a night with fewer due than counted)."""
    if policy.walk_nights <= 0:
        return 0
    return max(0, budget - spent - due - math.ceil(policy.walk_reserve_share * budget))


def covered(policy: RecheckPolicy) -> RecheckPolicy:
    """The policy for a source whose edits a poll signals (WordPress ``modified_after`` answered tonight):
    releases past the last age tier need only a safety re-check every ``covered_old_days`` days, since
    their edits are re-checked the night the poll names them; takedowns are the walk's and the
    confirmations' business, not the schedule's."""
    *younger, (below, cap) = policy.tiers
    return replace(policy, tiers=(*younger, (below, max(cap, policy.covered_old_days))))


# -- cheap change signals -----------------------------------------------------------------------
def normalize_stamp(value: str | None) -> str | None:
    """A listing's modified stamp in one spelling (UTC, seconds), so that "2024-05-01T10:00:00+07:00"
    and "2024-05-01T03:00:00Z" are the same stamp; unparseable stamps are kept as stripped text."""
    text = (value or "").strip()
    if not text:
        return None
    moment = None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
    if moment is None:
        return text[:64]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stamp_changed(stored: str | None, listed: str | None) -> bool:
    """True when a listing now shows a different modified stamp than the one recorded. With nothing
    recorded yet there is nothing to compare (the stamp is only remembered)."""
    stored, listed = normalize_stamp(stored), normalize_stamp(listed)
    return stored is not None and listed is not None and stored != listed


_SPACE = re.compile(r"\s+")


def title_key(title: str | None) -> str | None:
    """A short fingerprint of a listing entry's title (NFKC, case and whitespace folded)."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", title or "").casefold()).strip(" .…")
    if not text:
        return None
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# -- what an answer does to a release -----------------------------------------------------------
@dataclass(frozen=True)
class CheckState:
    """The schedule and takedown state of one release (a slice of ``articles``)."""

    article_id: int
    published_at: datetime | None = None
    first_seen: datetime | None = None
    stable_checks: int = 0
    last_edited_at: datetime | None = None
    last_checked_at: datetime | None = None
    next_check_at: datetime | None = None
    gone_since: datetime | None = None
    gone_reason: str | None = None
    removed_at: datetime | None = None
    restored_at: datetime | None = None


@dataclass(frozen=True)
class Transition:
    """The state after a check, and the change to record (``removed`` or ``restored``), if any."""

    state: CheckState
    change: str | None = None
    detail: str | None = None
    changed_fields: tuple[str, ...] = field(default=())


def hold_site_wide_gone(outcomes: dict[int, tuple[str, str | None]], expected: set[int],
                        policy: RecheckPolicy) -> tuple[dict[int, tuple[str, str | None]], str | None]:
    """A night's outcomes (article id -> (outcome, reason)), with every GONE turned TRANSIENT when the
    routine re-checks answered "gone" site-wide, and why; else unchanged and None. Routine: not in
    ``expected`` (releases a signal pointed at, pending takedowns being confirmed, removed ones)."""
    routine = [o for aid, (o, _) in outcomes.items() if aid not in expected and o != TRANSIENT]
    gone = sum(o == GONE for o in routine)
    if gone < policy.hold_gone_min or gone <= policy.hold_gone_share * len(routine):
        return outcomes, None
    why = (f"held back: {gone} of {len(routine)} routine re-checks answered gone tonight "
           f"(a site-wide fault? SIARAN_TAKEDOWN_HOLD_SHARE)")
    return {aid: (TRANSIENT, why) if o == GONE else (o, r) for aid, (o, r) in outcomes.items()}, why


def after_check(state: CheckState, outcome: str, now: datetime, policy: RecheckPolicy,
                reason: str | None = None) -> Transition:
    """Apply one re-check's outcome. The rules are in the module docstring; none of them deletes."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    if outcome == TRANSIENT:
        # Proves nothing: neither alive nor gone; a pending takedown stays pending. Fresh releases and
        # pending takedowns are looked at again tomorrow; older ones over the next three nights, so a
        # whole-site outage does not pile a whole night's re-checks onto the next one.
        retry = policy.retry_days
        if state.gone_since is None and age_cap_days(age_in_days(now, state.published_at, state.first_seen),
                                                     policy) > 2:
            retry *= 1 + 2 * spread(state.article_id)
        return _transition(state, next_check_at=now + timedelta(days=retry))
    if outcome == GONE:
        return _gone(state, now, policy, reason)
    edited = outcome == EDITED
    stable = 0 if edited else state.stable_checks + 1
    last_edited = now if edited else state.last_edited_at
    updates = {"last_checked_at": now, "stable_checks": stable, "last_edited_at": last_edited,
                   "next_check_at": next_check(now, state.article_id, published_at=state.published_at,
                                            first_seen=state.first_seen, stable_checks=stable,
                                            edited=last_edited is not None, policy=policy)}
    if state.removed_at is not None:
        detail = f"back on the site after removal on {state.removed_at:%Y-%m-%d}"
        return _transition(state, change="restored", detail=detail, restored_at=now, removed_at=None,
                           gone_since=None, gone_reason=None, **updates)
    if state.gone_since is not None:  # a flap: gone once, back before the takedown was confirmed
        return _transition(state, gone_since=None, gone_reason=None, **updates)
    return _transition(state, **updates)


def _gone(state: CheckState, now: datetime, policy: RecheckPolicy, reason: str | None) -> Transition:
    confirm = timedelta(hours=policy.confirm_hours)
    if state.removed_at is not None:  # still gone: keep looking, slowly, for a restore
        return _transition(state, last_checked_at=now, next_check_at=now + timedelta(days=policy.removed_days))
    if state.gone_since is None:  # first observation: confirm on a later night
        return _transition(state, last_checked_at=now, gone_since=now, gone_reason=reason,
                           next_check_at=now + confirm)
    if now - state.gone_since >= confirm:  # second observation, another night: removed
        return _transition(state, change="removed", detail=state.gone_reason or reason, last_checked_at=now,
                           removed_at=state.gone_since, restored_at=None,
                           next_check_at=now + timedelta(days=policy.removed_days))
    # Seen gone twice within one night (two runs): not yet a takedown.
    return _transition(state, last_checked_at=now, next_check_at=state.gone_since + confirm)


def _transition(state: CheckState, change: str | None = None, detail: str | None = None, **updates) -> Transition:
    changed = tuple(k for k, v in updates.items() if getattr(state, k) != v)
    return Transition(replace(state, **updates), change, detail, changed)


__all__ = [
    "EDITED",
    "GIVE_ORDER",
    "GONE",
    "OUTCOMES",
    "TRANSIENT",
    "UNCHANGED",
    "Allocation",
    "CheckState",
    "RecheckPolicy",
    "SourceNeed",
    "Transition",
    "after_check",
    "age_cap_days",
    "age_in_days",
    "allocate",
    "archive_budget",
    "clock",
    "covered",
    "crawl_day",
    "crawl_night_start",
    "due_horizon",
    "first_check",
    "hold_site_wide_gone",
    "interval_days",
    "next_check",
    "normalize_stamp",
    "parse_now",
    "phase",
    "queue_key",
    "signal_budget",
    "signal_reserve",
    "slot_gap",
    "source_ceiling",
    "spread",
    "stamp_changed",
    "title_key",
    "walk_spare",
]
