# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    print('tries')
chunk()
