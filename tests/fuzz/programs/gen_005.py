# proggen: max-steps 200000 max-memory 4194304
import sys
try:
    import contextlib
    for _ in range(1):
        for _ in range(1):
            for _ in range(1):
                for _ in range(1):
                    for _ in range(1):
                        for _ in range(1):
                            for _ in range(1):
                                for _ in range(1):
                                    for _ in range(1):
                                        for _ in range(1):
                                            for _ in range(1):
                                                for _ in range(1):
                                                    for _ in range(1):
                                                        for _ in range(1):
                                                            for _ in range(1):
                                                                for _ in range(1):
                                                                    for _ in range(1):
                                                                        for _ in range(1):
                                                                            for _ in range(1):
                                                                                def inner():
                                                                                    return x
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
except Exception as e:
    print('caught', type(e).__name__)
