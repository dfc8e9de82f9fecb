import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" then more\n")
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.version_info[:2] >= (3, 11), sys.version_info >= (3, 8), type(sys.argv), sys.maxsize > 2 ** 31)
print("main" in sys.modules["__main__"].__name__, "sys" in sys.modules)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print("before exit")
sys.exit()
print("not reached")
