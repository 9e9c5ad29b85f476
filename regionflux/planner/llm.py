"""Planner backed by any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp, LM Studio).

The model's reply is data: it is parsed as JSON and validated, never evaluated. Servers differ in
what they support, so the request degrades from JSON-schema structured output to JSON mode to plain
text (the JSON object is then cut out of the prose or markdown fences around it). Timeouts, rate
limits and server errors are retried by the openai client itself (``max_retries``, ``timeout``);
the planner adds what the client cannot do: the format fallbacks and the repair rounds.
"""

from __future__ import annotations

import logging
import math
import os
import re
from typing import Any, Callable, Optional
from urllib.parse import urlparse

import openai

from ..errors import PlanningError, first_line
from ..layout import RegionalSettings
from .base import (
    DEFAULT_DEADLINE,
    DEFAULT_LLM_MODEL,
    DEFAULT_MAX_REGIONS,
    DEFAULT_MAX_ROUNDS,
    DEFAULT_TEMPERATURE,
    DEFAULT_TIMEOUT,
)
from .chat import ChatPlanner
from .transport import BoundedTransport, PastDeadline

logger = logging.getLogger(__name__)

#: Response formats tried in order; a server that rejects one gets the next. "json_object_schema" is
#: JSON mode with the schema alongside, which llama.cpp-style servers turn into a decoding grammar.
RESPONSE_FORMATS = ("json_schema", "json_object_schema", "json_object", "text")
#: What each server (by address) accepted last, so later plans in this process skip the refusals.
_ACCEPTED_FORMAT: dict[str, str] = {}


#: Headers that carry the operator's credentials; never sent to a server the operator did not name.
_CREDENTIAL_HEADERS = ("authorization", "api-key", "x-api-key", "openai-organization", "openai-project")

#: Longest wait a server's Retry-After may impose before a retry; longer requests are cut to this.
MAX_RETRY_AFTER = 30.0


