// Network view: states and organisations as nodes, event flows and alignment ties as edges,
// filtered by year range and event type; a click on a node or an edge shows its evidence.
import { TYPES, api, clear, documentHref, el, entityHref, errorBox, eventSummary, mount, params, setParams, svg, typeBadge } from "./lw.js";

const since = el("input", { type: "number", name: "since", min: 1900, max: 2100, step: 1, placeholder: "from" });
const until = el("input", { type: "number", name: "until", min: 1900, max: 2100, step: 1, placeholder: "to" });
const minEvents = el("input", { type: "number", name: "min_events", min: 1, value: 1, style: "width:4rem" });
const showTies = el("input", { type: "checkbox", name: "ties", checked: true });
const typeBoxes = TYPES.map((t) => el("input", { type: "checkbox", name: "type", value: t }));
const canvas = svg("svg", { class: "net", id: "net", viewBox: "0 0 1000 640", role: "img", "aria-label": "network" });
const panel = el("aside", { class: "panel", id: "panel" }, el("p", { class: "muted" }, "Click a node or an edge to see its events and evidence."));
const summary = el("p", { class: "muted", id: "net-summary" });
const hint = el("span", { class: "muted" }, " — wheel to zoom, drag the background to pan, double-click it to reset; a click on empty space clears the focus.");
canvas.addEventListener("click", (e) => { if (e.target === canvas) focus(null); });
const form = el("form", { class: "bar", onsubmit: (e) => { e.preventDefault(); go(); } },
  el("label", {}, "from year", since), el("label", {}, "to year", until), el("label", {}, "min events", minEvents),
  el("label", {}, "alignment ties", showTies),
  el("div", { class: "types" }, typeBoxes.map((b) => el("label", {}, b, b.value))),
  el("button", { type: "submit" }, "Apply"));

const legend = el("div", { class: "legend" },
  el("span", {}, el("i", { style: "background:#4e79a7" }), "state or economy"), el("span", {}, el("i", { style: "background:#f28e2b" }), "organisation, grouping, mechanism"),
  el("span", {}, el("i", { style: "background:#59a14f" }), "cooperative flow"), el("span", {}, el("i", { style: "background:#9aa4b1" }), "neutral flow"),
  el("span", {}, el("i", { style: "background:#e15759" }), "conflictual flow"), el("span", {}, el("i", { style: "background:#2f8f83" }), "alignment tie (dashed)"),
  el("span", { class: "muted" }, "asserted, dated events only; node size: events in the window"));
mount("/network", el("h1", {}, "Network of the regional order"), form, el("div", {}, summary, hint), legend, el("div", { class: "net-layout" }, canvas, panel));
window.addEventListener("popstate", render);
render();

function state() {
  const p = params();
  return { since: p.get("since") || "", until: p.get("until") || "", type: p.get("type") || "",
    min_events: p.get("min_events") || "1", ties: p.get("ties") !== "0" };
}

function go() {
  const types = typeBoxes.filter((b) => b.checked).map((b) => b.value).join(",");
  setParams({ since: since.value, until: until.value, type: types, min_events: minEvents.value === "1" ? "" : minEvents.value,
    ties: showTies.checked ? "" : "0" });
  render();
}

function windowParams(s) { return { since: s.since, until: s.until, type: s.type }; }

async function render() {
  const s = state();
  since.value = s.since; until.value = s.until; minEvents.value = s.min_events; showTies.checked = s.ties;
  const chosen = new Set(s.type ? s.type.split(",") : []);
  typeBoxes.forEach((b) => { b.checked = chosen.has(b.value); });
  let g;
  try { g = await api("/api/graph", { ...windowParams(s), min_events: s.min_events }); } catch (err) { clear(panel).append(errorBox(err)); return; }
  draw(g, s);
}

