import glob, re
def norm(s): return re.sub(r'\s+',' ',s)
others=[f for f in glob.glob('/work/wt/set315/tests/extract/corpus/set*/texts/*.txt') if 'corpus/set315/' not in f]
for n in range(314,321):
    if n==315: continue
    others+=glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/texts/*.txt')
others+=glob.glob('/work/shared/seeds/**/*.txt',recursive=True)
big={}
for f in others:
    try: big[f]=norm(open(f,encoding='utf-8').read())
    except Exception: pass
print(len(big),'files')
mine=sorted(glob.glob('texts/*.txt'))
W=60
allb='\x00'.join(big.values())
for f in mine:
    t=norm(open(f,encoding='utf-8').read())
    hits=set()
    i=0
    while i+W<=len(t):
        w=t[i:i+W]
        if w in allb:
            for g,s in big.items():
                if w in s: hits.add((g,w)); break
            i+=20
        else: i+=1
    for g in mine:
        if g!=f:
            s=norm(open(g,encoding='utf-8').read())
            for j in range(0,len(t)-W,10):
                if t[j:j+W] in s: hits.add((g,t[j:j+W])); break
    print(f, len(hits))
    for h in list(hits)[:6]: print('   ',h[0].split('corpus/')[-1],'|',h[1])
