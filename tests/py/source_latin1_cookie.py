# -*- coding: latin-1 -*-
s = "café üß"
print(s, len(s), [ord(c) for c in s[-3:]])
print(1 / 0)  # é
