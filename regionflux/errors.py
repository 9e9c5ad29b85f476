"""Errors a user can act on, and their wording: one line per problem, naming the field and the fix.

Every front end catches :class:`RegionfluxError` and shows its message as it is; anything else is
a bug. Planner and CLI share the formatting helpers so a pydantic error reads the same everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import ValidationError


class RegionfluxError(Exception):
    """A problem the user can fix; the message says which input and how."""


class LayoutError(RegionfluxError, ValueError):
    """A layout that cannot be used; the message names each offending field and the fix."""


class PlanningError(RegionfluxError, RuntimeError):
    """The planner could not produce a valid layout; the message says what went wrong."""


class GenerationError(RegionfluxError, RuntimeError):
    """Rendering cannot start or finish; the message says why and what to do."""


class UsageError(RegionfluxError, ValueError):
    """A bad option or combination of options."""


class OutputExistsError(RegionfluxError, FileExistsError):
    """An output would replace a file that is already there."""


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its type name when it has none."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def format_loc(loc: tuple) -> str:
    """pydantic's error location as a path: ``('regions', 1, 'box')`` -> ``regions[1].box``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def format_validation_error(exc: "ValidationError", source: str = "<layout>") -> str:
    """One line per problem: ``source: regions[1].box: message``."""
    lines = []
    for error in exc.errors(include_url=False):
        loc = format_loc(error.get("loc", ()))
        message = error.get("msg", "invalid")
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if error.get("type") == "missing":
            message = "field required"
        elif error.get("type") == "extra_forbidden":
            message = "unknown field; remove it or check its spelling"
        lines.append(f"{source}: {loc + ': ' if loc else ''}{message}")
    return "\n".join(lines) or f"{source}: invalid"
