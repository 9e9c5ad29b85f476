"""`regionflux plan PROMPT -o layout.json [--preview p.png]`: prompt -> layout file (and its picture)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .options import file_name, add_canvas_options, add_output_options, add_planner_options, canvas, plan_from_options


def register(sub) -> None:
    parser = sub.add_parser("plan", help="prompt -> layout JSON (and a preview picture)",
                            description="Plan a layout for PROMPT and write it as JSON.")
    parser.add_argument("prompt")
    add_output_options(parser, "layout JSON to write (- for standard output)")
    parser.add_argument("--preview", type=file_name, help="also draw the layout to this PNG")
    add_canvas_options(parser)
    add_planner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..outputs import Output, check_outputs

    width, height = canvas(args)
    outputs = [] if args.output == "-" else [Output("-o", Path(args.output), "layout")]
    if args.preview:
        outputs.append(Output("--preview", Path(args.preview), "image"))
    check_outputs(outputs, overwrite=args.overwrite)  # before planning: a plan is never lost to a bad path
    layout = plan_from_options(args, args.prompt, width, height)
    write_layout(args, layout)
    return 0


def write_layout(args: argparse.Namespace, layout, *, folder: Path | None = None) -> None:
    """The layout to -o (standard output for ``-``), and its picture to --preview; files are named once
    all are written, so a message never comes between a file and the next."""
    import sys

    from ..preview import render_preview

    from ..files import FileSet
    from ..outputs import write_picture

    written = []
    with FileSet() as files:  # the layout and its picture: both written, or neither
        if args.output != "-":
            out = Path(args.output)
            temp = files.add(out, overwrite=args.overwrite)
            temp.write_text((layout.rebased(folder) if folder else layout).to_json() + "\n", encoding="utf-8")
            written.append(f"{out} ({len(layout.regions)} regions)")
        if args.preview:
            write_picture(render_preview(layout), files.add(Path(args.preview), overwrite=args.overwrite),
                          Path(args.preview).suffix)
            written.append(args.preview)
    if args.output == "-":
        import json

        # ASCII with \u escapes: valid JSON whatever the terminal's or pipe's encoding
        sys.stdout.write(json.dumps(layout.model_dump(mode="json"), indent=2, ensure_ascii=True) + "\n")
        sys.stdout.flush()
    for line in written:  # names as they are, control characters shown, never acted on by a terminal
        shown = line.encode("unicode_escape").decode("ascii") if any(ord(c) < 32 or ord(c) == 127 for c in line) else line
        print(f"wrote {shown}", file=sys.stderr if args.output == "-" else sys.stdout)
