a and b and c
a or b or c
a and b or c and d
not a and not b
