// Siaran analyst page. The URL query string is the state: every search is reproducible and shareable.
// Everything from the server is rendered with textContent, except the highlight HTML that the API
// escaped itself (search.api.safe_highlight): only that goes to innerHTML.
"use strict";

const LIST_KEYS = ["source", "lang", "tag"];
const SINGLE_KEYS = ["q", "since", "until", "has_translation", "sort", "mode", "page", "per_page", "article", "interval"];
const LANGUAGE_NAMES = { id: "Indonesian", en: "English" };
const PER_PAGE = 20;

// -- state <-> URL ------------------------------------------------------------------------------
function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of LIST_KEYS) state[key] = params.getAll(key).filter(Boolean);
  for (const key of SINGLE_KEYS) state[key] = params.get(key) || "";
  return state;
}

function filterParams(state) {
  // The filters shared by /search, /facets and /export (no page, sort or open article).
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of LIST_KEYS) for (const value of state[key]) params.append(key, value);
  for (const key of ["since", "until", "has_translation"]) if (state[key]) params.set(key, state[key]);
  return params;
}

function pageParams(state) {
  const params = filterParams(state);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  if (state.mode && state.mode !== "keyword") params.set("mode", state.mode);
  if (state.page && state.page !== "1") params.set("page", state.page);
  if (state.per_page) params.set("per_page", state.per_page);
  if (state.article) params.set("article", state.article);
  if (state.interval && state.interval !== "month") params.set("interval", state.interval);
  return params;
}

function navigate(changes, { resetPage = true } = {}) {
  const state = { ...readState(), ...changes };
  if (resetPage && !("page" in changes)) state.page = "";
  if (!("article" in changes)) state.article = "";
  const query = pageParams(state).toString();
  history.pushState(null, "", query ? `?${query}` : window.location.pathname);
  render();
}

// -- rendering ----------------------------------------------------------------------------------
function formatDate(iso) {
  if (!iso) return "undated";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-GB", { timeZone: "Asia/Jakarta", day: "numeric", month: "short", year: "numeric" });
}

function syncForm(state) {
  $("q").value = state.q;
  $("sort").value = state.sort || "relevance";
  $("mode").value = state.mode || "keyword";
  $("since").value = state.since;
  $("until").value = state.until;
  $("has-translation").checked = state.has_translation === "true";
  const exportParams = filterParams(state);
  for (const format of ["csv", "jsonl"]) {
    const params = new URLSearchParams(exportParams);
    params.set("format", format);
    $(`export-${format}`).href = `/export?${params}`;
  }
  $("interval").value = state.interval || "month";
  $("timeline-csv").href = `/timeline?${timelineParams(state, "csv")}`;
}

function toggle(key, value) {
  const state = readState();
  const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
  navigate({ [key]: values });
}

function yearRange(state) {
  const m = /^(\d{4})-01-01$/.exec(state.since);
  return m && state.until === `${m[1]}-12-31` ? m[1] : "";
}

function renderFacet(listId, counts, { key, selected, label, clickable = () => true }) {
  const list = $(listId);
  list.replaceChildren();
  const entries = Object.entries(counts || {});
  if (listId === "facet-year") entries.sort((a, b) => b[0].localeCompare(a[0]));
  for (const value of selected) if (!entries.some(([v]) => v === value)) entries.unshift([value, 0]);
  if (!entries.length) list.append(el("li", { class: "empty" }, "none"));
  for (const [value, count] of entries) {
    const pressed = selected.includes(value);
    const li = el("li");
    const button = el("button", { type: "button", "aria-pressed": String(pressed), "data-facet": key, "data-value": value });
    button.append(el("span", { class: "name" }, label(value)), el("span", { class: "count" }, count));
    if (!clickable(value)) button.disabled = true;
    button.addEventListener("click", () => (key === "year" ? toggleYear(value) : toggle(key, value)));
    li.append(button);
    list.append(li);
  }
}

function toggleYear(year) {
  const state = readState();
  if (yearRange(state) === year) navigate({ since: "", until: "" });
  else navigate({ since: `${year}-01-01`, until: `${year}-12-31` });
}

