# proggen: max-steps 200000 max-memory 4194304
import sys
print(isinstance(2**64, int))
print(divmod(10**9, 7))
