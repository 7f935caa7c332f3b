// Shared helpers of the explorer's pages. Text from documents only ever enters the page as
// text nodes or attribute values set through the DOM: never as HTML.

export const TYPES = ["CONSULT", "AGREE", "ALIGN", "JOIN", "LEAVE", "ESTABLISH", "COOPERATE", "AID",
  "MOBILIZE", "POLICY", "SANCTION", "ACCUSE", "THREATEN", "COERCE"];

const PALETTE = {
  CONSULT: "#4e79a7", AGREE: "#59a14f", ALIGN: "#2f8f83", JOIN: "#8cd17d", LEAVE: "#b6992d",
  ESTABLISH: "#76b7b2", COOPERATE: "#86bcb6", AID: "#9c755f", MOBILIZE: "#f28e2b", POLICY: "#bab0ac",
  SANCTION: "#e15759", ACCUSE: "#ff9d9a", THREATEN: "#d37295", COERCE: "#b07aa1",
};

export function typeColour(t) { return PALETTE[t] || "#888"; }

/** Build an element: el("a", {href: "/x", class: "y", onclick: fn}, "text", child, ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** The same for SVG elements. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "href") node.setAttribute("href", safeHref(v));
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "style") node.style.cssText = String(v);  // through the CSSOM: allowed by the pages' CSP
    else node.setAttribute(k, v === true ? "" : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Only links inside the explorer (a path or a fragment); anything else becomes inert. */
export function safeHref(h) {
  const s = String(h);
  return (s.startsWith("/") && !s.startsWith("//")) || s.startsWith("#") || s.startsWith("?") ? s : "#";
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

export async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    let detail = r.statusText;
    try { const j = await r.json(); detail = typeof j.detail === "string" ? j.detail : JSON.stringify(j.detail); } catch (_) { /* keep */ }
    throw new Error(`${r.status} ${detail}`);
  }
  return r.json();
}

export function params() { return new URLSearchParams(location.search); }

export function setParams(obj, push = true) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  const url = location.pathname + (p.toString() ? "?" + p : "");
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

export function entityHref(id) { return "/entities/" + encodeURIComponent(id); }
export function documentHref(id, hash = "") { return "/documents/" + encodeURIComponent(id) + hash; }

export function entityName(id, names) {
  const n = (names || {})[id];
  return (n && (n.name_zh || n.name_en)) || id;
}

export function entityLink(id, names) {
  const n = (names || {})[id] || {};
  return el("a", { href: entityHref(id), class: "entity", title: [n.name_en, id].filter(Boolean).join(" · ") },
    entityName(id, names));
}

export function partyList(ids, names) {
  const out = [];
  ids.forEach((id, i) => { if (i) out.push("、"); out.push(entityLink(id, names)); });
  return out.length ? out : [el("span", { class: "muted" }, "—")];
}

export function typeBadge(t) {
  return el("span", { class: "badge", style: `background:${typeColour(t)}` }, t);
}

export function header(active) {
  const links = [["/", "Search"], ["/events", "Events"], ["/network", "Network"], ["/docs", "API"]];
  return el("header", { class: "top" },
    el("a", { href: "/", class: "brand" }, "latticework"),
    el("nav", {}, links.map(([h, t]) => el("a", { href: h, class: active === h ? "active" : null }, t))));
}

export function mount(active, ...content) {
  const root = document.getElementById("app");
  clear(root);
  document.body.prepend(header(active));
  append(root, content);
  return root;
}

export function errorBox(err) { return el("div", { class: "error", role: "alert" }, String(err.message || err)); }

/** "previous / rows a–b of n / next" */
export function pager(total, offset, limit, go) {
  const last = Math.min(total, offset + limit);
  return el("div", { class: "pager" },
    el("button", { type: "button", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)), "data-go": "prev" }, "‹ previous"),
    el("span", { class: "range" }, total ? `${offset + 1}–${last} of ${total}` : "nothing"),
    el("button", { type: "button", disabled: last >= total, onclick: () => go(offset + limit), "data-go": "next" }, "next ›"));
}

export function eventSummary(ev, names) {
  return el("span", { class: "summary" },
    partyList(ev.actors, names),
    ev.recipients.length ? [" → ", partyList(ev.recipients, names)] : null,
    ev.label ? el("span", { class: "label" }, " 〔" + ev.label + "〕") : null,
    ev.object ? el("span", { class: "object" }, " 《" + ev.object + "》") : null);
}
