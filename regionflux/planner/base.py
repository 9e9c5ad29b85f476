"""What every planner offers."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..layout import Layout


class PlanningError(RuntimeError):
    """The planner could not produce a valid layout; the message says what went wrong."""


@runtime_checkable
class Planner(Protocol):
    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        """Split ``prompt`` into a validated layout for a ``width`` x ``height`` canvas."""
        ...
