def f(xs):
    if any((hit := x) > 3 for x in xs):
        return hit
[last := v for v in range(3)]
