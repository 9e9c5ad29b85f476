"""What every chat-model planner shares, whatever runs the model: the messages, the repair rounds,
reading a reply as data and turning it into a layout or an edit.

A subclass supplies the transport, ``_complete(messages, round, schema, max_tokens) -> str``: an
OpenAI-compatible server (``llm.py``) or a model in this process (``local.py``). The model's reply is
data: it is parsed as JSON and validated, never evaluated.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any, Callable, Optional

from pydantic import ValidationError

from .. import prompts
from ..errors import PlanningError, format_loc
from ..layout import MAX_REGIONS, Layout, RegionalSettings
from .base import DEFAULT_DEADLINE, DEFAULT_MAX_REGIONS, DEFAULT_MAX_ROUNDS, DEFAULT_TEMPERATURE, clean_prompt
from .grid import (
    GRID,
    LayoutPlan,
    convert_boxes,
    fill_from_request,
    min_box_grid,
    reply_token_bound,
    repair_geometry,
    schema,
    small_boxes,
)

logger = logging.getLogger(__name__)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


#: How a server that refused a request says it no longer fits the model's context (OpenAI's wording, which
#: llama-cpp-python and vLLM follow, and llama.cpp's "exceeds the available context size"); never a rate limit.
_CONTEXT_FULL = re.compile(r"rejected the request: .*(?:maximum context length|context length|context window|"
                           r"exceeds? the (?:available |model'?s? )?context|context size)", re.I | re.S)


class NoValidReply(PlanningError):
    """The model answered, but never with a valid layout or edit (in its rounds or its time)."""


class ChatPlanner:
    """Plans and edits layouts with a chat model; bad replies are sent back with their problems.

    Args:
        model: the model's name (for messages).
        max_rounds: requests that may return an invalid reply before :class:`PlanningError`; the last
            one is read leniently (boxes cut and grown, missing text filled, each fix a note).
        temperature: sampling temperature of the first round; each repair round samples hotter.
        seed: recorded in the layout, and the sampling seed of the first round.
        progress: called with one line per request and repair round (the CLI prints them).
    """

    def __init__(self, model: str, *, max_regions: int = DEFAULT_MAX_REGIONS, temperature: float = DEFAULT_TEMPERATURE,
                 seed: Optional[int] = None, max_rounds: int = DEFAULT_MAX_ROUNDS,
                 settings: Optional[RegionalSettings] = None, progress: Optional[Callable[[str], None]] = None,
                 deadline: float = DEFAULT_DEADLINE, offline_review: bool = True):
        if max_rounds < 1:
            raise PlanningError(f"max_rounds (--max-rounds) is {max_rounds}; it must be at least 1")
        if not (0 < deadline < float("inf")):
            raise PlanningError(f"deadline (--deadline) is {deadline}; give a positive number of seconds")
        self.model = model
        self.offline_review = offline_review
        self.deadline = deadline
        self.max_regions = min(max_regions, MAX_REGIONS)
        self.temperature = temperature
        self.seed = seed
        self.max_rounds = max_rounds
        self.settings = settings or RegionalSettings()
        self.progress = progress or (lambda line: None)
        self.notes: list[str] = []

    #: Where the model runs, for progress lines.
    where = "here"

    def _complete(self, messages: list[dict[str, str]], round_: int, reply_schema: dict, max_tokens: int) -> str:
        raise NotImplementedError

    def _set_deadline(self, at: float) -> None:
        """Tell the transport when everything must be over (a ``time.monotonic()`` value)."""

    def sampling(self, round_: int) -> tuple[float, Optional[int]]:
        """Temperature and seed of a round: each repair round a little hotter, with another seed."""
        return min(self.temperature + 0.3 * (round_ - 1), 1.5), (None if self.seed is None else self.seed + round_ - 1)

    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        """The model's layout for ``prompt``. Unless :attr:`offline_review` is off, it is checked against the
        offline reader's reading of the same prompt (things, counts, stated relations, style words):
        disagreements go back to the model as a repair round, and a layout still wrong in the last
        round, or no valid layout in time, gives way to the offline boxes with a note."""
        prompt, note = clean_prompt(prompt)
        self.notes = [note] if note else []
        offline = self._offline(prompt, width, height) if self.offline_review else None
        from .review import merge, review

        wrong: list[tuple[Layout, list[str]]] = []  # valid layouts the review refused

        def fall_back() -> Layout:
            layout, problems = wrong[-1]
            merged, taken = merge(layout, offline[0], offline[1].negated)
            self.notes.append(f"the model's layout disagrees with the prompt ({problems[0]}); used the offline "
                              f"planner's boxes with {taken} of the model's descriptions")
            return merged

        def parse(reply: str, last: bool) -> Layout:
            layout = self.parse_reply(reply, width=width, height=height, request=prompt, lenient=last)
            problems = review(layout, *offline) if offline is not None else []
            if not problems:
                return layout
            wrong.append((layout, problems))
            if last:
                return fall_back()
            raise PlanningError("\n".join(problems))

        try:
            return self._converse(self.messages(prompt, width=width, height=height), parse,
                                  schema(self.max_regions), reply_token_bound(self.max_regions), "layout")
        except NoValidReply:
            if not wrong:  # never a valid layout: the model's failure is the user's to see
                raise
            return fall_back()

    def _offline(self, prompt: str, width: int, height: int):
        """(offline layout, its reading) of ``prompt``, or None where the offline reader cannot read it."""
        from .mock import MockPlanner

        reader = MockPlanner(max_regions=self.max_regions, settings=self.settings, seed=self.seed)
        try:
            layout = reader.plan(prompt, width=width, height=height)
        except PlanningError:
            return None
        if reader.reading is None or not layout.regions:
            return None
        return layout, reader.reading

    def edit(self, layout: Layout, instruction: str) -> Layout:
        """The layout changed as ``instruction`` says. The model answers with edit operations (see
        :mod:`~regionflux.planner.edits`), so regions it does not name cannot change."""
        from .edits import EditPlan, apply_edits, edit_schema, grid_view, repair_edit

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
            data, notes = repair_edit(extract_json(reply), layout, lenient=last)
            try:
                plan = EditPlan.model_validate(data)
            except ValidationError as exc:
                raise PlanningError(_feedback(exc)) from None
            edited = apply_edits(layout, plan)
            self.notes.extend(f"{note} (model reply)" for note in notes)
            return edited

        return self._converse(messages, parse, edit_schema(layout), 64 + 32 * (len(layout.regions) + 4) * 4, "edit")

    def _converse(self, messages: list[dict[str, str]], parse: Callable[[str, bool], Any], reply_schema: dict,
                  max_tokens: int, what: str):
        """Ask, parse, and feed problems back, at most max_rounds times and within the deadline; the last
        round parses leniently."""
        problems, previous, base = "", None, list(messages)
        end = time.monotonic() + self.deadline
        self._set_deadline(end)
        longest = 0.0
        for round_ in range(1, self.max_rounds + 1):
            if round_ > 1 and time.monotonic() + longest >= end:
                # another round would not end in time: the last reply, read leniently, or no layout
                try:
                    return parse(previous, True)
                except PlanningError:
                    pass
                raise NoValidReply(
                    f"the model {self.model!r} gave no valid {what} within the {self.deadline:g} s planning may take "
                    f"(--deadline); last problems:\n{problems}")
            self.progress(f"planner: asking {self.model} at {self.where} "
                          f"(round {round_}/{self.max_rounds})")
            started = time.monotonic()
            try:
                reply = self._complete(messages, round_, reply_schema, max_tokens)
            except PlanningError as exc:
                if round_ == 1 or not _CONTEXT_FULL.search(str(exc)):
                    raise
                # a repair round that no longer fits the model's context: the rounds end here
                raise NoValidReply(f"the model {self.model!r} gave no valid {what} before its context was full "
                                   f"(round {round_}); last problems:\n{problems}") from None
            longest = max(longest, time.monotonic() - started)
            repeated = reply == previous
            previous = reply
            try:
                return parse(reply, round_ == self.max_rounds or repeated)
            except PlanningError as exc:
                problems = str(exc)
            logger.info("planner round %d/%d rejected: %s", round_, self.max_rounds, problems)
            if repeated:
                raise NoValidReply(
                    f"the model {self.model!r} returned the same invalid reply again (round {round_}); last problems:"
                    f"\n{problems}\nA larger model, or the offline planner (--planner mock), may do better"
                )
            if round_ < self.max_rounds:
                self.progress(f"planner: the reply was not a valid {what} ({problems.splitlines()[0]}); asking for a fix")
            messages = base + [  # only the latest exchange: a small model's context stays for the answer
                {"role": "assistant", "content": reply},
                {"role": "user", "content": "That JSON has problems:\n" + problems
                 + "\nReply with the whole corrected JSON object for the same request."},
            ]
        raise NoValidReply(
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
        if lenient and request is not None:  # (the last round: what the model could not give, from the request)
            data, filled = fill_from_request(data, request)
            notes += filled
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
    try:
        return _extract(text)
    except RecursionError:
        raise PlanningError("reply: nested too deeply to be a layout; return one flat JSON object") from None


def _number_problem(exc: ValueError) -> PlanningError:
    if "digits" in str(exc):  # Python's guard against huge int-from-text conversions
        return PlanningError("reply: a number has thousands of digits; numbers must be of usual size")
    return PlanningError(f"reply: {exc}; numbers must be finite")


def _extract(text: str) -> Any:
    candidates = [text] + [m.group(1).strip() for m in _FENCE.finditer(text)]
    for candidate in candidates:
        try:
            return _DECODER.decode(candidate)
        except json.JSONDecodeError:
            pass
        except ValueError as exc:  # NaN, Infinity, 1e400, 5,000 digits
            raise _number_problem(exc) from None
    for n, match in enumerate(re.finditer(r"\{", text)):
        if n >= 200:  # a reply of braces: give up instead of trying each one
            break
        try:
            value, _ = _DECODER.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        except ValueError as exc:
            raise _number_problem(exc) from None
        if isinstance(value, dict):
            return value
    raise PlanningError("reply: no JSON object found; return exactly one JSON object (numbers must be finite)")


def canvas_shape(width: int, height: int) -> str:
    """'landscape 4:3' and the like: the shape a model needs, without pixel figures it might copy."""
    from math import gcd

    divisor = gcd(width, height)
    ratio = f"{width // divisor}:{height // divisor}" if max(width, height) // divisor <= 32 else f"{width / height:.2f}:1"
    kind = "square" if width == height else "landscape" if width > height else "portrait"
    return kind if kind == "square" else f"{kind} {ratio}"


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
    "string_pattern_mismatch": "must not be blank",
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


