"""The generator: render a Layout with regional attention on FLUX (diffusers).

Importing this package is cheap; diffusers loads when `RegionalFlux` is first used.
"""


class GenerationError(RuntimeError):
    """Rendering cannot start or finish; the message says why and what to do."""


def __getattr__(name):
    if name == "RegionalFlux":
        from .pipeline import RegionalFlux

        return RegionalFlux
    raise AttributeError(name)


__all__ = ["GenerationError", "RegionalFlux"]
