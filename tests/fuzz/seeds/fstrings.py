x = 3.14159
name = '세계'
w = 8
print(f'{x:.2f} {name!r:>10} {w:{w}d} {{literal}} {x=}')
print(f"{'nested' + f'{1+1}'}")