class LLMPlanner(ChatPlanner):
    """Plans and edits layouts with a chat model on an OpenAI-compatible server.

    Args:
        model: chat model name on the server (e.g. ``gpt-4o-mini``, ``qwen2.5:7b``).
        client: an ``openai.OpenAI`` client to use instead of building one (its own retry and
            timeout settings then apply unchanged).
        base_url: server address; defaults to ``OPENAI_BASE_URL`` or OpenAI.
        max_rounds: requests that may return an invalid layout before :class:`PlanningError`.
        max_retries: retries of one request by the openai client after a timeout, rate limit,
            connection or server error (it backs off exponentially and honours Retry-After, which is
            capped at ``MAX_RETRY_AFTER`` seconds).
        progress: called with one line per request, retry and repair round (the CLI prints them).
        credentials: False for a server someone other than the operator named (a URL typed on the web
            page): the environment's address and key are not used, and no key, organisation or project
            header leaves this process, whatever the openai client would add.
    """

    def __init__(
        self,
        model: str = DEFAULT_LLM_MODEL,
        *,
        client: Optional[openai.OpenAI] = None,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_regions: int = DEFAULT_MAX_REGIONS,
        temperature: float = DEFAULT_TEMPERATURE,
        seed: Optional[int] = None,
        max_rounds: int = DEFAULT_MAX_ROUNDS,
        max_retries: int = 3,
        settings: Optional[RegionalSettings] = None,
        response_format: str = "json_schema",
        progress: Optional[Callable[[str], None]] = None,
        credentials: bool = True,
        deadline: float = DEFAULT_DEADLINE,
        offline_review: bool = True,
    ) -> None:
        super().__init__(model, max_regions=max_regions, temperature=temperature, seed=seed, max_rounds=max_rounds,
                         settings=settings, progress=progress, deadline=deadline, offline_review=offline_review)
        if not (math.isfinite(timeout) and timeout > 0):
            raise PlanningError(f"timeout (--timeout) is {timeout}; give a positive number of seconds")
        if response_format not in RESPONSE_FORMATS:
            raise ValueError(f"response_format must be one of {RESPONSE_FORMATS}")
        self._attempt = 0
        self._last_problem = ""
        self._key: Optional[str] = None
        self.transport: Optional[BoundedTransport] = None
        self.credentials = credentials
        if client is None and not credentials:
            if not base_url:
                raise PlanningError("give the address of the planner server")
            check_base_url(base_url, "the server address")
            api_key = "none"  # the client insists on one; the request hook removes it
        if client is None:
            env_url = os.environ.get("OPENAI_BASE_URL") or None
            base_url = base_url or env_url
            if base_url is not None:
                check_base_url(base_url, "--base-url" if base_url != env_url else "OPENAI_BASE_URL")
            key_name = "--api-key" if api_key is not None else "OPENAI_API_KEY"
            api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
            if not api_key:
                if base_url is None:
                    empty = api_key is not None
                    raise PlanningError(
                        (f"{key_name} is set but empty" if empty else "no LLM configured")
                        + ": set OPENAI_API_KEY for OpenAI, or pass --base-url (OPENAI_BASE_URL) for a local "
                        "OpenAI-compatible server"
                    )
                api_key = "unused"  # local servers accept any key
            check_api_key(api_key, key_name)
            self._key = api_key
            self.transport = BoundedTransport(timeout=timeout, base_url=base_url or "https://api.openai.com/v1")
            http_client = openai.DefaultHttpxClient(
                transport=self.transport, event_hooks={"request": [self._on_request], "response": [self._on_response]}
            )
            client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=max_retries,
                                   http_client=http_client)
        self.client = client
        self.response_format = _ACCEPTED_FORMAT.get(str(self.client.base_url), response_format)

    @property
    def where(self) -> str:
        return str(self.client.base_url)

    # -- transport --------------------------------------------------------------------------------
    def _request_kwargs(self, messages: list[dict[str, str]], round_: int, reply_schema: dict,
                        max_tokens: int) -> dict[str, Any]:
        temperature, seed = self.sampling(round_)
        kwargs: dict[str, Any] = dict(model=self.model, messages=messages, temperature=temperature,
                                      max_tokens=max_tokens)
        if seed is not None:
            kwargs["seed"] = seed
        if self.response_format == "json_schema":
            # OpenAI's strict mode rejects string lengths; the bounds stay in max_tokens and validation
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": _without(reply_schema, ("minLength", "maxLength")),
                                "strict": True},
            }
        elif self.response_format == "json_object_schema":
            # llama.cpp-style grammar converters cannot read regex classes like \S; validation checks them
            kwargs["response_format"] = {"type": "json_object", "schema": _without(reply_schema, ("pattern",))}
        elif self.response_format == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        return kwargs

    def _set_deadline(self, at: float) -> None:
        if self.transport is not None:
            self.transport.deadline = at

    def _complete(self, messages: list[dict[str, str]], round_: int, reply_schema: dict, max_tokens: int) -> str:
        try:
            return self._request(messages, round_, reply_schema, max_tokens)
        except PlanningError as exc:  # a key never reaches a message, whatever a server echoed
            text = str(exc)
            if self._key and len(self._key) >= 4 and self._key in text:
                raise PlanningError(text.replace(self._key, "***")) from None
            raise

    def _problem(self, exc: Exception) -> str:
        """What went wrong on the wire, in words."""
        return (self.transport.problem if self.transport is not None and self.transport.problem else "") or _cause(exc)

    def _request(self, messages: list[dict[str, str]], round_: int, reply_schema: dict, max_tokens: int) -> str:
        retries = getattr(self.client, "max_retries", 0)
        while True:
            self._attempt = 0
            try:
                response = self.client.chat.completions.create(
                    **self._request_kwargs(messages, round_, reply_schema, max_tokens))
            except (openai.BadRequestError, openai.UnprocessableEntityError, openai.InternalServerError) as exc:
                if self._rejects_format(exc):
                    continue
                if isinstance(exc, openai.InternalServerError):
                    raise PlanningError(
                        f"the LLM server at {self.client.base_url} answered HTTP {exc.status_code} "
                        f"({_api_message(exc)}) to every one of {retries + 1} tries; retry later"
                    ) from None
                raise PlanningError(f"the LLM server rejected the request: {_api_message(exc)}") from None
            except PastDeadline:
                raise PlanningError(
                    f"the LLM server at {self.client.base_url} gave no complete answer before the plan's deadline "
                    "(--deadline); a slow model needs a larger --deadline, or check that the server runs"
                ) from None
            except openai.APITimeoutError:
                raise PlanningError(
                    f"the LLM server at {self.client.base_url} gave no complete answer within {self.client.timeout:g} s "
                    f"(the whole request), {retries + 1} times; a slow model needs a larger --timeout, or check that "
                    "the server runs"
                ) from None
            except openai.APIConnectionError as exc:
                raise PlanningError(
                    f"no answer from the LLM server at {self.client.base_url}: {self._problem(exc)} (tried {retries + 1} "
                    "times); check that it runs and that --base-url is right"
                ) from None
            except openai.RateLimitError as exc:
                raise PlanningError(
                    f"the LLM server at {self.client.base_url} is rate limiting (HTTP 429: {_api_message(exc)}) "
                    f"after {retries + 1} tries; retry later"
                ) from None
            except openai.AuthenticationError as exc:
                raise PlanningError(f"the LLM server refused the API key: {_api_message(exc)}; check OPENAI_API_KEY") from None
            except openai.NotFoundError as exc:
                raise PlanningError(_not_found(exc, self.model, self.client.base_url)) from None
            except openai.APIStatusError as exc:
                raise PlanningError(f"the LLM server answered HTTP {exc.status_code}: {_api_message(exc)}") from None
            except (openai.APIResponseValidationError, ValueError) as exc:  # e.g. a body that is not JSON
                raise PlanningError(_not_a_completion(self.client.base_url, first_line(exc))) from None
            _ACCEPTED_FORMAT[str(self.client.base_url)] = self.response_format
            return _reply_text(response, self.client.base_url)

    # -- progress on the wire (only for clients the planner builds) -------------------------------------
    def _on_request(self, request) -> None:
        if not self.credentials:
            for name in list(request.headers):
                if name.lower() in _CREDENTIAL_HEADERS or name.lower().startswith("openai-"):
                    del request.headers[name]
        self._attempt += 1
        if self._attempt > 1:
            why = self._last_problem or (self.transport.problem if self.transport is not None else "") or "no answer"
            self.progress(f"planner: retry {self._attempt - 1} after {why}")
        self._last_problem = ""

    def _on_response(self, response) -> None:
        if response.status_code < 400:
            return
        self._last_problem = f"HTTP {response.status_code}"
        if response.status_code >= 500 and self.response_format != "text":
            # llama-cpp-python answers a response_format it lacks with a 500: permanent, not worth retrying
            response.read()
            if "response_format" in response.text:
                response.headers["x-should-retry"] = "false"
                return
        for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
            value = response.headers.get(name)
            if value is None:
                continue
            try:
                seconds = float(value) * scale
            except ValueError:
                continue
            if seconds > MAX_RETRY_AFTER:
                response.headers[name] = str(MAX_RETRY_AFTER / scale)
                seconds = MAX_RETRY_AFTER
            self.progress(f"planner: the server asks to wait {seconds:.0f} s before retrying (HTTP {response.status_code})")

    def _rejects_format(self, exc: openai.APIStatusError) -> bool:
        """Step down to the next response format when the server refused this one; False if none is left."""
        # 400/422 for an unsupported option; llama-cpp-python answers an unknown response_format with 500
        if self.response_format == "text":
            return False
        message = _api_message(exc).lower()
        if isinstance(exc, openai.InternalServerError) and "response_format" not in message:
            return False
        if re.search(r"max_tokens|context|too long|maximum length|token limit|messages", message) \
                and not re.search(r"response_format|schema|json", message):
            return False  # a problem with the request itself, not its format
        fallback = RESPONSE_FORMATS[RESPONSE_FORMATS.index(self.response_format) + 1]
        logger.info("server rejected response_format=%s (%s); trying %s", self.response_format, _api_message(exc), fallback)
        self.response_format = fallback
        return True


