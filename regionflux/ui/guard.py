"""The page's front door: one ASGI middleware in front of every route Gradio serves.

Gradio's ``auth`` guards the page and its queue, but several of its routes answer without a login
(cancel, reset, heartbeat, app id, token, user, ...), and some features reach beyond the page (run
history on a hub bucket, a proxy, fetching URLs through ``file=``). :class:`PageGuard`:

- answers 401 to every request without a logged-in session when the page asks for a login, except
  the login page and the static files it is drawn with (it reads the session the way Gradio's own
  login sets it: the ``access-token`` cookie and the app's token table);
- answers 404 to the Gradio features the page does not use, for everyone;
- serves files only from Gradio's cache of what the page handed out (hash-named copies), never a
  path a browser makes up, and never a URL;
- keeps the page's absolute folder out of every text reply: the browser sees a neutral name, mapped
  back on the way in (Gradio names its files by absolute paths).
"""

from __future__ import annotations

import os
import time
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Optional
from urllib.parse import quote, unquote

#: What a browser needs before it has logged in: the login page and what it is drawn with.
PUBLIC_EXACT = {"/", "/login", "/login/", "/favicon.ico", "/theme.css", "/gradio_api/theme.css", "/manifest.json",
                "/robots.txt", "/logout", "/gradio_api/startup-events"}
PUBLIC_PREFIXES = ("/assets/", "/static/", "/svelte/")
#: Gradio features the page does not use; some reach other machines or the hub with the server's token.
DENIED_PREFIXES = ("/gradio_api/proxy=", "/gradio_api/run-history", "/gradio_api/runs", "/gradio_api/vibe",
                   "/gradio_api/undo-vibe", "/gradio_api/dev/", "/gradio_api/process_recording", "/gradio_api/mcp",
                   "/monitoring", "/gradio_api/file=http", "/gradio_api/file=//", "/gradio_api/file/http")
FILE_PREFIXES = ("/gradio_api/file=", "/gradio_api/file/")
#: The only kinds of file the page hands out (renders, previews, layouts): anything else a user uploads is
#: never served back, so an uploaded page or picture with scripts cannot run in another user's browser.
SERVED_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".json")
#: Headers on every served file: no content sniffing, no scripts, no embedding.
FILE_HEADERS = [(b"x-content-type-options", b"nosniff"),
                (b"content-security-policy", b"default-src 'none'; img-src 'self'; sandbox")]
UPLOAD_PATH = "/gradio_api/upload"
#: Uploads one user (login, or address without logins) may make in UPLOAD_WINDOW seconds, and the most
#: the page's cache folder may hold before uploads are refused (Gradio removes a copy after a day).
UPLOADS_PER_WINDOW, UPLOAD_WINDOW = 30, 600
MAX_CACHE_BYTES = 2 * 2**30
#: What the browser sees instead of the page folder's absolute path.
SHOWN_FOLDER = "/regionflux-outputs"
_TEXT_TYPES = (b"application/json", b"text/", b"application/javascript")


def _cookies(scope) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, value in scope.get("headers") or []:
        if key == b"cookie":
            jar = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except CookieError:
                continue
            found.update({name: morsel.value for name, morsel in jar.items()})
    return found


def session_user(scope) -> Optional[str]:
    """The logged-in user of a request to the Gradio app, or None."""
    app = scope.get("app")
    tokens = getattr(app, "tokens", None)
    cookie_id = getattr(app, "cookie_id", None)
    if not tokens or cookie_id is None:
        return None
    cookies = _cookies(scope)
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return tokens.get(token) if token else None


def is_public(method: str, path: str) -> bool:
    if path in ("/", "/config", "/config/") and method not in ("GET", "HEAD"):
        return False
    return path in PUBLIC_EXACT or path.startswith(PUBLIC_PREFIXES)


