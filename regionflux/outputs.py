"""What a render leaves behind, so nothing the user made is lost: the image, its layout beside it,
and a preview, named predictably, checked before any work starts and written atomically.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional, Sequence

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from .errors import LayoutError, OutputExistsError, UsageError
from .files import NAME_MAX, FileSet, ImageReadError, atomic_path, read_image
from .layout import Layout
from .preview import render_preview

#: PNG text chunk that carries the exact layout an image was rendered from.
PNG_KEY = "regionflux-layout"


def image_formats() -> dict[str, str]:
    """File extension -> PIL format, for every format PIL can write."""
    Image.init()
    return {ext: fmt for ext, fmt in Image.registered_extensions().items() if fmt in Image.SAVE}


@dataclass(frozen=True)
class Output:
    """One file a command will write: the option that named it, its path, and what it holds."""

    option: str
    path: Path
    kind: Literal["image", "layout"]


def check_outputs(outputs: Sequence[Output], *, overwrite: bool, inputs: Sequence[Path | str] = ()) -> None:
    """Everything that can be known about the outputs before any work: distinct files, none of them an
    input, writable folders, names a file system takes, extensions that can be written, only regular
    files replaced (never a device, a FIFO or a link), and none without ``overwrite``."""
    formats = image_formats()
    seen: dict[str, Output] = {}
    read = {_identity(Path(p)) for p in inputs if p}
    for out in outputs:
        path, name = out.path, f"{out.option} {str(out.path)!r}"
        if str(path) in ("", "."):
            raise UsageError(f"{out.option} names no file (it is empty or '.'); give a file name")
        if str(path) == "-":
            raise UsageError(f"{out.option} -: this command writes files, not standard output; give a file name")
        if len(os.fsencode(path.name)) > NAME_MAX:
            raise UsageError(f"{out.option} {str(path)[:40]!r}...: the file name is {len(os.fsencode(path.name))} bytes, "
                             f"more than the {NAME_MAX} a file system takes; use a shorter name")
        key = _identity(path)
        if key in seen and seen[key] != out:
            other = seen[key]
            raise UsageError(f"{name} is also the file of {other.option}; one command never writes a file twice, "
                             "so give them different names")
        if key in read:
            raise UsageError(f"{name} is one of this command's inputs; write the result to another file")
        seen[key] = out
        suffix = path.suffix.lower()
        if out.kind == "image" and suffix not in formats:
            raise UsageError(f"{name}: {suffix or 'no extension'} is not an image format regionflux can write; "
                             "use .png (which also keeps the layout inside), .jpg or .webp")
        if out.kind == "layout" and suffix in formats:
            raise UsageError(f"{name}: a layout is JSON, not an image; name it with .json")
        try:
            info = os.lstat(path)
        except (FileNotFoundError, NotADirectoryError):  # a file in the way is named below
            info = None
        except OSError as exc:
            raise UsageError(f"{name}: {exc.strerror or exc}") from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{name} is a folder; give a file name (e.g. {str(path / ('out.png' if out.kind == 'image' else 'layout.json'))!r})")
        if info is not None and not stat.S_ISREG(info.st_mode):
            what = "a symbolic link" if stat.S_ISLNK(info.st_mode) else (
                "a pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else "a device" if stat.S_ISCHR(info.st_mode) or
                stat.S_ISBLK(info.st_mode) else "not a regular file")
            raise UsageError(f"{name} is {what}; regionflux writes only regular files, so give another name")
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir():
            raise UsageError(f"{name}: {str(folder)!r} is a file, so no folder can be made there")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise UsageError(f"{name}: no permission to write in {str(folder)!r}")
        if info is not None:
            if not overwrite:
                raise OutputExistsError(f"{str(path)!r} already exists; pass --overwrite (overwrite=True) to replace it")
            if not os.access(path.parent, os.W_OK):
                raise UsageError(f"{name}: no permission to replace it")


def _identity(path: Path) -> str:
    """One key per file, however it is named (links and ``..`` resolved)."""
    try:
        return os.path.normcase(str(path.resolve()))
    except (OSError, RuntimeError):  # a loop of links: the name itself is the best key
        return os.path.normcase(os.path.abspath(path))


@dataclass(frozen=True)
class OutputPaths:
    """The three files of one rendered image."""

    image: Path
    layout: Path
    preview: Path

    @classmethod
    def for_image(cls, image: str | Path, index: Optional[int] = None) -> "OutputPaths":
        """``out.png`` -> ``out.png``, ``out.layout.json``, ``out.preview.png`` (``out-1.png``... for batches)."""
        image = Path(image)
        suffix = image.suffix or ".png"
        stem = image.name[: len(image.name) - len(image.suffix)] if image.suffix else image.name
        if index is not None:
            stem = f"{stem}-{index}"
        return cls(
            image=image.with_name(stem + suffix),
            layout=image.with_name(stem + ".layout.json"),
            preview=image.with_name(stem + ".preview.png"),
        )

    @classmethod
    def next_free(cls, folder: str | Path, stem: str = "render") -> "OutputPaths":
        """The first ``folder/stem-<n>.png`` whose three files do not exist yet (n from 1), for front ends
        that render many times into one folder and must never replace an earlier render."""
        folder, n = Path(folder), 1
        while True:
            paths = cls.for_image(folder / f"{stem}.png", n)
            if not any(p.exists() for p in (paths.image, paths.layout, paths.preview)):
                return paths
            n += 1

    def outputs(self, option: str = "-o") -> list[Output]:
        return [Output(option, self.image, "image"), Output(option, self.layout, "layout"),
                Output(option, self.preview, "image")]


def _write_image(image: Image.Image, layout: Optional[Layout], temp: Path, suffix: str) -> None:
    """``image`` into ``temp`` in the format of ``suffix``; a PNG carries ``layout`` in a text chunk."""
    if suffix.lower() == ".png" and layout is not None:
        info = PngInfo()
        info.add_text(PNG_KEY, layout.to_json(indent=None))
        image.save(temp, format="PNG", pnginfo=info)
    else:
        image.save(temp, format=image_formats().get(suffix.lower(), "PNG"))


def save_image(image: Image.Image, layout: Layout, path: Path, *, overwrite: bool = False) -> Path:
    """Save an image atomically; PNGs carry the layout in a text chunk so `regionflux preview` can recover it."""
    path = Path(path)
    with atomic_path(path, overwrite=overwrite) as temp:
        _write_image(image, layout, temp, path.suffix)
    return path


def write_picture(image: Image.Image, temp: Path, suffix: str) -> None:
    """A picture (no layout inside) to a temporary file of a :class:`~regionflux.files.FileSet`."""
    _write_image(image, None, temp, suffix)


def save_preview(image: Image.Image, path: Path, *, overwrite: bool = False) -> Path:
    """Save a preview picture atomically."""
    path = Path(path)
    with atomic_path(path, overwrite=overwrite) as temp:
        _write_image(image, None, temp, path.suffix)
    return path


def save_render(image: Image.Image, layout: Layout, paths: OutputPaths, *, overwrite: bool = False,
                layout_overwrite: Optional[bool] = None) -> Layout:
    """Write one rendered image, the layout it was rendered from and the preview, as one set: all three
    or none (and an error); returns that layout.

    The saved layout's relative mask and control-image paths are rewritten to stay valid beside the
    image. ``layout_overwrite`` lets a caller replace the plan it wrote itself before rendering.
    """
    used = layout.rebased(paths.image.parent)
    with FileSet() as files:
        _write_image(image, used, files.add(paths.image, overwrite=overwrite), paths.image.suffix)
        temp = files.add(paths.layout, overwrite=overwrite if layout_overwrite is None else layout_overwrite)
        temp.write_text(used.to_json() + "\n", encoding="utf-8")
        _write_image(render_preview(used, image), None, files.add(paths.preview, overwrite=overwrite), paths.preview.suffix)
    return used


def layout_from_png(path: str | Path) -> tuple[Layout, Image.Image]:
    """The layout embedded in a PNG written by regionflux, and the image itself."""
    path = Path(path)
    try:
        image = read_image(path)
    except ImageReadError as exc:
        raise LayoutError(f"cannot read image {exc}") from None
    text = image.info.get(PNG_KEY)
    if not isinstance(text, str):
        raise LayoutError(f"{str(path)!r} carries no regionflux layout (it was not written by `regionflux generate`)")
    layout = Layout.parse(text, source=str(path), base_dir=path.parent)
    if image.size != (layout.width, layout.height):
        raise LayoutError(f"{str(path)!r} is {image.size[0]}x{image.size[1]} but the layout inside it is for a "
                          f"{layout.width}x{layout.height} canvas; the image was changed after regionflux wrote it "
                          "(use its .layout.json instead)")
    return layout, image


def layout_inputs(layout: Layout, source: Optional[str | Path] = None) -> list[Path]:
    """Every file a command reads for ``layout`` (its file, masks, control image, local LoRAs), so that
    no output replaces one of them."""
    paths = [Path(source)] if source else []
    paths += [layout.resolve(r.mask) for r in layout.regions if r.mask is not None]
    if layout.control is not None:
        paths.append(layout.resolve(layout.control.image))
    paths += [Path(lora.path) for lora in layout.lora if Path(lora.path).suffix == ".safetensors"]
    return paths


def load_layout_or_png(source: str | Path) -> tuple[Layout, Optional[Image.Image]]:
    """A layout from a JSON file, or the one embedded in a PNG that regionflux wrote (with that image)."""
    path = Path(source)
    if path.suffix.lower() == ".png":
        return layout_from_png(path)
    return Layout.load(path), None
