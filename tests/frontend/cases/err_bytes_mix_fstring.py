x = f'{1}' b'b'
