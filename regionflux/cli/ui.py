"""`regionflux ui`: serve the web page (plan, drag, edit in words, render, keep) on this machine."""

from __future__ import annotations

import argparse
import errno
import importlib.util
import ipaddress
import os
import sys
from pathlib import Path

from ..errors import GenerationError, UsageError
from .options import add_model_options, add_planner_options, planner_config, render_options

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
DEFAULT_OUTPUT_DIR = "regionflux-outputs"


def register(sub) -> None:
    parser = sub.add_parser(
        "ui",
        help="serve the web page: plan, see and drag the layout, edit it in words, render",
        description="Serve the regionflux web page (needs `pip install \"regionflux[ui]\"`). Renders are "
        "written to --output-dir with the same names and no-overwrite rules as `generate`.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--output-dir", default=DEFAULT_OUTPUT_DIR,
                        help=f"folder for renders, uploads and the page's files (default ./{DEFAULT_OUTPUT_DIR})")
    parser.add_argument("--auth", action="append", metavar="USER:PASSWORD",
                        help="require this login (repeat for several users)")
    parser.add_argument("--auth-file", metavar="FILE", help="require a login from this file (one USER:PASSWORD per line)")
    parser.add_argument("--allow-model", action="append", default=[], metavar="ID",
                        help="a ControlNet or LoRA (hub id or path) page layouts may name; repeat for several "
                        "(otherwise only files inside --output-dir)")
    parser.add_argument("--allow-planner-url", action="store_true",
                        help="let page users name a planner server of their own (it is never sent your API key)")
    parser.add_argument("--max-render-seconds", type=float, metavar="S",
                        help="stop a render that runs longer than this (between two steps) and say so")
    add_model_options(parser)
    add_planner_options(parser, model_flag="--llm-model", seed_flag="--plan-seed")
    parser.set_defaults(func=run)


def logins(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The ``(user, password)`` pairs of --auth and --auth-file."""
    entries = [("--auth", value) for value in args.auth or []]
    if args.auth_file:
        from ..files import ReadError, read_limited

        try:
            text = read_limited(args.auth_file, 1 << 20).decode("utf-8")
        except ReadError as exc:
            raise UsageError(f"--auth-file {args.auth_file!r} cannot be read: {exc}") from None
        except UnicodeDecodeError:
            raise UsageError(f"--auth-file {args.auth_file!r} is not UTF-8 text; save it as UTF-8") from None
        entries += [(f"--auth-file line {n}", line.strip()) for n, line in enumerate(text.splitlines(), 1)
                    if line.strip() and not line.lstrip().startswith("#")]
    pairs = []
    for where, entry in entries:
        user, sep, password = entry.partition(":")
        if not sep or not user or not password:
            raise UsageError(f"{where}: give USER:PASSWORD (both non-empty)")  # never echo the secret
        pairs.append((user, password))
    return pairs


def check_port(host: str, port: int) -> None:
    """Refuse a port that is taken (or a host this machine has no address for) before saying where the
    page is served."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UsageError(f"--host {host!r}: not an address of this machine ({exc})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UsageError(f"--port {port}: the port is in use on {host}; stop what uses it or choose another "
                                 f"(e.g. --port {port + 1 if port < 65535 else port - 1})") from None
            raise UsageError(f"--host {host!r} --port {port}: cannot listen there ({exc.strerror or exc})") from None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port}: give a port between 1 and 65535")
    check_port(args.host, args.port)
    auth = logins(args)
    planner = planner_config(args)
    options = render_options(args)
    if args.max_render_seconds is not None:
        if not (args.max_render_seconds > 0 and args.max_render_seconds < float("inf")):
            raise UsageError(f"--max-render-seconds {args.max_render_seconds}: give a positive number of seconds")
        options = options.model_copy(update={"max_seconds": args.max_render_seconds})
    options.check()
    out_dir = Path(args.output_dir).expanduser().resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--output-dir {args.output_dir!r} is a file; give a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"--output-dir {args.output_dir!r} cannot be made: {exc.strerror or exc}") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise UsageError(f"--output-dir {args.output_dir!r}: no permission to write there")
    # Gradio keeps uploads and served copies in its temp folder: keep them under the output folder too
    os.environ["GRADIO_TEMP_DIR"] = str(out_dir / ".page" / "gradio")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    missing = [name for name in ("gradio",) if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(f'the web page needs {" and ".join(missing)}: pip install "regionflux[ui]"')
    from ..renderer import Renderer
    from ..ui.config import PageConfig

    renderer = Renderer(options, notify=lambda line: print(line, file=sys.stderr, flush=True))
    unavailable = None
    try:
        renderer.device()
    except GenerationError as exc:  # no GPU: planning and editing still work
        unavailable = str(exc)
    if not is_loopback(args.host):
        print(f"warning: serving on {args.host}: anyone who can reach this machine can use the page and its GPU"
              + ("" if auth else "; add --auth USER:PASSWORD to require a login"), file=sys.stderr)
    if unavailable:
        print(f"note: rendering is off: {unavailable}", file=sys.stderr)
    shown = "localhost" if is_loopback(args.host) else args.host
    print(f"regionflux ui: http://{shown}:{args.port} (outputs in {out_dir}; Ctrl+C stops)", flush=True)
    if args.allow_planner_url:
        print("note: --allow-planner-url: page users may make this server send requests to addresses they name "
              "(without your API key)", file=sys.stderr)
    serve(PageConfig(output_dir=out_dir, renderer=renderer, planner=planner, render_unavailable=unavailable,
                     allowed_models=tuple(args.allow_model), allow_planner_url=args.allow_planner_url,
                     logins=bool(auth)),
          host=args.host, port=args.port, auth=auth)
    return 0


def serve(config, *, host: str, port: int, auth: list[tuple[str, str]]) -> None:
    """Build the page and serve it until interrupted (Gradio loads here)."""
    from ..ui.app import launch

    try:
        launch(config, host=host, port=port, auth=auth)
    except OSError as exc:  # taken between the check and the start; Gradio names its own variable
        if "port" in str(exc).lower():
            raise UsageError(f"--port {port}: the port is in use on {host}; choose another") from None
        raise
