이름 = '코루틴'
def 인사(사람):
    return f'안녕, {사람}!'
print(인사(이름), len(이름))