def _api_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return str(exc.message)


def _without(node, keys: tuple[str, ...]):
    """A schema without some keywords (e.g. string lengths, which OpenAI's strict mode refuses)."""
    if isinstance(node, dict):
        return {k: _without(v, keys) for k, v in node.items() if k not in keys}
    if isinstance(node, list):
        return [_without(v, keys) for v in node]
    return node


def _not_found(exc: openai.NotFoundError, model: str, url) -> str:
    """A 404: an unknown model, or (no OpenAI-style error in the body) no API at this address."""
    body = exc.body
    error = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(error, dict) and (error.get("code") == "model_not_found" or "model" in str(error.get("message", "")).lower()):
        return f"model {model!r} not found on the server: {_api_message(exc)}; check --model"
    hint = "" if str(url).rstrip("/").endswith("/v1") else f" (most servers answer under /v1: try --base-url {str(url).rstrip('/')}/v1)"
    return f"the server at {url} has no chat completions endpoint (HTTP 404: {_api_message(exc)}){hint}"


def check_base_url(url: str, name: str = "--base-url") -> None:
    """Refuse at once what cannot be an OpenAI-compatible server address."""
    try:
        parsed = urlparse(url)
        parsed.port  # noqa: B018 (reading it checks it)
    except ValueError as exc:  # e.g. "http://[::1" or a port that is not a number
        raise PlanningError(f"{name} {url[:80]!r} is not a valid address ({exc}); give one like "
                            "http://localhost:8000/v1") from None
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(ord(c) < 33 for c in url):
        raise PlanningError(
            f"{name} {url[:80]!r} is not an http(s) server address; give one like http://localhost:8000/v1"
        )


