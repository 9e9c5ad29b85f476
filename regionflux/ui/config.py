"""What the page is started with: a small, Gradio-free description the CLI builds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..planner.config import PlannerConfig
from ..renderer import Renderer


@dataclass(frozen=True)
class PageConfig:
    """What `regionflux ui` was started with."""

    output_dir: Path
    renderer: Renderer
    planner: PlannerConfig = PlannerConfig()
    render_unavailable: Optional[str] = None  # why this server cannot render, if it cannot
