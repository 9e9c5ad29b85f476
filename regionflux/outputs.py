"""What a render leaves behind, so nothing the user made is lost: the image, its layout beside it,
and a preview, named predictably, checked before any work starts and written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from .errors import LayoutError
from .files import atomic_path, ensure_writable
from .layout import Layout
from .preview import render_preview

#: PNG text chunk that carries the exact layout an image was rendered from.
PNG_KEY = "regionflux-layout"


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

    def files(self) -> tuple[Path, Path, Path]:
        return (self.image, self.layout, self.preview)

    def check(self, overwrite: bool) -> None:
        for path in self.files():
            ensure_writable(path, overwrite)


def save_image(image: Image.Image, layout: Layout, path: Path, *, overwrite: bool = False) -> Path:
    """Save an image atomically; PNGs carry the layout in a text chunk so `regionflux preview` can recover it."""
    path = Path(path)
    ensure_writable(path, overwrite)
    with atomic_path(path) as temp:
        if path.suffix.lower() == ".png":
            info = PngInfo()
            info.add_text(PNG_KEY, layout.model_dump_json())
            image.save(temp, format="PNG", pnginfo=info)
        else:
            image.save(temp, format=Image.registered_extensions().get(path.suffix.lower()))
    return path


def save_preview(image: Image.Image, path: Path, *, overwrite: bool = False) -> Path:
    """Save a preview picture atomically."""
    path = Path(path)
    ensure_writable(path, overwrite)
    with atomic_path(path) as temp:
        image.save(temp, format=Image.registered_extensions().get(path.suffix.lower(), "PNG"))
    return path


def save_render(image: Image.Image, layout: Layout, paths: OutputPaths, *, overwrite: bool = False,
                layout_overwrite: Optional[bool] = None) -> Layout:
    """Write one rendered image, the layout it was rendered from and the preview; returns that layout.

    The saved layout's relative mask and control-image paths are rewritten to stay valid beside the
    image. ``layout_overwrite`` lets a caller replace the plan it wrote itself before rendering.
    """
    used = layout.rebased(paths.image.parent)
    save_image(image, used, paths.image, overwrite=overwrite)
    used.save(paths.layout, overwrite=overwrite if layout_overwrite is None else layout_overwrite)
    save_preview(render_preview(used, image), paths.preview, overwrite=overwrite)
    return used


def layout_from_png(path: str | Path) -> tuple[Layout, Image.Image]:
    """The layout embedded in a PNG written by regionflux, and the image itself."""
    path = Path(path)
    with Image.open(path) as image:
        image.load()
        text = getattr(image, "text", {}).get(PNG_KEY)
        copy = image.copy()
    if text is None:
        raise LayoutError(f"{str(path)!r} carries no regionflux layout (it was not written by `regionflux generate`)")
    return Layout.parse(text, source=str(path), base_dir=path.parent), copy


def load_layout_or_png(source: str | Path) -> tuple[Layout, Optional[Image.Image]]:
    """A layout from a JSON file, or the one embedded in a PNG that regionflux wrote (with that image)."""
    path = Path(source)
    if path.suffix.lower() == ".png":
        return layout_from_png(path)
    return Layout.load(path), None
