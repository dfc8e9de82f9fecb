# requests - a stand-in for the requests package: get() blocks the whole
# program (time.sleep: the event loop too) for one virtual second and
# answers 200 with a small JSON body.  Nothing goes over the network.

import time


class Response:
    __module__ = 'requests.models'

    def __init__(self, url):
        self.url = url
        self.status_code = 200
        self.text = '{"url": "%s"}' % url

    def json(self):
        return {"url": self.url}

    def __repr__(self):
        return '<Response [200]>'


def get(url, **kwargs):
    time.sleep(1.0)
    return Response(url)
