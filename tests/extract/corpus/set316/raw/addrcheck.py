import re,sys,glob
files=glob.glob('/work/wt/set316/tests/extract/corpus/set*/SOURCES.md')+glob.glob('/work/main/tests/extract/corpus/set*/SOURCES.md')
for n in range(314,321):
    if n==316: continue
    files+=glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/SOURCES.md')
def norm(u):
    u=u.strip().strip('<>').rstrip(').,')
    u=re.sub(r'^https?://','',u); u=re.sub(r'^(www\.|m\.|amp\.)','',u)
    return u.rstrip('/')
addrs=set();segs=set();ids=set()
for f in files:
    t=open(f,encoding='utf-8').read()
    for u in re.findall(r'https?://[^\s<>)\]]+',t):
        nu=norm(u);addrs.add(nu)
        seg=nu.split('/')[-1]
        if seg: segs.add(seg)
        ids.update(re.findall(r'\d{5,}',nu.split('/',1)[1] if '/' in nu else ''))
def check(u):
    nu=norm(u);seg=nu.split('/')[-1]
    hits=[]
    if nu in addrs: hits.append('exact')
    if seg in segs: hits.append('seg')
    pid=re.findall(r'\d{5,}',nu.split('/',1)[1] if '/' in nu else '')
    if any(p in ids for p in pid): hits.append('id')
    return hits
if __name__=='__main__':
    print(len(files),'files',len(addrs),'addrs',file=sys.stderr)
    for u in sys.argv[1:]:
        print(check(u) or 'NEW',u)
