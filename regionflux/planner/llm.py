"""Planner backed by any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp, LM Studio).

The model's reply is data: it is parsed as JSON and validated, never evaluated. Servers differ in
what they support, so the request degrades from JSON-schema structured output to JSON mode to plain
text (the JSON object is then cut out of the prose or markdown fences around it).
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from typing import Any, Optional

import openai
from pydantic import ValidationError

from .. import prompts
from ..errors import PlanningError, format_validation_error
from ..layout import MAX_REGIONS, TOKEN_PX, Layout, RegionalSettings
from .base import DEFAULT_LLM_MODEL, DEFAULT_MAX_REGIONS, DEFAULT_MAX_ROUNDS, DEFAULT_TEMPERATURE, DEFAULT_TIMEOUT
from .grid import GRID, LayoutPlan

logger = logging.getLogger(__name__)

#: Response formats tried in order; a server that rejects one gets the next.
RESPONSE_FORMATS = ("json_schema", "json_object", "text")
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


class LLMPlanner:
    """Plans a layout with a chat model; bad replies are sent back with their errors to be fixed.

    Args:
        model: chat model name on the server (e.g. ``gpt-4o-mini``, ``qwen2.5:7b``).
        client: an ``openai.OpenAI`` client to use instead of building one.
        base_url: server address; defaults to ``OPENAI_BASE_URL`` or OpenAI.
        max_rounds: requests that may return an invalid layout before :class:`PlanningError`.
        max_retries: retries of one request after a timeout, rate limit, connection or server error.
        backoff: first retry delay in seconds, doubled each retry (a server's Retry-After wins, capped).
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
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        settings: Optional[RegionalSettings] = None,
        response_format: str = "json_schema",
    ) -> None:
        if max_rounds < 1:
            raise ValueError("max_rounds must be at least 1")
        if response_format not in RESPONSE_FORMATS:
            raise ValueError(f"response_format must be one of {RESPONSE_FORMATS}")
        if client is None:
            base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
            api_key = api_key or os.environ.get("OPENAI_API_KEY")
            if api_key is None:
                if base_url is None:
                    raise PlanningError(
                        "no LLM configured: set OPENAI_API_KEY for OpenAI, or pass --base-url "
                        "(OPENAI_BASE_URL) for a local OpenAI-compatible server"
                    )
                api_key = "unused"  # local servers accept any key
            client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=0)
        self.client = client
        self.model = model
        self.max_regions = min(max_regions, MAX_REGIONS)
        self.temperature = temperature
        self.seed = seed
        self.max_rounds = max_rounds
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.settings = settings or RegionalSettings()
        self.response_format = response_format

    # -- public -----------------------------------------------------------------------------------
    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        if not prompt.strip():
            raise PlanningError("the prompt is empty")
        messages = self.messages(prompt, width=width, height=height)
        problems = ""
        for round_ in range(1, self.max_rounds + 1):
            reply = self._complete(messages)
            try:
                return self.parse_reply(reply, width=width, height=height)
            except PlanningError as exc:
                problems = str(exc)
            logger.info("planner round %d/%d rejected: %s", round_, self.max_rounds, problems)
            messages = messages + [
                {"role": "assistant", "content": reply},
                {
                    "role": "user",
                    "content": "That layout is not valid:\n"
                    + problems
                    + "\nFix these problems and return the corrected JSON object only.",
                },
            ]
        raise PlanningError(
            f"the model {self.model!r} gave no valid layout in {self.max_rounds} rounds; last problems:\n{problems}"
        )

    def messages(self, prompt: str, *, width: int, height: int) -> list[dict[str, str]]:
        """System prompt, few-shot pairs and the user's request, rendered from the bundled templates."""
        variables = dict(
            grid=GRID, max_regions=self.max_regions, min_box=-(-TOKEN_PX * GRID // min(width, height))
        )
        messages = [{"role": "system", "content": prompts.render("system.j2", width=width, height=height, **variables)}]
        for example in prompts.few_shot_examples():
            messages.append(
                {"role": "user", "content": prompts.render("user.j2", prompt=example["prompt"], width=example["width"], height=example["height"])}
            )
            messages.append({"role": "assistant", "content": json.dumps(example["plan"])})
        messages.append({"role": "user", "content": prompts.render("user.j2", prompt=prompt, width=width, height=height)})
        return messages

    def parse_reply(self, reply: str, *, width: int, height: int) -> Layout:
        """Model text -> validated Layout, or PlanningError listing what is wrong (fed back to the model)."""
        data = extract_json(reply)
        try:
            plan = LayoutPlan.model_validate(data)
        except ValidationError as exc:
            raise PlanningError(format_validation_error(exc, "reply")) from None
        if len(plan.regions) > self.max_regions:
            raise PlanningError(f"reply: regions: {len(plan.regions)} regions; use at most {self.max_regions}")
        try:
            return plan.to_layout(width=width, height=height, settings=self.settings, seed=self.seed)
        except ValidationError as exc:
            raise PlanningError(format_validation_error(exc, "reply")) from None

    # -- transport --------------------------------------------------------------------------------
    def _request_kwargs(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        kwargs: dict[str, Any] = dict(model=self.model, messages=messages, temperature=self.temperature)
        if self.seed is not None:
            kwargs["seed"] = self.seed
        if self.response_format == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "layout_plan", "schema": LayoutPlan.model_json_schema(), "strict": True},
            }
        elif self.response_format == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        return kwargs

    def _complete(self, messages: list[dict[str, str]]) -> str:
        attempt = 0
        while True:
            try:
                response = self.client.chat.completions.create(**self._request_kwargs(messages))
            except (openai.BadRequestError, openai.UnprocessableEntityError, openai.InternalServerError) as exc:
                if self._rejects_format(exc):
                    continue
                if not isinstance(exc, openai.InternalServerError):
                    raise PlanningError(f"the LLM server rejected the request: {_api_message(exc)}") from None
                transient = exc
            except (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError) as exc:
                transient = exc
            except openai.AuthenticationError as exc:
                raise PlanningError(f"the LLM server refused the API key: {_api_message(exc)}; check OPENAI_API_KEY") from None
            except openai.NotFoundError as exc:
                raise PlanningError(f"model {self.model!r} not found on the server: {_api_message(exc)}") from None
            except openai.APIStatusError as exc:
                raise PlanningError(f"the LLM server answered HTTP {exc.status_code}: {_api_message(exc)}") from None
            else:
                if not response.choices:
                    return ""
                message = response.choices[0].message
                return message.content or getattr(message, "refusal", None) or ""
            attempt += 1
            if attempt > self.max_retries:
                raise PlanningError(
                    f"the LLM server at {self.client.base_url} failed {attempt} times "
                    f"({_describe_transient(transient)}); check that it runs and is reachable, or retry later"
                )
            delay = _retry_after(transient, self.backoff * 2 ** (attempt - 1), self.max_backoff)
            logger.info("LLM request failed (%s); retry %d/%d in %.2fs", _describe_transient(transient), attempt,
                        self.max_retries, delay)
            time.sleep(delay)

    def _rejects_format(self, exc: openai.APIStatusError) -> bool:
        """Step down to the next response format when the server refused this one; False if none is left."""
        # 400/422 for an unsupported option; llama-cpp-python answers an unknown response_format with 500
        if self.response_format == "text":
            return False
        if isinstance(exc, openai.InternalServerError) and "response_format" not in _api_message(exc):
            return False
        fallback = RESPONSE_FORMATS[RESPONSE_FORMATS.index(self.response_format) + 1]
        logger.info("server rejected response_format=%s (%s); trying %s", self.response_format, _api_message(exc), fallback)
        self.response_format = fallback
        return True


def extract_json(text: str) -> Any:
    """The JSON object in a model reply: bare, in a markdown fence, or with prose around it."""
    text = (text or "").strip()
    if not text:
        raise PlanningError("reply: empty; return one JSON object")
    candidates = [text] + [m.group(1).strip() for m in _FENCE.finditer(text)]
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except json.JSONDecodeError:
            pass
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    raise PlanningError("reply: no JSON object found; return exactly one JSON object")


def _api_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return str(exc.message)


def _describe_transient(exc: Exception) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "connection failed"
    if isinstance(exc, openai.RateLimitError):
        return "rate limited, HTTP 429"
    return f"server error, HTTP {getattr(exc, 'status_code', '?')}"


def _retry_after(exc: Exception, default: float, cap: float) -> float:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is not None:
            try:
                return min(max(float(value) * scale, 0.0), cap)
            except ValueError:
                pass
    return min(default, cap)