function renderChips(state, sourceNames) {
  const chips = $("active-filters");
  chips.replaceChildren();
  const add = (text, changes) => {
    const button = el("button", { type: "button", "aria-label": `Remove filter ${text}` }, `${text} ×`);
    button.addEventListener("click", () => navigate(changes));
    const li = el("li");
    li.append(button);
    chips.append(li);
  };
  for (const key of LIST_KEYS) {
    for (const value of state[key]) {
      const name = key === "source" ? sourceNames[value] || value : key === "lang" ? LANGUAGE_NAMES[value] || value : value;
      add(name, { [key]: state[key].filter((v) => v !== value) });
    }
  }
  if (state.since) add(`from ${state.since}`, { since: "" });
  if (state.until) add(`to ${state.until}`, { until: "" });
  if (state.has_translation) add(state.has_translation === "true" ? "with translation" : "without translation", { has_translation: "" });
}

function renderHit(hit) {
  const li = el("li", { class: "hit", "data-id": hit.id });
  const meta = el("p", { class: "meta" });
  meta.append(
    el("span", { class: `badge lang-${hit.language}`, title: LANGUAGE_NAMES[hit.language] || hit.language }, hit.language.toUpperCase()),
    el("time", { datetime: hit.published_at || "" }, formatDate(hit.published_at)),
    el("span", { class: "source" }, hit.source_name || hit.source),
  );
  const title = el("h3");
  const openParams = pageParams(readState());
  openParams.set("article", String(hit.id));
  const open = el("a", { href: `?${openParams}`, class: "open" });
  open.innerHTML = hit.title_html; // escaped by the API; only <mark> tags remain
  open.addEventListener("click", (event) => {
    event.preventDefault();
    navigate({ article: String(hit.id) }, { resetPage: false });
  });
  title.append(open);
  const snippet = el("p", { class: "snippet" });
  snippet.innerHTML = hit.snippet_html; // escaped by the API; only <mark> tags remain
  const links = el("p", { class: "links" });
  links.append(el("a", { href: hit.url, rel: "noopener noreferrer", target: "_blank", class: "original" }, "Open original"));
  if (hit.translation_id) {
    const target = hit.translation_url || `?article=${hit.translation_id}`;
    links.append(el("a", { href: target, rel: "noopener noreferrer", target: "_blank", class: "translation" },
      `Open translation (${hit.language === "id" ? "English" : "Indonesian"})`));
  }
  li.append(meta, title, snippet);
  for (const match of hit.matched_attachments || []) {
    const name = match.title || match.url.split("/").pop();
    const found = el("p", { class: "attachment-match" }, "Matched in ");
    found.append(el("a", { href: `${match.url}#page=${match.page}`, rel: "noopener noreferrer", target: "_blank" },
      `${name}, page ${match.page}`));
    li.append(found);
  }
  li.append(links);
  return li;
}

// "edited N×" and "removed from the site on …" badges, linking to the side-by-side diff (/diff). Asked
// for after the results are shown: a page of results never waits for them.
async function addChangeBadges(hits, mine) {
  if (!hits.length) return;
  const params = new URLSearchParams();
  for (const hit of hits) params.append("id", String(hit.id));
  let badges;
  try {
    badges = await fetchJSON(`/changes/badges?${params}`);
  } catch (error) {
    return; // badges are an extra: the results stand without them
  }
  if (mine !== generation) return;
  for (const [id, badge] of Object.entries(badges)) {
    const meta = document.querySelector(`li.hit[data-id="${CSS.escape(id)}"] .meta`);
    if (!meta) continue;
    if (badge.edits > 0) {
      meta.append(el("a", { class: "badge edited", href: `/diff?id=${encodeURIComponent(id)}`,
        title: `Edited by the agency after publication (last ${formatDate(badge.last_edited_at)}); see what changed` },
      `edited ${badge.edits}×`));
    }
    if (badge.removed_at) {
      meta.append(el("a", { class: "badge removed", href: `/diff?id=${encodeURIComponent(id)}`,
        title: "The agency's page is gone; the archive keeps every version" },
      `removed from the site on ${formatDate(badge.removed_at)}`));
    }
  }
}

