import glob, re, sys
mine = sorted(glob.glob('texts/*.txt'))
others = [f for f in glob.glob('/work/wt/set291/tests/extract/corpus/set*/texts/*.txt') if '/corpus/set291/' not in f]
for n in range(286, 293):
    if n == 291: continue
    others += glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/texts/*.txt')
others += glob.glob('/work/shared/seeds/**/*.txt', recursive=True)
norm = lambda s: re.sub(r'\s+', ' ', s)
W = 60
idx = {}
for f in others:
    t = norm(open(f, encoding='utf-8', errors='replace').read())
    for i in range(0, max(0, len(t) - W + 1)):
        idx.setdefault(t[i:i+W], f)
print(len(others), 'files', file=sys.stderr)
for f in mine:
    t = norm(open(f, encoding='utf-8').read())
    hits = {}
    for i in range(len(t) - W + 1):
        w = t[i:i+W]
        if w in idx: hits.setdefault(idx[w], []).append(i)
    for g, pos in hits.items():
        print(f, '<->', g, len(pos), repr(t[pos[0]:pos[0]+W]))
# among mine
for a in mine:
    ta = norm(open(a).read())
    for b in mine:
        if a >= b: continue
        tb = norm(open(b).read()); s = {tb[i:i+W] for i in range(len(tb)-W+1)}
        c = [i for i in range(len(ta)-W+1) if ta[i:i+W] in s]
        if c: print('SELF', a, b, len(c), repr(ta[c[0]:c[0]+W]))
