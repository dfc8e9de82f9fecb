def g():
    a = 1
    yield a

    yield a + 1
    b = 2
    yield b
it = g()
f = it.gi_frame
print(f.f_lineno, f.f_code.co_name)
for _ in it:
    print("line", f.f_lineno)
print(it.gi_frame, f.f_lineno)
