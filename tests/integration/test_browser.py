"""The analyst page in a real headless Chromium (Selenium) against ``siaran serve`` in a subprocess,
on the same archive as test_api.py: the BNPT replica crawled once plus three stored releases.

Needs Debian's ``chromium`` and ``chromium-driver`` packages. Without them these tests FAIL (a missing
browser must never pass silently); install them with ``apt-get install -y chromium chromium-driver``.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest

from tests.conftest import ROOT
from tests.integration.test_api import BNPT_RELEASES, EN_TITLE, HOSTILE_TITLE, built_archive

pytestmark = pytest.mark.browser
WAIT = 30  # seconds; generous for a loaded 2-core machine
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update", "--no-first-run",
                  "--disable-sync", "--window-size=1280,900"]
SCREENSHOT = Path("/tmp/siaran-browser.png")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.fail("headless Chromium is not installed: run `apt-get install -y chromium chromium-driver` "
                    f"(found browser={browser}, chromedriver={driver})")
    return browser, driver


STATEMENT_URL = "https://test.example/berkas/pernyataan.pdf"


def attach_statement(built, meili: dict) -> None:
    """Link the two-page BI statement (its phrase only on page 2) to the flood release and index it, as a crawl's
    attachments step would have (archive.attachments.store)."""
    import meilisearch
    from sqlalchemy import select

    from archive.attachments.store import Link, ingest, save_links
    from archive.models import Article
    from pipelines.language import detect_language
    from pipelines.store import enqueue
    from search.indexer import Indexer
    from tests.replicas.pdfs import monetary_statement

    stored = ingest(built.db, monetary_statement(), "application/pdf", detect=detect_language)
    with built.db.session() as s:
        flood = s.scalar(select(Article).where(Article.title == "Penanganan Banjir di Kalimantan Selatan"))
        save_links(s, flood.id, [Link(STATEMENT_URL, stored.status, attachment_id=stored.attachment_id,
                                      fetched_at=datetime.now(UTC))])
        enqueue(s, flood.id)
    Indexer(built.db, meilisearch.Client(meili["url"], meili["key"]), built.env["SIARAN_INDEX"]).drain()


@pytest.fixture(scope="module")
def server(tmp_path_factory, meili):
    """``siaran serve`` on a free port, serving the test archive."""
    with built_archive(tmp_path_factory.mktemp("browser"), meili) as built:
        attach_statement(built, meili)
        port = _free_port()
        env = {**os.environ, **built.env}
        log = tmp_path_factory.mktemp("serve") / "serve.log"
        with log.open("wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "siaran.cli", "serve", "--port", str(port)], cwd=ROOT,
                                    env=env, stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + WAIT
            while True:
                try:
                    if httpx.get(url + "/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"siaran serve did not come up:\n{log.read_text()[-3000:]}")
                time.sleep(0.1)
            yield {"url": url, "ids": built.ids, "db": built.db}
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    binary, driver_path = _browser_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(WAIT)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver, condition, message: str):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.1).until(condition, message)


def by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def hits(driver) -> list:
    return by_css(driver, "#hits li.hit")


def settled(driver) -> bool:
    """The page finished its last search (no request in flight)."""
    return driver.execute_script("return !document.body.hasAttribute('aria-busy')") and bool(
        driver.find_element("id", "summary").text.strip()) and driver.find_element("id", "summary").text != "Loading…"


def query_of(driver) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def test_search_box_finds_highlighted_releases_and_the_url_records_it(browser, server):
    browser.get(server["url"] + "/")
    wait(browser, lambda d: settled(d) and hits(d), "the page never listed releases")
    assert browser.find_element("id", "summary").text.startswith(f"{BNPT_RELEASES + 3} releases")
    box = browser.find_element("id", "q")
    box.send_keys("koordinasi terorisme")
    box.submit()
    wait(browser, lambda d: query_of(d).get("q") == ["koordinasi terorisme"] and settled(d), "URL not updated")
    wait(browser, lambda d: by_css(d, "#hits mark"), "no highlighted words in the results")
    first = hits(browser)[0]
    assert first.find_element("css selector", ".badge").text in ("ID", "EN")
    assert first.find_element("css selector", "a.original").get_attribute("href").startswith("http")


def test_clicking_a_facet_filters_and_the_url_reproduces_the_view(browser, server):
    browser.get(server["url"] + "/?q=koordinasi")
    wait(browser, lambda d: settled(d) and by_css(d, '#facet-source button[data-value="bnpt"]'), "no source facet")
    before = len(hits(browser))
    assert before >= 3
    by_css(browser, '#facet-source button[data-value="bnpt"]')[0].click()
    wait(browser, lambda d: query_of(d).get("source") == ["bnpt"] and settled(d), "facet did not filter")
    wait(browser, lambda d: all(h.find_element("css selector", ".source").text.startswith("BNPT")
                                for h in hits(d)) and hits(d), "results still contain other sources")
    pressed = by_css(browser, '#facet-source button[data-value="bnpt"]')[0]
    assert pressed.get_attribute("aria-pressed") == "true"
    shown = [h.get_attribute("data-id") for h in hits(browser)]
    assert len(shown) < before
    shared = browser.current_url
    browser.get("about:blank")
    browser.get(shared)  # a shared link shows the same results
    wait(browser, lambda d: settled(d) and [h.get_attribute("data-id") for h in hits(d)] == shown,
         "the shared URL did not reproduce the view")
    assert browser.find_element("id", "q").get_attribute("value") == "koordinasi"


def test_language_facet_and_opening_a_result_shows_text_and_translation(browser, server):
    browser.get(server["url"] + "/")
    wait(browser, lambda d: settled(d) and by_css(d, '#facet-language button[data-value="en"]'), "no language facet")
    by_css(browser, '#facet-language button[data-value="en"]')[0].click()
    wait(browser, lambda d: query_of(d).get("lang") == ["en"] and settled(d) and len(hits(d)) == 1,
         "the English facet did not narrow to the one English release")
    hit = hits(browser)[0]
    assert hit.find_element("css selector", ".badge").text == "EN"
    assert "Open translation" in hit.find_element("css selector", "a.translation").text
    hit.find_element("css selector", "h3 a").click()
    wait(browser, lambda d: d.find_element("id", "article").is_displayed()
         and d.find_element("id", "article-title").text == EN_TITLE, "the release did not open")
    assert query_of(browser).get("article") == [str(server["ids"]["en"])]
    assert "Central Sulawesi" in browser.find_element("id", "article-body").text
    link = browser.find_element("css selector", "#article-links a.translation")
    assert link.get_attribute("href") == server["ids"]["id_url"]
    browser.save_screenshot(str(SCREENSHOT))
    browser.find_element("id", "article-close").click()
    wait(browser, lambda d: not d.find_element("id", "article").is_displayed(), "the release did not close")


def test_hostile_markup_in_a_release_is_shown_as_text(browser, server):
    browser.get(server["url"] + "/?source=testagency&q=koordinasi")
    wait(browser, lambda d: settled(d) and hits(d), "the hostile release was not found")
    title = hits(browser)[0].find_element("css selector", "h3").text
    assert '<script>alert("xss")</script>' in title and "<img src=x" in title
    assert by_css(browser, "#hits h3 mark"), "highlighting still works"
    assert not by_css(browser, "#hits script, #hits img, #hits b")
    assert browser.execute_script("return window.__pwned === undefined && document.title.startsWith('Siaran')")
    assert HOSTILE_TITLE.startswith(title.split(" koordinasi")[0])


def test_pagination_moves_to_the_next_page(browser, server):
    browser.get(server["url"] + "/?sort=newest&per_page=4")
    wait(browser, lambda d: settled(d) and len(hits(d)) == 4, "no first page")
    first = [h.get_attribute("data-id") for h in hits(browser)]
    assert browser.find_element("css selector", "#pager [aria-current=page]").text == "1"
    browser.find_element("css selector", "#pager a.next").click()
    wait(browser, lambda d: query_of(d).get("page") == ["2"] and settled(d)
         and [h.get_attribute("data-id") for h in hits(d)] != first, "the next page did not load")
    second = [h.get_attribute("data-id") for h in hits(browser)]
    assert len(second) == 4 and not set(first) & set(second)
    assert query_of(browser)["per_page"] == ["4"] and query_of(browser)["sort"] == ["newest"]


def test_export_button_downloads_the_current_results(browser, server, downloads):
    browser.get(server["url"] + "/?source=bnpt&since=2022-07-01")
    wait(browser, lambda d: settled(d) and hits(d), "no results")
    total = int(browser.find_element("id", "summary").text.split()[0])
    button = browser.find_element("id", "export-csv")
    href = button.get_attribute("href")
    assert parse_qs(urlsplit(href).query) == {"format": ["csv"], "source": ["bnpt"], "since": ["2022-07-01"]}
    button.click()
    wait(browser, lambda d: [p for p in downloads.glob("siaran-*.csv")], "the CSV was not downloaded")
    wait(browser, lambda d: not list(downloads.glob("*.crdownload")), "the download did not finish")
    path = next(downloads.glob("siaran-*.csv"))
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == total == 8
    assert {r["source"] for r in rows} == {"bnpt"}
    assert path.read_bytes() == httpx.get(href, timeout=WAIT).content


# -- the timeline chart, shareable state, saving a search (issue 17) ---------------------------------
def bars(driver) -> list:
    return by_css(driver, "#chart svg g.bar")


def chart_ready(driver) -> bool:
    return settled(driver) and not driver.find_element("id", "chart").get_attribute("aria-busy") and bool(bars(driver))


def summary_total(driver) -> int:
    return int(driver.find_element("id", "summary").text.split()[0])


def test_chart_renders_and_clicking_a_bar_narrows_the_results_to_its_period(browser, server):
    browser.get(server["url"] + "/?source=bnpt")
    wait(browser, chart_ready, "the timeline chart was not drawn")
    total = summary_total(browser)
    counts = [int(b.get_attribute("data-count")) for b in bars(browser)]
    undated = int(browser.find_element("id", "timeline-note").text.split()[0])
    assert sum(counts) + undated == total and max(counts) > 0
    for b in bars(browser):  # readable without colour: every bar names its period and count
        n = int(b.get_attribute("data-count"))
        assert b.get_attribute("aria-label") == f"{b.get_attribute('data-key')}: {n} release{'' if n == 1 else 's'}"
        assert b.find_element("css selector", "title").get_attribute("textContent") == b.get_attribute("aria-label")
    assert by_css(browser, "#chart svg pattern#hatch") and by_css(browser, "#chart svg text.count")
    target = max(bars(browser), key=lambda b: int(b.get_attribute("data-count")))
    start, end, count = target.get_attribute("data-start"), target.get_attribute("data-end"), \
        int(target.get_attribute("data-count"))
    assert count < total, "the test needs a bar that narrows the results"
    target.click()
    wait(browser, lambda d: query_of(d).get("since") == [start] and query_of(d).get("until") == [end]
         and chart_ready(d) and summary_total(d) == count, "clicking the bar did not narrow the results")
    assert len(hits(browser)) == min(count, 20)
    pressed = [b.get_attribute("data-start") for b in bars(browser) if b.get_attribute("aria-pressed") == "true"]
    assert pressed == [start]  # the chosen period is marked by state and outline, not only by colour
    export = parse_qs(urlsplit(browser.find_element("id", "export-csv").get_attribute("href")).query)
    assert export == {"format": ["csv"], "source": ["bnpt"], "since": [start], "until": [end]}
    rows = list(csv.DictReader(io.StringIO(httpx.get(browser.find_element("id", "export-csv").get_attribute("href"),
                                                     timeout=WAIT).text)))
    assert len(rows) == count  # the export button exports exactly the narrowed view


def test_chart_interval_is_in_the_url_and_a_shared_link_reproduces_the_view(browser, server):
    browser.get(server["url"] + "/?q=koordinasi&mode=keyword")
    wait(browser, chart_ready, "no chart")
    from selenium.webdriver.support.select import Select

    Select(browser.find_element("id", "interval")).select_by_value("year")
    wait(browser, lambda d: query_of(d).get("interval") == ["year"] and chart_ready(d)
         and all(len(b.get_attribute("data-key")) == 4 for b in bars(d)), "the interval did not change")
    keys = [b.get_attribute("data-key") for b in bars(browser)]
    shown = [h.get_attribute("data-id") for h in hits(browser)]
    shared = browser.current_url
    browser.get("about:blank")
    browser.get(shared)
    wait(browser, lambda d: chart_ready(d) and [b.get_attribute("data-key") for b in bars(d)] == keys
         and [h.get_attribute("data-id") for h in hits(d)] == shown, "the shared link did not reproduce the view")
    assert browser.find_element("id", "interval").get_attribute("value") == "year"
    assert browser.find_element("id", "q").get_attribute("value") == "koordinasi"
    csv_href = parse_qs(urlsplit(browser.find_element("id", "timeline-csv").get_attribute("href")).query)
    assert csv_href == {"q": ["koordinasi"], "interval": ["year"], "format": ["csv"]}


def test_the_page_saves_the_current_search_as_a_watch(browser, server):
    browser.get(server["url"] + "/?q=terorisme&source=bnpt&lang=id")
    wait(browser, settled, "the page did not load")
    browser.find_element("id", "watch-name").send_keys("terorisme-bnpt")
    browser.find_element("css selector", "#save-form button").click()
    wait(browser, lambda d: "Saved" in d.find_element("id", "save-status").text, "the search was not saved")
    assert browser.find_element("css selector", "#save-status a.feed").get_attribute("href").endswith(
        "/watch/terorisme-bnpt.atom")
    saved = {w["name"]: w for w in httpx.get(server["url"] + "/watches", timeout=WAIT).json()}["terorisme-bnpt"]
    assert saved["query"] == "terorisme" and saved["filters"] == {"sources": ["bnpt"], "languages": ["id"]}
    assert httpx.get(server["url"] + "/watch/terorisme-bnpt.atom", timeout=WAIT).status_code == 200
    browser.find_element("css selector", "#save-form button").click()  # the same name again: refused, said why
    wait(browser, lambda d: "Not saved" in d.find_element("id", "save-status").text and "exists" in
         d.find_element("id", "save-status").text, "a duplicate name was not refused")


def test_the_diff_page_shows_two_versions_side_by_side(browser, server):
    """An agency edit (a changed number) stored as a new revision is shown by /diff with the old words
    struck out and the new ones marked; the page uses the shared dom.js helpers."""
    from sqlalchemy import select

    from archive.fingerprints import content_hash
    from archive.models import Article, Revision
    from pipelines.store import store_release

    article_id = server["ids"]["hostile"]
    with server["db"].session() as s:
        a = s.get(Article, article_id)
        body = a.body + "\n\nRapat dihadiri 42 perwakilan kementerian."
        data = {"source": a.source_id, "url": a.url, "canonical_url": a.canonical_url, "title": a.title,
                "body": body, "content_hash": content_hash(a.title, body), "language": a.language,
                "published_at": a.published_at, "published_has_time": a.published_has_time, "tags": list(a.tags),
                "captions": [], "attachments": [], "alternate_urls": {}, "extractor": a.extractor,
                "truncated": False, "http_status": 200, "fetched_at": datetime.now(UTC)}
        assert store_release(s, data) == "updated"
    with server["db"].session() as s:
        assert len(s.scalars(select(Revision.id).where(Revision.article_id == article_id)).all()) == 2
    browser.get(f"{server['url']}/diff?id={article_id}")
    wait(browser, lambda d: by_css(d, "ins"), "the diff page never marked the new words")
    inserted = " ".join(e.text for e in by_css(browser, "ins"))
    assert "42" in inserted and "perwakilan" in inserted
    assert browser.execute_script("return document.body.innerHTML").count("<script") == 0  # text, not markup


def test_a_phrase_found_only_in_a_pdf_names_the_file_and_links_to_its_page(browser, server):
    from tests.replicas.attachments.site import UNIQUE_PHRASE

    browser.get(server["url"] + "/?q=" + quote(f'"{UNIQUE_PHRASE}"'))
    wait(browser, lambda d: settled(d) and hits(d), "the phrase found no release")
    assert [h.find_element("css selector", "h3").text for h in hits(browser)] == [
        "Penanganan Banjir di Kalimantan Selatan"]
    match = hits(browser)[0].find_element("css selector", ".attachment-match a")
    assert match.text == "Siaran Pers: BI-Rate Tetap 5,00%, page 2"
    assert match.get_attribute("href") == STATEMENT_URL + "#page=2"
