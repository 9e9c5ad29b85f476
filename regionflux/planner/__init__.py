"""Planners turn one prompt into a :class:`~regionflux.layout.Layout`."""

from .base import Planner, PlanningError
from .grid import GRID, LayoutPlan, PlannedRegion, box_to_grid, box_to_pixels
from .llm import LLMPlanner
from .mock import MockPlanner

__all__ = [
    "GRID",
    "LLMPlanner",
    "LayoutPlan",
    "MockPlanner",
    "PlannedRegion",
    "Planner",
    "PlanningError",
    "box_to_grid",
    "box_to_pixels",
]
