"""``siaran sources add``: probe an unknown agency site and propose its source entry.

``client`` (polite HTTP: robots.txt first, User-Agent, delay, request budget, timeouts, size limits),
``pages`` (what one page says: feeds, WordPress, languages, listing links, JavaScript-only shells),
``patterns`` (the article URL pattern), ``site`` (the probe itself), ``entry`` (TOML written only when it
loads).
"""

from scraper.probe.client import PoliteClient, ProbeError
from scraper.probe.entry import EntryError, to_toml, write_entry
from scraper.probe.site import ProbeReport, probe_site

__all__ = ["EntryError", "PoliteClient", "ProbeError", "ProbeReport", "probe_site", "to_toml", "write_entry"]
