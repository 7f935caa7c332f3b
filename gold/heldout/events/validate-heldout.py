"""Check a held-out event gold: /work/main/.venv/bin/python gold/heldout/events/validate-heldout.py [GOLD_DIR TEXTS_DIR]
(default: this folder over samples/; gold/heldout2/events gold/heldout2/texts for the second set).
Checks: JSON loads, unique ids, valid types/modalities, ISO dates, date_end >= date, lines and
also_lines inside the document (primary lines inside the passage), known ids, trigger present in
its lines (whitespace-insensitive). Prints counts per document, type and modality."""
import json, re, sys, collections, pathlib, glob
import yaml, pycountry
ROOT = pathlib.Path(__file__).resolve().parents[3]
HERE = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
SAMPLES = pathlib.Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else ROOT / 'samples'
GAZ = ROOT / 'src/latticework/data/gazetteer'
ONE = lambda pattern: next(iter(sorted(HERE.glob(pattern))))  # noqa: E731 - ids-heldout.tsv or ids.tsv, ...
TYPES = set('CONSULT AGREE ALIGN JOIN LEAVE ESTABLISH COOPERATE AID MOBILIZE POLICY SANCTION ACCUSE THREATEN COERCE'.split())
MODS = {'asserted', 'planned', 'proposed', 'hypothetical', 'negated'}
DATE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
KEYS = ['id', 'passage', 'doc', 'type', 'actors', 'recipients', 'date', 'date_end', 'effective', 'location',
        'modality', 'label', 'object', 'source', 'quantities', 'lines', 'trigger', 'note']
ISO3 = {c.alpha_3 for c in pycountry.countries} | {'SUN', 'YUG'}
GZ = set()
for f in glob.glob(str(GAZ / '*.yaml')):
    GZ |= set(re.findall(r'^\s*-?\s*id:\s*([A-Za-z0-9-]+)\s*$', open(f, encoding='utf-8').read(), re.M))
LOCAL = {l.split('\t')[0] for l in ONE('ids*.tsv').read_text(encoding='utf-8').splitlines()[1:] if l.strip()}
known = lambda x: x in ISO3 or x in GZ or x in LOCAL
errs = []
passages = {p['id']: p for p in yaml.safe_load(ONE('passages*.yaml').read_text(encoding='utf-8'))}
texts = {p['doc']: (SAMPLES / p['doc']).read_text(encoding='utf-8').split('\n') for p in passages.values()}
for p in passages.values():
    if not 1 <= p['start_line'] <= p['end_line'] <= len(texts[p['doc']]): errs.append(f"{p['id']}: bad range")
seen = set()
by_doc, by_type, by_mod = collections.Counter(), collections.Counter(), collections.Counter()
by_doc_type = collections.defaultdict(collections.Counter)
for n, line in enumerate(ONE('events*.jsonl').read_text(encoding='utf-8').splitlines(), 1):
    try:
        e = json.loads(line)
    except Exception as x:
        errs.append(f'line {n}: bad JSON {x}'); continue
    i = e.get('id')
    for k in KEYS:
        if k not in e: errs.append(f'{i}: missing {k}')
    if i in seen: errs.append(f'{i}: duplicate id')
    seen.add(i)
    if e['type'] not in TYPES: errs.append(f'{i}: bad type {e["type"]}')
    if e['modality'] not in MODS: errs.append(f'{i}: bad modality {e["modality"]}')
    for k in ('date', 'date_end', 'effective'):
        if e.get(k) is not None and not DATE.match(e[k]): errs.append(f'{i}: bad {k} {e[k]}')
    if e['date_end'] and (not e['date'] or e['date_end'] < e['date']): errs.append(f'{i}: date_end before date')
    p = passages.get(e['passage'])
    if not p: errs.append(f'{i}: unknown passage'); continue
    if p['doc'] != e['doc']: errs.append(f'{i}: doc mismatch')
    a, b = e['lines']
    if not (p['start_line'] <= a <= b <= p['end_line']): errs.append(f'{i}: lines {a}-{b} outside passage')
    raw = texts[e['doc']]
    for s, t in e.get('also_lines', []):
        if not 1 <= s <= t <= len(raw): errs.append(f'{i}: also_lines {s}-{t} outside document')
    if not e['actors']: errs.append(f'{i}: no actors')
    for x in e['actors'] + e['recipients']:
        if not known(x): errs.append(f'{i}: unknown id {x}')
    if e['location'] and not known(e['location']): errs.append(f'{i}: unknown location {e["location"]}')
    obj = e.get('object')
    if obj and re.fullmatch(r'[a-z0-9-]+', obj) and not known(obj): errs.append(f'{i}: unknown object id {obj}')
    if not re.fullmatch(r'[\x20-\x7e]+', e['note']): errs.append(f'{i}: note not plain English')
    if re.sub(r'\s', '', e['trigger']) not in re.sub(r'\s', '', ''.join(raw[a - 1:b])):
        errs.append(f'{i}: trigger {e["trigger"]} not in lines {a}-{b}')
    by_doc[e['doc']] += 1; by_type[e['type']] += 1; by_mod[e['modality']] += 1; by_doc_type[e['doc']][e['type']] += 1
print('events', len(seen), 'passages', len(passages))
print('per document', dict(by_doc))
print('per type', dict(by_type.most_common()))
print('per modality', dict(by_mod.most_common()))
for d, c in by_doc_type.items(): print(' ', d, dict(c.most_common()))
print('\n'.join(errs) or 'no errors'); sys.exit(1 if errs else 0)
