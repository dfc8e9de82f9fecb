// crash_cases.mjs - programs that once crashed or hung the engine (issue
// 10), each with the result Coroscope must give on every build: status,
// stdout and the last line of stderr (see crashproof.test.mjs for what
// each kind of case shows).  `args` are command-line options of `run`;
// the browser test turns them into the stepper's options (options()).
const RAISE_LIMIT = 'import sys\nsys.setrecursionlimit(10**6)\n';
const C_RECURSION = 'RecursionError: maximum recursion depth exceeded';
const budgetStop = (steps) => `coroscope: stopped after ${steps} steps (step budget exhausted: an endless loop? `
  + '--max-steps N sets the budget, 0 = none)';

export const cases = [
  {
    name: 'a 5,000-deep zip chain',
    source: 'm = [1]\nfor i in range(5000):\n    m = zip(m)\nprint(len(list(m)))\n',
    status: 1, stdout: '', lastErr: C_RECURSION,
  },
  {
    name: 'map, filter and enumerate chains of 6,000',
    source: 'for make in (lambda m: map(abs, m), lambda m: filter(None, m), enumerate):\n'
      + '    m = [1]\n    for i in range(6000):\n        m = make(m)\n'
      + '    try:\n        list(m)\n    except RecursionError as e:\n        print(type(e).__name__, e)\n',
    status: 0, stdout: 'RecursionError maximum recursion depth exceeded\n'.repeat(3), lastErr: '',
  },
  {
    name: 'a 600,000-deep map chain (CPython 3.11 crashes)',
    source: 'm = [1]\nfor i in range(600000):\n    m = map(abs, m)\nprint(list(m))\n',
    status: 1, stdout: '', lastErr: C_RECURSION,
  },
  {
    name: '== on two 3,000-deep nested lists with a raised recursion limit',
    source: `${RAISE_LIMIT}a = []\nb = []\nfor i in range(3000):\n    a = [a]\n    b = [b]\nprint(a == b)\n`,
    status: 1, stdout: '', lastErr: `${C_RECURSION} in comparison`,
  },
  {
    name: 'repr of a 5,000-deep list and hash of a 5,000-deep tuple with a raised limit',
    source: `${RAISE_LIMIT}a = []\nt = ()\nfor i in range(5000):\n    a = [a]\n    t = (t,)\n`
      + 'for f in (repr, hash):\n    try:\n        f(a if f is repr else t)\n'
      + '    except RecursionError as e:\n        print(e)\n',
    status: 0,
    stdout: 'maximum recursion depth exceeded while getting the repr of an object\n'
      + 'maximum recursion depth exceeded while hashing a tuple\n',
    lastErr: '',
  },
  {
    name: 'a 20,000-deep yield-from chain is resumed and closed (CPython\'s answer)',
    source: `${RAISE_LIMIT}def g(n):\n    if n:\n        yield from g(n - 1)\n    else:\n`
      + '        try:\n            yield "bottom"\n        finally:\n            print("closed")\n'
      + 'it = g(20000)\nprint(next(it))\ndel it\nprint("after")\n',
    status: 0, stdout: 'bottom\nclosed\nafter\n', lastErr: '',
  },
  {
    name: 'generators nested 5,000 deep through next()',
    source: `${RAISE_LIMIT}def nxt(n):\n    if n:\n        yield next(nxt(n - 1))\n    else:\n`
      + '        yield "bottom"\nprint(next(nxt(5000)))\n',
    status: 0, stdout: 'bottom\n', lastErr: '',
  },
  {
    // every next() runs down the whole chain: stack segments in use are
    // resumed again and again (tests/py/gen_yield_from_chain_deep_resumed.py
    // is the same program 30 deep, for the runs that pause at every event)
    name: 'a 3,000-deep yield-from chain resumed many times, sent to and thrown into (CPython\'s answer)',
    source: `${RAISE_LIMIT}def chain(n):\n    if n == 0:\n        total = 0\n        for i in range(200):\n`
      + '            try:\n                got = yield i\n            except KeyError as e:\n'
      + '                print("bottom caught", type(e).__name__, e)\n                got = None\n'
      + '            if got is not None:\n                total += got\n        return total\n'
      + '    return (yield from chain(n - 1))\n'
      + 'g = chain(3000)\nprint(sum(next(g) for _ in range(100)))\nprint(g.send(5))\n'
      + 'print(g.throw(KeyError("k")))\ntry:\n    while True:\n        next(g)\n'
      + 'except StopIteration as e:\n    print("returned", e.value)\n',
    status: 0, stdout: "4950\n100\nbottom caught KeyError 'k'\n101\nreturned 5\n", lastErr: '',
  },
  {
    // each sleep(0) on the way down resumes every level above it: about
    // two million resumptions across stack segments (the same program 60
    // deep is tests/py/asyncio_await_chain_deep_resumed.py)
    name: 'a 2,000-deep await chain sleeping at every level (CPython\'s answer)',
    source: `${RAISE_LIMIT}import asyncio\nasync def down(n):\n    if n == 0:\n        return 0\n`
      + '    await asyncio.sleep(0)\n    return await down(n - 1) + 1\n'
      + 'async def main():\n    loop = asyncio.get_running_loop()\n'
      + '    print(await down(2000), loop.time())\n    print(await asyncio.create_task(down(1000)))\n'
      + 'asyncio.run(main())\n',
    status: 0, stdout: '2000 0.0\n1000\n', lastErr: '',
  },
  {
    name: 'a 200,000-deep nested list is freed without recursion',
    source: 'a = []\nfor i in range(200000):\n    a = [a]\ndel a\nprint("freed")\n',
    status: 0, stdout: 'freed\n', lastErr: '',
  },
  ...[['==', 'a = b = []\nfor i in range(60):\n    a = [a, a]\n    b = [b, b]\nprint(a == b)\n'],
    ['repr', 'a = []\nfor i in range(60):\n    a = [a, [a]]\nprint(len(repr(a)))\n'],
    ['hash', 't = ()\nfor i in range(60):\n    t = (t, t)\nprint(hash(t))\n'],
    ['ExceptionGroup.split', 'e = ValueError()\nfor i in range(60):\n    e = ExceptionGroup("g", [e, e])\n'
      + 'print(e.split(KeyError))\n'],
  ].map(([what, source]) => ({
    name: `${what} of a structure sharing its items 60 deep ends with the step budget`,
    args: ['--max-steps', '100000'],
    source, status: 3, stdout: '',
    lastErr: budgetStop(100000),
  })),
  {
    // the wasm parser overflowed the JS stack; CPython 3.11's parser stack
    // overflows into a bare MemoryError here (it compiles 2,500 branches:
    // tests/py/syntax_nesting_deep.py)
    name: 'an 8,000-branch elif chain is a MemoryError, as in CPython',
    source: `x = 7999\nif x == -1:\n    y = 0\n${
      Array.from({ length: 8000 }, (_, i) => `elif x == ${i}:\n    y = ${i}\n`).join('')}print(y)\n`,
    status: 1, stdout: '', lastErr: 'MemoryError',
  },
  {
    // 1,000 levels fit every host's stack, a browser worker's too (the
    // limits scale with it); 10,000 are past them everywhere, with
    // CPython's errors (tests/py/syntax_nesting_deep.py goes to 2,900)
    name: 'nesting 1,000 deep compiles and 10,000 deep is CPython\'s error, for each kind of nesting',
    source: 'kinds = [("", "-", "1"), ("", "not ", "1"), ("", "lambda: ", "1"), ("", "0 if 0 else ", "1"), '
      + '("x", "**x", ""), ("o", ".o", ""), ("f", "()", ""), ("1", "+1", ""), ("d", "[0]", "")]\n'
      + 'for head, repeated, tail in kinds:\n    for n in (1000, 10000):\n'
      + '        src = head + repeated * n + tail\n'
      + '        try:\n            compile(src, "<deep>", "eval")\n            print(n, "ok")\n'
      + '        except (MemoryError, RecursionError) as e:\n            print(n, type(e).__name__, e)\n',
    status: 0,
    stdout: `${'1000 ok\n10000 MemoryError \n'.repeat(5)}${
      '1000 ok\n10000 RecursionError maximum recursion depth exceeded during compilation\n'.repeat(4)}`,
    lastErr: '',
  },
  {
    name: 'an endless __del__ at exit is stopped by the step budget',
    args: ['--max-steps', '10000'],
    source: 'class A:\n    def __del__(self):\n        while True:\n            pass\na = A()\nprint("end")\n',
    status: 3, stdout: 'end\n',
    lastErr: budgetStop(10000),
  },
  {
    name: 'an endless printing __del__ at exit is stopped by the output limit',
    args: ['--max-output', '1000'],
    source: 'class A:\n    def __del__(self):\n        while True:\n            print("x" * 99)\na = A()\n',
    status: 3, stdout: `${'x'.repeat(99)}\n`.repeat(10),
    lastErr: 'coroscope: output limit of 1000 bytes reached: the program was stopped',
  },
  {
    name: 'asyncio.sleep of NaN and of 10**8 s on the virtual clock',
    source: 'import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n'
      + '    await asyncio.sleep(float("nan"))\n    print(loop.time())\n'
      + '    await asyncio.sleep(10**8)\n    print(loop.time())\nasyncio.run(main())\n',
    status: 0, stdout: '0.0\n100000000.0\n', lastErr: '',
  },
  {
    name: 'asyncio.sleep(10**18) ends with the step budget',
    args: ['--max-steps', '100000'],
    source: 'import asyncio\nasyncio.run(asyncio.sleep(10**18))\nprint("not reached")\n',
    status: 3, stdout: '',
    lastErr: budgetStop(100000),
  },
  {
    name: 'asyncio.sleep(float("inf")) is a deadlock',
    source: 'import asyncio\nasync def main():\n    await asyncio.sleep(float("inf"))\nasyncio.run(main())\n',
    status: 4, stdout: '',
    lastErr: 'coroscope: deadlock at time 0.0: the event loop has nothing to run and no timer, '
      + 'and nothing can wake it up; 1 task waits forever: Task-1 (main() at main.py:3) '
      + 'waits for a Future that nobody completes',
  },
];

// A case's `args` as options of runProgram and the stepper.
export function options(c) {
  const args = c.args ?? [];
  const names = { '--max-steps': 'maxSteps', '--max-memory': 'maxMemory', '--max-output': 'maxOutput' };
  const out = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!names[args[i]]) throw new Error(`crash case option ${args[i]} has no stepper option`);
    out[names[args[i]]] = Number(args[i + 1]);
  }
  return out;
}
