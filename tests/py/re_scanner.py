# re.Scanner, the small lexer of the re module, and Pattern.scanner():
# match() and search() going on from the end of the previous match.
import re

def s_ident(scanner, token): return ("IDENT", token)
def s_operator(scanner, token): return ("OP", token)
def s_float(scanner, token): return ("FLOAT", float(token))
def s_int(scanner, token): return ("INT", int(token))

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 1 $ y"))
print(scanner.scan(""))

sc = re.compile(r"\d+").scanner("a1 22 333x")
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r"\w").scanner("ab c")
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r"x*").scanner("axx")
print([sc.search() for _ in range(5)])
print(sc.pattern)
