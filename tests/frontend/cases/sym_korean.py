이름 = "값"
def 함수(인자):
    지역 = 인자
    def 안쪽():
        return 지역 + 이름
    return 안쪽
