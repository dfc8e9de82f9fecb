# coding: ascii
print("ok")
print("é")
