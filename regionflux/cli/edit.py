"""`regionflux edit LAYOUT "instruction" -o new.json [--preview p.png]`: change a layout in words."""

from __future__ import annotations

import argparse
from pathlib import Path

from .options import file_name, add_output_options, add_planner_options, planner_for_edit


def register(sub) -> None:
    parser = sub.add_parser(
        "edit", help="layout + instruction -> changed layout (\"move the cat to the right\")",
        description="Change a layout as an instruction says. Regions the instruction does not name keep their "
        "boxes and descriptions exactly; size, settings, seed, LoRAs and control are kept. Render the result "
        "with `regionflux generate --layout`.",
    )
    parser.add_argument("layout", help="layout JSON, or a PNG written by `regionflux generate`")
    parser.add_argument("instruction", help='e.g. "move the cat to the right and make the car red"')
    add_output_options(parser, "changed layout JSON to write (- for standard output)")
    parser.add_argument("--preview", type=file_name, help="also draw the changed layout to this PNG")
    add_planner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import PlanningError
    from ..outputs import Output, check_outputs, layout_inputs, load_layout_or_png
    from .plan import write_layout

    outputs = [] if args.output == "-" else [Output("-o", Path(args.output), "layout")]
    if args.preview:
        outputs.append(Output("--preview", Path(args.preview), "image"))
    check_outputs(outputs, overwrite=args.overwrite, inputs=[args.layout])
    layout, _ = load_layout_or_png(args.layout)
    check_outputs(outputs, overwrite=args.overwrite, inputs=layout_inputs(layout, args.layout))
    edited = planner_for_edit(args, layout, args.instruction)
    if edited == layout:
        raise PlanningError(f"the instruction {args.instruction[:60]!r} changed nothing in the layout, so nothing was "
                            "written; say which region to change and how (e.g. 'move the cat to the right')")
    write_layout(args, edited, folder=Path.cwd() if args.output == "-" else Path(args.output).resolve().parent)
    return 0