class PageGuard:
    """Login on every route (``logins``), no unused features, files only from Gradio's cache, and the
    page folder's path (``folder``) kept out of every reply."""

    def __init__(self, app, *, folder: str, cache: str, logins: bool):
        self.app = app
        self.logins = logins
        self.cache = os.path.realpath(cache)
        self._uploads: dict[str, list[float]] = {}
        self._cache_size = (0.0, 0)  # (when measured, bytes)
        self.real = folder.rstrip("/").encode()
        self.shown = SHOWN_FOLDER.encode()
        # the same folder as it appears percent-encoded in URLs (path-safe, and fully encoded)
        self._pairs = [(self.real, self.shown),
                       (quote(folder.rstrip("/")).encode(), quote(SHOWN_FOLDER).encode()),
                       (quote(folder.rstrip("/"), safe="").encode(), quote(SHOWN_FOLDER, safe="").encode())]

    # -- the rules ----------------------------------------------------------------------------------
    def _refusal(self, scope) -> Optional[tuple[int, bytes]]:
        path = scope.get("path", "")
        if path.startswith(DENIED_PREFIXES):
            return 404, b'{"detail":"Not Found"}'
        if self.logins and not is_public(scope.get("method", "GET"), path) and session_user(scope) is None:
            return 401, b'{"detail":"Not authenticated: log in on the page first"}'
        if path.startswith(FILE_PREFIXES) and not self._cached_file(path):
            return 404, b'{"detail":"Not Found"}'
        if path.rstrip("/") == UPLOAD_PATH and scope.get("method") == "POST":
            return self._upload_refusal(scope)
        return None

    def _upload_refusal(self, scope) -> Optional[tuple[int, bytes]]:
        """A quota on uploads per user, and on what the cache may hold in all."""
        who = session_user(scope) or (scope.get("client") or ("?",))[0]
        now = time.monotonic()
        recent = [t for t in self._uploads.get(who, []) if now - t < UPLOAD_WINDOW]
        if len(recent) >= UPLOADS_PER_WINDOW:
            return 429, b'{"detail":"Too many uploads: wait a few minutes"}'
        self._uploads[who] = recent + [now]
        if len(self._uploads) > 10_000:  # forget users who stopped uploading
            self._uploads = {k: v for k, v in self._uploads.items() if v and now - v[-1] < UPLOAD_WINDOW}
        measured, size = self._cache_size
        if now - measured > 10:
            size = sum(entry.stat().st_size for entry in Path(self.cache).rglob("*") if entry.is_file()) \
                if os.path.isdir(self.cache) else 0
            self._cache_size = (now, size)
        if size > MAX_CACHE_BYTES:
            return 507, b'{"detail":"The page has no room for uploads right now: try again later"}'
        return None

    def _cached_file(self, path: str) -> bool:
        """A file route may only serve a copy in Gradio's cache (what the page handed out)."""
        wanted = unquote(path.split("=", 1)[1] if path.startswith(FILE_PREFIXES[0]) else path[len(FILE_PREFIXES[1]):])
        if "://" in wanted or not wanted.startswith("/"):
            return False
        real = os.path.realpath(wanted)
        return real.startswith(self.cache + os.sep) and real.lower().endswith(SERVED_SUFFIXES)

    # -- paths in and out ---------------------------------------------------------------------------
    def _inward(self, data: bytes) -> bytes:
        for real, shown in self._pairs:
            data = data.replace(shown + (b"/" if shown == self.shown else b""), real + (b"/" if shown == self.shown else b""))
        return data

    def _outward(self, data: bytes) -> bytes:
        for real, shown in self._pairs:
            data = data.replace(real, shown)
        return data

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        scope = dict(scope)
        if scope["type"] == "http":
            scope["path"] = self._inward(scope["path"].encode()).decode()
            scope["raw_path"] = self._inward(scope.get("raw_path") or scope["path"].encode())
            scope["query_string"] = self._inward(scope.get("query_string", b""))
        refusal = self._refusal(scope)
        if refusal is not None:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            status, body = refusal
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        if scope["type"] == "websocket":
            return await self.app(scope, receive, send)

        json_body = dict(scope.get("headers") or []).get(b"content-type", b"").startswith(b"application/json")
        serving_file = scope["path"].startswith(FILE_PREFIXES)

        async def inward():  # only JSON bodies: an uploaded file's bytes are never touched
            message = await receive()
            if json_body and message["type"] == "http.request" and message.get("body"):
                message = {**message, "body": self._inward(message["body"])}
            return message

        rewrite = {"on": False}

        async def outward(message):
            if message["type"] == "http.response.start" and serving_file:
                message = {**message, "headers": [(k, v) for k, v in message.get("headers") or []
                                                  if k.lower() != b"content-security-policy"] + FILE_HEADERS}
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                kind = headers.get(b"content-type", b"")
                rewrite["on"] = kind.startswith(_TEXT_TYPES) and b"content-encoding" not in headers
                if rewrite["on"]:  # the length changes with the text: let the body say where it ends
                    message = {**message, "headers": [(k, self._outward(v)) for k, v in message.get("headers") or []
                                                      if k != b"content-length"]}
            elif message["type"] == "http.response.body" and rewrite["on"] and message.get("body"):
                message = {**message, "body": self._outward(message["body"])}
            await send(message)

        await self.app(scope, inward, outward)


def middleware(folder: Path, cache: Path, logins: bool):
    """The guard as a Starlette middleware entry for ``app_kwargs={"middleware": [...]}``."""
    from starlette.middleware import Middleware

    return Middleware(PageGuard, folder=str(folder), cache=str(cache), logins=logins)
