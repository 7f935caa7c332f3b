// Search page: full-text search with facets and paging; without a query, the list of documents.
import { api, clear, documentHref, el, entityHref, errorBox, mount, pager, params, setParams } from "./lw.js";

const FACETS = [["document", "Document"], ["year", "Year"], ["entity", "Entity"], ["type", "Event type"]];

function state() {
  const p = params();
  return { q: p.get("q") || "", document: p.get("document") || "", year: p.get("year") || "",
    entity: p.get("entity") || "", type: p.get("type") || "", page: Number(p.get("page") || 1) };
}

const input = el("input", { type: "search", name: "q", placeholder: "搜索 / search (either script finds both)", size: 48, autofocus: true });
const results = el("section", { class: "results", "aria-live": "polite" });
const facets = el("aside", { class: "facets" });
const form = el("form", { class: "bar", role: "search", onsubmit: (e) => { e.preventDefault(); go({ q: input.value.trim(), page: 1 }, true); } },
  input, el("button", { type: "submit" }, "Search"));

mount("/", el("h1", {}, "Search the knowledge base"), form, el("div", { class: "search-layout" }, facets, results));
window.addEventListener("popstate", render);
render();

function go(change, reset) {
  const s = state();
  const next = reset ? { q: s.q, ...change } : { ...s, ...change };
  setParams(next);
  render();
}

async function render() {
  const s = state();
  input.value = s.q;
  clear(results); clear(facets);
  if (!s.q) return documents();
  results.append(el("p", { class: "muted" }, "Searching…"));
  let j;
  try {
    j = await api("/api/search", { q: s.q, document: s.document, year: s.year, entity: s.entity, type: s.type, page: s.page, per_page: 20 });
  } catch (err) { clear(results).append(errorBox(err)); return; }
  clear(results);
  results.append(el("p", { class: "muted", id: "hit-count" }, `${j.total} passages`));
  if (j.capped) results.append(el("p", { class: "muted" }, `Facets and pages cover the best ${j.covered}; narrow the search to see the rest.`));
  for (const h of j.hits) {
    results.append(el("article", { class: "hit" },
      el("a", { href: documentHref(h.document_id, "#b" + h.block), class: "title" }, h.title || h.document),
      el("div", { class: "meta" }, `${h.document} · line ${h.line} · ${h.kind}`),
      el("div", { class: "snippet" }, "…", h.snippet.before, el("mark", {}, h.snippet.hit), h.snippet.after, "…")));
  }
  if (j.covered > j.per_page) {
    results.append(pager(j.covered, (j.page - 1) * j.per_page, j.per_page, (off) => go({ page: off / j.per_page + 1 })));
  }
  for (const [key, title] of FACETS) {
    const items = j.facets[key] || [];
    if (!items.length) continue;
    const active = String(s[key]);
    facets.append(el("h3", {}, title), el("ul", { "data-facet": key }, items.map((f) => {
      const on = active !== "" && String(f.value) === active;
      if (f.value === null) return el("li", {}, el("span", { class: "muted" }, f.label), el("span", { class: "muted" }, String(f.count)));
      return el("li", {},
        el("a", { href: "#", class: on ? "on" : null, onclick: (e) => { e.preventDefault(); go({ [key]: on ? "" : f.value, page: 1 }); } }, f.label),
        el("span", { class: "muted" }, String(f.count)));
    })));
    if (key === "entity" && active) facets.append(el("a", { href: entityHref(active), class: "muted" }, "→ entity page"));
  }
}

async function documents() {
  let j;
  try { j = await api("/api/documents"); } catch (err) { results.append(errorBox(err)); return; }
  results.append(el("h2", {}, `Documents (${j.documents.length})`), el("table", { class: "documents" },
    el("thead", {}, el("tr", {}, ["Title", "Kind", "Date", "Script", "File"].map((t) => el("th", {}, t)))),
    el("tbody", {}, j.documents.map((d) => el("tr", {},
      el("td", {}, el("a", { href: documentHref(d.id) }, d.title || d.path.split("/").pop())),
      el("td", {}, d.kind), el("td", {}, d.date || (d.issue_year ? String(d.issue_year) : "")),
      el("td", {}, d.script), el("td", { class: "muted" }, d.path.split("/").pop()))))));
}
