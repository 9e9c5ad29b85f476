"""What the page is started with: a small, Gradio-free description the CLI builds.

The operator chooses everything that reaches beyond the page: which planners it offers (and so which
servers it talks to, with which key), which models a layout may name, how long a render may take.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import RegionfluxError
from ..planner.base import DEFAULT_LLM_MODEL, DEFAULT_LOCAL_MODEL
from ..planner.config import PlannerConfig, resolve_kind
from ..renderer import Renderer
from .access import PageAccess

#: The page's name for a planner server the page user names (offered only with --allow-planner-url).
USER_SERVER = "a server you name"


def page_planners(config: PlannerConfig) -> dict[str, PlannerConfig]:
    """The planners the page offers, by the name it shows: the offline rules always, and the planner
    the operator configured (a server model or a local model), which is the default when present."""
    choices = {"offline rules": config.model_copy(update={"kind": "mock"})}
    try:
        kind = resolve_kind(config)
    except RegionfluxError:
        kind = "llm"  # a server address without a model: the LLM planner's own error says what is missing
    if kind == "llm":
        choices[f"server model {config.model or DEFAULT_LLM_MODEL}"] = config.model_copy(update={"kind": "llm"})
    elif kind == "local":
        choices[f"local model {config.model or DEFAULT_LOCAL_MODEL}"] = config.model_copy(update={"kind": "local"})
    return choices


@dataclass(frozen=True)
class PageConfig:
    """What `regionflux ui` was started with."""

    output_dir: Path
    renderer: Renderer
    planner: PlannerConfig = PlannerConfig()
    render_unavailable: Optional[str] = None  # why this server cannot render, if it cannot
    allowed_models: tuple[str, ...] = ()  # models (ControlNets, LoRAs) a page layout may name
    allow_planner_url: bool = False  # page users may name a planner server of their own (sent no key)
    logins: bool = False  # users log in (--auth): galleries are per user
    planners: dict[str, PlannerConfig] = field(init=False)
    access: PageAccess = field(init=False)
    browser_secret: str = field(init=False)  # what browsers' stored state is sealed with (see browser_secret())

    def __post_init__(self):
        object.__setattr__(self, "planners", page_planners(self.planner))
        hidden = tuple(url for url in (self.planner.base_url, os.environ.get("OPENAI_BASE_URL")) if url)
        models = set(self.allowed_models)  # not --model itself: FLUX's own files are no LoRA to download
        secrets = tuple(key for key in (self.planner.api_key,) if key)
        object.__setattr__(self, "access", PageAccess(self.output_dir, frozenset(models), hidden, secrets))
        object.__setattr__(self, "browser_secret", browser_secret(self.output_dir))


def browser_secret(output_dir: Path) -> str:
    """The key the page seals what browsers keep (their id, their layouts) with: made once per output
    folder, readable by the operator only, so a restart of the page does not lose the users' layouts."""
    import secrets

    path = output_dir / ".page" / "browser-secret"
    try:
        return path.read_text().strip() or secrets.token_hex(32)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another page made it first
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value
