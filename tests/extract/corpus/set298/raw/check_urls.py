import re, glob, sys
def norm(u):
    u = re.sub(r'^https?://', '', u.strip()); u = re.sub(r'^(www\.|m\.|amp\.)', '', u)
    return u.rstrip('/')
def last(u):
    return norm(u).split('/')[-1]
def ids(u):
    return set(re.findall(r'\d{5,}', u))
files = glob.glob('/work/wt/set298/tests/extract/corpus/set*/SOURCES.md') + glob.glob('/work/wt/set29[3-9]/tests/extract/corpus/set29[3-9]/SOURCES.md')
files = [f for f in files if '/set298/SOURCES' not in f]
known = []
for f in files:
    for u in re.findall(r'https?://[^\s>)\]]+', open(f, encoding='utf-8').read()):
        known.append((f, u))
print(len(files), 'files', len(known), 'addresses', file=sys.stderr)
kn = {}; kl = {}; ki = {}
for f, u in known:
    kn.setdefault(norm(u), f); kl.setdefault(last(u), f)
    for i in ids(u): ki.setdefault(i, (f, u))
for u in open(sys.argv[1]).read().split():
    hits = []
    if norm(u) in kn: hits.append(('exact', kn[norm(u)]))
    if last(u) in kl: hits.append(('last', kl[last(u)]))
    for i in ids(u):
        if i in ki: hits.append(('id '+i, ki[i]))
    print('USED' if hits else 'new ', u, hits[:2])
