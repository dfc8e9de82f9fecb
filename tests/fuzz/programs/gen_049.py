# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    n = 5000
    s = '(' * n
    print(eval(s) == eval(s))
chunk()
for _ in range(2):
    import contextlib
    try:
        try:
            try:
                try:
                    try:
                        try:
                            try:
                                try:
                                    try:
                                        try:
                                            try:
                                                try:
                                                    try:
                                                        try:
                                                            try:
                                                                try:
                                                                    try:
                                                                        try:
                                                                            try:
                                                                                try:
                                                                                    return 1
                                                                                else:
                                                                                    pass
                                                                            else:
                                                                                pass
                                                                        else:
                                                                            pass
                                                                    else:
                                                                        pass
                                                                else:
                                                                    pass
                                                            else:
                                                                pass
                                                        else:
                                                            pass
                                                    else:
                                                        pass
                                                else:
                                                    pass
                                            else:
                                                pass
                                        else:
                                            pass
                                    else:
                                        pass
                                else:
                                    pass
                            else:
                                pass
                        else:
                            pass
                    else:
                        pass
                else:
                    pass
            else:
                pass
        else:
            pass
    else:
        pass
    print('blocks')
import asyncio
async def chunk():
    import asyncio
    sys.setrecursionlimit(10**6)
    async def f(n):
        return await asyncio.ensure_future(f(n - 1)) if n else 0
    print(asyncio.run(asyncio.wait_for(f(3000), 5)))
asyncio.run(chunk())
