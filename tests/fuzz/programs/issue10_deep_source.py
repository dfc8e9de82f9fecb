# issue 10 reproducer: max-steps 200000 max-memory 268435456
# Deep expressions compiled by eval(): nested unary operators, not, lambdas
# and conditional expressions (CPython compiles about 3,000 of them), and a
# 100,000-deep one (CPython: MemoryError/RecursionError, never a crash).
for depth in (299, 1000, 2900, 100000):
    for make in (lambda n: '-' * n + '1', lambda n: 'not ' * n + '1',
                 lambda n: 'lambda: ' * n + '1', lambda n: '1 if 1 else ' * n + '0',
                 lambda n: '(' * n + '1' + ')' * n, lambda n: '[' * n + ']' * n,
                 lambda n: '1' + ' + 1' * n, lambda n: 'f(' * n + ')' * n):
        try:
            eval(make(depth), {'f': abs})
            print(depth, 'ok')
        except (SyntaxError, RecursionError, MemoryError, TypeError) as e:
            print(depth, type(e).__name__)
