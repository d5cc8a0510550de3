import glob,re
mine=sorted(glob.glob('texts/*.txt'))
others=[f for f in glob.glob('/work/wt/set316/tests/extract/corpus/set*/texts/*.txt') if '/corpus/set316/' not in f]
others+=glob.glob('/work/shared/seeds/**/*.txt',recursive=True)
for n in range(314,321):
    if n!=316: others+=glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/texts/*.txt')
norm=lambda s: re.sub(r'\s+',' ',s)
big={}
for f in others:
    try: big[f]=norm(open(f,encoding='utf-8').read())
    except Exception: pass
allo='\x00'.join(big.values())
print(len(big),'files')
mt={f:norm(open(f,encoding='utf-8').read()) for f in mine}
for f,t in mt.items():
    hits=set()
    for i in range(0,max(1,len(t)-59)):
        w=t[i:i+60]
        if w in allo: hits.add(i)
        for g,u in mt.items():
            if g!=f and w in u: hits.add(('self',g,i))
    if hits:
        # report distinct runs
        idx=sorted(h for h in hits if isinstance(h,int))
        runs=[];
        for i in idx:
            if runs and i<=runs[-1][1]+1: runs[-1][1]=i
            else: runs.append([i,i])
        for a,b in runs:
            w=t[a:b+60]; src=[k for k,v in big.items() if t[a:a+60] in v][:3]
            print(f, repr(w[:200]), src)
        for h in hits:
            if not isinstance(h,int): print('SELF',f,h); break
