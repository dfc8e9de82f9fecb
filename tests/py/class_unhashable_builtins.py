# list, dict and set have __hash__ = None, and so do their subclasses.
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is None, tuple.__hash__ is None)
class L(list):
    pass
class H(list):
    def __hash__(self):
        return 42
for obj in ([], {}, set(), L(), H(), (1, [])):
    try:
        print(type(obj).__name__, hash(obj))
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)
print(L.__hash__, H.__hash__.__name__, {frozenset([1]): 1})
print([type(d).__hash__ is None for d in ([], {}, set(), frozenset())])