function draw(g, s) {
  clear(canvas);
  const ties = s.ties ? g.ties : [];
  focus(null);
  summary.textContent = `${g.nodes.length} nodes · ${g.flows.length} event flows · ${ties.length} alignment ties` +
    (s.since || s.until ? ` · ${s.since || "…"}–${s.until || "…"}` : " · all years");
  canvas.dataset.nodes = String(g.nodes.length);
  canvas.dataset.flows = String(g.flows.length);
  if (!g.nodes.length) return;
  const xs = g.nodes.map((n) => n.x), ys = g.nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const px = (x) => 60 + (x1 > x0 ? (x - x0) / (x1 - x0) : 0.5) * 880;
  const py = (y) => 40 + (y1 > y0 ? (y - y0) / (y1 - y0) : 0.5) * 560;
  const at = new Map(g.nodes.map((n) => [n.id, [px(n.x), py(n.y)]]));
  const edges = svg("g", { class: "edges" });
  const maxW = Math.max(1, ...g.flows.map((f) => f.events));
  for (const f of g.flows) {
    const [a, b] = [at.get(f.source), at.get(f.target)];
    if (!a || !b) continue;
    const colour = f.mean_score > 1 ? "#59a14f" : f.mean_score < -1 ? "#e15759" : "#9aa4b1";
    edges.append(svg("line", { class: "edge flow", x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: colour,
      "stroke-opacity": 0.65, "stroke-width": 1 + 5 * Math.sqrt(f.events / maxW), "data-source": f.source, "data-target": f.target,
      onclick: (e) => edge(e, f.source, f.target, s) }, svg("title", {}, `${f.source} ${f.directed ? "→" : "—"} ${f.target}: ${f.events} events, mean score ${f.mean_score}`)));
  }
  for (const t of ties) {
    const [a, b] = [at.get(t.source), at.get(t.target)];
    if (!a || !b) continue;
    edges.append(svg("line", { class: "edge tie", x1: a[0], y1: a[1], x2: b[0], y2: b[1],
      stroke: t.kind === "alliance" ? "#1f4e8c" : "#2f8f83", "stroke-dasharray": "6 4", "stroke-width": 2,
      "data-source": t.source, "data-target": t.target, onclick: (e) => edge(e, t.source, t.target, s) },
      svg("title", {}, `${t.label} (${t.kind}) since ${t.since || "?"}`)));
  }
  const nodes = svg("g", { class: "nodes" });
  const maxN = Math.max(1, ...g.nodes.map((n) => n.events));
  // labels for the busiest nodes; the others show theirs when zoomed in or hovered
  const labelled = new Set([...g.nodes].sort((a, b) => b.events - a.events).slice(0, LABELS).map((n) => n.id));
  for (const n of g.nodes) {
    const [x, y] = at.get(n.id);
    const r = 5 + 14 * Math.sqrt(n.events / maxN);
    nodes.append(svg("g", { class: "node" + (labelled.has(n.id) ? " labelled" : ""), "data-id": n.id,
      transform: `translate(${x},${y})`, onclick: (e) => node(e, n.id, s) },
      svg("circle", { r, fill: n.kind === "state" || n.kind === "economy" ? "#4e79a7" : "#f28e2b" }),
      svg("text", { x: r + 3, y: 4 }, n.label), svg("title", {}, `${n.label} ${n.name_en} · ${n.events} events`)));
  }
  const scene = svg("g", { class: "scene" }, edges, nodes);
  canvas.append(scene);
  resetView();
}

// --- zoom (wheel) and pan (drag) by moving the viewBox ----------------------------------------
const LABELS = 40;
let view = { x: 0, y: 0, w: 1000, h: 640 };

function resetView() { view = { x: 0, y: 0, w: 1000, h: 640 }; applyView(); }

function applyView() {
  canvas.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  canvas.classList.toggle("zoomed", view.w < 500);
}

canvas.addEventListener("wheel", (e) => {
  e.preventDefault();
  const box = canvas.getBoundingClientRect();
  const fx = (e.clientX - box.left) / box.width, fy = (e.clientY - box.top) / box.height;
  const k = e.deltaY < 0 ? 0.8 : 1.25;
  const w = Math.min(4000, Math.max(100, view.w * k)), h = w * 0.64;
  view = { x: view.x + (view.w - w) * fx, y: view.y + (view.h - h) * fy, w, h };
  applyView();
}, { passive: false });

