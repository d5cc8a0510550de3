import re,sys,glob
from urllib.parse import urlsplit
files = glob.glob('/work/wt/set291/tests/extract/corpus/set*/SOURCES.md')
for n in range(286,293):
    files += glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/SOURCES.md')
files=[f for f in files if '/set291/SOURCES' not in f]
urls=set()
for f in files:
    for u in re.findall(r'https?://[^\s)>\]`"\'<]+', open(f,encoding='utf-8').read()):
        urls.add(u.rstrip('.,;'))
    # also bare domains paths
    for u in re.findall(r'(?<![\w/])((?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s)>\]`"\'<]+)', open(f,encoding='utf-8').read()):
        urls.add(u.rstrip('.,;'))
def norm(u):
    u=re.sub(r'^https?://','',u); u=re.sub(r'^(www\.|m\.|amp\.)','',u); return u.rstrip('/')
def last(u):
    n=norm(u); p=n.split('/',1)[1] if '/' in n else ''
    return p.rstrip('/').split('/')[-1]
def ids(u): return set(re.findall(r'\d{5,}',u))
N={norm(u) for u in urls}; L={}; I={}
for u in urls:
    L.setdefault(last(u),set()).add(u)
    for i in ids(u): I.setdefault(i,set()).add(u)
print(len(files),'files',len(urls),'urls', file=sys.stderr)
for q in sys.argv[1:]:
    hits=[]
    if norm(q) in N: hits.append('exact')
    lq=last(q)
    if lq and lq in L: hits.append('last:'+str(list(L[lq])[:2]))
    for i in ids(q):
        if i in I: hits.append('id '+i+':'+str(list(I[i])[:2]))
    print('USED' if hits else 'new ', q, hits)
