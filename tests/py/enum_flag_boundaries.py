# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), negative values, multi-bit
# aliases in composite names, and the bin()/show_flag_values helpers.
import enum
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, auto

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Strict(Flag):
    A = 1
    C = 4

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2

attempt("Strict(2)", lambda: Strict(2))
attempt("Strict(5)", lambda: Strict(5))
attempt("Strict(-1)", lambda: Strict(-1))
attempt("Strict(-9)", lambda: Strict(-9))
attempt("Strict('x')", lambda: Strict("x"))
attempt("Conform(7)", lambda: Conform(7))
attempt("Conform(4)", lambda: Conform(4))
attempt("Eject(7)", lambda: Eject(7))
attempt("Eject(3)", lambda: Eject(3))
attempt("Keep(7)", lambda: Keep(7))
attempt("Keep(4)", lambda: Keep(4))
attempt("~Keep.A", lambda: ~Keep.A)
attempt("~Conform.A", lambda: ~Conform.A)
print(Strict._boundary_, Conform._boundary_, IntFlag._boundary_, Flag._boundary_)
print(Strict._flag_mask_, Strict._singles_mask_, Strict._all_bits_)

class Mixed(Flag):
    A = 1
    B = 2
    AB = 3
    D = 12

print(list(Mixed), Mixed.__members__)
attempt("Mixed(15)", lambda: Mixed(15))
attempt("Mixed(3)", lambda: Mixed(3) is Mixed.AB)
attempt("Mixed(8)", lambda: Mixed(8))
attempt("A|D", lambda: Mixed.A | Mixed.D)
print(len(Mixed.AB), list(Mixed.AB), Mixed.A in Mixed.AB, Mixed.D in Mixed.AB)

class Ordered(Flag):
    HIGH = 4
    LOW = 1
    MID = 2

print(list(Ordered), list(Ordered(7)), Ordered(3))

class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()

print(repr(Perm(-1)), repr(~Perm.R), repr(Perm(9)), Perm(9) == 9, Perm.R | Perm.X, repr(3 | Perm.R))
print(enum.bin(5), enum.bin(-5), enum.bin(0), enum.bin(5, 8), enum.bin(-1, 4))
print(enum.show_flag_values(13), enum.show_flag_values(Perm.W | Perm.X))
attempt("show negative", lambda: enum.show_flag_values(-3))

class Empty(Flag):
    NONE = 0
    ONE = 1

print(list(Empty), repr(Empty.NONE), bool(Empty.NONE), Empty(0) is Empty.NONE, repr(Empty(1) & Empty(0)))
