# key= applies to the list's items (not to x) in bisect, and to x as well
# in insort.
import bisect

records = [("alice", 23), ("bob", 31), ("carol", 31), ("dave", 45), ("erin", 52)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 31, key=age), bisect.bisect_right(records, 31, key=age))
print(bisect.bisect(records, 40, key=age), bisect.bisect(records, 40, 0, 2, key=age))
bisect.insort(records, ("frank", 31), key=age)
bisect.insort_left(records, ("gina", 31), key=age)
bisect.insort_right(records, ("hal", 99), key=age)
bisect.insort_left(records, ("ian", 1), key=age)
print(records)
print(bisect.bisect_left(["a", "BB", "ccc"], 2, key=len), bisect.bisect(["a", "BB", "ccc"], 2, key=len))
calls = []
def k(x):
    calls.append(x)
    return x
bisect.bisect(list(range(16)), 5, key=k)
print(calls)
