# Deeply nested expressions compile as in CPython 3.11: about 2,990 levels
# of unary operators, `not`, lambdas, conditional expressions, powers,
# attribute, call and subscript chains, and 2,500 elif branches.  Deeper,
# compile(), eval() and exec() raise RecursionError (the compiler's limit)
# or, deeper still, a bare MemoryError (the parser's stack), never a crash.
kinds = {
    'unary minus': lambda n: '-' * n + '1',
    'not': lambda n: 'not ' * n + '1',
    'invert': lambda n: '~' * n + '1',
    'lambda': lambda n: 'lambda: ' * n + '7',
    'conditional': lambda n: '0 if 0 else ' * n + '5',
    'power': lambda n: 'x' + '**x' * n,
    'attributes': lambda n: 'o' + '.o' * n,
    'calls': lambda n: 'f' + '()' * n,
    'subscripts': lambda n: 'd' + '[0]' * n,
    'sum': lambda n: '+'.join(['1'] * n),
}


class O:
    pass


o = O()
o.o = o
d = [None]
d[0] = d
names = {'x': 1, 'o': o, 'f': lambda: names['f'], 'd': d}

for kind, make in kinds.items():
    value = eval(make(2900), names)
    if kind == 'lambda':
        for _ in range(2900):
            value = value()
    print(kind, type(value).__name__, value if isinstance(value, int) else '')
    for n in (3500, 10000):
        try:
            compile(make(n), '<deep>', 'eval')
            print(' ', n, 'compiled')
        except (RecursionError, MemoryError) as e:
            print(' ', n, type(e).__name__, e)

for how in (eval, exec):
    for n in (3500, 10000):
        try:
            how(kinds['not'](n))
        except (RecursionError, MemoryError) as e:
            print(how.__name__, n, type(e).__name__, e)


def elifs(n):
    branches = ''.join(f'elif x == {i}:\n    y = {i}\n' for i in range(n))
    return f'x = {n - 1}\nif x == -1:\n    y = -1\n{branches}'


for n in (2500, 3000, 8000):
    space = {}
    try:
        exec(elifs(n), space)
        print(n, 'elif branches:', space['y'])
    except (RecursionError, MemoryError) as e:
        print(n, 'elif branches:', type(e).__name__, e)
