# An except* clause in a generator keeps its handled part across a yield;
# the caller's handled exception is its own.
import sys

def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "ValueError clause: " + repr(sys.exc_info()[1])
        yield "still: " + repr(sys.exc_info()[1])
    except* TypeError:
        yield "TypeError clause: " + repr(sys.exc_info()[1])

it = gen()
print(next(it))
print("caller:", sys.exc_info()[1])
print(next(it))
print(next(it))
print(next(it, "exhausted"))
