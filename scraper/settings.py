"""Scrapy settings for Siaran. Politeness first: these sites belong to public agencies.

Every value can be overridden as usual (``scrapy crawl bnpt -s NAME=value``); the few knobs an operator
changes often are also environment variables (``SIARAN_DOWNLOAD_DELAY``, ``SIARAN_AUTOTHROTTLE``,
``SIARAN_LOG_LEVEL``, ``SIARAN_DOWNLOAD_TIMEOUT``, ``SIARAN_RETRY_BACKOFF``), like the rest of Siaran's
settings in ``siaran.config``.
"""

import os

from siaran.config import load_settings

_siaran = load_settings()

BOT_NAME = "siaran"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"

USER_AGENT = _siaran.user_agent
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, adaptive delays.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = float(os.environ.get("SIARAN_DOWNLOAD_DELAY", "0.5"))
AUTOTHROTTLE_ENABLED = os.environ.get("SIARAN_AUTOTHROTTLE", "1").lower() not in {"0", "false", "no"}
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Robustness: retries on 5xx and timeouts, bounded responses, bounded redirects.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = float(os.environ.get("SIARAN_RETRY_BACKOFF", "1.0"))  # seconds; doubles per retry
DOWNLOAD_TIMEOUT = float(os.environ.get("SIARAN_DOWNLOAD_TIMEOUT", "30"))
DOWNLOAD_MAXSIZE = 4 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
HTTPPROXY_ENABLED = True  # honours http_proxy / https_proxy / no_proxy

DOWNLOADER_MIDDLEWARES = {
    "scraper.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scraper.middlewares.ConditionalGetMiddleware": 560,
    # Sees the final answer to each re-check (after redirects and retries): edits, takedowns, restores.
    "scraper.takedowns.RecheckObserver": 540,
}

ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.language.LanguagePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.store.StorePipeline": 400,
    # After the store these only act when the spider closes, which Scrapy does in reverse order:
    # embed the stored releases, then pair translations (with those vectors), then index.
    "pipelines.index.IndexPipeline": 500,
    "pipelines.translations.TranslationPipeline": 600,
    "pipelines.embed.EmbedPipeline": 700,
    # Files linked from releases (PDFs): fetched through the engine, text per page; closes first, so its
    # links are written (and changed releases queued) before embedding and indexing. docs/attachments.md
    "pipelines.attachments.AttachmentsPipeline": 800,
}

EXTENSIONS = {
    "scraper.report.CrawlReport": 100,
}

