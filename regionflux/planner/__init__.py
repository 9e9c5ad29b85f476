"""Planners turn one prompt into a :class:`~regionflux.layout.Layout`.

``base`` holds the protocol and the defaults, ``config`` the one description of which planner to
use (built by every front end) and ``make_planner``, ``grid`` the LLM-facing box convention,
``llm`` the OpenAI-compatible planner, ``mock`` the offline rules, ``edits`` the operations an
instruction becomes (so an edit cannot change what it does not name). Names are imported on first use,
so planning offline never loads the openai client or jinja2.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Planner": "base",
    "PlanningError": "base",
    "PlannerConfig": "config",
    "make_planner": "config",
    "GRID": "grid",
    "LayoutPlan": "grid",
    "PlannedRegion": "grid",
    "box_to_grid": "grid",
    "box_to_pixels": "grid",
    "LLMPlanner": "llm",
    "MockPlanner": "mock",
    "LocalPlanner": "local",
    "resolve_kind": "config",
    "EditPlan": "edits",
    "apply_edits": "edits",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
