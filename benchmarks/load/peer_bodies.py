"""For peer-ratios.sh: pre-renders errdex's own answers for the plain peers.

Writes, in the folder given: codes (every ERR_NGROK code, one a line), bodies.tsv (key TAB the exact JSON errdex
answers: the code for shared/tools/perf/gql.lua's errorCode query, SEARCH_n and MATCH_n for peer-search.lua's
queries over peer-texts.txt) and www/errors/<code> (the page errdex serves), for the REST peer and nginx.
Usage: peer_bodies.py <errdex port> <folder>
"""
import json
import os
import sys
import urllib.request

port, folder = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))


def graphql(query, variables=None):
    body = json.dumps({'query': query, 'variables': variables or {}}).encode()
    request = urllib.request.Request(f'http://127.0.0.1:{port}/graphql', body, {'Content-Type': 'application/json'})
    answer = urllib.request.urlopen(request).read().decode()
    if '"errors"' in answer:
        raise SystemExit(f'errdex answered with errors: {answer[:300]}')
    return answer


codes, after = [], None
while True:
    page = json.loads(graphql('query($a:String){errorCodes(first:500,after:$a){edges{node{code}} '
                              'pageInfo{hasNextPage endCursor}}}', {'a': after}))['data']['errorCodes']
    codes += [e['node']['code'] for e in page['edges'] if e['node']['code'].startswith('ERR_NGROK')]
    if not page['pageInfo']['hasNextPage']:
        break
    after = page['pageInfo']['endCursor']
# the query text of gql.lua, as it sends it
lookup = '{ errorCode(code: "%s") { code title message category status docsUrl } }'
queries = {
    'SEARCH': 'query($t:String!){search(query:$t,first:10){code title score snippet}}',
    'MATCH': 'query($t:String!){match(text:$t){explicit unknown suggestions{code confidence attach}}}',
}
texts = [t for t in open(os.path.join(here, 'peer-texts.txt')).read().splitlines() if t]
os.makedirs(os.path.join(folder, 'www', 'errors'))
with open(os.path.join(folder, 'codes'), 'w') as c, open(os.path.join(folder, 'bodies.tsv'), 'w') as b:
    for code in codes:
        c.write(code + '\n')
        b.write(code + '\t' + graphql(lookup % code).strip() + '\n')
        page = urllib.request.urlopen(f'http://127.0.0.1:{port}/errors/{code}').read()
        open(os.path.join(folder, 'www', 'errors', code), 'wb').write(page)
    for op, query in queries.items():
        for n, text in enumerate(texts, 1):
            b.write(f'{op}_{n}\t' + graphql(query, {'t': text}).strip() + '\n')
print(len(codes), 'codes and', len(texts), 'search and match texts pre-rendered')
