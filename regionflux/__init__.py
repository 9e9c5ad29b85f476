"""regionflux: one prompt -> a planned layout -> a FLUX image with regional attention."""

from .layout import ControlSettings, Layout, LayoutError, LoraSettings, Region, RegionalSettings

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
