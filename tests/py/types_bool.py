# bool is an int subclass with two singletons
print(True + True, True * 10, True & False, True | False, True ^ True, 1 & True)
print(isinstance(True, int), type(True & 1).__name__, -True, ~False)
print(bool(), bool(0), bool([]), bool([0]), bool(''), bool('x'), bool(0.0))
print(repr(True), str(False), True == 1, hash(True), f"{True}", format(True, 'd'))
