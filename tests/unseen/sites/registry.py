"""The unseen sites by id, in the order the suite crawls them (the aggregator last: it needs the
other sites' addresses for its canonical links)."""

from __future__ import annotations

from collections.abc import Callable

from tests.unseen.sites.bpet import BpetSite
from tests.unseen.sites.brkn import BrknSite
from tests.unseen.sites.etci import EtciSite
from tests.unseen.sites.kabsinar import KabSinarSite
from tests.unseen.sites.kemenlaut import KemenLautSite
from tests.unseen.sites.lembahhijau import LembahHijauSite
from tests.unseen.sites.nusaselatan import NusaSelatanSite
from tests.unseen.sites.wartanusa import WartaNusaSite

SITES = {
    "brkn": BrknSite,  # (a) WordPress, custom theme
    "nusaselatan": NusaSelatanSite,  # (b) Laravel portal, ?page= lists
    "lembahhijau": LembahHijauSite,  # (c) legacy PHP tables, windows-1252
    "bpet": BpetSite,  # (d) Drupal, bilingual
    "etci": EtciSite,  # (e) English news service, sitemap index with gzip children only
    "kabsinar": KabSinarSite,  # (g) Joomla 3 regional portal
    "kemenlaut": KemenLautSite,  # (h) CodeIgniter ministry, dd/mm/yyyy dates, English section
    "wartanusa": WartaNusaSite,  # (f) aggregator republishing the others
}

KINDS = {
    "brkn": "(a) WordPress, custom theme",
    "nusaselatan": "(b) Laravel portal, ?page= lists",
    "lembahhijau": "(c) legacy PHP tables, windows-1252",
    "bpet": "(d) Drupal, bilingual id/en",
    "etci": "(e) English news service, sitemap index + gzip only",
    "kabsinar": "(g) Joomla 3 regional portal, ?start=N lists, RSS",
    "kemenlaut": "(h) CodeIgniter ministry, dd/mm/yyyy dates, English section",
    "wartanusa": "(f) aggregator republishing (a), (b), (d)",
}


def serve_all(start: Callable) -> dict:
    """Start every site with ``start(site) -> server`` (e.g. the ``replica`` fixture); {id: server}."""
    servers = {sid: start(cls()) for sid, cls in SITES.items() if sid != "wartanusa"}
    servers["wartanusa"] = start(WartaNusaSite(origins={sid: s.url for sid, s in servers.items()}))
    return servers
