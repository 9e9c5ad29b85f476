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

from .errors import OutputExistsError


def ensure_writable(path: Path, overwrite: bool) -> None:
    """Refuse to replace a user's file silently; create the folder the file goes into."""
    if path.exists() and not overwrite:
        raise OutputExistsError(f"{str(path)!r} already exists; pass --overwrite (overwrite=True) to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed onto ``path`` when the block ends without error."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp" + path.suffix)
    os.close(fd)
    temp_path = Path(temp)
    os.chmod(temp_path, 0o666 & ~_umask())  # mkstemp makes it private; a result gets the usual mode
    try:
        yield temp_path
        os.replace(temp_path, path)
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
