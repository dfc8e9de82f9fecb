# httpx - a stand-in for the httpx package: AsyncClient.get() waits one
# virtual second without blocking the event loop (asyncio.sleep) and
# answers 200 with a small JSON body.  Nothing goes over the network.

import asyncio


class Response:
    __module__ = 'httpx'

    def __init__(self, url):
        self.url = url
        self.status_code = 200
        self.text = '{"url": "%s"}' % url

    def json(self):
        return {"url": self.url}

    def __repr__(self):
        return '<Response [200 OK]>'


class AsyncClient:
    __module__ = 'httpx'

    def __init__(self, *args, **kwargs):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return None

    async def get(self, url, **kwargs):
        await asyncio.sleep(1.0)
        return Response(url)

    async def aclose(self):
        return None
