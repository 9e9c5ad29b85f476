"""Library notices a regionflux user cannot act on, dropped where they arise (and only those).

The optional quantization backends announce, on every import of diffusers, that they lack kernels this
machine does not need (torchao's CUDA libraries on a CPU, bitsandbytes' optional CPU kernel package)
and torch deprecates a call they make; transformers says torchvision is missing for image processors
FLUX uses only for IP-Adapter images. Each filter matches one message on the logger that sends it;
every other message of those libraries still shows.
"""

from __future__ import annotations

import contextlib
import logging
import warnings

#: logger -> the start of each message dropped from it
_DROPPED = {
    "transformers.utils.import_utils": ("requires torchvision (not installed)",),
    "torchao": ("Failed to load ",),  # its CUDA/cutlass libraries, absent on a CPU-only machine
    "bitsandbytes.backends.cpu.ops": ("Failed to load CPU gemm_4bit_forward",),  # an optional package
    "diffusers.quantizers.torchao.torchao_quantizer": ("Unable to import `torchao` Tensor objects",),
    "torch.utils._pytree": ("is an Enum subclass and is now natively supported",),  # torchao's call
}


class _Dropped(logging.Filter):
    def __init__(self, texts: tuple[str, ...]):
        super().__init__()
        self.texts = texts

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(text in message for text in self.texts)


def install() -> None:
    """Attach the filters (once); the loggers need not exist yet, the libraries get these same objects."""
    for name, texts in _DROPPED.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _Dropped) for f in logger.filters):
            logger.addFilter(_Dropped(texts))


@contextlib.contextmanager
def library_notices_dropped():
    """While diffusers builds a model: its Chroma transformer builds a position embedding through a name
    diffusers itself deprecates, a FutureWarning on every load that a user cannot act on. Only that one
    warning is dropped, and only here."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"`FluxPosEmbed` is deprecated", category=FutureWarning)
        yield


install()
