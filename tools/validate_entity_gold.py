"""Check an entity gold folder (mentions.jsonl, passages.yaml, ids.tsv; texts in ../texts):
    python tools/validate_entity_gold.py gold/heldout3/entities
(gold/heldout2/entities/validate.py and gold/dev/entities/validate.py call it for their own folder.)
Checks: JSON loads, text == file slice with whitespace removed, line correct, mention inside its
passage, ids ISO alpha-3 / gazetteer / ids.tsv, country == id for states/economies, no overlaps."""
import json, re, sys, glob, pathlib, collections
import yaml, pycountry
HERE = pathlib.Path(sys.argv[1]).resolve()
TEXTS = HERE.parent / 'texts'
GAZ = pathlib.Path(__file__).resolve().parents[1] / 'src/latticework/data/gazetteer'
ISO3 = {c.alpha_3 for c in pycountry.countries}
GZ = set()
for f in glob.glob(str(GAZ / '*.yaml')):
    GZ |= set(re.findall(r'^\s*-?\s*id:\s*([A-Za-z0-9-]+)\s*$', open(f, encoding='utf-8').read(), re.M))
LOCAL = {l.split('\t')[0] for l in (HERE / 'ids.tsv').read_text(encoding='utf-8').splitlines()[1:] if l.strip()}
passages = {p['id']: p for p in yaml.safe_load((HERE / 'passages.yaml').read_text(encoding='utf-8'))}
texts = {p['doc']: open(TEXTS / p['doc'], encoding='utf-8', newline='').read() for p in passages.values()}
errs, spans = [], collections.defaultdict(list)
ms = [json.loads(l) for l in (HERE / 'mentions.jsonl').read_text(encoding='utf-8').splitlines()]
for n, m in enumerate(ms, 1):
    t = texts[m['doc']]
    if re.sub(r'\s', '', t[m['start']:m['end']]) != m['text']: errs.append(f'{n}: text mismatch')
    if t.count('\n', 0, m['start']) + 1 != m['line']: errs.append(f'{n}: wrong line')
    p = passages[m['passage']]
    if p['doc'] != m['doc'] or not p['start_line'] <= m['line'] <= p['end_line']: errs.append(f'{n}: outside passage')
    for i in m.get('ids', [m['id']]):
        if not (i in ISO3 or i in GZ or i in LOCAL): errs.append(f'{n}: unknown id {i}')
    if m['kind'] in ('state', 'economy') and m['how'] != 'coreference' and m['country'] != m['id']: errs.append(f'{n}: country != id')
    spans[m['doc']].append((m['start'], m['end'], n))
for d, s in spans.items():
    s.sort()
    for a, b in zip(s, s[1:]):
        if b[0] < a[1]: errs.append(f'overlap {a[2]} {b[2]}')
print('mentions', len(ms), 'passages', len(passages), dict(collections.Counter(m['kind'] for m in ms)))
print('\n'.join(errs) or 'no errors'); sys.exit(1 if errs else 0)
