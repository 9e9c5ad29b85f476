"""The generator: render a Layout with regional attention on FLUX (diffusers).

``masks`` turns a layout into pixel and token masks, ``kernels`` computes the regional and base
attention, ``attention`` installs the processor and hooks on a stock transformer, ``control`` maps
LoRA/ControlNet settings onto diffusers, ``pipeline`` holds :class:`RegionalFlux`. Importing this
package is cheap; torch and diffusers load when `RegionalFlux` is first used.
"""

from ..errors import GenerationError
from . import notices  # noqa: F401  (before anything imports diffusers)


def __getattr__(name):
    if name == "RegionalFlux":
        from .pipeline import RegionalFlux

        return RegionalFlux
    raise AttributeError(name)


__all__ = ["GenerationError", "RegionalFlux"]
