# proggen: max-steps 200000 max-memory 268435456
import sys
import contextlib
with contextlib.suppress(Exception):
    s = 'x' * -1
    print(len(s.zfill(1)))
    print(len('%r' % s))
import contextlib
with contextlib.suppress(Exception):
    import asyncio
    async def c(i):
        await asyncio.sleep(0.001 * i)
        return i
    async def main():
        for i in range(100000):
            asyncio.create_task(c(i))
        await asyncio.sleep(1)
    asyncio.run(main())
import asyncio
async def chunk():
    import contextlib
    async def a0():
        async def a1():
            async def a2():
                async def a3():
                    async def a4():
                        async def a5():
                            async def a6():
                                async def a7():
                                    async def a8():
                                        async def a9():
                                            async def a10():
                                                async def a11():
                                                    async def a12():
                                                        async def a13():
                                                            async def a14():
                                                                async def a15():
                                                                    async def a16():
                                                                        async def a17():
                                                                            async def a18():
                                                                                async def a19():
                                                                                    async def a20():
                                                                                        async def a21():
                                                                                            async def a22():
                                                                                                async def a23():
                                                                                                    async def a24():
                                                                                                        async def a25():
                                                                                                            async def a26():
                                                                                                                async def a27():
                                                                                                                    async def a28():
                                                                                                                        async def a29():
                                                                                                                            async def a30():
                                                                                                                                async def a31():
                                                                                                                                    async def a32():
                                                                                                                                        async def a33():
                                                                                                                                            async def a34():
                                                                                                                                                async def a35():
                                                                                                                                                    async def a36():
                                                                                                                                                        async def a37():
                                                                                                                                                            async def a38():
                                                                                                                                                                async def a39():
                                                                                                                                                                    async def a40():
                                                                                                                                                                        async def a41():
                                                                                                                                                                            async def a42():
                                                                                                                                                                                async def a43():
                                                                                                                                                                                    async def a44():
                                                                                                                                                                                        async def a45():
                                                                                                                                                                                            async def a46():
                                                                                                                                                                                                async def a47():
                                                                                                                                                                                                    async def a48():
                                                                                                                                                                                                        async def a49():
                                                                                                                                                                                                            raise ValueError('deep')
                                                                                                                                                                                                        f49()
                                                                                                                                                                                                    f48()
                                                                                                                                                                                                f47()
                                                                                                                                                                                            f46()
                                                                                                                                                                                        f45()
                                                                                                                                                                                    f44()
                                                                                                                                                                                f43()
                                                                                                                                                                            f42()
                                                                                                                                                                        f41()
                                                                                                                                                                    f40()
                                                                                                                                                                f39()
                                                                                                                                                            f38()
                                                                                                                                                        f37()
                                                                                                                                                    f36()
                                                                                                                                                f35()
                                                                                                                                            f34()
                                                                                                                                        f33()
                                                                                                                                    f32()
                                                                                                                                f31()
                                                                                                                            f30()
                                                                                                                        f29()
                                                                                                                    f28()
                                                                                                                f27()
                                                                                                            f26()
                                                                                                        f25()
                                                                                                    f24()
                                                                                                f23()
                                                                                            f22()
                                                                                        f21()
                                                                                    f20()
                                                                                f19()
                                                                            f18()
                                                                        f17()
                                                                    f16()
                                                                f15()
                                                            f14()
                                                        f13()
                                                    f12()
                                                f11()
                                            f10()
                                        f9()
                                    f8()
                                f7()
                            f6()
                        f5()
                    f4()
                f3()
            f2()
        f1()
    f0()
    print('blocks')
asyncio.run(chunk())
