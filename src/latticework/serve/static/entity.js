// Entity page: profile, ties and memberships with evidence, a timeline chart of its events by type,
// its most frequent counterparts with the cooperation–conflict balance, and its latest events.
import { TYPES, api, documentHref, el, entityHref, entityLink, entityName, errorBox, eventSummary, mount, svg, typeBadge, typeColour } from "./lw.js";

const id = decodeURIComponent(location.pathname.split("/").pop());
main();

async function main() {
  let j, evs;
  try {
    [j, evs] = await Promise.all([api("/api/entities/" + encodeURIComponent(id)),
      api("/api/events", { actor: id, sort: "-date", limit: 30 })]);
  } catch (err) { mount("/", errorBox(err)); return; }
  const e = j.entity;
  document.title = "latticework · " + (e.name_zh || e.id);
  const names = Object.assign({}, evs.names, j.names);
  mount("/",
    el("section", { class: "profile" },
      el("h1", {}, e.name_zh || e.id, el("span", { class: "en" }, e.name_en || "")),
      el("div", { class: "muted" }, `${e.kind} · id ${e.id}${e.country ? " · " + e.country : ""} · ${j.mentions} mentions in ${j.documents} documents`)),
    el("h2", {}, "Events by year and type"), timeline(j.timeline),
    el("h2", {}, "Ties and memberships over time"), spans(j, names),
    el("div", { class: "two" },
      el("section", {}, el("h2", {}, "Relationships"), ties(j.relationships, names)),
      el("section", {}, el("h2", {}, "Memberships"), memberships(j.memberships, names, e.id))),
    el("h2", {}, "Most frequent counterparts"), counterparts(j.counterparts, names),
    el("h2", {}, `Latest events (${evs.total})`),
    el("p", {}, el("a", { href: "/events?actor=" + encodeURIComponent(id) }, "all of them in the events table →")),
    recent(evs.events, names));
}

function timeline(data) {
  const years = new Set();
  const undated = {};
  for (const [t, byYear] of Object.entries(data)) for (const [y, n] of Object.entries(byYear)) {
    if (y === "undated" || !/^\d{4}$/.test(y)) undated[t] = (undated[t] || 0) + n; else years.add(Number(y));
  }
  if (!years.size) return el("p", { class: "muted", id: "timeline" }, "No dated events.");
  // a contiguous axis when the years are close; otherwise only the years that have events
  const lo = Math.min(...years), hi = Math.max(...years);
  const span = [];
  if (hi - lo < 40) for (let y = lo; y <= hi; y++) span.push(y);
  else span.push(...[...years].sort((a, b) => a - b));
  const totals = span.map((y) => TYPES.reduce((s, t) => s + ((data[t] || {})[y] || 0), 0));
  const max = Math.max(1, ...totals);
  const W = 1000, H = 240, left = 36, bottom = 28, top = 10;
  const bw = Math.min(60, (W - left - 10) / span.length);
  const scale = (H - top - bottom) / max;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", height: H, role: "img", id: "timeline",
    "aria-label": "events per year by type" });
  for (const v of [0, Math.ceil(max / 2), max]) {
    const y = H - bottom - v * scale;
    chart.append(svg("line", { x1: left, x2: W - 5, y1: y, y2: y, stroke: "#eee" }),
      svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 10, fill: "#777" }, String(v)));
  }
  span.forEach((y, i) => {
    let acc = 0;
    const x = left + i * bw + 2;
    for (const t of TYPES) {
      const n = (data[t] || {})[y] || 0;
      if (!n) continue;
      const h = n * scale;
      chart.append(svg("rect", { x, y: H - bottom - acc - h, width: Math.max(1, bw - 4), height: h, fill: typeColour(t),
        class: "bar", "data-type": t, "data-year": y }, svg("title", {}, `${y} ${t}: ${n}`)));
      acc += h;
    }
    if (span.length <= 25 || i % Math.ceil(span.length / 25) === 0) {
      chart.append(svg("text", { x: x + bw / 2 - 2, y: H - bottom + 14, "text-anchor": "middle", "font-size": 10, fill: "#555" }, String(y)));
    }
  });
  const used = TYPES.filter((t) => data[t]);
  const nUndated = Object.values(undated).reduce((a, b) => a + b, 0);
  return el("div", { class: "chart" }, chart,
    el("div", { class: "legend" }, used.map((t) => el("span", {}, el("i", { style: `background:${typeColour(t)}` }), t)),
      nUndated ? el("span", { class: "muted" }, `(${nUndated} undated not shown)`) : null));
}

function evidence(list) {
  if (!list || !list.length) return el("span", { class: "muted" }, "gazetteer");
  return el("details", { class: "evidence" }, el("summary", {}, "evidence"),
    list.map((x) => el("blockquote", {}, x.text, " ",
      el("a", { href: documentHref(x.document_id, "#event-" + x.event) }, `(line ${x.line})`))));
}

function ties(rows, names) {
  if (!rows.length) return el("p", { class: "muted" }, "None recorded.");
  return el("table", { id: "relationships" }, el("thead", {}, el("tr", {}, ["With", "Kind", "Label", "Since", "Until", "Source"].map((t) => el("th", {}, t)))),
    el("tbody", {}, rows.map((t) => el("tr", {}, el("td", {}, entityLink(t.other, names)), el("td", {}, t.kind),
      el("td", {}, t.label), el("td", {}, t.since || ""), el("td", {}, t.until || ""), el("td", {}, evidence(t.evidence))))));
}

