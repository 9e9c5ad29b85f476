"""`regionflux preview LAYOUT -o p.png`: draw a layout file, or the layout inside a generated PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

from .options import add_output_options


def register(sub) -> None:
    parser = sub.add_parser("preview", help="draw a layout file (or the layout inside a generated PNG)",
                            description="Draw a layout's regions (over the image, for a PNG from generate).")
    parser.add_argument("layout", help="layout JSON, or a PNG written by `regionflux generate`")
    add_output_options(parser, "picture to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generator.preflight import check_files
    from ..outputs import Output, check_outputs, layout_inputs, load_layout_or_png, save_preview
    from ..preview import render_preview

    out = Path(args.output)
    outputs = [Output("-o", out, "image")]
    check_outputs(outputs, overwrite=args.overwrite, inputs=[args.layout])
    layout, image = load_layout_or_png(args.layout)
    check_outputs(outputs, overwrite=args.overwrite, inputs=layout_inputs(layout, args.layout))
    check_files(layout)  # what a render would read: a preview of a layout that cannot render says so
    save_preview(render_preview(layout, image), out, overwrite=args.overwrite)
    print(f"wrote {out}")
    return 0
