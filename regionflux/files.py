"""Writing files so nothing the user made is lost: no silent overwrite, no half-written file.

Every write goes to a temporary file in the target's folder and is renamed over the target, so an
interrupted run leaves either the old file or the new one, never a truncated mix.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import OutputExistsError, WriteError


def ensure_writable(path: Path, overwrite: bool) -> None:
    """Refuse to replace a user's file silently; create the folder the file goes into."""
    if path.exists() and not overwrite:
        raise OutputExistsError(f"{str(path)!r} already exists; pass --overwrite (overwrite=True) to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"cannot create the folder for {str(path)!r}: {exc.strerror or exc}") from None


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto ``path`` when the block ends without error.

    Write failures (permissions, a full disk, a folder named like the file) become :class:`WriteError`.
    """
    path = Path(path)
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp" + path.suffix)
    except OSError as exc:
        raise WriteError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None
    os.close(fd)
    temp_path = Path(temp)
    try:
        os.chmod(temp_path, 0o666 & ~_umask())  # mkstemp makes it private; a result gets the usual mode
        yield temp_path
        os.replace(temp_path, path)
    except OSError as exc:
        raise WriteError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None
    finally:
        temp_path.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write UTF-8 text atomically, refusing to replace an existing file unless asked."""
    path = Path(path)
    ensure_writable(path, overwrite)
    with atomic_path(path) as temp:
        temp.write_text(text, encoding="utf-8")
    return path


class ImageReadError(ValueError):
    """An image file that cannot be used; the message names the file and why (callers add the field).
    ``why`` alone is for callers that name the file their own way."""

    def __init__(self, path: Path, why: str):
        super().__init__(f"{str(path)!r} ({why})")
        self.why = why


def _image_error(path: Path, exc: BaseException) -> ImageReadError:
    from PIL import Image, UnidentifiedImageError

    if isinstance(exc, FileNotFoundError):
        why = "no such file"
    elif isinstance(exc, IsADirectoryError):
        why = "it is a folder"
    elif isinstance(exc, UnidentifiedImageError):
        why = "not an image PIL can read"
    elif isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        why = f"larger than PIL's limit of {Image.MAX_IMAGE_PIXELS} pixels"
    elif isinstance(exc, OSError):
        why = exc.strerror or str(exc) or type(exc).__name__  # e.g. a truncated file
    else:
        why = str(exc) or type(exc).__name__
    return ImageReadError(path, why)


@contextmanager
def _reading_image(path: Path):
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _image_error(path, exc) from None


def image_size(path: Path) -> tuple[int, int]:
    """An image's size read from its header, or :class:`ImageReadError`."""
    from PIL import Image

    with _reading_image(path), Image.open(path) as image:
        return image.size


def read_image(path: Path):
    """An image fully decoded into memory (so a truncated file fails here), or :class:`ImageReadError`."""
    from PIL import Image

    with _reading_image(path), Image.open(path) as image:
        image.load()
        return image.copy()
