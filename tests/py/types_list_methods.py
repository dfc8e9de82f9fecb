# list methods and their errors
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a.index(2), a.count(9), len(a))
a.remove(9); a.reverse(); print(a, a.copy() == a, a.copy() is a)
a.clear(); print(a)
for expr in ["[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[][0]",
             "[1] + (1,)", "[1] * 1.5"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
b = [1, 2]
b += (3,); b *= 2; print(b, [1, 2] < [1, 3], [1, [2]] == [1, [2]], 2 in b)
c = [1]; c.append(c); print(c)
