// Document reader: cleaned text with mentions, triggers and evidence marked; footnotes beside their
// markers; event cards that scroll to and highlight their evidence.
import { api, documentHref, el, entityHref, errorBox, eventSummary, mount, typeBadge } from "./lw.js";

const docId = decodeURIComponent(location.pathname.split("/").pop());

main();

async function main() {
  let j;
  try { j = await api("/api/documents/" + encodeURIComponent(docId)); } catch (err) { mount("/", errorBox(err)); return; }
  document.title = "latticework · " + (j.document.title || j.document.path);
  const names = {};
  for (const ev of j.events) for (const k of ev.actors.concat(ev.recipients)) names[k] = names[k] || null;
  Object.assign(names, j.entities);
  const blocks = new Map(j.blocks.map((b) => [b.seq, b]));
  const paired = new Set();
  for (const b of j.blocks) for (const m of b.marks) if (m.kind === "marker" && m.footnote !== null) paired.add(m.footnote);

  const text = el("div", { class: "text", id: "text" });
  for (const b of j.blocks) {
    if (b.kind === "footnote" && paired.has(b.seq)) continue;  // shown beside its marker
    const notes = b.marks.filter((m) => m.kind === "marker" && m.footnote !== null && blocks.has(m.footnote))
      .map((m) => el("div", { class: "note", id: "fn" + m.footnote, "data-label": m.label },
        el("b", {}, m.label + " "), blocks.get(m.footnote).text));
    const tag = b.kind === "heading" ? "h" + Math.min(4, (b.level || 1) + 1) : "p";
    text.append(el("div", { class: "row " + b.kind, id: "b" + b.seq, "data-line": b.line_first },
      el(tag, {}, renderBlock(b)), el("aside", { class: "notes" }, notes)));
  }
  const cards = el("aside", { class: "cards", "aria-label": "events" },
    el("h2", {}, `Events (${j.events.length})`),
    j.events.map((ev) => el("div", { class: "card", id: "card-" + ev.id, "data-event": ev.id, tabindex: 0,
      onclick: () => select(ev.id, true), onkeydown: (e) => { if (e.key === "Enter") select(ev.id, true); } },
      typeBadge(ev.type), el("span", { class: "when" }, ev.date || "undated"),
      ev.modality !== "asserted" ? [" ", el("span", { class: "mod " + ev.modality }, ev.modality)] : null,
      el("div", {}, eventSummary(ev, names)),
      el("div", { class: "muted" }, "“" + (ev.trigger || "") + "” · line " + (ev.evidence[0] ? ev.evidence[0].line : "?")))));
  mount("/", meta(j), el("div", { class: "doc-layout" }, text, cards));

  followHash();
  window.addEventListener("hashchange", followHash);
}

function followHash() {
  const m = /^#event-(\d+)$/.exec(location.hash);
  if (m) select(Number(m[1]), true);
  else if (location.hash.startsWith("#b")) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

function select(id, scroll) {
  document.querySelectorAll(".ev.hl").forEach((n) => n.classList.remove("hl"));
  document.querySelectorAll(".card.active").forEach((n) => n.classList.remove("active"));
  const spans = document.querySelectorAll(`.ev[data-ev~="${Number(id)}"]`);
  spans.forEach((n) => n.classList.add("hl"));
  const card = document.getElementById("card-" + id);
  if (card) { card.classList.add("active"); card.scrollIntoView({ block: "nearest" }); }
  if (scroll && spans.length) spans[0].scrollIntoView({ block: "center" });
  history.replaceState(null, "", "#event-" + id);
}

/** The block's text cut at every mark boundary; each piece carries the marks that cover it. */
function renderBlock(b) {
  const cuts = new Set([0, b.text.length]);
  for (const m of b.marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= b.text.length).sort((x, y) => x - y);
  const out = [];
  const markers = b.marks.filter((m) => m.kind === "marker");
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    for (const mk of markers) if (mk.start === at) out.push(markerNode(mk));
    if (i === points.length - 1) break;
    const end = points[i + 1];
    if (end <= at) continue;
    const cover = b.marks.filter((m) => m.kind !== "marker" && m.start <= at && m.end >= end);
    const mention = cover.find((m) => m.kind === "mention");
    const evs = cover.filter((m) => m.kind === "evidence").map((m) => m.event);
    const trig = cover.find((m) => m.kind === "trigger");
    const piece = b.text.slice(at, end);
    let node;
    if (mention) {
      node = el("a", { class: "m k-" + (mention.entity_kind || "other"), href: entityHref(mention.entity),
        title: [mention.name_zh, mention.name_en, mention.entity, mention.how].filter(Boolean).join(" · ") }, piece);
    } else if (evs.length || trig) {
      node = el("span", {}, piece);
    } else { out.push(piece); continue; }
    if (evs.length) { node.classList.add("ev"); node.dataset.ev = evs.join(" "); }
    if (trig) {
      node.classList.add("trig"); node.dataset.trigger = trig.event; node.title = trig.type;
      node.addEventListener("click", (e) => { if (!mention) { e.preventDefault(); select(trig.event, false); } });
    }
    out.push(node);
  }
  return out;
}

function markerNode(mk) {
  return el("sup", { class: "fn" }, el("a", { href: mk.footnote !== null ? "#fn" + mk.footnote : "#",
    onclick: (e) => {
      e.preventDefault();
      const n = document.getElementById("fn" + mk.footnote);
      if (n) { document.querySelectorAll(".note.active").forEach((x) => x.classList.remove("active")); n.classList.add("active"); }
    } }, mk.label));
}

function meta(j) {
  const d = j.document;
  const rows = [["File", d.path], ["Kind", d.kind], ["Date", d.date], ["Journal", d.journal && [d.journal, d.issue_year, d.issue_number].filter(Boolean).join(" · ")],
    ["Script", d.script], ["Lines", d.lines]].filter(([, v]) => v !== null && v !== undefined && v !== "");
  const box = el("section", { class: "docmeta" }, el("h1", {}, d.title || d.path.split("/").pop()),
    el("dl", {}, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))])));
  for (const a of j.articles) {
    const first = j.blocks.find((b) => b.line_first >= (a.start_line || 0));
    box.append(el("div", { class: "article-meta" },
      el("a", { href: first ? "#b" + first.seq : "#" }, a.title || "(untitled article)"),
      a.authors.length ? el("span", { class: "muted" }, " — " + a.authors.join("、")) : null,
      a.keywords.length ? el("div", { class: "muted" }, "关键词：" + a.keywords.join("；")) : null,
      a.pages_first ? el("span", { class: "muted" }, ` pp. ${a.pages_first}–${a.pages_last || ""}`) : null));
  }
  box.append(el("div", {}, el("a", { href: "/events?document=" + encodeURIComponent(d.id) }, "events of this document in the table")));
  return box;
}