function memberships(all, names, self) {
  if (!all.length) return el("p", { class: "muted" }, "None recorded.");
  // what the documents say first, then the gazetteer's background facts, newest first
  const rows = [...all].sort((a, b) => (a.source === "event" ? 0 : 1) - (b.source === "event" ? 0 : 1)
    || String(b.since || "").localeCompare(String(a.since || "")));
  const table = el("table", { id: "memberships" }, el("thead", {}, el("tr", {}, ["Member", "Organisation", "Role", "Since", "Until", "Source"].map((t) => el("th", {}, t)))),
    el("tbody", {}, rows.map((m) => el("tr", {},
      el("td", {}, m.member === self ? names[self]?.name_zh || self : entityLink(m.member, names)),
      el("td", {}, m.organisation === self ? names[self]?.name_zh || self : entityLink(m.organisation, names)),
      el("td", {}, m.role), el("td", {}, m.since || ""), el("td", {}, m.until || ""),
      el("td", {}, m.source === "event" ? evidence(m.evidence) : m.source)))));
  if (rows.length <= 12) return table;
  const body = table.querySelector("tbody");
  [...body.children].slice(12).forEach((tr) => { tr.hidden = true; });
  const more = el("button", { type: "button", id: "more-memberships", onclick: () => {
    [...body.children].forEach((tr) => { tr.hidden = false; }); more.remove(); } }, `show all ${rows.length}`);
  return el("div", {}, table, more);
}

function counterparts(rows, names) {
  if (!rows.length) return el("p", { class: "muted" }, "None.");
  return el("table", { id: "counterparts" }, el("thead", {}, el("tr", {}, ["Counterpart", "Events", "Cooperation–conflict (mean score, −10…+10)"].map((t) => el("th", {}, t)))),
    el("tbody", {}, rows.map((c) => el("tr", {}, el("td", {}, entityLink(c.id, names)), el("td", {}, String(c.events)),
      el("td", {}, el("span", { class: "balance", style: `width:${Math.round(Math.abs(c.mean_score) * 12)}px;background:${c.mean_score >= 0 ? "#59a14f" : "#e15759"}` }),
        " " + c.mean_score.toFixed(2))))));
}

function recent(rows, names) {
  return el("table", { id: "recent" }, el("thead", {}, el("tr", {}, ["Date", "Type", "Who", "Evidence"].map((t) => el("th", {}, t)))),
    el("tbody", {}, rows.map((ev) => el("tr", {}, el("td", {}, ev.date || "—"), el("td", {}, typeBadge(ev.type)),
      el("td", {}, eventSummary(ev, names)),
      el("td", {}, el("a", { href: documentHref(ev.document_id, "#event-" + ev.id) }, (ev.evidence[0]?.text || "").slice(0, 60)))))));
}

/** One bar per tie or membership from its start to its end (or to today), with its label; dated ones only. */
function spans(j, names) {
  const self = j.entity.id;
  const year = (d) => (d ? Number(String(d).slice(0, 4)) + (Number(String(d).slice(5, 7) || 1) - 1) / 12 : null);
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const rows = [];
  for (const t of j.relationships) if (t.since) rows.push({ kind: t.kind, text: `${entityName(t.other, names)} · ${t.label}`, a: year(t.since), b: year(t.until) ?? now, open: !t.until, id: t.other });
  for (const m of j.memberships) if (m.since && m.role !== "left") {  // a withdrawal is a date, not a span
    const other = m.member === self ? m.organisation : m.member;
    rows.push({ kind: "member", text: `${entityName(other, names)} · ${m.role}`, a: year(m.since), b: year(m.until) ?? now, open: !m.until, id: other });
  }
  if (!rows.length) return el("p", { class: "muted", id: "spans" }, "No dated ties or memberships.");
  rows.sort((x, y) => x.a - y.a);
  const shown = rows.slice(-40);
  const lo = Math.floor(Math.min(...shown.map((r) => r.a))), hi = Math.ceil(now);
  const W = 1000, left = 260, rowH = 16, top = 18, H = top + shown.length * rowH + 6;
  const x = (v) => left + (v - lo) / Math.max(1, hi - lo) * (W - left - 10);
  const colour = { alliance: "#1f4e8c", partnership: "#2f8f83", diplomatic: "#76b7b2", member: "#f28e2b" };
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "spans", role: "img", "aria-label": "ties and memberships over time" });
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  for (let y = lo; y <= hi; y += step) {
    chart.append(svg("line", { x1: x(y), x2: x(y), y1: top - 4, y2: H, stroke: "#eee" }),
      svg("text", { x: x(y), y: 11, "font-size": 10, fill: "#777", "text-anchor": "middle" }, String(y)));
  }
  shown.forEach((r, i) => {
    const y = top + i * rowH;
    const link = svg("a", { href: entityHref(r.id) }, svg("text", { x: left - 6, y: y + 11, "font-size": 11, "text-anchor": "end", fill: "#2f6fb3" }, r.text.slice(0, 30)));
    chart.append(link, svg("rect", { x: x(r.a), y: y + 3, width: Math.max(2, x(r.b) - x(r.a)), height: rowH - 6, rx: 2,
      fill: colour[r.kind] || "#9aa4b1", "fill-opacity": r.open ? 0.85 : 0.55, class: "span" }, svg("title", {}, r.text)));
  });
  return el("div", { class: "chart" }, chart, el("div", { class: "legend" },
    Object.entries(colour).map(([k, c]) => el("span", {}, el("i", { style: `background:${c}` }), k)),
    rows.length > shown.length ? el("span", { class: "muted" }, `(the latest ${shown.length} of ${rows.length})`) : null));
}
