"""Throw-away builder for gold/heldout11 (copied from heldout8's, unchanged but for this docstring) (not part of latticework).
Reads tools/src/<doc>.src (text with inline mention marks {text|spec}) and tools/events.py,
writes texts/<doc>, entities/mentions.jsonl, entities/ids.tsv, events/events.jsonl, events/ids.tsv.
Spec: ISO3 [:c|:f|:m|:o:role]; P:id:CTRY|- (person); L:id:CTRY (place); O:CTRY:role (organ kind);
R:id+id (coreference); otherwise an entity id whose kind is in KIND (tools/kinds.tsv)."""
import json, re, pathlib, sys, collections
import pycountry
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
GZ = set()
for _f in (HERE.parents[2] / 'src/latticework/data/gazetteer').glob('*.yaml'):  # id lines only, as the validators do
    GZ |= set(re.findall(r'^\s*-?\s*id:\s*([A-Za-z0-9-]+)\s*$', _f.read_text(encoding='utf-8'), re.M))
ISO3 = {c.alpha_3 for c in pycountry.countries}
ECON = {'TWN', 'HKG', 'MAC'}
KIND = {}  # id -> (kind, country, name_en)
for l in (HERE / 'kinds.tsv').read_text(encoding='utf-8').splitlines():
    if l.strip() and not l.startswith('#'):
        i, k, c, en = (l.split('\t') + ['', '', ''])[:4]
        KIND[i] = (k, None if c in ('', '-') else c, en)
DOCS = [l.split('\t') for l in (HERE / 'docs.tsv').read_text(encoding='utf-8').splitlines() if l.strip()]
MARK = re.compile(r'\{([^{}|]+)\|([^{}]+)\}')
PAGE = '\u2042'  # page-break marker inside a wrapped paragraph
first_form = {}
errs = []


def kind_of(i):
    if i in ISO3 or i in ('SUN', 'YUG'):
        return ('economy' if i in ECON else 'state'), i
    if i not in KIND:
        errs.append(f'no kind for {i}')
        return 'UNKNOWN', None
    return KIND[i][0], KIND[i][1]


def mention(text, spec):
    t = spec.split(':')
    m = {'text': text}
    if t[0] == 'P' or t[0] == 'L':
        i, c = t[1], (None if t[2] == '-' else t[2])
        m.update(id=i, kind='person' if t[0] == 'P' else 'place', country=c,
                 how='gazetteer' if (i in GZ or t[0] == 'L') else 'discovered')
        if t[0] == 'P' and i not in GZ:
            KIND.setdefault(i, ('person', c, ''))
    elif t[0] == 'O':
        m.update(id=t[1], kind='organ', country=t[1], how='organ', role=t[2])
    elif t[0] == 'R':
        ids = t[1].split('+')
        k, c = kind_of(ids[0])
        m.update(id=ids[0], kind=k, country=c if k not in ('state', 'economy') else ids[0], how='coreference', ids=ids)
    else:
        i = t[0]
        k, c = kind_of(i)
        m.update(id=i, kind=k, country=c, how='gazetteer')
        if len(t) > 1:
            m['how'] = {'c': 'compound', 'f': 'fang', 'm': 'metonym', 'o': 'organ'}[t[1]]
            if t[1] == 'm':
                m['role'] = t[2] if len(t) > 2 else 'capital'
            if t[1] == 'o':
                m['role'] = t[2]
    first_form.setdefault(m['id'], text)
    return m


def build(doc, width):
    src = (HERE / 'src' / (doc + '.src')).read_text(encoding='utf-8')
    clean, ms, pos = [], [], 0
    for mm in MARK.finditer(src):
        clean.append(src[pos:mm.start()])
        off = sum(map(len, clean))
        m = mention(mm.group(1), mm.group(2))
        m['start'], m['end'] = off, off + len(mm.group(1))
        ms.append(m)
        clean.append(mm.group(1))
        pos = mm.end()
    clean.append(src[pos:])
    clean = ''.join(clean)
    if '{' in clean or '}' in clean:
        errs.append(f'{doc}: stray brace')
    # wrapping (PDF layout): lines starting with @@ are raw; others wrapped at width
    out, pmap, col, raw = [], [], 0, False
    page_block = ''
    if width:
        hdr = re.search(r'^@@PAGEBLOCK (.*)$', clean, re.M)
        page_block = hdr.group(1).replace('\\n', '\n') if hdr else ''
    starts = {m['start']: m['end'] - m['start'] for m in ms}
    for i, ch in enumerate(clean):
        if width and col == 0:
            raw = clean.startswith('@@', i)
        if width and not raw and i in starts and col > 0 and col + starts[i] > width:
            out.append('\n'); col = 0  # a PDF line never splits a name here: break before it
        if width and ch == PAGE:
            out.append('\n' + page_block + '\n'); col = 0; pmap.append(None); continue
        if width and not raw and col == width and ch != '\n':
            out.append('\n'); col = 0
        pmap.append(sum(map(len, out)))
        out.append(ch)
        col = 0 if ch == '\n' else col + 1
    text = ''.join(out)
    if width:
        # drop the directive lines and the @@ prefixes, fixing offsets
        final, fmap, j = [], {}, 0
        lines = text.split('\n')
        o = 0
        keep = []
        for ln in lines:
            if ln.startswith('@@PAGEBLOCK'):
                o += len(ln) + 1; continue
            cut = 2 if ln.startswith('@@') else 0
            keep.append((o + cut, ln[cut:]))
            o += len(ln) + 1
        newtext, newpos = [], {}
        n = 0
        for s, ln in keep:
            for k in range(len(ln)):
                newpos[s + k] = n + k
            newpos[s + len(ln)] = n + len(ln)
            n += len(ln) + 1
            newtext.append(ln)
        text = '\n'.join(newtext)
        for m in ms:
            s = newpos[pmap[m['start']]]
            e = newpos[pmap[m['end'] - 1]] + 1
            m['start'], m['end'] = s, e
    for m in ms:
        if re.sub(r'\s', '', text[m['start']:m['end']]) != m['text']:
            errs.append(f"{doc}: slice mismatch {m['text']}")
        if text[m['start']:m['end']] != m['text']:
            errs.append(f"{doc}: mention crosses a line break {m['text']}")
        m['line'] = text.count('\n', 0, m['start']) + 1
    (ROOT / 'texts' / doc).write_text(text, encoding='utf-8')
    return text, ms


