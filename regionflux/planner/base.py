"""What every planner offers, and the planner defaults every front end shares."""

from __future__ import annotations

import re
from typing import Optional, Protocol, runtime_checkable

from ..errors import PlanningError
from ..layout import MAX_PROMPT_CHARS, Layout

#: Regions a planner produces at most unless told otherwise (the layout itself allows up to MAX_REGIONS).
DEFAULT_MAX_REGIONS = 8
#: Chat model asked when an LLM planner is chosen without a model name.
DEFAULT_LLM_MODEL = "gpt-4o-mini"
#: The local planner's model: Qwen2.5-1.5B-Instruct, Apache-2.0, about 3 GB in bf16 (a GPU holds it beside
#: FLUX, and it runs on a CPU too), and reliable at following a JSON format and spatial words.
DEFAULT_LOCAL_MODEL = "Qwen/Qwen2.5-1.5B-Instruct"
DEFAULT_TEMPERATURE = 0.2
#: Seconds per LLM request.
DEFAULT_TIMEOUT = 60.0
#: Requests that may return an invalid layout before planning gives up.
DEFAULT_MAX_ROUNDS = 3
#: Seconds one plan or edit may take in all, retries and repair rounds included.
DEFAULT_DEADLINE = 50.0  # under a minute, with room for the client's last retry wait

__all__ = ["Planner", "PlanningError", "check_prompt", "clean_prompt"]

#: Characters that change how text looks or reads without being words: ANSI escape sequences, other C0
#: and C1 controls, bidirectional overrides and isolates, zero-width characters.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def clean_prompt(prompt: str) -> tuple[str, Optional[str]]:
    """The prompt without control characters (escape sequences, bidirectional overrides, zero-width
    characters), which hide words from a reader and a planner alike, and a note saying how many were
    removed; refused when it is not text at all (bytes that are not UTF-8) or is empty or too long."""
    bad = next((i for i, c in enumerate(prompt) if "\ud800" <= c <= "\udfff"), None)
    if bad is not None:
        raise PlanningError(f"the prompt holds bytes that are not UTF-8 text (at character {bad + 1}); "
                            "type it again or save it as UTF-8")
    cleaned = _INVISIBLE.sub("", _ESCAPES.sub("", prompt.replace("\t", " ").replace("\r", " ")))
    removed = len(prompt) - len(cleaned)
    note = (f"removed {removed} control character{'s' if removed != 1 else ''} (escape sequences, direction or "
            "zero-width marks) from the prompt") if removed else None
    return check_prompt(cleaned), note


def check_prompt(prompt: str) -> str:
    """The prompt, refused when empty or longer than a layout's prompt may be (before any model is asked)."""
    if not prompt.strip():
        raise PlanningError("the prompt is empty; say what the image should show")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise PlanningError(f"the prompt is {len(prompt):,} characters, more than the {MAX_PROMPT_CHARS:,} a layout "
                            "holds (FLUX's T5 reads about 2,000); shorten it")
    return prompt


@runtime_checkable
class Planner(Protocol):
    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        """Split ``prompt`` into a validated layout for a ``width`` x ``height`` canvas."""
        ...

    def edit(self, layout: Layout, instruction: str) -> Layout:
        """``layout`` changed as ``instruction`` says; what it does not name stays exactly as it was."""
        ...
