import glob,re
def norm(s): return re.sub(r'\s+',' ',s)
mine=sorted(glob.glob('../texts/*.txt'))
others=[f for f in glob.glob('/work/wt/set281/tests/extract/corpus/set*/texts/*.txt') if '/corpus/set281/' not in f]
for n in range(279,286):
    if n==281: continue
    others+=glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/texts/*.txt')
others+=glob.glob('/work/shared/seeds/**/*.txt',recursive=True)
print(len(others),'files')
W=60
wins={}
for f in mine:
    t=norm(open(f,encoding='utf-8').read())
    for i in range(0,max(1,len(t)-W+1)):
        wins.setdefault(t[i:i+W],set()).add(f)
hits={}
for o in others+mine:
    t=norm(open(o,encoding='utf-8',errors='replace').read())
    for i in range(0,max(1,len(t)-W+1)):
        w=t[i:i+W]
        if w in wins:
            for f in wins[w]:
                if f!=o: hits.setdefault((f,o),[]).append(w)
for (f,o),ws in hits.items():
    print(f.split('/')[-1],'<->',o,len(ws),repr(ws[0]))