function renderPager(state, data) {
  const pager = $("pager");
  pager.replaceChildren();
  if (data.totalPages <= 1) return;
  const current = data.page;
  const link = (page, text, attrs = {}) => {
    const params = pageParams({ ...state, page: String(page), article: "" });
    const a = el("a", { href: `?${params}`, ...attrs }, text);
    a.addEventListener("click", (event) => {
      event.preventDefault();
      navigate({ page: String(page) }, { resetPage: false });
      $("results").focus();
    });
    return a;
  };
  if (current > 1) pager.append(link(current - 1, "‹ Previous", { rel: "prev", class: "prev" }));
  const first = Math.max(1, current - 3);
  const last = Math.min(data.totalPages, current + 3);
  for (let p = first; p <= last; p++) {
    if (p === current) pager.append(el("span", { "aria-current": "page", class: "current" }, p));
    else pager.append(link(p, p, { "aria-label": `Page ${p}` }));
  }
  if (current < data.totalPages) pager.append(link(current + 1, "Next ›", { rel: "next", class: "next" }));
}


let generation = 0;

async function render() {
  const state = readState();
  const mine = ++generation;
  syncForm(state);
  renderTimeline(state, mine); // its own request: the results do not wait for the chart
  const params = filterParams(state);
  params.set("per_page", state.per_page || String(PER_PAGE));
  if (state.sort) params.set("sort", state.sort);
  if (state.mode) params.set("mode", state.mode);
  if (state.page) params.set("page", state.page);
  $("error").hidden = true;
  document.body.setAttribute("aria-busy", "true");
  try {
    const data = await fetchJSON(`/search?${params}`);
    if (mine !== generation) return;
    const names = data.sourceNames || {};
    const facets = data.facetDistribution || {};
    renderFacet("facet-language", facets.language, { key: "lang", selected: state.lang, label: (v) => LANGUAGE_NAMES[v] || v, clickable: (v) => v in LANGUAGE_NAMES });
    renderFacet("facet-source", facets.source, { key: "source", selected: state.source, label: (v) => names[v] || v });
    const year = yearRange(state);
    renderFacet("facet-year", facets.year, { key: "year", selected: year ? [year] : [], label: (v) => v });
    renderChips(state, names);
    const from = data.totalHits ? (data.page - 1) * data.per_page + 1 : 0;
    const to = Math.min(data.totalHits, data.page * data.per_page);
    const searchedFor = data.correctedQuery ? ` · searched for “${data.correctedQuery}”` : "";
    $("summary").textContent = data.totalHits
      ? `${data.totalHits} release${data.totalHits === 1 ? "" : "s"} · showing ${from}–${to}` + searchedFor +
        (data.modeWarning ? ` · ${data.modeWarning}` : "")
      : "No releases match." + searchedFor;
    $("hits").replaceChildren(...data.hits.map(renderHit));
    addChangeBadges(data.hits, mine);
    renderPager(state, data);
  } catch (error) {
    if (mine !== generation) return;
    $("summary").textContent = "Search failed.";
    $("error").textContent = error.message;
    $("error").hidden = false;
    $("hits").replaceChildren();
    $("pager").replaceChildren();
  } finally {
    document.body.removeAttribute("aria-busy");
  }
  renderArticle(state.article);
}

