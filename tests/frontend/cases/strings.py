s = 'single'
t = "double"
u = '''triple
quoted'''
v = """tri"ple"""
w = r'raw\n'
x = u'unicode'
y = "a" 'b' "c"
z = "it's"
