# mixing bytes and str literals is a SyntaxError before anything runs
print('never printed')
greeting = (b'hello '
            'world')