SIARAN_DATABASE_URL = _siaran.database_url
# The store writes items in batches: one transaction per this many items, or per this many seconds of
# waiting, whichever comes first (see docs/architecture.md, "Store batches"). 1 = one item at a time.
SIARAN_STORE_BATCH_SIZE = int(os.environ.get("SIARAN_STORE_BATCH_SIZE", "100"))
SIARAN_STORE_BATCH_SECONDS = float(os.environ.get("SIARAN_STORE_BATCH_SECONDS", "2"))
# Cleaning, language detection and fingerprints run in this many worker processes during a crawl
# (0: in the crawl's own thread); see pipelines/workers.py.
SIARAN_PIPELINE_WORKERS = int(os.environ.get("SIARAN_PIPELINE_WORKERS", "1"))
SIARAN_DATA_DIR = str(_siaran.data_dir)
# Change tracking (docs/operations.md, "Change tracking"): the nightly re-check budget per source, as a
# share of its archive (at least _MIN), or a fixed number; hours between the two observations that
# confirm a takedown; the crawl's "now" (ISO 8601; tests play several nights with it).
SIARAN_RECHECK_BUDGET_SHARE = os.environ.get("SIARAN_RECHECK_BUDGET_SHARE", "")
SIARAN_RECHECK_BUDGET_MIN = os.environ.get("SIARAN_RECHECK_BUDGET_MIN", "")
SIARAN_RECHECK_BUDGET = os.environ.get("SIARAN_RECHECK_BUDGET", "")
SIARAN_RECHECK_SIGNAL_SHARE = os.environ.get("SIARAN_RECHECK_SIGNAL_SHARE", "")
# The budget is archive-wide and shared among sources by need (scraper/recheck.py ``allocate``): each source's
# politeness ceiling, the part kept for listing page 1s / feeds / sitemaps, the page size the walk need assumes,
# the safety interval of old releases on a WordPress source whose modified_after poll answered.
SIARAN_RECHECK_CEILING_SHARE = os.environ.get("SIARAN_RECHECK_CEILING_SHARE", "")
SIARAN_RECHECK_DISCOVERY_SHARE = os.environ.get("SIARAN_RECHECK_DISCOVERY_SHARE", "")
SIARAN_RECHECK_WALK_PAGE_SIZE = os.environ.get("SIARAN_RECHECK_WALK_PAGE_SIZE", "")
SIARAN_RECHECK_COVERED_DAYS = os.environ.get("SIARAN_RECHECK_COVERED_DAYS", "")
# The listing walk (scraper/walk.py): a whole pager every N nights at most (0: no walk); budget reserve.
SIARAN_RECHECK_WALK_NIGHTS = os.environ.get("SIARAN_RECHECK_WALK_NIGHTS", "")
SIARAN_RECHECK_WALK_RESERVE = os.environ.get("SIARAN_RECHECK_WALK_RESERVE", "")
SIARAN_TAKEDOWN_CONFIRM_HOURS = os.environ.get("SIARAN_TAKEDOWN_CONFIRM_HOURS", "")
# A night whose routine re-checks mostly answer "gone" is held back as a site-wide fault (1.0: never).
SIARAN_TAKEDOWN_HOLD_SHARE = os.environ.get("SIARAN_TAKEDOWN_HOLD_SHARE", "")
SIARAN_TAKEDOWN_HOLD_MIN = os.environ.get("SIARAN_TAKEDOWN_HOLD_MIN", "")
SIARAN_NOW = os.environ.get("SIARAN_NOW", "")
# Distributed crawling (``siaran worker``, docs/operations.md "Several machines"): one request rate and
# concurrency per site for all workers together (empty: DOWNLOAD_DELAY and CONCURRENT_REQUESTS_PER_DOMAIN),
# and how long a silent worker counts as alive before its unfinished requests are given to the others.
SIARAN_SITE_DELAY = os.environ.get("SIARAN_SITE_DELAY", "")
SIARAN_SITE_CONCURRENCY = os.environ.get("SIARAN_SITE_CONCURRENCY", "")
SIARAN_WORKER_TTL = float(os.environ.get("SIARAN_WORKER_TTL", "15"))
# Attachments (docs/attachments.md): fetch them at all; the largest file fetched (pages keep
# DOWNLOAD_MAXSIZE); the most pages, memory and seconds one PDF may take to read; OCR of scanned pages.
SIARAN_ATTACHMENTS = os.environ.get("SIARAN_ATTACHMENTS", "1").lower() not in {"0", "false", "no"}
SIARAN_ATTACHMENT_MAX_BYTES = int(os.environ.get("SIARAN_ATTACHMENT_MAX_BYTES", str(25 * 1024 * 1024)))
SIARAN_ATTACHMENT_MAX_PAGES = int(os.environ.get("SIARAN_ATTACHMENT_MAX_PAGES", "2000"))
SIARAN_ATTACHMENT_MEMORY_MB = int(os.environ.get("SIARAN_ATTACHMENT_MEMORY_MB", "1024"))
SIARAN_ATTACHMENT_SECONDS = float(os.environ.get("SIARAN_ATTACHMENT_SECONDS", "120"))
SIARAN_OCR = os.environ.get("SIARAN_OCR", "1").lower() not in {"0", "false", "no"}

LOG_LEVEL = os.environ.get("SIARAN_LOG_LEVEL", "INFO")
LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"
TELNETCONSOLE_ENABLED = False
LOG_FORMATTER = "scraper.logformatter.SiaranLogFormatter"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# Scrapy's HTTP/1.1 handler with a close that cannot log AlreadyCalledError at CRITICAL when the reactor is busy as
# several crawlers close in one process (scraper/download_handler.py).
DOWNLOAD_HANDLERS = {"http": "scraper.download_handler.HTTP11DownloadHandler",
                     "https": "scraper.download_handler.HTTP11DownloadHandler"}
FEED_EXPORT_ENCODING = "utf-8"
