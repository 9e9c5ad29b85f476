"""What every planner offers, and the planner defaults every front end shares."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

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

__all__ = ["Planner", "PlanningError", "check_prompt"]


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
