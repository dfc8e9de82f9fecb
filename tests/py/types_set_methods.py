# set methods and errors
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s, 5 not in s)
print(s.union([7]), s.intersection({2, 3, 9}), s.difference([2]), s.symmetric_difference({3, 5}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.issubset([1, 2]), {1}.isdisjoint({2}))
s.update([8], (9,)); s.intersection_update({2, 3, 8, 9}); s.difference_update([9]); print(s)
s |= {0}; s &= {0, 2, 3}; s -= {3}; s ^= {5}; print(s, s == {0, 2, 5}, {frozenset({1})})
for expr in ["set().pop()", "{1}.remove(3)", "{[1]}", "frozenset().add"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
