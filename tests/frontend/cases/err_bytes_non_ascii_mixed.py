x = b'a' b'é' 'z'
