import re,sys,glob
from urllib.parse import unquote
files=glob.glob('/work/wt/set281/tests/extract/corpus/set*/SOURCES.md')
for n in range(279,286):
    files+=glob.glob(f'/work/wt/set{n}/tests/extract/corpus/set{n}/SOURCES.md')
files=[f for f in files if '/set281/SOURCES' not in f]
urls=set()
for f in files:
    for u in re.findall(r'(?:https?://)?[A-Za-z0-9.-]+\.[a-z]{2,}(?:/[^\s)`>\]"]*)?',open(f,encoding='utf-8').read()):
        urls.add(u)
def norm(u):
    u=unquote(u).strip().rstrip('.,;')
    u=re.sub(r'^https?://','',u); u=re.sub(r'^(www\.|m\.|amp\.)','',u)
    return u.rstrip('/').lower()
N={norm(u) for u in urls}
last={n.split('/')[-1] for n in N if '/' in n}
ids=set()
for n in N:
    ids.update(re.findall(r'\d{5,}',n.split('/',1)[1] if '/' in n else ''))
print(len(files),'files',len(N),'addresses',file=sys.stderr)
for u in sys.argv[1:]:
    n=norm(u); l=n.split('/')[-1]
    i=set(re.findall(r'\d{5,}',n.split('/',1)[1] if '/' in n else ''))
    hits=[]
    if n in N: hits.append('EXACT')
    if l and l in last: hits.append('LAST')
    if i & ids: hits.append('ID:'+','.join(i&ids))
    print('USED' if hits else 'new ', hits, u)
