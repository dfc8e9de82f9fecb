# issue 10 reproducer: max-steps 200000 max-memory 268435456
# pow with a modulus (CPython: 3 and 4), range indexing past 2**63, big
# shifts and powers that must end with a result or a clean error.
for f in (lambda: pow(2, -1, 5), lambda: range(2**100)[2**99],
          lambda: (255).to_bytes(2, 'big'), lambda: 'abc'.find('', 10),
          lambda: len(str(2 ** 100000)), lambda: (1 << 10**6).bit_length(),
          lambda: 10 ** 10 ** 6 % 7, lambda: divmod(3 ** 100000, 7 ** 5000)[1] % 10,
          lambda: pow(3, 10**20, 7)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
