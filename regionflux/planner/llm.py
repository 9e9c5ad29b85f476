"""Planner backed by any OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp, LM Studio).

The model's reply is data: it is parsed as JSON and validated, never evaluated. Servers differ in
what they support, so the request degrades from JSON-schema structured output to JSON mode to plain
text (the JSON object is then cut out of the prose or markdown fences around it). Timeouts, rate
limits and server errors are retried by the openai client itself (``max_retries``, ``timeout``);
the planner adds what the client cannot do: the format fallbacks and the repair rounds.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from typing import Any, Callable, Optional
from urllib.parse import urlparse

import openai
from pydantic import ValidationError

from .. import prompts
from ..errors import PlanningError, first_line, format_loc
from ..layout import MAX_REGIONS, Layout, RegionalSettings
from .base import DEFAULT_LLM_MODEL, DEFAULT_MAX_REGIONS, DEFAULT_MAX_ROUNDS, DEFAULT_TEMPERATURE, DEFAULT_TIMEOUT
from .grid import (
    GRID,
    LayoutPlan,
    convert_boxes,
    min_box_grid,
    reply_token_bound,
    repair_geometry,
    schema,
    small_boxes,
)

logger = logging.getLogger(__name__)

#: Response formats tried in order; a server that rejects one gets the next. "json_object_schema" is
#: JSON mode with the schema alongside, which llama.cpp-style servers turn into a decoding grammar.
RESPONSE_FORMATS = ("json_schema", "json_object_schema", "json_object", "text")
#: What each server (by address) accepted last, so later plans in this process skip the refusals.
_ACCEPTED_FORMAT: dict[str, str] = {}
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


#: Longest wait a server's Retry-After may impose before a retry; longer requests are cut to this.
MAX_RETRY_AFTER = 30.0


class LLMPlanner:
    """Plans a layout with a chat model; bad replies are sent back with their errors to be fixed.

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
    ) -> None:
        if max_rounds < 1:
            raise PlanningError(f"max_rounds (--max-rounds) is {max_rounds}; it must be at least 1")
        if not (math.isfinite(timeout) and timeout > 0):
            raise PlanningError(f"timeout (--timeout) is {timeout}; give a positive number of seconds")
        if response_format not in RESPONSE_FORMATS:
            raise ValueError(f"response_format must be one of {RESPONSE_FORMATS}")
        self.progress = progress or (lambda line: None)
        self._attempt = 0
        self._last_problem = ""
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
            http_client = openai.DefaultHttpxClient(
                event_hooks={"request": [self._on_request], "response": [self._on_response]}
            )
            client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=max_retries,
                                   http_client=http_client)
        self.client = client
        self.model = model
        self.max_regions = min(max_regions, MAX_REGIONS)
        self.temperature = temperature
        self.seed = seed
        self.max_rounds = max_rounds
        self.settings = settings or RegionalSettings()
        self.response_format = _ACCEPTED_FORMAT.get(str(self.client.base_url), response_format)
        self.notes: list[str] = []

    # -- public -----------------------------------------------------------------------------------
    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        if not prompt.strip():
            raise PlanningError("the prompt is empty; say what the image should show")
        self.notes = []
        return self._converse(
            self.messages(prompt, width=width, height=height),
            lambda reply, last: self.parse_reply(reply, width=width, height=height, request=prompt, lenient=last),
            schema(self.max_regions), reply_token_bound(self.max_regions), "layout",
        )

    def edit(self, layout: Layout, instruction: str) -> Layout:
        """The layout changed as ``instruction`` says. The model answers with edit operations (see
        :mod:`~regionflux.planner.edits`), so regions it does not name cannot change."""
        from .edits import EditPlan, apply_edits, grid_view

        if not instruction.strip():
            raise PlanningError("the instruction is empty; say what to change")
        self.notes = []
        variables = dict(grid=GRID, min_box=min_box_grid(layout.width, layout.height),
                         shape=canvas_shape(layout.width, layout.height))
        messages = [
            {"role": "system", "content": prompts.render("edit_system.j2", **variables)},
            {"role": "user", "content": prompts.render(
                "edit_user.j2", layout=json.dumps(grid_view(layout)), instruction=instruction, **variables)},
        ]

        def parse(reply: str, last: bool) -> Layout:
            try:
                plan = EditPlan.model_validate(extract_json(reply))
            except ValidationError as exc:
                raise PlanningError(_feedback(exc)) from None
            return apply_edits(layout, plan)

        edit_schema = EditPlan.model_json_schema()
        return self._converse(messages, parse, edit_schema, 64 + 32 * (len(layout.regions) + 4) * 4, "edit")

    def _converse(self, messages: list[dict[str, str]], parse: Callable[[str, bool], Any], reply_schema: dict,
                  max_tokens: int, what: str):
        """Ask, parse, and feed problems back, at most max_rounds times; the last round parses leniently."""
        problems, previous = "", None
        for round_ in range(1, self.max_rounds + 1):
            self.progress(f"planner: asking {self.model} at {self.client.base_url} "
                          f"(round {round_}/{self.max_rounds})")
            reply = self._complete(messages, round_, reply_schema, max_tokens)
            repeated = reply == previous
            previous = reply
            try:
                return parse(reply, round_ == self.max_rounds or repeated)
            except PlanningError as exc:
                problems = str(exc)
            logger.info("planner round %d/%d rejected: %s", round_, self.max_rounds, problems)
            if repeated:
                raise PlanningError(
                    f"the model {self.model!r} returned the same invalid reply again (round {round_}); last problems:"
                    f"\n{problems}\nA larger model, or the offline planner (--planner mock), may do better"
                )
            if round_ < self.max_rounds:
                self.progress(f"planner: the reply was not a valid {what} ({problems.splitlines()[0]}); asking for a fix")
            messages = messages + [
                {"role": "assistant", "content": reply},
                {"role": "user", "content": "That JSON has problems:\n" + problems
                 + "\nReply with the whole corrected JSON object for the same request."},
            ]
        raise PlanningError(
            f"the model {self.model!r} gave no valid {what} in {self.max_rounds} rounds; last problems:\n{problems}"
        )

    def messages(self, prompt: str, *, width: int, height: int) -> list[dict[str, str]]:
        """System prompt, few-shot pairs and the user's request, rendered from the bundled templates."""
        variables = dict(grid=GRID, max_regions=self.max_regions, min_box=min_box_grid(width, height),
                         shape=canvas_shape(width, height))
        messages = [{"role": "system", "content": prompts.render("system.j2", **variables)}]
        for example in prompts.few_shot_examples():
            shape = canvas_shape(example["width"], example["height"])
            messages.append({"role": "user", "content": prompts.render("user.j2", prompt=example["prompt"], grid=GRID, shape=shape)})
            messages.append({"role": "assistant", "content": json.dumps(example["plan"])})
        messages.append({"role": "user", "content": prompts.render("user.j2", prompt=prompt, **variables)})
        return messages

    def parse_reply(self, reply: str, *, width: int, height: int, request: Optional[str] = None,
                    lenient: bool = False) -> Layout:
        """Model text -> validated Layout, or PlanningError listing what is wrong (fed back to the model).

        Boxes unambiguously in another convention (fractions, canvas pixels, corners in the other
        order) are converted; a reply that copies a few-shot example instead of planning ``request``
        is refused. ``lenient`` (the last round) also repairs what the model could not: boxes cut to
        the canvas and grown to one token, missing labels or descriptions, surplus regions. Every
        conversion and repair is listed in :attr:`notes`.
        """
        data, converted = convert_boxes(extract_json(reply), width, height)
        notes = [f"the model gave boxes in {converted}; converted to the 0-{GRID} grid"] if converted else []
        data, repaired = repair_geometry(data, width, height, lenient=lenient)
        notes += repaired
        if lenient and isinstance(data, dict) and isinstance(data.get("regions"), list) \
                and len(data["regions"]) > self.max_regions:
            notes.append(f"kept the first {self.max_regions} of {len(data['regions'])} regions")
            data = {**data, "regions": data["regions"][: self.max_regions]}
        try:
            plan = LayoutPlan.model_validate(data)
        except ValidationError as exc:
            raise PlanningError(_feedback(exc)) from None
        if len(plan.regions) > self.max_regions:
            raise PlanningError(f"regions: {len(plan.regions)} regions; use at most {self.max_regions}")
        small = small_boxes(plan, width, height)
        if small:
            raise PlanningError("\n".join(small))
        if request is not None and _copies_an_example(plan, request):
            raise PlanningError(
                f"this layout copies an example instead of planning the request; plan this request: {request}"
            )
        try:
            layout = plan.to_layout(width=width, height=height, settings=self.settings, seed=self.seed)
        except ValidationError as exc:
            raise PlanningError(_feedback(exc)) from None
        self.notes.extend(f"{note} (model reply)" for note in notes)
        return layout

    # -- transport --------------------------------------------------------------------------------
    def _request_kwargs(self, messages: list[dict[str, str]], round_: int, reply_schema: dict,
                        max_tokens: int) -> dict[str, Any]:
        # each repair round samples a little hotter (and with another seed), so it does not repeat itself
        temperature = min(self.temperature + 0.3 * (round_ - 1), 1.5)
        kwargs: dict[str, Any] = dict(model=self.model, messages=messages, temperature=temperature,
                                      max_tokens=max_tokens)
        if self.seed is not None:
            kwargs["seed"] = self.seed + round_ - 1
        if self.response_format == "json_schema":
            # OpenAI's strict mode rejects string lengths; the bounds stay in max_tokens and validation
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": _without_lengths(reply_schema), "strict": True},
            }
        elif self.response_format == "json_object_schema":
            kwargs["response_format"] = {"type": "json_object", "schema": reply_schema}
        elif self.response_format == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        return kwargs

    def _complete(self, messages: list[dict[str, str]], round_: int, reply_schema: dict, max_tokens: int) -> str:
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
            except openai.APITimeoutError:
                raise PlanningError(
                    f"the LLM server at {self.client.base_url} gave no answer within {self.client.timeout} s, "
                    f"{retries + 1} times; a slow model needs a larger --timeout, or check that the server runs"
                ) from None
            except openai.APIConnectionError as exc:
                raise PlanningError(
                    f"cannot connect to the LLM server at {self.client.base_url} ({_cause(exc)}; tried {retries + 1} "
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
        self._attempt += 1
        if self._attempt > 1:
            self.progress(f"planner: retry {self._attempt - 1} after {self._last_problem or 'no answer'}")
        self._last_problem = "no answer in time"

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


def _finite(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is not a finite number")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


# JSON as the standard has it: no NaN or Infinity, no number too large for a float
_DECODER = json.JSONDecoder(parse_float=_finite, parse_constant=_no_constant)


def extract_json(text: str) -> Any:
    """The JSON object in a model reply: bare, in a markdown fence, or with prose around it."""
    text = (text or "").strip()
    if not text:
        raise PlanningError("reply: empty; return one JSON object")
    candidates = [text] + [m.group(1).strip() for m in _FENCE.finditer(text)]
    for candidate in candidates:
        try:
            return _DECODER.decode(candidate)
        except json.JSONDecodeError:
            pass
        except ValueError as exc:  # NaN, Infinity, 1e400
            raise PlanningError(f"reply: {exc}; numbers must be finite") from None
    for match in re.finditer(r"\{", text):
        try:
            value, _ = _DECODER.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        except ValueError as exc:
            raise PlanningError(f"reply: {exc}; numbers must be finite") from None
        if isinstance(value, dict):
            return value
    raise PlanningError("reply: no JSON object found; return exactly one JSON object (numbers must be finite)")


def _api_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
    return str(exc.message)


def _without_lengths(node):
    """A schema without minLength/maxLength (which strict structured outputs do not accept)."""
    if isinstance(node, dict):
        return {k: _without_lengths(v) for k, v in node.items() if k not in ("minLength", "maxLength")}
    if isinstance(node, list):
        return [_without_lengths(v) for v in node]
    return node


def canvas_shape(width: int, height: int) -> str:
    """'landscape 4:3' and the like: the shape a model needs, without pixel figures it might copy."""
    from math import gcd

    divisor = gcd(width, height)
    ratio = f"{width // divisor}:{height // divisor}" if max(width, height) // divisor <= 32 else f"{width / height:.2f}:1"
    kind = "square" if width == height else "landscape" if width > height else "portrait"
    return kind if kind == "square" else f"{kind} {ratio}"


def _not_found(exc: openai.NotFoundError, model: str, url) -> str:
    """A 404: an unknown model, or (no OpenAI-style error in the body) no API at this address."""
    body = exc.body
    error = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(error, dict) and (error.get("code") == "model_not_found" or "model" in str(error.get("message", "")).lower()):
        return f"model {model!r} not found on the server: {_api_message(exc)}; check --model"
    hint = "" if str(url).rstrip("/").endswith("/v1") else f" (most servers answer under /v1: try --base-url {str(url).rstrip('/')}/v1)"
    return f"the server at {url} has no chat completions endpoint (HTTP 404: {_api_message(exc)}){hint}"


_SHORT = {
    "missing": "missing; add it",
    "extra_forbidden": "not part of the format; remove it",
    "string_type": "must be a string",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
}


def _feedback(exc: ValidationError) -> str:
    """Short, specific problems for the model (pydantic's own wording tends to leak into replies)."""
    lines = []
    for error in exc.errors(include_url=False):
        where = format_loc(error.get("loc", ())) or "the reply"
        kind, ctx = error.get("type", ""), error.get("ctx") or {}
        if kind in _SHORT:
            message = _SHORT[kind]
        elif kind == "string_too_long":
            message = f"too long; at most {ctx.get('max_length')} characters"
        elif kind in ("too_short", "too_long") and where.endswith("box"):
            message = "must be exactly 4 numbers [x0, y0, x1, y1]"
        elif kind in ("too_short", "too_long"):
            message = f"has the wrong number of items ({ctx.get('actual_length')})"
        else:
            message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        lines.append(f"{where}: {message}")
    return "\n".join(lines)


def _copies_an_example(plan: LayoutPlan, request: str) -> bool:
    """Whether the plan's regions are a few-shot example's, not the request's."""
    examples = prompts.few_shot_examples()
    described = {r["description"].strip().lower() for e in examples for r in e["plan"]["regions"]}
    prompts_seen = {e["plan"]["prompt"].strip().lower() for e in examples}
    copied = sum(r.description.strip().lower() in described for r in plan.regions)
    labels_asked = sum(r.label.lower() in request.lower() for r in plan.regions)
    return bool(plan.regions) and (copied * 2 >= len(plan.regions) or plan.prompt.strip().lower() in prompts_seen) \
        and labels_asked * 2 < len(plan.regions)


def check_base_url(url: str, name: str = "--base-url") -> None:
    """Refuse at once what cannot be an OpenAI-compatible server address."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise PlanningError(
            f"{name} {url!r} is not an http(s) server address; give one like http://localhost:8000/v1"
        )


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
