x = a + b * c - d / e // f % g ** h @ i
y = -a ** -b
z = ~a | b ^ c & d << e >> f
w = (a + b) * c
v = +a - -b
