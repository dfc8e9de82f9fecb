x = b'a' '\xZ'
