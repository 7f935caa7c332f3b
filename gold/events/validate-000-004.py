"""Check the 000/004 gold event files: python gold/events/validate-000-004.py"""
import json, re, sys, collections, pathlib
import yaml, pycountry
HERE = pathlib.Path(__file__).resolve().parent
SEEDS = pathlib.Path('/work/shared/seeds')
TYPES = set('CONSULT AGREE ALIGN JOIN LEAVE ESTABLISH COOPERATE AID MOBILIZE POLICY SANCTION ACCUSE THREATEN COERCE'.split())
MODS = {'asserted', 'planned', 'proposed', 'hypothetical', 'negated'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
CANON = set("""asean apec un un-security-council un-general-assembly wto imf world-bank aiib ndb adb g7 g20 brics
sco nato eu european-commission quad aukus ipef rcep cptpp tpp tpsep depa ftaap arf eas admm-plus asean-plus-three
asean-plus-one cica pacific-islands-forum partners-in-the-blue-pacific chip4 oecd who unesco five-eyes
lancang-mekong-cooperation mekong-us-partnership china-japan-rok-cooperation us-japan-rok-trilateral
us-japan-philippines-trilateral us-japan-australia-trilateral us-japan-2plus2 extended-deterrence-dialogue
shangri-la-dialogue belt-and-road-initiative global-development-initiative global-security-initiative
global-civilization-initiative global-governance-initiative pgii us-indo-pacific-strategy aoip chips-and-science-act
inflation-reduction-act export-administration-regulations entity-list us-japan-security-treaty
us-rok-mutual-defense-treaty us-philippines-mutual-defense-treaty anzus camp-david-principles
washington-declaration-2023 edca""".split())
LOCAL = {l.split('\t')[0] for l in (HERE / 'ids-000-004.tsv').read_text().splitlines()[1:] if l.strip()}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {'SUN', 'YUG'}

def known(x):
    return x in ISO3 or x in CANON or x in LOCAL

errs = []
passages = {p['id']: p for p in yaml.safe_load((HERE / 'passages-000-004.yaml').read_text())}
texts = {}
for p in passages.values():
    texts.setdefault(p['doc'], (SEEDS / p['doc']).read_text(encoding='utf-8').split('\n'))
seen = set()
by_type, by_seed, by_mod = collections.Counter(), collections.Counter(), collections.Counter()
for n, line in enumerate((HERE / 'events-000-004.jsonl').read_text().splitlines(), 1):
    try:
        e = json.loads(line)
    except Exception as x:
        errs.append(f'line {n}: bad JSON {x}'); continue
    i = e.get('id')
    if i in seen: errs.append(f'{i}: duplicate id')
    seen.add(i)
    if e['type'] not in TYPES: errs.append(f'{i}: bad type')
    if e['modality'] not in MODS: errs.append(f'{i}: bad modality')
    for k in ('date', 'date_end', 'effective'):
        if e.get(k) is not None and not DATE.match(e[k]): errs.append(f'{i}: bad {k} {e[k]}')
    if e['modality'] == 'asserted' and e['date'] is None and False: pass
    p = passages.get(e['passage'])
    if not p: errs.append(f'{i}: unknown passage'); continue
    if p['doc'] != e['doc']: errs.append(f'{i}: doc mismatch')
    a, b = e['lines']
    if not (p['start_line'] <= a <= b <= p['end_line']): errs.append(f'{i}: lines {a}-{b} outside passage')
    for x in e['actors'] + e['recipients']:
        if not known(x): errs.append(f'{i}: unknown id {x}')
    if not e['actors']: errs.append(f'{i}: no actors')
    if e['location'] and not known(e['location']): errs.append(f'{i}: unknown location {e["location"]}')
    obj = e.get('object')
    if obj and re.fullmatch(r'[a-z0-9-]+', obj) and not known(obj): errs.append(f'{i}: unknown object id {obj}')
    spans = [e['lines']] + e.get('also_lines', [])
    raw = texts[e['doc']]
    joined = ''.join(''.join(raw[s - 1:t]) for s, t in spans)
    if re.sub(r'\s', '', e['trigger']) not in re.sub(r'\s', '', joined):
        errs.append(f'{i}: trigger {e["trigger"]} not found in its lines')
    by_type[e['type']] += 1; by_seed[e['doc'][:3]] += 1; by_mod[e['modality']] += 1
print('events', len(seen), 'passages', len(passages))
print('per seed', dict(by_seed)); print('per type', dict(by_type.most_common())); print('per modality', dict(by_mod))
print('\n'.join(errs) or 'no errors'); sys.exit(1 if errs else 0)
