이름 = "세계"
def 인사(대상):
    return f"안녕, {대상}!"
print(인사(이름))
class 사람:
    def __init__(self, 나이):
        self.나이 = 나이
사 = 사람(30)
print(사.나이, type(사).__name__)
s = "가나다라마"
print(len(s), s[1], s[-1], s[1:3], s[::-1], s.find("다"))
print(repr("한국어"), "한" in s, s.upper(), "가" < "나")
print(ord("한"), chr(54620), "한글" * 2)
단어들 = ["사과", "바나나", "포도"]
print(sorted(단어들), max(단어들, key=len))
print({"키": "값"})
print(인사.__name__)
try:
    없는이름
except NameError as e:
    print("NameError:", e)
