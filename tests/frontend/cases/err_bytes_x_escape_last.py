x = b'a' rb'b' b'\x4'
