"""One render job as every front end that writes files runs it: the plan saved first, then each image
with its layout and preview (`generate` runs one, `batch` runs many with the same two functions)."""

from __future__ import annotations

from pathlib import Path
from .layout import Layout
from .outputs import OutputPaths, save_render


def job_paths(output: str | Path, num_images: int) -> list[OutputPaths]:
    """``out.png`` for one image; ``out-0.png``, ``out-1.png``, ... for several."""
    many = num_images > 1
    return [OutputPaths.for_image(output, i if many else None) for i in range(num_images)]


def write_plan(layout: Layout, paths: list[OutputPaths], *, overwrite: bool = False) -> Path:
    """The layout, written where the first image's layout goes, before anything renders: a failed or
    interrupted render never loses the plan (and it can be rendered later with --layout)."""
    target = paths[0].layout
    layout.model_copy(update={"repaint": None}).rebased(target.parent).save(target, overwrite=overwrite)
    return target


def render_and_save(renderer, layout: Layout, paths: list[OutputPaths], *, overwrite: bool = False,
                    planned: bool = False, on_step=None) -> list[Layout]:
    """Render ``layout`` (one image per path; image i uses seed + i) and write each set atomically;
    ``planned``: the first layout file is the plan this job wrote, which the render may replace. A
    ``repaint`` record the layout carries (it came from a repainted image) is dropped: this is a new render."""
    layout = layout.model_copy(update={"repaint": None})
    images = renderer.render(layout, num_images=len(paths), on_step=on_step)
    saved = []
    for i, (image, path) in enumerate(zip(images, paths)):
        saved.append(save_render(image, layout.model_copy(update={"seed": layout.seed + i}), path,
                                 overwrite=overwrite, layout_overwrite=overwrite or (planned and i == 0)))
    return saved


def reporter(stream=None):
    """``notify`` for a :class:`~regionflux.renderer.Renderer`: one line on stderr."""
    import sys

    out = stream or sys.stderr
    return lambda line: print(line, file=out, flush=True)


