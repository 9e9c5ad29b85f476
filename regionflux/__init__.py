"""regionflux: one prompt -> a planned layout -> a FLUX image with regional attention.

``layout`` is the contract between the stages (pydantic, no torch); ``planner/`` makes layouts,
``generator/`` renders them on diffusers, ``overrides``, ``outputs`` and ``preview`` are the core
steps every front end calls, and ``cli/`` is the command line. Importing this package loads only
pydantic; ``RegionalFlux`` brings in torch and diffusers on first use.
"""

from .errors import LayoutError
from .layout import ControlSettings, Layout, LoraSettings, Region, RegionalSettings

__all__ = [
    "ControlSettings",
    "Layout",
    "LayoutError",
    "LoraSettings",
    "Region",
    "RegionalSettings",
    "RegionalFlux",
]
__version__ = "0.1.0"


def __getattr__(name):
    # The generator pulls in diffusers; import it only when asked for.
    if name == "RegionalFlux":
        from .generator.pipeline import RegionalFlux

        return RegionalFlux
    raise AttributeError(name)
