# verify() with EnumCheck, global_enum's reprs, pickling helpers, StrEnum's
# argument checks.
import enum
from enum import (Enum, Flag, IntFlag, StrEnum, verify, global_enum, CONTINUOUS,
                  NAMED_FLAGS, UNIQUE, EnumCheck, FlagBoundary)

def attempt(label, build):
    try:
        result = build()
        print(label, "->", result)
    except Exception as e:
        print(label, type(e).__name__, e)

def continuous_enum():
    @verify(CONTINUOUS)
    class Gap(Enum):
        X = 1
        Y = 5
    return list(Gap)

def continuous_ok():
    @verify(CONTINUOUS, UNIQUE)
    class Fine(Enum):
        X = 1
        Y = 2
        Z = 3
    return list(Fine)

def continuous_flag():
    @verify(CONTINUOUS)
    class Bits(Flag):
        X = 1
        Y = 8
    return list(Bits)

def named_flags(extra):
    def build():
        @verify(NAMED_FLAGS)
        class Bits(Flag):
            X = 1
            Y = 2
            Z = 15
            if extra:
                W = 16 + 32 + 64
        return list(Bits)
    return build

def aliases():
    @verify(UNIQUE)
    class Dup(Enum):
        X = 1
        Y = 1
        Z = 2
        W = 2
    return list(Dup)

attempt("CONTINUOUS enum", continuous_enum)
attempt("CONTINUOUS ok", continuous_ok)
attempt("CONTINUOUS flag", continuous_flag)
attempt("NAMED_FLAGS one", named_flags(False))
attempt("NAMED_FLAGS two", named_flags(True))
attempt("UNIQUE", aliases)
attempt("not an enum", lambda: verify(UNIQUE)(int))
print(repr(CONTINUOUS), str(UNIQUE), list(EnumCheck))
print(list(FlagBoundary), enum.STRICT == "strict", enum.KEEP)

@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2

@global_enum
class Bits(IntFlag):
    A = 1
    B = 2

print(repr(Color.RED), str(Color.RED), f"{Color.GREEN}", RED is Color.RED, GREEN)
print(repr(Bits.A), repr(Bits.A | Bits.B), repr(Bits(4)), repr(Bits(5)), str(Bits.A), repr(Bits(0)))
print(enum.global_str(Color.RED), enum.pickle_by_enum_name(Color.RED, 2), enum.pickle_by_global_name(Color.RED, 2))
print(Color.RED.__reduce_ex__(2), Bits.B.__reduce_ex__(4))

def make_str(*args):
    class S(StrEnum):
        A = args
    return repr(S.A)

attempt("StrEnum bytes+encoding", lambda: make_str(b"ab", "ascii"))
attempt("StrEnum bytes", lambda: make_str(b"ab"))
attempt("StrEnum bad encoding", lambda: make_str(b"ab", 1))
attempt("StrEnum bad errors", lambda: make_str(b"ab", "ascii", 3))
attempt("StrEnum four", lambda: make_str("a", "b", "c", "d"))
