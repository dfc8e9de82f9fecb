# compile(), exec() and eval() with code objects and namespaces.
code = compile('a + b * 2', '<expr>', 'eval')
print(type(code).__name__, code.co_filename if hasattr(code, 'co_filename') else '<expr>')
print(eval(code, {'a': 1, 'b': 2}))
print(eval(code, {}, {'a': 10, 'b': 1}))

prog = compile('total = 0\nfor i in range(4):\n    total += i\n', 'prog.py', 'exec')
ns = {}
print(exec(prog, ns))
print(ns['total'], '__builtins__' in ns)

single = compile('x = 5\n', '<single>', 'single')
g = {}
exec(single, g)
print(g['x'])
exec(compile('1 + 2', '<single>', 'single'))
exec(compile('None', '<single>', 'single'))
exec(compile('"shown"', '<single>', 'single'))

# exec of a string, with separate globals and locals
g = {'base': 10}
l = {}
exec('y = base + 1\ndef f(): return base * 2', g, l)
print(sorted(l), l['y'], l['f']())
exec('import math\nr = math.sqrt(16)', g)
print(g['r'])

# eval of an expression string in the caller's scope
def scoped():
    local_v = 7
    return eval('local_v * 6')
print(scoped())
print(eval('[n * n for n in range(4)]'))

# what a code object from 'eval' mode gives to exec
print(exec(compile('40 + 2', 's', 'eval')))

# syntax errors name the file and the line
for src, mode in [('x = (1,', 'exec'), ('a b', 'eval'), ('x = 1', 'eval'),
                  ('def f():\nreturn 1', 'exec'), ('a = 1\nb = 2', 'single')]:
    try:
        compile(src, 'bad.py', mode)
    except SyntaxError as e:
        print(type(e).__name__ + ':', e.msg, e.filename, e.lineno)

# errors raised while running point at the compiled file name
try:
    exec(compile('\n\n1 / 0', 'runtime.py', 'exec'))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('ZeroDivisionError:', e, tb.tb_frame.f_code.co_filename, tb.tb_lineno)

# argument errors
cases = [
    lambda: compile('1', 'f', 'run'),
    lambda: compile(1, 'f', 'exec'),
    lambda: exec(1),
    lambda: eval(1),
    lambda: exec('x = 1', []),
    lambda: eval('1', []),
    lambda: compile('1', 'f', 'exec', nonsense=1),
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
