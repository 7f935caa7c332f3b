// Entity page: profile, ties and memberships with evidence, a timeline chart of its events by type,
// its most frequent counterparts with the cooperation–conflict balance, and its latest events.
import { TYPES, api, documentHref, el, entityLink, errorBox, eventSummary, mount, svg, typeBadge, typeColour } from "./lw.js";

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
