"""`regionflux generate`: plan (or load) a layout, render it, and keep every output together."""

from __future__ import annotations

import argparse
import random

from ..errors import UsageError
from ..generator.defaults import FILL_PIPELINES
from ..layout import MAX_IMAGES, Layout
from ..overrides import apply_overrides
from .options import (
    OVERRIDE_FLAGS,
    add_canvas_options,
    add_model_options,
    add_output_options,
    add_planner_options,
    add_render_options,
    canvas,
    given_planner_options,
    layout_overrides,
    plan_from_options,
    render_options,
)


def register(sub) -> None:
    parser = sub.add_parser(
        "generate",
        help="prompt (or --layout file) -> image, its layout JSON and a preview",
        description="Render a layout with regional FLUX. Writes OUT, OUT.layout.json and OUT.preview.png "
        "(OUT-<i>.* for several images); the PNG also carries the layout in its metadata.",
    )
    parser.add_argument("prompt", nargs="?", help="what to draw (planned like `regionflux plan`)")
    parser.add_argument("--layout", help="render this layout file instead of planning (manual override)")
    add_output_options(parser, "image to write (.png keeps the layout inside)")
    parser.add_argument("--num-images", type=int, default=1)
    add_model_options(parser)
    add_render_options(parser)
    add_canvas_options(parser)
    add_planner_options(parser, model_flag="--llm-model", seed_flag="--plan-seed")
    parser.set_defaults(func=run)


def resolve_layout(args: argparse.Namespace, *, local_by_default: bool = False) -> Layout:
    """The layout to render: the file given, or a fresh plan; command-line settings applied on top."""
    if args.layout and args.prompt:
        raise UsageError("give a prompt or --layout, not both")
    if args.layout:
        unused = [f"--{name}" for name in ("width", "height") if getattr(args, name) is not None]
        unused += given_planner_options(args)
        if unused:
            verb = "apply" if len(unused) > 1 else "applies"
            raise UsageError(f"{', '.join(unused)} only {verb} when planning from a prompt; --layout gives the "
                             "canvas and regions (edit the file, or plan a new one)")
        layout = Layout.load(args.layout)
    elif args.prompt:
        width, height = canvas(args)
        layout = plan_from_options(args, args.prompt, width, height, local_by_default=local_by_default)
    else:
        raise UsageError("give a prompt to plan, or --layout FILE to render a layout")
    layout = apply_overrides(layout, layout_overrides(args), names=OVERRIDE_FLAGS)
    if layout.seed is None:  # record the seed actually used, so the render can be repeated
        layout = layout.model_copy(update={"seed": random.randrange(2**31)})
    return layout


def run(args: argparse.Namespace) -> int:
    from ..generator.preflight import check_render, resolve_device
    from ..jobs import job_paths, render_and_save, write_plan
    from ..outputs import check_outputs

    options = render_options(args)
    options.check()
    if options.known_pipeline() in FILL_PIPELINES:
        raise UsageError(f"--model {args.model}: a FLUX.1 Fill model paints inside a mask of an image; use it with "
                         "`regionflux repaint`, and a FLUX.1 model to render")
    if not 1 <= args.num_images <= MAX_IMAGES:
        raise UsageError(f"--num-images {args.num_images}: give 1 to {MAX_IMAGES} images per render "
                         "(run again with another --seed for more)")
    paths = job_paths(args.output, args.num_images)
    check_outputs([output for path in paths for output in path.outputs()], overwrite=args.overwrite)

    device = resolve_device(args.device)  # a device that cannot work is refused before any planning
    # FLUX's weights download anyway, so on CUDA an unconfigured planner is the local model
    layout = resolve_layout(args, local_by_default=device.startswith("cuda"))
    check_render(layout, num_images=args.num_images, max_sequence_length=args.max_sequence_length,
                 true_cfg_scale=args.true_cfg)
    if args.prompt:
        # keep the plan even if loading or rendering fails: it can be rendered later with --layout
        write_plan(layout, paths, overwrite=args.overwrite)
        print(f"wrote {paths[0].layout} (the plan: if rendering fails, render it with "
              f"--layout {paths[0].layout} and another -o)", flush=True)
    from ..jobs import reporter
    from ..renderer import Renderer

    renderer = Renderer(render_options(args), notify=reporter())
    for used, path in zip(render_and_save(renderer, layout, paths, overwrite=args.overwrite,
                                          planned=args.prompt is not None), paths):
        print(f"wrote {path.image}, {path.layout.name}, {path.preview.name} (seed {used.seed})")
    return 0
