"""How the LLM planner reaches a server: each request bounded as a whole, each answer bounded in size.

httpx's timeouts bound each network operation, so a server that sends one byte a second never trips
them and holds a plan for as long as it likes; and an answer of any size is read into memory.
:class:`BoundedTransport` runs httpx's requests on an httpcore connection pool whose network streams
clamp every connect, read and write to the request's deadline (``timeout`` for connect, headers and
body together, and never past the whole plan's deadline), and count the answer's bytes. What went
wrong is kept in words (refused, name not found, closed, too slow, too large) for the planner's
progress lines and errors.
"""

from __future__ import annotations

import importlib
import math
import threading
import time
import urllib.request
from typing import Iterator, Optional

import openai


def _http_modules():
    """The HTTP client openai is built on (httpx2 from openai 3, httpx before) and its connection core."""
    client = openai.DefaultHttpxClient.__bases__[0].__module__.split(".")[0]
    core = "httpcore2" if client == "httpx2" else "httpcore"
    return importlib.import_module(client), importlib.import_module(core)


httpx, httpcore = _http_modules()

#: Largest answer the planner reads: a layout of 16 regions at every length limit is under 100 kB.
MAX_REPLY_BYTES = 4 * 2**20


class _Budget(threading.local):
    deadline: float = math.inf
    received: int = 0


class _Stream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the request's deadline, and whose reads are counted."""

    def __init__(self, inner: httpcore.NetworkStream, transport: "BoundedTransport"):
        self._inner, self._transport = inner, transport

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        data = self._inner.read(max_bytes, self._transport.left(timeout, httpcore.ReadTimeout))
        self._transport.count(len(data))
        return data

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        self._inner.write(buffer, self._transport.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> "_Stream":
        inner = self._inner.start_tls(ssl_context, server_hostname, self._transport.left(timeout, httpcore.ConnectTimeout))
        return _Stream(inner, self._transport)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, transport: "BoundedTransport"):
        self._inner, self._transport = httpcore.SyncBackend(), transport

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        left = self._transport.left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, left, local_address, socket_options), self._transport)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        left = self._transport.left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, left, socket_options), self._transport)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def describe(exc: BaseException) -> str:
    """What a transport failure means, in words (never a header or a key)."""
    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, (httpcore.ConnectTimeout, httpx.ConnectTimeout)):
        return "no connection in time"
    if isinstance(exc, (httpcore.TimeoutException, httpx.TimeoutException)):
        return "no complete answer in time"
    if "larger than" in lowered:
        return text
    if isinstance(exc, (httpcore.ConnectError, httpx.ConnectError)):
        if "refused" in lowered:
            return "the connection was refused (is the server running on that port?)"
        if "name or service" in lowered or "nodename" in lowered or "getaddrinfo" in lowered or "resolution" in lowered:
            return "the server's name could not be resolved"
        return "could not connect"
    if isinstance(exc, (httpcore.RemoteProtocolError, httpx.RemoteProtocolError)):
        if "disconnect" in lowered or "without sending" in lowered or "peer closed" in lowered:
            return "the server closed the connection without a complete answer"
        return "the server's answer was not valid HTTP"
    if isinstance(exc, (httpcore.LocalProtocolError, httpx.LocalProtocolError)):
        return "the request could not be sent (a header is not valid)"
    if isinstance(exc, (httpcore.ReadError, httpx.ReadError, httpcore.WriteError, httpx.WriteError)):
        return "the connection broke off"
    return type(exc).__name__


class _Body(httpx.SyncByteStream):
    def __init__(self, response: httpcore.Response, transport: "BoundedTransport", request: httpx.Request):
        self._response, self._transport, self._request = response, transport, request

    def __iter__(self) -> Iterator[bytes]:
        with self._transport.mapped(self._request):
            yield from self._response.stream

    def close(self) -> None:
        self._response.close()


class PastDeadline(BaseException):
    """The whole plan's deadline passed: not a network fault for the client to wait and retry (the openai client
    retries every ``Exception`` after a back-off), so it is raised past the client's retries."""


class BoundedTransport(httpx.BaseTransport):
    """httpx transport: ``timeout`` seconds for a whole request, at most ``max_bytes`` of answer, nothing
    past ``deadline`` (a ``time.monotonic()`` value the caller sets for everything it does)."""

    def __init__(self, *, timeout: float, max_bytes: int = MAX_REPLY_BYTES, base_url: str = ""):
        self.timeout, self.max_bytes = timeout, max_bytes
        self.deadline = math.inf
        self.problem = ""  # what went wrong with the latest request, in words
        self._budget = _Budget()
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=_Backend(self),
                                             proxy=_proxy_for(base_url))

    # -- the budget the streams draw on ---------------------------------------------------------------
    def left(self, timeout: Optional[float], expired: type) -> float:
        remaining = self._budget.deadline - time.monotonic()
        if remaining <= 0 and self._budget.deadline >= self.deadline:
            raise PastDeadline("the plan's deadline passed")
        if remaining <= 0:
            raise expired(f"no complete answer within {self.timeout:g} s")
        return remaining if timeout is None else min(timeout, remaining)

    def count(self, size: int) -> None:
        self._budget.received += size
        if self._budget.received > self.max_bytes:
            raise httpcore.ReadError(f"the answer was larger than the {self.max_bytes // 2**20} MB a layout can take")

    # -- httpx's side ------------------------------------------------------------------------------------
    def mapped(self, request: httpx.Request):
        transport = self

        class _Mapping:
            def __enter__(self):
                return self

            def __exit__(self, kind, exc, tb):
                if exc is None or not isinstance(exc, httpcore.TimeoutException | httpcore.NetworkError
                                                 | httpcore.ProtocolError | httpcore.UnsupportedProtocol):
                    return False
                transport.problem = describe(exc)
                mapped = getattr(httpx, type(exc).__name__, httpx.TransportError)
                raise mapped(str(exc), request=request) from exc

        return _Mapping()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if time.monotonic() >= self.deadline:
            raise PastDeadline("the plan's deadline passed")
        self._budget.deadline = min(time.monotonic() + self.timeout, self.deadline)
        self._budget.received = 0
        self.problem = ""
        # answers uncompressed only: the size limit counts what arrives, so a small gzip bomb cannot inflate
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"accept-encoding"]
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host, port=request.url.port,
                             target=request.url.raw_path),
            headers=headers + [(b"Accept-Encoding", b"identity")], content=request.stream, extensions=request.extensions)
        with self.mapped(request):
            response = self._pool.handle_request(core)
        # a server that compresses anyway is not decoded: its bytes are read as they are (and fail as JSON)
        kept = [(k, v) for k, v in response.headers if k.lower() != b"content-encoding"]
        return httpx.Response(status_code=response.status, headers=kept,
                              stream=_Body(response, self, request), extensions=response.extensions)

    def close(self) -> None:
        self._pool.close()


def _proxy_for(base_url: str) -> Optional[httpcore.Proxy]:
    """The proxy the environment names for this server (HTTP(S)_PROXY, minus NO_PROXY), as httpx would use."""
    url = httpx.URL(base_url) if base_url else None
    if url is None or not url.host:
        return None
    if urllib.request.proxy_bypass(url.host):
        return None
    proxy = urllib.request.getproxies().get(url.scheme)
    return httpcore.Proxy(proxy) if proxy and proxy.startswith(("http://", "https://")) else None