async function renderArticle(id) {
  const panel = $("article");
  if (!id) {
    panel.hidden = true;
    return;
  }
  try {
    const a = await fetchJSON(`/articles/${encodeURIComponent(id)}`);
    $("article-title").textContent = a.title;
    $("article-meta").replaceChildren(
      el("span", { class: `badge lang-${a.language}` }, (a.language || "?").toUpperCase()),
      el("time", { datetime: a.published_at || "" }, formatDate(a.published_at)),
      el("span", { class: "source" }, a.source_name || a.source),
      el("span", { class: "revisions" }, `${a.revisions} revision${a.revisions === 1 ? "" : "s"}`),
    );
    const links = $("article-links");
    links.replaceChildren(el("a", { href: a.url, rel: "noopener noreferrer", target: "_blank", class: "original" }, "Open original"));
    if (a.translation) {
      links.append(el("a", { href: a.translation.url, rel: "noopener noreferrer", target: "_blank", class: "translation" },
        `Open translation: ${a.translation.title}`));
    }
    $("article-body").replaceChildren(...a.body.split(/\n\n+/).map((p) => el("p", {}, p)));
    const dl = $("article-provenance");
    dl.replaceChildren();
    for (const [key, value] of Object.entries({ url: a.url, canonical_url: a.canonical_url, ...a.provenance })) {
      dl.append(el("dt", {}, key.replace(/_/g, " ")), el("dd", {}, value ?? "—"));
    }
  } catch (error) {
    $("article-title").textContent = `Release ${id} could not be loaded`;
    $("article-meta").replaceChildren();
    $("article-links").replaceChildren();
    $("article-body").replaceChildren(el("p", {}, error.message));
  }
  panel.hidden = false;
  $("article-title").focus();
}

// -- timeline chart ----------------------------------------------------------------------------
// Counts per period from /timeline (the same filters as the results), drawn as inline SVG by this page.
// Not colour alone: bars are hatched, each carries its count as text and a <title>, the selected period
// gets a solid fill, a thick outline and aria-pressed; bars are buttons (Tab + Enter/Space).
const SVG_NS = "http://www.w3.org/2000/svg";
const CHART = { width: 720, height: 190, top: 18, bottom: 34, left: 8, right: 8 };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function timelineParams(state, format) {
  const params = filterParams(state);
  params.set("interval", state.interval || "month");
  if (state.mode && state.mode !== "keyword") params.set("mode", state.mode);
  if (format) params.set("format", format);
  return params;
}

function isOneBar(state) {
  // Whether since/until are exactly one bar of the chart's interval (a bar was selected): then the chart
  // keeps showing every period, with that bar marked, instead of a single bar.
  if (!state.since || !state.until) return false;
  const day = (iso) => new Date(`${iso}T00:00:00Z`);
  const s = day(state.since);
  const u = day(state.until);
  if (Number.isNaN(s.getTime()) || Number.isNaN(u.getTime())) return false;
  const interval = state.interval || "month";
  if (interval === "day") return state.since === state.until;
  if (interval === "week") return s.getUTCDay() === 1 && u - s === 6 * 86400000;
  if (interval === "month") return s.getUTCDate() === 1 && u.getTime() === Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 0);
  return state.since.endsWith("-01-01") && state.until === `${state.since.slice(0, 4)}-12-31`;
}

async function renderTimeline(state, mine) {
  const chart = $("chart");
  chart.setAttribute("aria-busy", "true");
  const context = isOneBar(state) ? { ...state, since: "", until: "" } : state;
  try {
    const data = await fetchJSON(`/timeline?${timelineParams(context)}`);
    if (mine !== generation) return;
    drawChart(chart, data, state);
    const notes = [`${data.undated} undated release${data.undated === 1 ? "" : "s"} (not on the chart)`];
    if (context !== state) notes.push(`showing every period; ${state.since} to ${state.until} is outlined (select it again for all)`);
    if (data.note) notes.push(data.note);
    $("timeline-note").textContent = notes.join(" · ");
  } catch (error) {
    if (mine !== generation) return;
    chart.replaceChildren();
    $("timeline-note").textContent = `The timeline could not be drawn: ${error.message}`;
  } finally {
    chart.removeAttribute("aria-busy");
  }
}

