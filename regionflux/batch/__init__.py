"""Many prompts or layouts rendered by one pipeline per process, resumable, on one process, accelerate or Ray.

An input is a text file (one prompt a line) or JSONL (one item a line: ``{"prompt": ...}``,
``{"layout": {...}}`` or ``{"layout_file": ...}``, with optional ``id``, ``seed``, ``num_images``,
``width``/``height`` for planning and ``settings`` overrides). ``core`` holds the items, the manifest
and the per-item work (one process, or one of accelerate's); ``on_ray`` runs the same items on a Ray
cluster. :func:`run` is the entry point for notebooks and scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..errors import UsageError
from .core import (
    BatchItem,
    Entry,
    Manifest,
    Settings,
    Summary,
    items_from,
    read_input,
    run_local,
    world_size,
)

__all__ = ["BatchItem", "Entry", "Manifest", "Settings", "Summary", "items_from", "read_input", "run", "run_local",
           "world_size"]


def run(items, outdir: str | Path, *, options=None, planner=None, engine: str = "local", retry_failed: bool = False,
        canvas: tuple[int, int] = (1024, 1024), seed: int = 0, base_dir: str | Path = ".",
        address: Optional[str] = None, workers: Optional[int] = None, progress: bool = True) -> Summary:
    """Render ``items`` (prompts, Layouts, or dicts as a JSONL line holds them) into ``outdir``, from a
    notebook or a script, with the engine the command line uses.

    ``options``: :class:`~regionflux.renderer.RenderOptions` (model, device, quantization...);
    ``planner``: a :class:`~regionflux.planner.config.PlannerConfig` for prompts (default: the offline
    planner); ``seed``: item i without a seed of its own gets ``seed + i``. Rerunning with the same
    ``outdir`` renders only what is left.
    """
    from ..planner.config import PlannerConfig, make_planner
    from ..renderer import Renderer, RenderOptions

    options = options or RenderOptions()
    options.check()
    config = planner or PlannerConfig(kind="mock")
    entries = items_from(items)
    settings = Settings(outdir=Path(outdir), base_dir=Path(base_dir), canvas=canvas, base_seed=seed)
    if engine == "ray":
        from .on_ray import run_ray

        return run_ray(entries, settings, options, config, retry_failed=retry_failed, address=address,
                       workers=workers, progress=progress)
    if engine != "local":
        raise UsageError(f"engine {engine!r}: choose local or ray")
    return run_local(entries, settings, lambda: Renderer(options, step_bar=not progress), lambda: make_planner(config),
                     retry_failed=retry_failed, progress=progress,
                     cpu=(options.device or "").startswith("cpu"))
