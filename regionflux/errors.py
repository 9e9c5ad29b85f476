"""Errors a user can act on, and their wording: one line per problem, naming the field and the fix.

Every front end catches :class:`RegionfluxError` and shows its message as it is; anything else is
a bug. Planner and CLI share the formatting helpers so a pydantic error reads the same everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional

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


class WriteError(RegionfluxError, OSError):
    """An output could not be written (permissions, a full disk, a folder in the way)."""


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


def format_validation_error(exc: "ValidationError", source: str = "<layout>",
                            names: "Optional[Mapping[str, str]]" = None) -> str:
    """One line per problem: ``source: regions[1].box: message``.

    ``names`` maps a field path to what the user typed to set it (``settings.guidance_scale`` ->
    ``--guidance``); such fields are named that way instead (list indices are ignored in the lookup).
    """
    lines: list[tuple[str, str]] = []  # (where, message), the same message for neighbouring items merged
    for error in exc.errors(include_url=False):
        loc = format_loc(error.get("loc", ()))
        named = (names or {}).get(format_loc(tuple(p for p in error.get("loc", ()) if not isinstance(p, int))))
        message = error.get("msg", "invalid")
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if error.get("type") == "missing":
            message = "field required"
        elif error.get("type") == "extra_forbidden":
            message = "unknown field; remove it or check its spelling"
        if named:
            given = error.get("input")
            value = f" {given!r}" if isinstance(given, (int, float, str)) and not isinstance(given, bool) else ""
            where = f"{named}{value}"
        else:
            where = f"{source}: {loc}" if loc else source
        previous = lines[-1] if lines else None
        if (previous and previous[1] == message and loc.endswith("]") and "[" in loc
                and previous[0].split(", ")[0].rsplit("[", 1)[0] == where.rsplit("[", 1)[0]):
            lines[-1] = (f"{previous[0]}, [{where.rsplit('[', 1)[1]}", message)  # box[0], [1], ...: one line
        else:
            lines.append((where, message))
    return "\n".join(f"{where}: {message}" for where, message in lines) or f"{source}: invalid"
