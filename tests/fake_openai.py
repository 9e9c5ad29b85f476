"""A scripted OpenAI-compatible chat server on loopback, so the real `openai` client is exercised."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Union


def reply(content: str) -> dict:
    return {"status": 200, "body": {
        "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": "fake",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }}


def error(status: int, message: str, headers: dict | None = None) -> dict:
    return {"status": status, "body": {"error": {"message": message, "type": "invalid_request_error"}},
            "headers": headers or {}}


def raw(body: str, content_type: str = "text/html", status: int = 200) -> dict:
    """An answer that is not OpenAI's JSON at all (a web page, a proxy's error, plain text)."""
    return {"status": status, "raw": body.encode(), "content_type": content_type}


def stall(seconds: float) -> dict:
    return {"sleep": seconds, **reply("{}")}


def drip(seconds_per_byte: float) -> dict:
    """A valid answer sent one byte at a time: each read succeeds, the whole takes for ever."""
    return {"drip": seconds_per_byte, **reply("{}")}


def endless() -> dict:
    """An answer that never ends (no length, bytes until the client hangs up)."""
    return {"endless": True, "status": 200, "body": {}}


Action = Union[dict, Callable[[dict], dict]]


class FakeOpenAI:
    """Answers each POST with the next scripted action (the last one repeats); records every request."""

    def __init__(self, script: list[Action]):
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                outer.requests.append({"path": self.path, "body": body, "headers": {k.lower(): v for k, v in self.headers.items()}})
                action = outer.script.pop(0) if len(outer.script) > 1 else outer.script[0]
                if callable(action):
                    action = action(body)
                if action.get("sleep"):
                    time.sleep(action["sleep"])
                payload = action["raw"] if "raw" in action else json.dumps(action["body"]).encode()
                try:
                    self.send_response(action["status"])
                    self.send_header("content-type", action.get("content_type", "application/json"))
                    if not action.get("endless"):
                        self.send_header("content-length", str(len(payload)))
                    for key, value in action.get("headers", {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    if action.get("endless"):
                        while True:
                            self.wfile.write(b"[" * 65536)
                    elif action.get("drip"):
                        for byte in payload:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(action["drip"])
                    else:
                        self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # a short poll interval: shutdown() waits up to one interval, and the tests start dozens of these
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> "FakeOpenAI":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def chat_requests(self) -> list[dict]:
        return [r["body"] for r in self.requests if r["path"].endswith("/chat/completions")]
