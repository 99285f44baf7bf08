#!/usr/bin/env python3
"""Check every at: line of expected.yaml exists in the page and holds the fact."""
import sys, yaml
d = yaml.safe_load(open('expected.yaml'))
pages = {p: open(p, encoding='utf-8').read().split('\n') for p in d['pages']}
bad = n = 0
def norm(s): return s.replace('\u00a0', ' ').replace('\u200b', '')
def check(at, needles, what):
    global bad, n
    n += 1
    page, line = at.rsplit(':', 1); line = int(line)
    lines = pages[page]
    if not 1 <= line <= len(lines):
        print('NO LINE', at, what); bad += 1; return
    text = norm(lines[line - 1])
    for s in needles:
        if str(s) not in text:
            print(f'MISSING {s!r} at {at} ({what}): {text[:100]!r}'); bad += 1
def num(v): return ('%g' % v) if isinstance(v, float) and v != int(v) else (str(v) if not isinstance(v, float) else '%.1f' % v)
def field(f, ctx):
    needles = [f['name']]
    for k in ('minimum', 'maximum', 'default', 'maxLength', 'minItems', 'maxItems'):
        if k in f: needles.append(num(f[k]) if not isinstance(f[k], str) else f[k])
    needles += f.get('values', [])
    if f.get('format'): needles.append(f['format'])
    check(f['at'], needles, ctx + '.' + f['name'])
for op in d['operations']:
    check(op['at'], ['/' + op['group'] + '/' + op['name']], 'op ' + op['name'])
    for s in op['statuses']:
        check(s['at'], [str(s['code'])] + ([s['note']] if 'note' in s else []), f"{op['name']} status {s['code']}")
        for det in s.get('details', []):
            check(det['at'], [str(det['code']), det['message'], det['description']], f"detail {det['code']}")
    for ep in op['endpoints']:
        check(ep['at'], [ep['path'].replace('/service/v5', '')], 'endpoint')
        for sec in ('headers', 'query', 'body'):
            for f in ep.get(sec, []):
                field(f, op['name'] + '.' + sec)
for t in d['types']:
    check(t['at'], [t['name']] if not t['name'].endswith('Response') else ['Response Body'], 'type ' + t['name'])
    for f in t['fields']:
        field(f, t['name'])
print(f'{n} at: lines checked, {bad} problems')
sys.exit(1 if bad else 0)
