# the way tutorials use bytes: encode text, inspect bytes, build a packet, checksum, decode
message = 'Grüße, 世界! 👋'
data = message.encode('utf-8')
print(len(message), len(data), data)
print(data.decode('utf-8') == message, data[:6].decode('utf-8', errors='replace'))
print([hex(b) for b in data[:4]], ' '.join(f'{b:08b}' for b in data[:2]), data.hex(' ', 4))

def checksum(payload: bytes) -> int:
    total = 0
    for byte in payload:
        total = (total + byte) & 0xFF
    return total

header = b'PKT'
body = bytearray()
for word in ['alpha', 'beta', 'gamma']:
    encoded = word.encode('ascii')
    body += len(encoded).to_bytes(2, 'big') + encoded
packet = header + bytes(body) + checksum(body).to_bytes(1, 'big')
print(packet, len(packet))

def parse(pkt: bytes):
    assert pkt.startswith(b'PKT'), 'bad header'
    payload, check = pkt[3:-1], pkt[-1]
    if checksum(payload) != check:
        raise ValueError(f'checksum mismatch: {checksum(payload)} != {check}')
    words, i = [], 0
    while i < len(payload):
        size = int.from_bytes(payload[i:i + 2], 'big')
        words.append(payload[i + 2:i + 2 + size].decode('ascii'))
        i += 2 + size
    return words

print(parse(packet))
corrupt = bytearray(packet)
corrupt[5] ^= 0xFF
try:
    parse(bytes(corrupt))
except ValueError as e:
    print('ValueError:', e)

# bytes are immutable, bytearray is not
frame = bytearray(b'\x00' * 8)
frame[0:4] = b'\xca\xfe\xba\xbe'
frame[-1] = 1
print(frame, bytes(frame).hex(), frame.count(0), frame.find(b'\xba'))
counts = {}
for b in b'mississippi':
    counts[chr(b)] = counts.get(chr(b), 0) + 1
print(counts, sorted(set(b'hello')), b'hello'.title().center(11, b'*'))
for enc in ['ascii', 'latin-1', 'utf-8']:
    try:
        print(enc, 'café'.encode(enc))
    except UnicodeEncodeError as err:
        print(enc, 'failed:', err)
raw = b'name=Ann;age=31;city=Oslo'
record = dict(item.split(b'=') for item in raw.split(b';'))
print(record, {k.decode(): v.decode() for k, v in record.items()}, int(record[b'age']) + 1)
