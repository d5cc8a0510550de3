import re,glob,sys
from urllib.parse import urlsplit
files=glob.glob('/work/wt/set315/tests/extract/corpus/set*/SOURCES.md')
for n in range(314,321):
    files+=glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/SOURCES.md')
files=[f for f in files if '/set315/SOURCES' not in f]
urls=set()
for f in files:
    for u in re.findall(r'https?://[^\s<>)\]`"]+', open(f,encoding='utf-8').read()):
        urls.add(u.rstrip('.,;'))
def norm(u):
    u=re.sub(r'^https?://','',u); u=re.sub(r'^(www\.|m\.|amp\.)','',u); return u.rstrip('/')
def last(u):
    s=urlsplit(u if '://' in u else 'http://'+u); seg=s.path.rstrip('/').split('/')[-1]
    return seg+('?'+s.query if s.query else '')
def ids(u): return set(re.findall(r'\d{5,}',u))
N={norm(u):u for u in urls}; L={}; I={}
for u in urls:
    L.setdefault(last(u),[]).append(u)
    for i in ids(u): I.setdefault(i,[]).append(u)
print(len(files),'files',len(urls),'urls')
for c in sys.argv[1:]:
    hits=[]
    if norm(c) in N: hits.append(('exact',N[norm(c)]))
    lc=last(c)
    if lc and lc in L: hits+= [('last',x) for x in L[lc]]
    for i in ids(c):
        if i in I: hits+=[('id '+i,x) for x in I[i][:3]]
    print('OK ' if not hits else 'HIT', c, hits[:4])
