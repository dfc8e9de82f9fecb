# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    sys.setrecursionlimit(100)
    class K:
        def __init__(self, n):
            self.n = n
        def __init_subclass__(cls):
            pass
        def __setattr__(self, a, v):
            object.__setattr__(self, a, v)
            if a == 'n' and v:
                K(v - 1)
    k = K(3000)
    print(str(k))
finally:
    print('finally')
def chunk():
    import contextlib
    class C0:
        class C1:
            class C2:
                class C3:
                    class C4:
                        class C5:
                            class C6:
                                class C7:
                                    class C8:
                                        class C9:
                                            class C10:
                                                class C11:
                                                    class C12:
                                                        class C13:
                                                            class C14:
                                                                class C15:
                                                                    class C16:
                                                                        class C17:
                                                                            class C18:
                                                                                class C19:
                                                                                    class C20:
                                                                                        class C21:
                                                                                            class C22:
                                                                                                class C23:
                                                                                                    class C24:
                                                                                                        class C25:
                                                                                                            class C26:
                                                                                                                class C27:
                                                                                                                    class C28:
                                                                                                                        class C29:
                                                                                                                            class C30:
                                                                                                                                class C31:
                                                                                                                                    class C32:
                                                                                                                                        class C33:
                                                                                                                                            class C34:
                                                                                                                                                class C35:
                                                                                                                                                    class C36:
                                                                                                                                                        class C37:
                                                                                                                                                            class C38:
                                                                                                                                                                class C39:
                                                                                                                                                                    class C40:
                                                                                                                                                                        class C41:
                                                                                                                                                                            class C42:
                                                                                                                                                                                class C43:
                                                                                                                                                                                    class C44:
                                                                                                                                                                                        class C45:
                                                                                                                                                                                            class C46:
                                                                                                                                                                                                class C47:
                                                                                                                                                                                                    class C48:
                                                                                                                                                                                                        class C49:
                                                                                                                                                                                                            class C50:
                                                                                                                                                                                                                class C51:
                                                                                                                                                                                                                    class C52:
                                                                                                                                                                                                                        class C53:
                                                                                                                                                                                                                            class C54:
                                                                                                                                                                                                                                class C55:
                                                                                                                                                                                                                                    class C56:
                                                                                                                                                                                                                                        class C57:
                                                                                                                                                                                                                                            class C58:
                                                                                                                                                                                                                                                class C59:
                                                                                                                                                                                                                                                    class C60:
                                                                                                                                                                                                                                                        class C61:
                                                                                                                                                                                                                                                            class C62:
                                                                                                                                                                                                                                                                class C63:
                                                                                                                                                                                                                                                                    class C64:
                                                                                                                                                                                                                                                                        class C65:
                                                                                                                                                                                                                                                                            class C66:
                                                                                                                                                                                                                                                                                class C67:
                                                                                                                                                                                                                                                                                    class C68:
                                                                                                                                                                                                                                                                                        class C69:
                                                                                                                                                                                                                                                                                            class C70:
                                                                                                                                                                                                                                                                                                class C71:
                                                                                                                                                                                                                                                                                                    class C72:
                                                                                                                                                                                                                                                                                                        class C73:
                                                                                                                                                                                                                                                                                                            class C74:
                                                                                                                                                                                                                                                                                                                class C75:
                                                                                                                                                                                                                                                                                                                    class C76:
                                                                                                                                                                                                                                                                                                                        class C77:
                                                                                                                                                                                                                                                                                                                            class C78:
                                                                                                                                                                                                                                                                                                                                class C79:
                                                                                                                                                                                                                                                                                                                                    class C80:
                                                                                                                                                                                                                                                                                                                                        class C81:
                                                                                                                                                                                                                                                                                                                                            class C82:
                                                                                                                                                                                                                                                                                                                                                class C83:
                                                                                                                                                                                                                                                                                                                                                    class C84:
                                                                                                                                                                                                                                                                                                                                                        class C85:
                                                                                                                                                                                                                                                                                                                                                            class C86:
                                                                                                                                                                                                                                                                                                                                                                class C87:
                                                                                                                                                                                                                                                                                                                                                                    class C88:
                                                                                                                                                                                                                                                                                                                                                                        class C89:
                                                                                                                                                                                                                                                                                                                                                                            class C90:
                                                                                                                                                                                                                                                                                                                                                                                class C91:
                                                                                                                                                                                                                                                                                                                                                                                    class C92:
                                                                                                                                                                                                                                                                                                                                                                                        class C93:
                                                                                                                                                                                                                                                                                                                                                                                            class C94:
                                                                                                                                                                                                                                                                                                                                                                                                class C95:
                                                                                                                                                                                                                                                                                                                                                                                                    class C96:
                                                                                                                                                                                                                                                                                                                                                                                                        class C97:
                                                                                                                                                                                                                                                                                                                                                                                                            class C98:
                                                                                                                                                                                                                                                                                                                                                                                                                class C99:
                                                                                                                                                                                                                                                                                                                                                                                                                    x = 1
                                                                                                                                                                                                                                                                                                                                                                                                                print(99)
                                                                                                                                                                                                                                                                                                                                                                                                            print(98)
                                                                                                                                                                                                                                                                                                                                                                                                        print(97)
                                                                                                                                                                                                                                                                                                                                                                                                    print(96)
                                                                                                                                                                                                                                                                                                                                                                                                print(95)
                                                                                                                                                                                                                                                                                                                                                                                            print(94)
                                                                                                                                                                                                                                                                                                                                                                                        print(93)
                                                                                                                                                                                                                                                                                                                                                                                    print(92)
                                                                                                                                                                                                                                                                                                                                                                                print(91)
                                                                                                                                                                                                                                                                                                                                                                            print(90)
                                                                                                                                                                                                                                                                                                                                                                        print(89)
                                                                                                                                                                                                                                                                                                                                                                    print(88)
                                                                                                                                                                                                                                                                                                                                                                print(87)
                                                                                                                                                                                                                                                                                                                                                            print(86)
                                                                                                                                                                                                                                                                                                                                                        print(85)
                                                                                                                                                                                                                                                                                                                                                    print(84)
                                                                                                                                                                                                                                                                                                                                                print(83)
                                                                                                                                                                                                                                                                                                                                            print(82)
                                                                                                                                                                                                                                                                                                                                        print(81)
                                                                                                                                                                                                                                                                                                                                    print(80)
                                                                                                                                                                                                                                                                                                                                print(79)
                                                                                                                                                                                                                                                                                                                            print(78)
                                                                                                                                                                                                                                                                                                                        print(77)
                                                                                                                                                                                                                                                                                                                    print(76)
                                                                                                                                                                                                                                                                                                                print(75)
                                                                                                                                                                                                                                                                                                            print(74)
                                                                                                                                                                                                                                                                                                        print(73)
                                                                                                                                                                                                                                                                                                    print(72)
                                                                                                                                                                                                                                                                                                print(71)
                                                                                                                                                                                                                                                                                            print(70)
                                                                                                                                                                                                                                                                                        print(69)
                                                                                                                                                                                                                                                                                    print(68)
                                                                                                                                                                                                                                                                                print(67)
                                                                                                                                                                                                                                                                            print(66)
                                                                                                                                                                                                                                                                        print(65)
                                                                                                                                                                                                                                                                    print(64)
                                                                                                                                                                                                                                                                print(63)
                                                                                                                                                                                                                                                            print(62)
                                                                                                                                                                                                                                                        print(61)
                                                                                                                                                                                                                                                    print(60)
                                                                                                                                                                                                                                                print(59)
                                                                                                                                                                                                                                            print(58)
                                                                                                                                                                                                                                        print(57)
                                                                                                                                                                                                                                    print(56)
                                                                                                                                                                                                                                print(55)
                                                                                                                                                                                                                            print(54)
                                                                                                                                                                                                                        print(53)
                                                                                                                                                                                                                    print(52)
                                                                                                                                                                                                                print(51)
                                                                                                                                                                                                            print(50)
                                                                                                                                                                                                        print(49)
                                                                                                                                                                                                    print(48)
                                                                                                                                                                                                print(47)
                                                                                                                                                                                            print(46)
                                                                                                                                                                                        print(45)
                                                                                                                                                                                    print(44)
                                                                                                                                                                                print(43)
                                                                                                                                                                            print(42)
                                                                                                                                                                        print(41)
                                                                                                                                                                    print(40)
                                                                                                                                                                print(39)
                                                                                                                                                            print(38)
                                                                                                                                                        print(37)
                                                                                                                                                    print(36)
                                                                                                                                                print(35)
                                                                                                                                            print(34)
                                                                                                                                        print(33)
                                                                                                                                    print(32)
                                                                                                                                print(31)
                                                                                                                            print(30)
                                                                                                                        print(29)
                                                                                                                    print(28)
                                                                                                                print(27)
                                                                                                            print(26)
                                                                                                        print(25)
                                                                                                    print(24)
                                                                                                print(23)
                                                                                            print(22)
                                                                                        print(21)
                                                                                    print(20)
                                                                                print(19)
                                                                            print(18)
                                                                        print(17)
                                                                    print(16)
                                                                print(15)
                                                            print(14)
                                                        print(13)
                                                    print(12)
                                                print(11)
                                            print(10)
                                        print(9)
                                    print(8)
                                print(7)
                            print(6)
                        print(5)
                    print(4)
                print(3)
            print(2)
        print(1)
    print(0)
    print('blocks')
    yield
for _ in chunk():
    pass
try:
    s = repr('\x00' * 0)
    print(s.find('b', 100))
    print(s.index(s[-1:]) if s else 0)
except Exception as e:
    print('caught', type(e).__name__)
