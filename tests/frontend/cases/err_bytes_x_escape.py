x = b'ok\xZ1'