function drawChart(chart, data, state) {
  const buckets = data.buckets || [];
  chart.replaceChildren();
  if (!buckets.length) {
    chart.append(el("p", { class: "empty" }, "No dated releases match."));
    return;
  }
  const { width, height, top, bottom, left, right } = CHART;
  const plotHeight = height - top - bottom;
  const slot = (width - left - right) / buckets.length;
  const barWidth = Math.max(1, Math.min(slot * 0.8, 48));
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "group", class: "chart-svg",
    "aria-label": `Releases per ${data.interval}: ${data.dated} dated releases in ${buckets.length} periods` });
  const defs = svg("defs");
  const hatch = svg("pattern", { id: "hatch", width: "6", height: "6", patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  hatch.append(svg("rect", { width: "6", height: "6", class: "hatch-bg" }), svg("line", { x1: "0", y1: "0", x2: "0", y2: "6", class: "hatch-line" }));
  defs.append(hatch);
  root.append(defs, svg("line", { x1: left, x2: width - right, y1: top + plotHeight, y2: top + plotHeight, class: "axis" }));
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((b, i) => {
    const barHeight = b.count ? Math.max(2, (b.count / max) * plotHeight) : 0;
    const x = left + i * slot + (slot - barWidth) / 2;
    const selected = state.since === b.start && state.until === b.end;
    const label = `${b.key}: ${b.count} release${b.count === 1 ? "" : "s"}`;
    const bar = svg("g", { class: `bar${selected ? " selected" : ""}`, role: "button", tabindex: "0",
      "aria-pressed": String(selected), "aria-label": label, "data-key": b.key, "data-count": String(b.count),
      "data-start": b.start, "data-end": b.end });
    bar.append(svg("title", {}, label));
    // A full-height transparent target, so an empty or tiny bar is still easy to click.
    bar.append(svg("rect", { x: left + i * slot, y: top, width: slot, height: plotHeight, class: "target" }));
    bar.append(svg("rect", { x, y: top + plotHeight - barHeight, width: barWidth, height: barHeight,
      class: "fill", fill: selected ? "currentColor" : "url(#hatch)" }));
    if (b.count && slot >= 14) {
      bar.append(svg("text", { x: x + barWidth / 2, y: top + plotHeight - barHeight - 4, class: "count", "text-anchor": "middle" }, b.count));
    }
    const choose = () => (selected ? navigate({ since: "", until: "" }) : navigate({ since: b.start, until: b.end }));
    bar.addEventListener("click", choose);
    bar.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose();
      }
    });
    root.append(bar);
    if (i % labelEvery === 0 || i === buckets.length - 1) {
      root.append(svg("text", { x: left + i * slot + slot / 2, y: height - bottom + 16, class: "tick", "text-anchor": "middle" }, b.key));
    }
  });
  chart.append(root);
}

// -- saving the search as a watch ------------------------------------------------------------------
async function saveSearch() {
  const state = readState();
  const status = $("save-status");
  const body = { name: $("watch-name").value.trim(), q: state.q, mode: state.mode || "keyword", source: state.source,
    lang: state.lang, tag: state.tag, since: state.since || null, until: state.until || null,
    has_translation: state.has_translation ? state.has_translation === "true" : null };
  status.replaceChildren();
  try {
    const response = await fetch("/watches", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body) });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(typeof data.detail === "string" ? data.detail : `HTTP ${response.status}`);
    status.append(`Saved “${data.name}”. New matches: `, el("a", { href: data.feed, class: "feed" }, "Atom feed"));
  } catch (error) {
    status.textContent = `Not saved: ${error.message}`;
  }
}

// -- events -------------------------------------------------------------------------------------
function init() {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate({ q: $("q").value.trim() });
  });
  $("sort").addEventListener("change", () => navigate({ sort: $("sort").value }));
  $("mode").addEventListener("change", () => navigate({ mode: $("mode").value }));
  for (const key of ["since", "until"]) {
    $(key).addEventListener("change", () => navigate({ [key]: $(key).value }));
  }
  $("has-translation").addEventListener("change", () => navigate({ has_translation: $("has-translation").checked ? "true" : "" }));
  $("interval").addEventListener("change", () => navigate({ interval: $("interval").value }, { resetPage: false }));
  $("save-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveSearch();
  });
  $("article-close").addEventListener("click", () => navigate({ article: "" }, { resetPage: false }));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("article").hidden) navigate({ article: "" }, { resetPage: false });
  });
  window.addEventListener("popstate", render);
  render();
}

document.addEventListener("DOMContentLoaded", init);
