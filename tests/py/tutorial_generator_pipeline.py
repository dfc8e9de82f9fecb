# A Beazley-style generator pipeline over log lines, with itertools
import itertools
from collections import Counter, defaultdict

LOG = """\
10.0.0.1 - - [01/Jul/2024] "GET /index.html HTTP/1.1" 200 1043
10.0.0.2 - - [01/Jul/2024] "GET /about.html HTTP/1.1" 200 2311
10.0.0.1 - - [01/Jul/2024] "GET /missing HTTP/1.1" 404 -
10.0.0.3 - - [02/Jul/2024] "POST /login HTTP/1.1" 302 512
10.0.0.2 - - [02/Jul/2024] "GET /index.html HTTP/1.1" 200 1043
10.0.0.1 - - [03/Jul/2024] "GET /big.iso HTTP/1.1" 200 99999
"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        parts = line.split()
        yield {'host': parts[0], 'day': parts[3][1:3], 'path': parts[6],
               'status': int(parts[8]), 'bytes': 0 if parts[9] == '-' else int(parts[9])}

def only_ok(records):
    return (r for r in records if r['status'] == 200)

records = list(parse(read_lines(LOG)))
print('total bytes:', sum(r['bytes'] for r in records))
print('ok paths:', [r['path'] for r in only_ok(records)])
print('first two:', [r['host'] for r in itertools.islice(records, 2)])
for day, recs in itertools.groupby(records, key=lambda r: r['day']):
    recs = list(recs)
    print('day', day, len(recs), 'requests', sum(r['bytes'] for r in recs), 'bytes')
print('hosts:', Counter(r['host'] for r in records).most_common(2))
by_status = defaultdict(list)
for r in records:
    by_status[r['status']].append(r['path'])
print(dict(by_status))
running = list(itertools.accumulate(r['bytes'] for r in records))
print('running totals:', running)
print('pairs:', list(itertools.pairwise(r['status'] for r in records))[:3])
batches = iter(records)
while chunk := list(itertools.islice(batches, 4)):
    print('batch of', len(chunk))
print(list(itertools.takewhile(lambda r: r['day'] == '01', records))[-1]['path'])
