"""Writing results so nothing the user made is lost: image, its layout beside it, and a preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from .layout import Layout, LayoutError, ensure_writable

#: PNG text chunk that carries the exact layout an image was rendered from.
PNG_KEY = "regionflux-layout"


@dataclass(frozen=True)
class OutputPaths:
    image: Path
    layout: Path
    preview: Path

    @classmethod
    def for_image(cls, image: str | Path, index: Optional[int] = None) -> "OutputPaths":
        """``out.png`` -> ``out.png``, ``out.layout.json``, ``out.preview.png`` (``out-1.png``... for batches)."""
        image = Path(image)
        suffix = image.suffix or ".png"
        stem = image.stem if index is None else f"{image.stem}-{index}"
        base = image.with_name(stem)
        return cls(
            image=base.with_suffix(suffix),
            layout=base.with_name(stem + ".layout.json"),
            preview=base.with_name(stem + ".preview.png"),
        )

    def check(self, overwrite: bool) -> None:
        for path in (self.image, self.layout, self.preview):
            ensure_writable(path, overwrite)


def save_image(image: Image.Image, layout: Layout, path: Path, *, overwrite: bool = False) -> Path:
    """Save an image; PNGs carry the layout in a text chunk so `regionflux preview` can recover it."""
    ensure_writable(path, overwrite)
    if path.suffix.lower() == ".png":
        info = PngInfo()
        info.add_text(PNG_KEY, layout.model_dump_json())
        image.save(path, pnginfo=info)
    else:
        image.save(path)
    return path


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
