x = '\xZ' b'a'
