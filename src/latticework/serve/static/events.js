// Events table: filter, sort, page, and download the current selection as CSV.
import { TYPES, api, clear, documentHref, el, errorBox, mount, pager, params, partyList, setParams, typeBadge } from "./lw.js";

const FIELDS = ["actor", "type", "since", "until", "modality", "document"];
const COLUMNS = [["date", "Date"], ["type", "Type"], ["modality", "Modality"], [null, "Actors"], [null, "Recipients"],
  [null, "Label / object"], [null, "Evidence"], ["document", "Document"]];

const inputs = {
  actor: el("input", { name: "actor", placeholder: "USA, asean…", size: 10 }),
  type: el("select", { name: "type" }, el("option", { value: "" }, "any type"), TYPES.map((t) => el("option", { value: t }, t))),
  since: el("input", { name: "since", placeholder: "YYYY[-MM[-DD]]", size: 11 }),
  until: el("input", { name: "until", placeholder: "YYYY[-MM[-DD]]", size: 11 }),
  modality: el("select", { name: "modality" }, ["", "asserted", "planned", "proposed", "hypothetical", "negated"]
    .map((m) => el("option", { value: m }, m || "any modality"))),
  document: el("select", { name: "document" }, el("option", { value: "" }, "any document")),
};
const perPage = el("select", { name: "limit" }, [25, 50, 100, 250].map((n) => el("option", { value: n }, `${n} a page`)));
const csv = el("a", { class: "button", id: "csv", href: "/api/events.csv", download: "latticework-events.csv" }, "Download CSV");
const table = el("div", { id: "table" });
const form = el("form", { class: "bar", onsubmit: (e) => { e.preventDefault(); go({ offset: 0 }); } },
  FIELDS.map((f) => el("label", {}, f, inputs[f])), el("label", {}, "rows", perPage),
  el("button", { type: "submit" }, "Filter"), csv);

mount("/events", el("h1", {}, "Events"), form, table);
window.addEventListener("popstate", render);
loadDocuments().then(render);

function state() {
  const p = params();
  const s = { sort: p.get("sort") || "date", offset: Number(p.get("offset") || 0), limit: Number(p.get("limit") || 50) };
  for (const f of FIELDS) s[f] = p.get(f) || "";
  return s;
}

function go(change) {
  const s = state();
  for (const f of FIELDS) s[f] = inputs[f].value.trim();
  s.limit = Number(perPage.value);
  setParams({ ...s, ...change });
  render();
}

async function loadDocuments() {
  try {
    const j = await api("/api/documents");
    for (const d of j.documents) inputs.document.append(el("option", { value: d.id }, d.title || d.path.split("/").pop()));
  } catch (_) { /* the filter stays without documents */ }
}

async function render() {
  const s = state();
  for (const f of FIELDS) inputs[f].value = s[f];
  perPage.value = String(s.limit);
  const filters = {};
  for (const f of FIELDS) if (s[f]) filters[f] = s[f];
  const q = new URLSearchParams({ ...filters, sort: s.sort });
  csv.setAttribute("href", "/api/events.csv?" + q);
  clear(table).append(el("p", { class: "muted" }, "Loading…"));
  let j;
  try { j = await api("/api/events", { ...filters, sort: s.sort, offset: s.offset, limit: s.limit }); } catch (err) { clear(table).append(errorBox(err)); return; }
  const key = s.sort.replace(/^-/, ""), desc = s.sort.startsWith("-");
  clear(table).append(
    el("p", { class: "muted", id: "total" }, `${j.total} events`),
    el("table", { class: "events" },
      el("thead", {}, el("tr", {}, COLUMNS.map(([k, t]) => el("th", {
        class: [k ? "sortable" : "", k === key ? "sorted" : "", k === key && desc ? "desc" : ""].join(" ").trim() || null,
        "data-sort": k, onclick: k ? () => go({ sort: k === key && !desc ? "-" + k : k, offset: 0 }) : null }, t)))),
      el("tbody", {}, j.events.map((ev) => el("tr", { "data-event": ev.id },
        el("td", {}, ev.date || "—", ev.date_end ? "…" + ev.date_end : ""), el("td", {}, typeBadge(ev.type)),
        el("td", {}, ev.modality), el("td", {}, partyList(ev.actors, j.names)), el("td", {}, partyList(ev.recipients, j.names)),
        el("td", {}, [ev.label, ev.object].filter(Boolean).join(" · ")),
        el("td", {}, el("a", { href: documentHref(ev.document_id, "#event-" + ev.id) }, (ev.evidence[0]?.text || "").slice(0, 70))),
        el("td", { class: "muted" }, ev.document.split("/").pop()))))),
    pager(j.total, j.offset, j.limit, (off) => go({ offset: off })));
}
