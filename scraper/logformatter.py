"""Log lines for dropped items that name the URL and the reason, not the whole item (raw HTML and all)."""

from __future__ import annotations

import logging

from scrapy import logformatter


class SiaranLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {
            "level": logging.WARNING,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": getattr(item, "url", None) or (response.url if response else "?"),
                     "exception": exception},
        }
