// Siaran analyst page. The URL query string is the state: every search is reproducible and shareable.
// Everything from the server is rendered with textContent, except the highlight HTML that the API
// escaped itself (search.api.safe_highlight): only that goes to innerHTML.
"use strict";

const LIST_KEYS = ["source", "lang", "tag"];
const SINGLE_KEYS = ["q", "since", "until", "has_translation", "sort", "mode", "page", "per_page", "article"];
const LANGUAGE_NAMES = { id: "Indonesian", en: "English" };
const PER_PAGE = 20;

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

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
  li.append(meta, title, snippet, links);
  return li;
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

async function fetchJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = Array.isArray(body.detail) ? body.detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ") : body.detail;
    throw new Error(detail || `HTTP ${response.status}`);
  }
  return body;
}

let generation = 0;

async function render() {
  const state = readState();
  const mine = ++generation;
  syncForm(state);
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
    $("summary").textContent = data.totalHits
      ? `${data.totalHits} release${data.totalHits === 1 ? "" : "s"} · showing ${from}–${to}` +
        (data.modeWarning ? ` · ${data.modeWarning}` : "")
      : "No releases match.";
    $("hits").replaceChildren(...data.hits.map(renderHit));
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
  $("article-close").addEventListener("click", () => navigate({ article: "" }, { resetPage: false }));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("article").hidden) navigate({ article: "" }, { resetPage: false });
  });
  window.addEventListener("popstate", render);
  render();
}

document.addEventListener("DOMContentLoaded", init);
