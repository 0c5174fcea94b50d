#!/usr/bin/env python3
"""Scores bin/triage output like shared/tools/score-triage.py (emails with no code written), for the whole set and
for its two parts, per kind (labels' `kind`) and per language (detected here from the .eml text by function words
and script; labels carry no language).

The split (issue 13): files sorted by name; every third file, starting with the third (index % 3 == 2, 0-based), is
held out: tuning looked at the other two thirds only. For support-emails-dev-2 the held-out third is
pA_004 pA_008 pA_013 pA_017 pA_022 pA_026 pB_001 pB_005 pB_010 pB_014 pB_019 pB_023 pB_028 pC_002 pC_007 pC_011
pC_016 pC_020 pC_025 pC_029.

usage: triage-report.py LABELS.jsonl OUTPUT.jsonl EML_DIR [--detail] [--langs]
  e.g. bin/triage ../shared/datasets/support-emails-dev-2/ > /tmp/dev2.jsonl
       benchmarks/quality/triage-report.py ../shared/datasets/support-emails-dev-2/labels.jsonl /tmp/dev2.jsonl \
           ../shared/datasets/support-emails-dev-2 --detail
"""
import json, os, sys, re, subprocess, email
from email import policy
labels=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
out={}
for l in open(sys.argv[2]):
    if l.strip():
        o=json.loads(l); out[os.path.basename(o.get('source') or o.get('file'))]=o
emldir=sys.argv[3]
files=sorted(x['file'] for x in labels)
held={f for i,f in enumerate(files) if i%3==2}
MARK={'en':{'the','and','is','my','it','of','that','this','with','to','was','we','you','not','but','have'},
 'fr':{'le','la','les','est','une','des','du','je','nous','vous','pas','avec','pour','sur','mais','ce','dans'},
 'es':{'el','los','las','una','por','con','es','pero','mi','y','del','al','esta','para','lo','como'},
 'it':{'il','che','non','una','per','sono','della','di','gli','con','mi','ma','ho','questo','nel'},
 'pt':{'os','nao','uma','com','para','do','da','meu','minha','em','no','na','voce','mas','eu','isso'},
 'de':{'der','die','das','und','ist','nicht','ich','mit','ein','eine','wir','sie','auf'}}
import unicodedata
def body(path):
    m=email.message_from_binary_file(open(path,'rb'),policy=policy.default)
    txt=[]
    for part in m.walk():
        if part.get_content_type()=='message/rfc822': continue
        if part.get_content_maintype()=='text':
            try: txt.append(part.get_content())
            except Exception: pass
    return (m['subject'] or '')+'\n'+'\n'.join(txt)
def lang(path):
    t=body(path)
    cjk=re.findall(r'[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]',t)
    if len(cjk)>30:
        if re.search(r'[\uac00-\ud7af]',t): return 'ko'
        if re.search(r'[\u3040-\u30ff]',t): return 'ja'
        return 'zh'
    w=[unicodedata.normalize('NFD',x).encode('ascii','ignore').decode() for x in re.findall(r'\w+',t.lower())]
    sc={k:sum(1 for x in w if x in v) for k,v in MARK.items()}
    return max(sc,key=sc.get)
def score(rows):
    inf=t1=t3=att=attok=noise=natt=0
    for lab in rows:
        o=out.get(lab['file'],{})
        if lab['explicit']: continue
        sug=o.get('suggestions') or []
        codes=[s['code'] for s in sug]
        right={lab['inferred'],*lab.get('acceptable',[])} if lab['inferred'] else set()
        first=bool(sug and sug[0].get('attach'))
        if lab['inferred']:
            inf+=1
            r=next((i+1 for i,c in enumerate(codes) if c in right),None)
            t1+= r==1; t3+= bool(r and r<=3)
        else:
            noise+=1; natt+= any(s.get('attach') for s in sug)
        if first: att+=1; attok+= codes[0] in right
    d=lambda a,b: f'{a/b:.3f}' if b else '  -  '
    return f'n={len(rows):2d} ans={inf:2d} top1={d(t1,inf)} top3={d(t3,inf)} attP={d(attok,att)} ({attok}/{att}) cov={d(attok,inf)} noiseAtt={natt}/{noise}'
langs={x['file']:lang(os.path.join(emldir,x['file'])) for x in labels}
for name,sel in [('whole',lambda f:True),('tune',lambda f:f not in held),('held-out',lambda f:f in held)]:
    rows=[x for x in labels if sel(x['file'])]
    print(f'{name:9s} {score(rows)}')
    if '--detail' in sys.argv:
        for k in sorted({x['kind'] for x in rows}):
            print(f'   kind {k:10s} {score([x for x in rows if x["kind"]==k])}')
        for k in sorted({langs[x['file']] for x in rows}):
            print(f'   lang {k:10s} {score([x for x in rows if langs[x["file"]]==k])}')
if '--langs' in sys.argv:
    print(langs)
