# random.seed with bytes and bytearray (version 2: the bytes and their
# SHA-512 as one int; version 1: the bytes read as Latin-1 text).
import random
for b in [b"", b"a", b"hello", bytearray(b"hello"), "h\u00e9llo".encode(), b"x" * 200]:
    random.seed(b)
    print(len(b), random.random(), random.getrandbits(33))
random.seed(b"hello")
x = random.random()
random.seed("hello")
print(x == random.random())
for b in [b"", b"ab", b"\xe9t\xe9"]:
    random.seed(b, version=1)
    print("v1", b, random.random())
r = random.Random(b"spam")
print(r.randrange(1000), r.choice("abcdef"))
