# A str seed (version 2) is the text's UTF-8 bytes followed by their SHA-512
# digest, read as one big int; version 1 hashes the text another way.
import random

texts = ["", "a", "hello", "hello world", "The quick brown fox",
         "x" * 111, "y" * 112, "z" * 127, "w" * 128, "v" * 129, "u" * 239, "t" * 240,
         "abc" * 100, "héllo ✓ 日本語 🐍", "\x00", "seed" * 1000]
for t in texts:
    random.seed(t)
    print(len(t), random.random(), random.getrandbits(40), random.randrange(10**6))

for t in ["", "a", "hello", "héllo"]:
    random.seed(t, version=1)
    print("v1", repr(t), random.random())

r = random.Random("spam")
print(r.random(), r.choice("abcdefg"))
