x = b'a' b'é'
