#!/usr/bin/env python3
"""Records CPython 3.11's view of every tests/frontend/cases/*.py into .expect
files.  Run by hand (python3 tests/frontend/record.py); the test run only
compares.  Three kinds of case, by file name:

  *.py             ast.dump(ast.parse(src)) if compile() accepts the file,
                   else "ERROR <type> <msg> | <lineno> <offset> <end_lineno> <end_offset>"
  sym_*.py         the symbol tables from the symtable module (same layout
                   as `astdump --sym`), without slots/kind lines
  fmt_*.py         the text CPython prints on stderr for the uncaught
                   SyntaxError when the file is run as main.py
  unsup_*.py       constructs Coroscope rejects on purpose (CPython accepts
                   them): the .expect holds Coroscope's message, by hand
"""
import ast, os, subprocess, sys, symtable, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
SCOPES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
FLAGS = [(1, 'global'), (2, 'assigned'), (4, 'param'), (8, 'nonlocal'), (16, 'use'), (128, 'import')]


def dump_ast(src):
    try:
        compile(src, 'main.py', 'exec')
    except SyntaxError as e:
        return f"ERROR {type(e).__name__} {e.msg} | {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n"
    return ast.dump(ast.parse(src)) + '\n'


def code_objects(co, found):
    """Every code object by (name, first line), for the frame layout."""
    found[(co.co_name.strip('<>'), co.co_firstlineno)] = co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            code_objects(c, found)


def layout(co):
    """localsplus as CPython 3.11 lays it out, in astdump's format."""
    slots = [f"{v}:{'CELL' if v in co.co_cellvars else 'LOCAL'}" for v in co.co_varnames]
    slots += [f"{v}:CELL" for v in co.co_cellvars if v not in co.co_varnames]
    slots += [f"{v}:FREE" for v in co.co_freevars]
    kinds = [n for bit, n in ((0x20, 'generator'), (0x80, 'coroutine'), (0x200, 'async_generator'))
             if co.co_flags & bit]
    if '__class__' in co.co_cellvars and not co.co_varnames:
        kinds.append('class_cell')
    return ' '.join(slots), ''.join(' ' + k for k in kinds)


def dump_table(t, indent, out, codes):
    pad = ' ' * indent
    out.append(f"{pad}{t.get_type()} {t.get_name()} line {t.get_lineno()}")
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        flags = [n for bit, n in FLAGS if s._Symbol__flags & bit]
        out.append(f"{pad}  {s.get_name()} {SCOPES.get(s._Symbol__scope, 'NONE')} {','.join(flags)}".rstrip())
    if t.get_type() != 'module':
        co = codes.get((t.get_name(), t.get_lineno()))
        if co is not None:
            slots, kinds = layout(co)
            out.append(f"{pad}  slots:{' ' if slots else ''}{slots}")
            out.append(f"{pad}  kind:{kinds}")
    for c in t.get_children():
        dump_table(c, indent + 2, out, codes)


def dump_sym(src):
    out, codes = [], {}
    code_objects(compile(src, 'main.py', 'exec'), codes)
    dump_table(symtable.symtable(src, 'main.py', 'exec'), 0, out, codes)
    return '\n'.join(out) + '\n'


def dump_fmt(path):
    with tempfile.TemporaryDirectory() as d:
        main = os.path.join(d, 'main.py')
        with open(path, 'rb') as f, open(main, 'wb') as g:
            g.write(f.read())
        r = subprocess.run([sys.executable, 'main.py'], cwd=d, capture_output=True, text=True)
        return r.stderr.replace(main, 'main.py')


def main():
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.py') or name.startswith('unsup_'):
            continue   # unsup_*: Coroscope's own message, .expect written by hand
        path = os.path.join(CASES, name)
        with open(path, encoding='utf-8') as f:
            src = f.read()
        if name.startswith('sym_'):
            text = dump_sym(src)
        elif name.startswith('fmt_'):
            text = dump_fmt(path)
        else:
            text = dump_ast(src)
        with open(path[:-3] + '.expect', 'w', encoding='utf-8') as f:
            f.write(text)
        print('recorded', name)


if __name__ == '__main__':
    main()
