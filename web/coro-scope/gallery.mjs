// gallery.mjs - the article's examples, in its section order
// (shared/ARTICLE.md), with Korean and English titles.  Each program is
// written for the playground: short, runnable, and showing its section's
// idea when stepped.  `granularity` is the step size it opens with.

export const GALLERY = [
  {
    id: 'generator', section: 3, granularity: 'line',
    title: { ko: '제너레이터 복습: 지연 실행과 일시 정지', en: 'Generators: lazy, paused, resumed' },
    source: `def countdown(n):
    print("시작")
    while n > 0:
        yield n
        n -= 1
    print("끝")

gen = countdown(3)      # 본문은 아직 실행되지 않음
print(next(gen))
print(next(gen))
for rest in gen:
    print(rest)
`,
  },
  {
    id: 'send', section: 4, granularity: 'line',
    title: { ko: 'send()로 값 전달: 코루틴의 원형', en: 'send(): passing values in, the coroutine\'s prototype' },
    source: `def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average   # send()가 보낸 값이 여기로 들어옴
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)               # 첫 yield까지 실행 (priming)
print(avg.send(10))
print(avg.send(30))
print(avg.send(5))
`,
  },
  {
    id: 'old-vs-new', section: 5, granularity: 'coroutine',
    title: { ko: '옛날 스타일 vs 현대 스타일: yield from과 await', en: 'Old style vs modern: yield from and await' },
    source: `import asyncio

# 옛날 스타일: 제너레이터가 yield from으로 위임
def inner():
    x = yield "inner가 멈춤"
    return x * 2

def outer():
    result = yield from inner()
    print("outer가 받은 값:", result)

g = outer()
print(next(g))
try:
    g.send(21)
except StopIteration:
    pass

# 현대 스타일: async def와 await
async def compute():
    await asyncio.sleep(0.5)
    return 42

async def main():
    result = await compute()
    print("main이 받은 값:", result)

asyncio.run(main())
`,
  },
  {
    id: 'calling-is-not-running', section: 6, granularity: 'line',
    title: { ko: 'async def의 정체: 호출 ≠ 실행', en: 'What async def is: calling is not running' },
    source: `import asyncio

async def greet(name):
    print("안녕,", name)
    return name.upper()

coro = greet("코루틴")          # 코루틴 객체가 만들어질 뿐
print(type(coro).__name__)
result = asyncio.run(coro)      # 이벤트 루프가 실제로 실행
print(result)
`,
  },
  {
    id: 'await', section: 7, granularity: 'coroutine',
    title: { ko: 'await의 정체: 멈추고 제어권을 돌려주기', en: 'What await does: pause and hand control back' },
    source: `import asyncio

async def fetch(url):
    print("요청", url)
    await asyncio.sleep(1)      # 끝나지 않았으니 멈추고 루프에 양보
    return "data from " + url

async def main():
    data = await fetch("a.com")
    print(data)
    task = asyncio.create_task(fetch("b.com"))
    print(await task)

asyncio.run(main())
`,
  },
  {
    id: 'missing-await', section: 8, granularity: 'line',
    title: { ko: '흔한 실수 1: await 누락', en: 'Common mistake 1: a missing await' },
    source: `import asyncio

async def save(item):
    await asyncio.sleep(0.1)
    print("저장함:", item)

async def main():
    save("A")                   # await가 없다: 실행되지 않는다
    await save("B")

asyncio.run(main())
`,
  },
  {
    id: 'blocking', section: 8, granularity: 'scheduler',
    title: { ko: '흔한 실수 2: 이벤트 루프를 막는 호출', en: 'Common mistake 2: a call that blocks the loop' },
    source: `import asyncio
import time

async def blocking(name):
    time.sleep(1)               # 루프 전체가 멈춘다
    print(name, "done at", time.monotonic())

async def friendly(name):
    await asyncio.sleep(1)      # 기다리는 동안 다른 태스크가 실행된다
    print(name, "done at", time.monotonic())

async def main():
    await asyncio.gather(blocking("b1"), blocking("b2"))
    await asyncio.gather(friendly("f1"), friendly("f2"))

asyncio.run(main())
`,
  },
  {
    id: 'return-coroutine', section: 8, granularity: 'coroutine',
    title: { ko: '흔한 실수 4: 실행되지 않은 코루틴 반환', en: 'Common mistake 4: returning an un-run coroutine' },
    source: `import asyncio

async def fetch():
    await asyncio.sleep(0.1)
    return "data"

def bad():
    return fetch()              # 코루틴 객체만 만들어 돌려준다

async def good():
    return await fetch()        # async def 안에서 await한다

async def main():
    print(bad())                # 실행되지 않은 코루틴이 출력된다
    print(await good())

asyncio.run(main())
`,
  },
  {
    id: 'nested-run', section: 8, granularity: 'coroutine',
    title: { ko: '흔한 실수 5: asyncio.run() 중첩', en: 'Common mistake 5: nested asyncio.run()' },
    source: `import asyncio

async def helper():
    return 1

async def main():
    try:
        asyncio.run(helper())   # 이미 루프 안에 있다
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("올바른 방법:", await helper())

asyncio.run(main())
`,
  },
  {
    id: 'async-for-with', section: 9, granularity: 'coroutine',
    title: { ko: 'async for와 async with', en: 'async for and async with' },
    source: `import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i

class Connection:
    async def __aenter__(self):
        print("연결")
        return self
    async def __aexit__(self, *exc):
        print("연결 종료")

async def main():
    async with Connection():
        async for tick in ticks(3):
            print("tick", tick)

asyncio.run(main())
`,
  },
  {
    id: 'sequential', section: 10, granularity: 'scheduler',
    title: { ko: '동시 실행 1: 순차 await는 3초', en: 'Concurrency 1: sequential awaits take 3 s' },
    source: `import asyncio
import time

async def job(name):
    await asyncio.sleep(1)
    return name

async def main():
    a = await job("a")
    b = await job("b")
    c = await job("c")
    print(a, b, c, f"{time.monotonic():.1f}s")

asyncio.run(main())
`,
  },
  {
    id: 'gather', section: 10, granularity: 'scheduler',
    title: { ko: '동시 실행 2: gather는 1초', en: 'Concurrency 2: gather takes 1 s' },
    source: `import asyncio
import time

async def job(name):
    await asyncio.sleep(1)
    return name

async def main():
    results = await asyncio.gather(job("a"), job("b"), job("c"))
    print(results, f"{time.monotonic():.1f}s")

asyncio.run(main())
`,
  },
  {
    id: 'create-task', section: 10, granularity: 'scheduler',
    title: { ko: '동시 실행 3: create_task도 1초', en: 'Concurrency 3: create_task takes 1 s too' },
    source: `import asyncio
import time

async def job(name):
    await asyncio.sleep(1)
    return name

async def main():
    tasks = [asyncio.create_task(job(n)) for n in "abc"]
    print("태스크를 만들었지만 아직 실행 전")
    for task in tasks:
        print(await task, f"{time.monotonic():.1f}s")

asyncio.run(main())
`,
  },
  {
    id: 'exceptions', section: 11, granularity: 'coroutine',
    title: { ko: '예외 처리와 취소', en: 'Exceptions and cancellation' },
    source: `import asyncio

async def ok():
    await asyncio.sleep(0.5)
    return "ok"

async def fail():
    await asyncio.sleep(0.2)
    raise ValueError("실패")

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: 취소됨, 정리 중")
        raise

async def main():
    results = await asyncio.gather(ok(), fail(), return_exceptions=True)
    print(results)
    task = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: 태스크가 취소됨")

asyncio.run(main())
`,
  },
  {
    id: 'timeout', section: 12, granularity: 'scheduler',
    title: { ko: '타임아웃: wait_for와 asyncio.timeout', en: 'Timeouts: wait_for and asyncio.timeout' },
    source: `import asyncio

async def slow_api():
    await asyncio.sleep(5)
    return "늦은 응답"

async def main():
    try:
        await asyncio.wait_for(slow_api(), timeout=2.0)
    except TimeoutError:
        print("wait_for: 2초 만에 포기")
    try:
        async with asyncio.timeout(1.0):
            await slow_api()
    except TimeoutError:
        print("timeout: 1초 만에 포기")

asyncio.run(main())
`,
  },
  {
    id: 'internals', section: 13, granularity: 'line',
    title: { ko: '코루틴 내부 동작: send, throw, __await__', en: 'Inside a coroutine: send, throw, __await__' },
    source: `class Ready:
    def __await__(self):
        value = yield "멈춤 지점"   # 맨 yield가 일시 정지 지점
        return value

async def work():
    got = await Ready()
    print("받은 값:", got)
    try:
        await Ready()
    except KeyError as e:
        print("throw로 들어온 예외:", e)
    return "끝"

coro = work()
print(coro.send(None))          # 첫 yield까지
print(coro.send("hello"))       # got = "hello"
try:
    coro.throw(KeyError("k"))
except StopIteration as stop:
    print("반환값:", stop.value)
`,
  },
];
