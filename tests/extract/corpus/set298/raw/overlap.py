import glob, re, sys
def norm(s): return re.sub(r"\s+", " ", s)
mine = sorted(glob.glob('/work/wt/set298/tests/extract/corpus/set298/texts/*.txt'))
others = [f for f in glob.glob('/work/wt/set298/tests/extract/corpus/set*/texts/*.txt') if '/corpus/set298/' not in f]
others += glob.glob('/work/wt/set29[3-9]/tests/extract/corpus/set29[3-9]/texts/*.txt')
others = [f for f in others if '/corpus/set298/' not in f]
others += glob.glob('/work/shared/seeds/**/*.txt', recursive=True)
big = {}
for f in others:
    big[f] = norm(open(f, encoding='utf-8', errors='replace').read())
print(len(others), 'files', file=sys.stderr)
for m in mine:
    t = norm(open(m, encoding='utf-8').read())
    hits = {}
    for i in range(0, max(1, len(t) - 59)):
        w = t[i:i+60]
        if len(w) < 60: break
        for f, s in big.items():
            if w in s:
                hits.setdefault(f, w)
    for m2 in mine:
        if m2 != m:
            s = norm(open(m2, encoding='utf-8').read())
            for i in range(0, len(t) - 59):
                if t[i:i+60] in s: hits.setdefault(m2, t[i:i+60]); break
    print(m.split('/')[-1], 'OVERLAP' if hits else 'clean', list(hits.items())[:3])
