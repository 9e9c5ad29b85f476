"""Which planner to use and how: one description that the CLI, the web page and scripts all build.

Keeping this in one validated model means every front end has the same defaults, the same limits
and the same rule for when an LLM is used.
"""

from __future__ import annotations

import os
from typing import Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..errors import UsageError
from ..layout import MAX_REGIONS
from .base import (
    DEFAULT_LLM_MODEL,
    DEFAULT_MAX_REGIONS,
    DEFAULT_MAX_ROUNDS,
    DEFAULT_TEMPERATURE,
    DEFAULT_TIMEOUT,
    Planner,
)

PLANNER_KINDS = ("auto", "mock", "llm")


class PlannerConfig(BaseModel):
    """``kind="auto"`` uses the LLM when a model is named, else the offline rule planner."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["auto", "mock", "llm"] = "auto"
    model: Optional[str] = Field(None, description="Chat model on the LLM server.")
    base_url: Optional[str] = Field(None, description="OpenAI-compatible server; default OPENAI_BASE_URL or OpenAI.")
    api_key: Optional[str] = Field(None, description="Default OPENAI_API_KEY.")
    temperature: float = Field(DEFAULT_TEMPERATURE, ge=0.0, le=2.0, allow_inf_nan=False)
    seed: Optional[int] = Field(None, description="Recorded in the layout; sent to servers that take sampling seeds.")
    max_regions: int = Field(DEFAULT_MAX_REGIONS, ge=1, le=MAX_REGIONS)
    max_rounds: int = Field(DEFAULT_MAX_ROUNDS, ge=1)
    timeout: float = Field(DEFAULT_TIMEOUT, gt=0.0, allow_inf_nan=False)

    @property
    def uses_llm(self) -> bool:
        return self.kind == "llm" or (self.kind == "auto" and bool(self.model))


def make_planner(config: PlannerConfig, progress: Optional[Callable[[str], None]] = None) -> Planner:
    """The planner ``config`` asks for; the LLM client is imported only when an LLM is used.

    ``progress`` receives one line per LLM request, retry and repair round (front ends show them).
    """
    if not config.uses_llm:
        if config.kind == "auto" and config.base_url:
            raise UsageError("--base-url needs the name of the chat model to ask on that server (--model NAME)")
        if config.kind == "auto" and os.environ.get("OPENAI_BASE_URL"):
            raise UsageError(
                f"OPENAI_BASE_URL is set ({os.environ['OPENAI_BASE_URL']}) but no chat model is named: pass "
                "--model NAME (or set REGIONFLUX_MODEL), or --planner mock for the offline planner"
            )
        from .mock import MockPlanner

        return MockPlanner(max_regions=config.max_regions, seed=config.seed)
    from .llm import LLMPlanner

    return LLMPlanner(
        model=config.model or DEFAULT_LLM_MODEL,
        base_url=config.base_url,
        api_key=config.api_key,
        temperature=config.temperature,
        seed=config.seed,
        max_regions=config.max_regions,
        max_rounds=config.max_rounds,
        timeout=config.timeout,
        progress=progress,
    )
