"""Which planner to use and how: one description that the CLI, the web page and scripts all build.

Keeping this in one validated model means every front end has the same defaults, the same limits
and the same rule for when an LLM is used.
"""

from __future__ import annotations

import os
from typing import Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..errors import RegionfluxError, UsageError
from ..layout import MAX_REGIONS, MAX_SEED
from .base import (
    DEFAULT_LLM_MODEL,
    DEFAULT_LOCAL_MODEL,
    DEFAULT_MAX_REGIONS,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_ROUNDS,
    DEFAULT_TEMPERATURE,
    DEFAULT_TIMEOUT,
    Planner,
)

PLANNER_KINDS = ("auto", "mock", "llm", "local")
#: Which planner "auto" picks, in order: a named server model (flag or env), then, when FLUX renders
#: on CUDA right after (its weights are downloaded anyway), the local model, else the offline rules.
LOCAL_NOTE = ("planning with the local model {model} in this process (downloaded once, a few GB; "
              "--planner mock for the offline planner)")


class PlannerConfig(BaseModel):
    """Which planner to use: ``kind="auto"`` picks as :func:`resolve_kind` says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["auto", "mock", "llm", "local"] = "auto"
    model: Optional[str] = Field(None, description="Chat model: on the server, or a hub id / folder for 'local'.")
    base_url: Optional[str] = Field(None, description="OpenAI-compatible server; default OPENAI_BASE_URL or OpenAI.")
    api_key: Optional[str] = Field(None, description="Default OPENAI_API_KEY.")
    temperature: float = Field(DEFAULT_TEMPERATURE, ge=0.0, le=2.0, allow_inf_nan=False)
    seed: Optional[int] = Field(None, ge=0, le=MAX_SEED,
                                description="Recorded in the layout; sent to servers that take sampling seeds.")
    max_regions: Optional[int] = Field(None, ge=1, le=MAX_REGIONS,
                                       description="Most regions a plan may have (default: the planner's own).")
    max_rounds: int = Field(DEFAULT_MAX_ROUNDS, ge=1)
    timeout: float = Field(DEFAULT_TIMEOUT, gt=0.0, allow_inf_nan=False)
    deadline: float = Field(DEFAULT_DEADLINE, gt=0.0, allow_inf_nan=False,
                            description="Seconds a whole plan or edit may take, retries and repair rounds included.")
    device: Optional[str] = Field(None, description="Local planner: cuda, cpu ... (default CUDA when present).")
    dtype: Optional[Literal["bfloat16", "float16", "float32"]] = Field(None, description="Local planner's dtype.")
    credentials: bool = Field(True, description="False for a server the operator did not name: no key is sent.")
    review: Optional[bool] = Field(None, description="Check a model's layout against the offline reading of the "
                                   "prompt, repair or fall back (default on).")

    @property
    def uses_llm(self) -> bool:
        return self.kind == "llm" or (self.kind == "auto" and bool(self.model))


#: PlannerConfig fields that only some planners use: a field set for a planner that ignores it is a mistake
#: worth naming (``--planner mock --model foo`` would otherwise plan offline without a word).
FIELDS_OF = {
    "model": ("llm", "local"), "base_url": ("llm",), "api_key": ("llm",), "temperature": ("llm", "local"),
    "max_rounds": ("llm", "local"), "timeout": ("llm",), "deadline": ("llm", "local"), "device": ("local",),
    "dtype": ("local",), "review": ("llm", "local"),
}


def unused_fields(config: PlannerConfig, given: set[str], *, local_by_default: bool = False) -> list[str]:
    """The fields in ``given`` (set by the user) that the planner ``config`` resolves to does not use."""
    kind = config.kind if config.kind != "auto" else None
    if kind is None:
        try:
            kind = resolve_kind(config, local_by_default=local_by_default)
        except RegionfluxError:
            return []
    return [name for name in FIELDS_OF if name in given and kind not in FIELDS_OF[name]]


def resolve_kind(config: PlannerConfig, *, local_by_default: bool = False) -> str:
    """The planner that runs: an explicit kind; else a named server model; else the local model when
    ``local_by_default`` (generate on CUDA); else the offline rules. `plan` never downloads unasked."""
    if config.kind != "auto":
        return config.kind
    if config.model:
        return "llm"
    if config.base_url:
        raise UsageError("--base-url needs the name of the chat model to ask on that server (--model NAME)")
    if os.environ.get("OPENAI_BASE_URL"):
        raise UsageError(
            f"OPENAI_BASE_URL is set ({os.environ['OPENAI_BASE_URL']}) but no chat model is named: pass "
            "--model NAME (or set REGIONFLUX_MODEL), or --planner mock for the offline planner"
        )
    return "local" if local_by_default else "mock"


def make_planner(config: PlannerConfig, progress: Optional[Callable[[str], None]] = None, *,
                 local_by_default: bool = False) -> Planner:
    """The planner ``config`` asks for; each kind's libraries are imported only when it is used.

    ``progress`` receives one line per request, retry and repair round (front ends show them).
    """
    kind = resolve_kind(config, local_by_default=local_by_default)
    common = dict(max_regions=config.max_regions or DEFAULT_MAX_REGIONS, temperature=config.temperature, seed=config.seed,
                  max_rounds=config.max_rounds, progress=progress, deadline=config.deadline,
                  offline_review=config.review is not False)
    if kind == "mock":
        from .mock import MockPlanner

        return MockPlanner(max_regions=config.max_regions or MAX_REGIONS, seed=config.seed)
    if kind == "local":
        from .local import LocalPlanner

        return LocalPlanner.from_pretrained(config.model or DEFAULT_LOCAL_MODEL, device=config.device,
                                            dtype=config.dtype, **common)
    from .llm import LLMPlanner

    return LLMPlanner(model=config.model or DEFAULT_LLM_MODEL, base_url=config.base_url, api_key=config.api_key,
                      timeout=config.timeout, credentials=config.credentials, **common)
