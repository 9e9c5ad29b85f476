"""`regionflux repaint IMAGE -o OUT`: paint again the regions that changed, keep every other pixel."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ..errors import LayoutError, UsageError
from ..layout import Layout
from ..overrides import apply_overrides
from .options import (
    OVERRIDE_FLAGS,
    add_model_options,
    add_output_options,
    add_planner_options,
    add_render_options,
    given_planner_options,
    layout_overrides,
    planner_for_edit,
    render_options,
)

#: the image formats a repaint reads
FORMATS = ("PNG", "JPEG", "WEBP")


def register(sub) -> None:
    from ..repaint import DEFAULT_MARGIN

    parser = sub.add_parser(
        "repaint",
        help="image + edited layout (or instruction, or --region N) -> the changed regions painted again",
        description="Paint again the regions of IMAGE that changed and keep every other pixel byte for byte. "
        "Say what changed with --layout EDITED.json (regions whose box, mask or description differ from the "
        "layout inside IMAGE), --instruction \"make the car red\" (edited by the planner), or --region N to "
        "re-roll a region as it is. Writes OUT, OUT.layout.json (recording the parent image) and OUT.preview.png.",
    )
    parser.add_argument("image", help="a PNG written by regionflux (its layout is inside), or a PNG/JPEG/WebP with --layout")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--layout", help="the edited layout: its changed regions are repainted")
    what.add_argument("--instruction", help='change the layout in words first, e.g. "make the car red"')
    parser.add_argument("--region", type=int, action="append", metavar="N",
                        help="also repaint region N as it is (repeat for several); alone, a re-roll with a new seed")
    parser.add_argument("--strength", type=float, default=1.0,
                        help="1 (default) paints the regions from noise; lower keeps more of the old pixels")
    parser.add_argument("--margin", type=int, default=DEFAULT_MARGIN,
                        help=f"pixels past the regions the repaint may blend into (default {DEFAULT_MARGIN})")
    add_output_options(parser, "image to write (.png keeps the layout inside)")
    add_model_options(parser)
    add_render_options(parser)
    add_planner_options(parser, model_flag="--llm-model", seed_flag="--plan-seed")
    parser.set_defaults(func=run)


def read_parent(path: str):
    """The image to repaint and the layout inside it (None for a JPEG/WebP or a PNG without one)."""
    from ..files import ImageReadError, image_format, read_image
    from ..outputs import PNG_KEY

    try:
        kind = image_format(Path(path))
        if kind not in FORMATS:
            raise UsageError(f"{path!r} is a {kind or 'file of unknown format'} image; repaint reads PNG, JPEG or WebP")
        image = read_image(Path(path))
    except ImageReadError as exc:
        raise UsageError(f"cannot read image {exc}") from None
    text = image.info.get(PNG_KEY) if kind == "PNG" else None
    layout = Layout.parse(text, source=str(path), base_dir=Path(path).parent) if isinstance(text, str) else None
    return image, layout


def run(args: argparse.Namespace) -> int:
    from ..jobs import reporter
    from ..outputs import OutputPaths, check_outputs, layout_inputs, save_render
    from ..renderer import Renderer
    from ..repaint import (
        changed_regions,
        check_margin,
        check_regions,
        check_strength,
        nothing_to_repaint,
        record,
    )

    options = render_options(args)
    options.check()
    if args.instruction is None and given_planner_options(args):
        raise UsageError(f"{', '.join(given_planner_options(args))} only apply with --instruction")
    paths = OutputPaths.for_image(args.output)
    if paths.image.suffix.lower() != ".png":
        raise UsageError(f"-o {args.output}: a repaint is written as PNG (lossless, with its layout inside); "
                         "a JPEG or WebP would change every pixel the repaint keeps")
    check_outputs(paths.outputs(), overwrite=args.overwrite,
                  inputs=[args.image] + ([args.layout] if args.layout else []))
    check_margin(args.margin)
    image, parent = read_parent(args.image)
    if parent is None and args.layout is None:
        raise LayoutError(f"{args.image!r} carries no regionflux layout; give --layout FILE with the layout it was "
                          "rendered from (edited or not) and --region N for the regions to repaint")
    if args.layout is not None:
        layout = Layout.load(args.layout)
    elif args.instruction is not None:
        layout = planner_for_edit(args, parent, args.instruction)
    else:
        layout = parent
    layout = apply_overrides(layout, layout_overrides(args), names=OVERRIDE_FLAGS)
    if image.size != (layout.width, layout.height):
        raise LayoutError(f"{args.image!r} is {image.size[0]}x{image.size[1]} but the layout's canvas is "
                          f"{layout.width}x{layout.height}; give the layout the image was rendered from")
    changed, removed = changed_regions(parent, layout) if parent is not None else ([], [])
    named = sorted(set(args.region or []))
    check_regions(layout, named)
    regions = sorted(set(changed) | set(named))
    if not regions and not removed:
        raise nothing_to_repaint(args.image)
    check_strength(args.strength, layout.settings.num_inference_steps)
    if args.seed is None and not changed and not removed:  # a re-roll: a new seed, recorded
        layout = layout.model_copy(update={"seed": random.randrange(2**31)})
    elif layout.seed is None:
        layout = layout.model_copy(update={"seed": random.randrange(2**31)})
    check_outputs(paths.outputs(), overwrite=args.overwrite, inputs=layout_inputs(layout, args.layout))

    result = Renderer(options, notify=reporter()).repaint(image, layout, regions=regions, previous=parent,
                                                      removed=removed, strength=args.strength, margin=args.margin)
    made = layout.model_copy(update={"repaint": record(args.image, layout, regions, previous=parent, removed=removed,
                                                       strength=args.strength, margin=args.margin)})
    save_render(result, made, paths, overwrite=args.overwrite)
    names = ", ".join(str(i) for i in regions) + (f" (and removed {', '.join(map(str, removed))})" if removed else "")
    print(f"wrote {paths.image}, {paths.layout.name}, {paths.preview.name} (repainted region {names}, seed {layout.seed})")
    return 0
