x = b'a' b'\x4'
