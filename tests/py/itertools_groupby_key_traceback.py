# An error in groupby's key function: the traceback goes from the loop
# straight to the key function (CPython's groupby is written in C)
from itertools import groupby

def key(word):
    return word[0].upper()

for k, g in groupby(['apple', 'avocado', '', 'banana'], key=key):
    print(k, list(g))
