# find/rfind/index/rindex/count/startswith/endswith with a start past the
# end: nothing is found, not even '' ('abc'.find('', 10) == -1), as
# CPython's ADJUST_INDICES; huge bounds are clamped, not an error.
s = 'abc'
for args in [('', 10), ('', 3), ('', 4), ('', 2, 1), ('', -1), ('', -10), ('', 1, -5), ('c', 2), ('c', 3), ('bc', -2), ('', 3, 3), ('', 3, 2), ('', 0, -4), ('b', 0, -1), ('', 10, 20), ('x', 10)]:
    out = [s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args)]
    for m in (s.index, s.rindex):
        try:
            out.append(m(*args))
        except ValueError as e:
            out.append(str(e))
    print(args, out)
print('', ''.find('', 0), ''.find('', 1), ''.count(''), ''.count('', 1), ''.startswith('', 1), ''.endswith('', 0, 0))
print('héllo'.find('', 5), 'héllo'.find('', 6), 'héllo'.count('l', 3), 'héllo'.rfind('', 2, 4), 'héllo'.count('', 4, 100))
print(s.startswith(('x', ''), 3), s.startswith(('x', ''), 4), s.endswith(('', 'c'), 4), s.find('', None, None), s.count('', None, 2))
print(s.startswith('', 2**70), s.find('', -2**70), s.count('', 2**70), s.rfind('', 1, 2**70))
print('aaa'.count('a', 1), 'aaa'.count('aa'), 'aaaa'.count('', 2), 'abcabc'.rfind('abc', 0, 5), 'abcabc'.rfind('abc', 4))
