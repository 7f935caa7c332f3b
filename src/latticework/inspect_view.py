"""The `inspect` and `clean` views of a processed document (JSON and readable text)."""

from __future__ import annotations

from typing import Any

from .pipeline import Processed


def inspect_json(p: Processed) -> dict[str, Any]:
    lay = p.layout.to_json()
    doc = p.doc
    numbered = [m for m in doc.markers if m.label != "*"]
    return {
        "file": p.source.path,
        "format": p.source.format,
        "encoding": p.source.encoding,
        "lines": p.source.n_lines,
        "characters": len(p.source.text),
        "kind": lay["kind"],
        "title": lay["title"],
        "date": lay["date"],
        "dateline": lay["dateline"],
        "script": "traditional" if doc.is_traditional else "simplified",
        "issue": lay["issue"],
        "footnotes": {
            "markers": len(numbered),
            "bodies": sum(1 for f in doc.footnotes if f.label != "*"),
            "paired": sum(1 for m in numbered if m.footnote is not None),
            "funding_notes": sum(1 for f in doc.footnotes if f.label == "*"),
        },
        "articles": lay["articles"],
    }


def inspect_text(p: Processed) -> str:
    j = inspect_json(p)
    out = [f"{j['file']}: {j['kind']} ({j['format']}, {j['encoding']}, {j['lines']} lines, {j['script']})"]
    if j["title"]:
        out.append(f"  title: {j['title']}")
    if j["date"]:
        out.append(f"  date: {j['date']}")
    if j["issue"]:
        i = j["issue"]
        out.append(
            f"  issue: {i.get('journal')} {i.get('year')} no. {i.get('number')} "
            f"(cumulative {i.get('cumulative')}), published {i.get('published')}"
        )
    fn = j["footnotes"]
    out.append(f"  footnotes: {fn['markers']} markers, {fn['bodies']} bodies, {fn['paired']} paired")
    for k, a in enumerate(j["articles"], 1):
        if j["kind"] == "journal_issue" or a["authors"] or a["keywords"]:
            pages = f"pp. {a['pages'][0]}-{a['pages'][1]}" if a["pages"] else "pages ?"
            out.append(f"  [{k}] {a['title']}  ({'、'.join(a['authors'])}; {pages}; lines {a['start_line']}-{a['end_line']})")
            if a["title_en"]:
                out.append(f"      {a['title_en']}")
            out.append(f"      keywords: {'、'.join(a['keywords'])}  CLC: {' '.join(a['clc'])}  editor: {a['editor']}  footnotes: {a['footnotes']}")
        out.append(f"      sections: {len(a['sections'])}")
        for s in a["sections"][:40]:
            indent = "  " * ((s["level"] or 1) - 1)
            out.append(f"        {indent}{s['text']}  (line {s['line']})")
    return "\n".join(out)


def clean_json(p: Processed) -> dict[str, Any]:
    doc = p.doc
    blocks = []
    for i, b in enumerate(doc.blocks):
        s, e = doc.orig_span(b.start, b.end)
        blocks.append(
            {
                "kind": b.kind,
                "text": doc.block_text(i),
                "level": b.level,
                "label": b.label,
                "page": b.page,
                "start": s,
                "end": e,
                "line_first": b.line_first,
                "line_last": b.line_last,
            }
        )
    markers = [
        {"label": m.label, "pos": m.pos, "start": m.orig_start, "end": m.orig_end, "line": m.line,
         "footnote_block": doc.footnotes[m.footnote].block if m.footnote is not None else None}
        for m in doc.markers
    ]
    return {"file": p.source.path, "text": doc.text, "offsets": doc.offs, "blocks": blocks, "markers": markers,
            "dropped": [{"line": l, "reason": r} for l, r in doc.dropped]}