def main():
    texts, allm = {}, []
    passages = {}
    import yaml
    ps = yaml.safe_load((ROOT / 'entities' / 'passages.yaml').read_text(encoding='utf-8')) or []
    for doc, width in DOCS:
        text, ms = build(doc, int(width))
        texts[doc] = text
        for m in ms:
            p = [p for p in ps if p['doc'] == doc and p['start_line'] <= m['line'] <= p['end_line']]
            m['passage'] = p[0]['id'] if p else 'NONE'
            if not p: errs.append(f"{doc}: mention outside passages l.{m['line']} {m['text']}")
        allm += [dict(passage=m['passage'], doc=doc, start=m['start'], end=m['end'], line=m['line'], text=m['text'],
                      id=m['id'], kind=m['kind'], country=m['country'], how=m['how'],
                      **({'role': m['role']} if 'role' in m else {}), **({'ids': m['ids']} if 'ids' in m else {}))
                 for m in ms]
    with open(ROOT / 'entities' / 'mentions.jsonl', 'w', encoding='utf-8') as f:
        for m in allm:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    used = {i for m in allm for i in m.get('ids', [m['id']])}
    local = sorted(i for i in used if i not in GZ and i not in ISO3)
    with open(ROOT / 'entities' / 'ids.tsv', 'w', encoding='utf-8') as f:
        f.write('id\tkind\tname_zh\tname_en\n')
        for i in local:
            f.write(f"{i}\t{KIND[i][0]}\t{first_form.get(i, '')}\t{KIND[i][2]}\n")
    # events
    sys.path.insert(0, str(HERE))
    import events as EV
    evs, used_e = [], set()
    counters = collections.Counter()
    epass = yaml.safe_load((ROOT / 'events' / 'passages.yaml').read_text(encoding='utf-8'))
    pdoc = {p['doc']: p['id'] for p in epass}
    pre = {d: p for d, p in EV.PREFIX.items()}
    for e in EV.EVENTS:
        doc = e['doc']; text = texts[doc]
        def find(snip):
            rx = r'\s*'.join(map(re.escape, re.sub(r'\s', '', snip)))
            hits = list(re.finditer(rx, text))
            if len(hits) != 1:
                errs.append(f"{doc}: snippet {snip!r} found {len(hits)}x"); return [0, 0]
            h = hits[0]
            return [text.count('\n', 0, h.start()) + 1, text.count('\n', 0, h.end() - 1) + 1]
        lines = find(e['at'])
        if e.get('lines'):  # a clause cut by a page break: span set by hand
            lines = e['lines']
        counters[doc] += 1
        out = {'id': f"{pre[doc]}-{counters[doc]:03d}", 'passage': pdoc[doc], 'doc': doc, 'type': e['type'],
               'actors': e['actors'], 'recipients': e.get('recipients', []), 'date': e.get('date'),
               'date_end': e.get('date_end'), 'effective': e.get('effective'), 'location': e.get('location'),
               'modality': e.get('modality', 'asserted'), 'label': e.get('label'), 'object': e.get('object'),
               'source': e.get('source'), 'quantities': e.get('quantities', []), 'lines': lines,
               'trigger': e['trigger'], 'note': e['note']}
        if e.get('also'):
            out['also_lines'] = [find(s) for s in e['also']]
        if e['trigger'] not in re.sub(r'\s', '', e['at']):
            errs.append(f"{out['id']}: trigger not in snippet")
        for x in out['actors'] + out['recipients'] + ([out['location']] if out['location'] else []) + (
                [out['object']] if out['object'] and re.fullmatch(r'[a-z0-9-]+', out['object']) else []):
            used_e.add(x)
        evs.append(out)
    with open(ROOT / 'events' / 'events.jsonl', 'w', encoding='utf-8') as f:
        for e in evs:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')
    local_e = sorted(i for i in used_e if i not in GZ and i not in ISO3)
    with open(ROOT / 'events' / 'ids.tsv', 'w', encoding='utf-8') as f:
        f.write('id\tkind\tname_zh\tname_en\n')
        for i in local_e:
            k = KIND.get(i, ('?', None, ''))
            f.write(f"{i}\t{k[0]}\t{first_form.get(i, '')}\t{k[2]}\n")
    print('mentions', len(allm), collections.Counter(m['kind'] for m in allm))
    print('events', len(evs), collections.Counter(e['type'] for e in evs))
    print('chars', {d: len(re.sub(r'\s', '', t)) for d, t in texts.items()})
    print('\n'.join(errs) or 'ok')


main()
