"""Alerts from the nightly crawls: when a run deserves one, and how it reaches an operator.

Two reasons to alert: a run failed (or hung and was killed), or a source has returned zero new releases
for N nights in a row. The second catches the silent failure that matters most for an archive: an
agency redesigns its site, the selectors stop matching, and every crawl "finishes" with nothing new.

Delivery is a shell command (``SIARAN_NOTIFY_COMMAND``, the JSON summary on stdin) and/or a webhook
(``SIARAN_NOTIFY_WEBHOOK``, the summary POSTed as JSON). A broken alert channel is logged, never raised:
it must not fail the crawl it reports on.

Saved searches (archive/watches.py) name their own target, ``webhook:URL`` or ``command:CMD``, and use
:func:`deliver`, which raises :class:`DeliveryError` with a one-line reason so the failure can be recorded
and retried later.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

logger = logging.getLogger(__name__)

JAKARTA = ZoneInfo("Asia/Jakarta")
CHANNEL_TIMEOUT = 10.0  # seconds; an alert that cannot be delivered quickly is logged and dropped


@dataclass(frozen=True)
class NotifySettings:
    command: str | None = None
    webhook: str | None = None
    zero_new_nights: int = 3

    @property
    def enabled(self) -> bool:
        return bool(self.command or self.webhook)


def load_notify_settings() -> NotifySettings:
    return NotifySettings(
        command=os.environ.get("SIARAN_NOTIFY_COMMAND") or None,
        webhook=os.environ.get("SIARAN_NOTIFY_WEBHOOK") or None,
        zero_new_nights=int(os.environ.get("SIARAN_ZERO_NEW_ALERT_NIGHTS", "3")),
    )


class RunRecord(Protocol):
    """What the rule reads from a crawl run (``archive.models.CrawlRun`` satisfies it)."""

    status: str
    started_at: datetime
    counts: dict


def zero_new_nights(history: Iterable[RunRecord]) -> tuple[int, bool]:
    """Nights (Asia/Jakarta dates) of the current zero-new streak, newest run first in ``history``.

    Failed and running runs are skipped (failures alert on their own); the streak ends at the first
    finished run that stored something new. Also says whether the newest finished run is the first
    of its night, so a source crawled twice in one night alerts once.
    """
    nights: list[date] = []
    first_of_night = False
    # A partial run (some pages failed) still says whether the source yielded anything new that night.
    for i, run in enumerate(r for r in history if r.status in ("finished", "partial")):
        if (run.counts or {}).get("new", 0):
            break
        night = run.started_at.astimezone(JAKARTA).date()
        if i == 0:
            first_of_night = True
        elif night == nights[0]:
            first_of_night = False
        if night not in nights:
            nights.append(night)
    return len(nights), first_of_night


def zero_new_alert_due(history: Iterable[RunRecord], threshold: int) -> int:
    """The streak length in nights when an alert is due now (once per night while it lasts), else 0."""
    nights, first_of_night = zero_new_nights(history)
    return nights if threshold > 0 and nights >= threshold and first_of_night else 0


def notify(summary: dict, settings: NotifySettings | None = None) -> list[str]:
    """Send the summary to every configured channel; returns the channels that accepted it."""
    settings = settings or load_notify_settings()
    payload = json.dumps(summary, ensure_ascii=False, default=str)
    delivered = []
    if settings.command and _run_command(settings.command, payload):
        delivered.append("command")
    if settings.webhook and _post_webhook(settings.webhook, payload):
        delivered.append("webhook")
    return delivered


def _run_command(command: str, payload: str) -> bool:
    # A shell command, so an operator can write `mail -s "siaran" ops@example.org` or a pipeline.
    try:
        proc = subprocess.run(command, shell=True, check=False, input=payload, text=True, capture_output=True,
                              timeout=CHANNEL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        logger.error("notify command failed: %s", exc)
        return False
    if proc.returncode != 0:
        logger.error("notify command exited %s: %s", proc.returncode, proc.stderr.strip()[-500:])
        return False
    return True


def _post_webhook(url: str, payload: str) -> bool:
    import httpx

    try:
        response = httpx.post(url, content=payload, timeout=CHANNEL_TIMEOUT,
                              headers={"Content-Type": "application/json"})
        response.raise_for_status()
    except httpx.HTTPError as exc:
        logger.error("notify webhook %s failed: %s", url, exc)
        return False
    return True


# -- targets of saved searches --------------------------------------------------------------------
TARGET_KINDS = ("webhook", "command")


class DeliveryError(RuntimeError):
    """A target did not accept a payload; the message is one line (HTTP status, exit code, timeout)."""


def parse_target(target: str) -> tuple[str, str]:
    """``webhook:https://…`` or ``command:…`` as (kind, value); ValueError with a one-line reason."""
    from urllib.parse import urlsplit

    kind, sep, value = (target or "").partition(":")
    value = value.strip()
    if not sep or kind not in TARGET_KINDS or not value:
        raise ValueError(f"notify target {target!r}: use webhook:URL or command:CMD")
    if kind == "webhook":
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"notify target {target!r}: the webhook must be an http:// or https:// URL")
    return kind, value


def deliver(target: str, payload: str, timeout: float = CHANNEL_TIMEOUT) -> None:
    """Send ``payload`` (JSON text) to ``target``: POSTed to a webhook, or on stdin of a shell command."""
    import httpx

    kind, value = parse_target(target)
    if kind == "webhook":
        try:
            response = httpx.post(value, content=payload.encode("utf-8"), timeout=timeout,
                                  headers={"Content-Type": "application/json; charset=utf-8"})
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook unreachable: {type(exc).__name__}: {exc}"[:300]) from None
        if response.status_code >= 300:
            raise DeliveryError(f"webhook answered HTTP {response.status_code}")
        return
    try:
        proc = subprocess.run(value, shell=True, check=False, input=payload, text=True, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise DeliveryError(f"command timed out after {timeout:g} s") from None
    except OSError as exc:
        raise DeliveryError(f"command failed to start: {exc}") from None
    if proc.returncode != 0:
        tail = " ".join(proc.stderr.split())[-200:]
        raise DeliveryError(f"command exited {proc.returncode}" + (f": {tail}" if tail else ""))