let drag = null;
canvas.addEventListener("pointerdown", (e) => {
  if (e.target !== canvas) return;  // nodes and edges keep their clicks
  drag = { x: e.clientX, y: e.clientY, view: { ...view } };
  canvas.setPointerCapture(e.pointerId);
});
canvas.addEventListener("pointermove", (e) => {
  if (!drag) return;
  const box = canvas.getBoundingClientRect();
  view = { ...drag.view, x: drag.view.x - (e.clientX - drag.x) * view.w / box.width,
    y: drag.view.y - (e.clientY - drag.y) * view.h / box.height };
  applyView();
});
canvas.addEventListener("pointerup", () => { drag = null; });
canvas.addEventListener("dblclick", (e) => { if (e.target === canvas) resetView(); });

/** Dim everything that is not the selection or its neighbourhood. */
function focus(ids) {
  canvas.classList.toggle("focused", !!ids);
  canvas.querySelectorAll(".node").forEach((n) => n.classList.toggle("near", !!ids && ids.has(n.dataset.id)));
  canvas.querySelectorAll(".edge").forEach((x) => x.classList.toggle("near", !!ids && ids.has(x.dataset.source) && ids.has(x.dataset.target)
    && (ids.centre === undefined || x.dataset.source === ids.centre || x.dataset.target === ids.centre)));
}

function mark(e) {
  canvas.querySelectorAll(".selected").forEach((x) => x.classList.remove("selected"));
  e.currentTarget.classList.add("selected");
}

async function node(e, id, s) {
  mark(e);
  const near = new Set([id]);
  canvas.querySelectorAll(".edge").forEach((x) => {
    if (x.dataset.source === id) near.add(x.dataset.target);
    if (x.dataset.target === id) near.add(x.dataset.source);
  });
  near.centre = id;
  focus(near);
  clear(panel).append(el("p", { class: "muted" }, "Loading…"));
  try {
    const j = await api("/api/graph/node/" + encodeURIComponent(id), windowParams(s));
    clear(panel).append(el("h2", {}, el("a", { href: entityHref(id) }, (j.names[id] && j.names[id].name_zh) || id)),
      el("p", { class: "muted" }, `${j.total} asserted events in the window`), eventList(j.events, j.names));
  } catch (err) { clear(panel).append(errorBox(err)); }
}

async function edge(e, a, b, s) {
  mark(e);
  const pair = new Set([a, b]);
  focus(pair);
  clear(panel).append(el("p", { class: "muted" }, "Loading…"));
  try {
    const j = await api("/api/graph/edge", { a, b, ...windowParams(s) });
    const nm = (k) => (j.names[k] && j.names[k].name_zh) || k;
    clear(panel).append(el("h2", {}, el("a", { href: entityHref(a) }, nm(a)), " — ", el("a", { href: entityHref(b) }, nm(b))),
      el("div", { class: "ties" }, j.ties.map((t) => el("div", { class: "ev tie" }, el("b", {}, t.label), ` (${t.kind}) since ${t.since || "?"}`,
        t.evidence.map((x) => el("blockquote", {}, x.text, " ", el("a", { href: documentHref(x.document_id, "#event-" + x.event) }, `line ${x.line}`)))))),
      el("p", { class: "muted" }, `${j.events.length} events`), eventList(j.events, j.names));
  } catch (err) { clear(panel).append(errorBox(err)); }
}

function eventList(events, names) {
  return el("div", { class: "events" }, events.map((ev) => el("div", { class: "ev", "data-event": ev.id },
    typeBadge(ev.type), " ", el("span", { class: "muted" }, ev.date || ""), el("div", {}, eventSummary(ev, names)),
    el("div", {}, el("a", { href: documentHref(ev.document_id, "#event-" + ev.id), class: "evidence" }, ev.evidence[0]?.text || "(evidence)")))));
}