def check_api_key(key: str, name: str) -> None:
    """Refuse a key that cannot go into an HTTP header (a stray newline, a space, non-ASCII), before any
    request, naming where it came from and never the key itself."""
    bad = [c for c in key if not 33 <= ord(c) <= 126]
    if bad:
        kind = "a line break" if any(c in "\r\n" for c in bad) else (
            "a space" if any(c.isspace() for c in bad) else "a control or non-ASCII character")
        raise PlanningError(f"{name} contains {kind}; an API key is printable ASCII only (copy it again, "
                            "without the end of the line)")


def _cause(exc: Exception) -> str:
    cause = exc.__cause__ or exc.__context__
    return first_line(cause) if cause is not None else first_line(exc)


def _not_a_completion(url, detail: str) -> str:
    return (
        f"the server at {url} answered, but not with a chat completion ({detail[:120]}); is --base-url an "
        "OpenAI-compatible endpoint (usually ending in /v1)?"
    )


def _reply_text(response: Any, url) -> str:
    """The reply's text, refusing answers that are not chat completions (an HTML page, other JSON)."""
    choices = getattr(response, "choices", None)
    if not isinstance(choices, list):
        raise PlanningError(_not_a_completion(url, type(response).__name__ if not isinstance(response, str) else response))
    if not choices:
        return ""
    message = getattr(choices[0], "message", None)
    content = getattr(message, "content", None) or getattr(message, "refusal", None) or ""
    if not isinstance(content, str):
        raise PlanningError(_not_a_completion(url, "the message content is not text"))
    return content
