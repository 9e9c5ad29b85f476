"""Jinja2 templates and few-shot examples for the LLM planner (package data).

The user's text is always passed as a template *variable*; it is never compiled as template source.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined


def _load(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FunctionLoader(_load),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def few_shot_examples() -> list[dict]:
    """The bundled examples: ``{"prompt", "width", "height", "plan"}`` with boxes on the 0-1000 grid."""
    return json.loads(_load("examples/few_shot.json"))


def render(name: str, **variables) -> str:
    """Render one bundled template (``system.j2`` or ``user.j2``)."""
    return _environment().get_template(name).render(**variables).strip()
