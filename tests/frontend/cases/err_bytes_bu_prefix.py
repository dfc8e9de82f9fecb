x = bu'no'
