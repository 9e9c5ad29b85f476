"""Reading and writing files so nothing the user made is lost, and nothing hangs or floods memory.

Writing: every file is written under a short temporary name in its folder, then published under its
final name. Without ``overwrite`` the publishing step itself refuses to replace: the temporary file
is hard-linked to the final name, which the operating system does only when that name is free (with
``renameat2(RENAME_NOREPLACE)`` as the fallback where links are not allowed, and a check just before
the rename where neither exists, which leaves a gap of microseconds between two writers). So two
processes racing for one name never both "win". Several files that belong together (an image, its
layout, its preview) are published as a :class:`FileSet`: all of them, or none and an error; a
signal that arrives meanwhile (see :func:`signals_deferred`) waits until the set is complete.

Reading: only regular files are opened (a FIFO would block for ever, ``/dev/zero`` never ends), and
every read has a size limit.
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, Optional

from .errors import OutputExistsError, RegionfluxError, WriteError

#: Longest file name (in bytes) that common file systems take.
NAME_MAX = 255
#: Largest layout file regionflux reads: a layout with every field at its limit is under 200 kB.
MAX_LAYOUT_BYTES = 16 * 2**20
#: Largest image file regionflux reads (PIL's pixel limit still applies on top).
MAX_IMAGE_BYTES = 512 * 2**20


class ReadError(RegionfluxError, OSError):
    """A file that cannot be read as asked (missing, not a regular file, too large)."""


# -- reading ---------------------------------------------------------------------------------------------
def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe (FIFO)"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _why(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if exc.errno == errno.ELOOP:
        return "a loop of symbolic links"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    return exc.strerror or str(exc) or type(exc).__name__


def open_regular(path: str | Path, limit: int) -> BinaryIO:
    """``path`` opened for reading, when it is a regular file of at most ``limit`` bytes.

    Opened without blocking first, so a FIFO is refused instead of waiting for a writer for ever;
    raises :class:`ReadError` saying why (callers add which field or option named the file).
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ReadError(_why(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"{_kind(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise ReadError(f"{info.st_size / 2**20:.1f} MB, more than the {limit / 2**20:g} MB regionflux reads")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (a file growing past it is cut off and refused)."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ReadError(f"more than the {limit / 2**20:g} MB regionflux reads")
    return data


class ImageReadError(ValueError):
    """An image file that cannot be used; the message names the file and why (callers add the field).
    ``why`` alone is for callers that name the file their own way."""

    def __init__(self, path: Path, why: str):
        super().__init__(f"{str(path)!r} ({why})")
        self.why = why


def _image_error(path: Path, exc: BaseException) -> ImageReadError:
    from PIL import Image, UnidentifiedImageError

    if isinstance(exc, ReadError):
        why = str(exc)
    elif isinstance(exc, UnidentifiedImageError):
        why = "not an image PIL can read"
    elif isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        why = f"larger than PIL's limit of {Image.MAX_IMAGE_PIXELS} pixels"
    elif isinstance(exc, OSError):
        why = _why(exc)  # e.g. a truncated file
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
            with open_regular(path, MAX_IMAGE_BYTES) as handle:
                yield handle
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _image_error(path, exc) from None


def image_size(path: Path) -> tuple[int, int]:
    """An image's size read from its header, or :class:`ImageReadError`."""
    from PIL import Image

    with _reading_image(path) as handle, Image.open(handle) as image:
        return image.size


def image_format(path: Path) -> Optional[str]:
    """An image's format ("PNG", "JPEG", ...) read from its header, or :class:`ImageReadError`."""
    from PIL import Image

    with _reading_image(path) as handle, Image.open(handle) as image:
        return image.format


def read_image(path: Path):
    """An image fully decoded into memory (so a truncated file fails here), or :class:`ImageReadError`."""
    from PIL import Image

    with _reading_image(path) as handle, Image.open(handle) as image:
        image.load()
        return image.copy()


# -- signals during a write --------------------------------------------------------------------------------
_state = threading.local()
_deferred: list[int] = []


def deferring() -> bool:
    """Whether a set of files is being published right now (a signal handler then waits: :func:`defer`)."""
    return getattr(_state, "depth", 0) > 0 and threading.current_thread() is threading.main_thread()


def defer(signum: int) -> None:
    """Remember a signal that arrived while a set of files was being published."""
    _deferred.append(signum)


@contextmanager
def signals_deferred() -> Iterator[None]:
    """While publishing, a signal handler that checks :func:`deferring` only records the signal; it is
    raised again here once the last file is in place, so a set is never cut in half."""
    _state.depth = getattr(_state, "depth", 0) + 1
    try:
        yield
    finally:
        _state.depth -= 1
        if _state.depth == 0 and _deferred:
            signum = _deferred.pop()
            _deferred.clear()
            os.kill(os.getpid(), signum)
            time.sleep(0.01)  # let the handler run here, before anything else happens


def hold(point: str) -> None:
    """A test hook: with ``REGIONFLUX_TEST_HOLD=<point>:<file>``, create ``<file>`` when this point is
    reached and wait (at most 60 s) until the test removes it, so a test can send a signal exactly
    here. Points: ``write`` (temporary files written, none published), ``published`` (the first file of
    a set published, the others not yet)."""
    setting = os.environ.get("REGIONFLUX_TEST_HOLD", "")
    name, _, flag = setting.partition(":")
    if name != point or not flag:
        return
    Path(flag).write_text(str(os.getpid()))
    deadline = time.monotonic() + 60
    while Path(flag).exists() and time.monotonic() < deadline:
        time.sleep(0.01)


# -- publishing without replacing ----------------------------------------------------------------------------
_RENAME_NOREPLACE = 1


def _renameat2(source: Path, target: Path) -> bool:
    """``renameat2(RENAME_NOREPLACE)`` where Linux's C library has it; False where it does not."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if call(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), _RENAME_NOREPLACE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL):
        return False
    raise OSError(code, os.strerror(code), str(target))


def publish(temp: Path, path: Path, *, overwrite: bool) -> None:
    """Give ``temp`` its final name ``path``; without ``overwrite`` only if that name is free, checked
    by the operating system in the same step (:class:`OutputExistsError` otherwise)."""
    if overwrite:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # fails if path exists, atomically
    except FileExistsError:
        raise OutputExistsError(f"{str(path)!r} already exists (another process wrote it first); "
                                "pass --overwrite (overwrite=True) to replace it") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV):
            raise
        try:  # a file system without hard links
            if _renameat2(temp, path):
                return
        except FileExistsError:
            raise OutputExistsError(f"{str(path)!r} already exists (another process wrote it first); "
                                    "pass --overwrite (overwrite=True) to replace it") from None
        if os.path.lexists(path):  # neither exists: check, then rename (a gap of microseconds)
            raise OutputExistsError(f"{str(path)!r} already exists; pass --overwrite (overwrite=True) to replace it") from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def check_target(path: Path, overwrite: bool) -> None:
    """Refuse to replace a user's file silently, or anything that is not a regular file at all (a device,
    a FIFO, a link), and names no file system takes; create the folder the file goes into."""
    if len(os.fsencode(path.name)) > NAME_MAX:
        raise WriteError(f"{str(path)[:60]!r}...: the file name is {len(os.fsencode(path.name))} bytes, more than the "
                         f"{NAME_MAX} a file system takes; use a shorter name")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise WriteError(f"cannot write {str(path)!r}: {_why(exc)}") from None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            what = "a symbolic link" if stat.S_ISLNK(info.st_mode) else _kind(info.st_mode)
            raise WriteError(f"{str(path)!r} is {what}; regionflux writes only regular files, so give another name")
        if not overwrite:
            raise OutputExistsError(f"{str(path)!r} already exists; pass --overwrite (overwrite=True) to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"cannot create the folder for {str(path)!r}: {_why(exc)}") from None




class FileSet:
    """Files that belong together, written under temporary names and published together: all of them,
    or none (what this set published is removed again) and an error. Temporary files never outlive
    the set, whatever ends it (an error, an exception raised by a signal handler)."""

    def __init__(self):
        self._files: list[tuple[Path, Path, bool]] = []  # (temporary, final, overwrite)

    def add(self, path: str | Path, *, overwrite: bool = False) -> Path:
        """A temporary path to write ``path``'s content to; checked as a target first."""
        path = Path(path)
        check_target(path, overwrite)
        try:
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:24]}.", suffix=".tmp")
        except OSError as exc:
            raise WriteError(f"cannot write {str(path)!r}: {_why(exc)}") from None
        os.close(fd)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; a result gets the usual mode
        self._files.append((Path(temp), path, overwrite))
        return Path(temp)

    def publish(self) -> None:
        hold("write")
        done: list[tuple[Path, int]] = []
        with signals_deferred():
            try:
                for i, (temp, path, overwrite) in enumerate(self._files):
                    inode = os.stat(temp).st_ino
                    publish(temp, path, overwrite=overwrite)
                    done.append((path, inode))
                    if i == 0 and len(self._files) > 1:
                        hold("published")
            except BaseException as exc:
                for path, inode in done:  # take back what this set published, and only that
                    try:
                        if os.stat(path).st_ino == inode:
                            os.unlink(path)
                    except OSError:
                        pass
                if isinstance(exc, OSError) and not isinstance(exc, RegionfluxError):
                    raise WriteError(f"cannot write {str(exc.filename or '')!r}: {_why(exc)}") from None
                raise

    def discard(self) -> None:
        for temp, _, _ in self._files:
            temp.unlink(missing_ok=True)

    def __enter__(self) -> "FileSet":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is None:
                self.publish()
        finally:
            self.discard()
        if isinstance(exc, OSError) and not isinstance(exc, RegionfluxError):
            raise WriteError(f"cannot write: {_why(exc)}") from None


@contextmanager
def atomic_path(path: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path``, published as ``path`` when the block ends without error."""
    with FileSet() as files:
        yield files.add(path, overwrite=overwrite)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write UTF-8 text atomically, refusing to replace an existing file unless asked."""
    path = Path(path)
    with atomic_path(path, overwrite=overwrite) as temp:
        temp.write_text(text, encoding="utf-8")
    return path
