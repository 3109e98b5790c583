// Side-by-side diff of two versions of a release (/diff?id=ID&a=REV&b=REV). Everything from the server
// is rendered with textContent; the changed words are wrapped in <del>/<ins> elements built here.
"use strict";

function when(iso) {
  return iso ? new Date(iso).toLocaleString("en-GB", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" }) + " WIB" : "";
}

function cell(segments, side, op) {
  const td = el("td", { class: segments.length ? side : `${side} empty` });
  for (const [text, changed] of segments) {
    td.append(changed && op !== "equal" ? el(side === "a" ? "del" : "ins", {}, text) : document.createTextNode(text));
  }
  return td;
}

function rows(target, list) {
  target.replaceChildren(...list.map((row) => {
    const tr = el("tr", { class: row.op });
    tr.append(cell(row.left, "a", row.op), cell(row.right, "b", row.op));
    return tr;
  }));
}

async function show() {
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  $("diff-error").hidden = true;
  try {
    if (!id) throw new Error("no release id in the address (/diff?id=123)");
    const info = await fetchJSON(`/changes/versions/${encodeURIComponent(id)}`);
    $("release-title").textContent = info.title;
    document.title = `Siaran — changes to: ${info.title}`;
    const meta = $("release-meta");
    meta.replaceChildren(el("span", {}, `${info.source} · ${info.versions.length} version(s) · `),
      el("a", { href: info.url, rel: "noopener noreferrer", target: "_blank" }, "Open original"));
    if (info.removed_at) meta.append(el("span", { class: "removed-note" }, ` · removed from the site on ${when(info.removed_at)}`));
    for (const [select, fallback] of [[$("version-a"), info.versions.length - 2], [$("version-b"), info.versions.length - 1]]) {
      select.replaceChildren(...info.versions.map((v, i) =>
        el("option", { value: v.revision_id }, `#${i + 1} · fetched ${when(v.fetched_at)}`)));
      const wanted = params.get(select.name);
      select.value = wanted || String(info.versions[Math.max(0, fallback)].revision_id);
    }
    const query = new URLSearchParams({ a: $("version-a").value, b: $("version-b").value });
    const diff = await fetchJSON(`/changes/diff/${encodeURIComponent(id)}?${query}`);
    $("head-a").textContent = `Before · ${when(diff.a.fetched_at)}`;
    $("head-b").textContent = `After · ${when(diff.b.fetched_at)}`;
    rows($("diff-title"), diff.title);
    rows($("diff-body"), diff.rows);
    const changed = diff.rows.filter((r) => r.op !== "equal").length + diff.title.length;
    $("diff-summary").textContent = changed ? `${changed} paragraph(s) differ` : "These two versions have the same text.";
  } catch (error) {
    $("diff-error").textContent = error.message;
    $("diff-error").hidden = false;
  }
}

$("versions").addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams(location.search);
  params.set("a", $("version-a").value);
  params.set("b", $("version-b").value);
  history.pushState(null, "", `?${params}`);
  show();
});
window.addEventListener("popstate", show);
show();
