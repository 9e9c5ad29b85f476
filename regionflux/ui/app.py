"""The web page: plan, see and drag the layout, edit it in words, render, compare and keep.

Built with Gradio and ``gradio-image-annotation`` (the box editor). Every button calls the core
the CLI calls: :func:`~regionflux.planner.config.make_planner` for plans and edits,
:mod:`regionflux.ui.state` (which validates through the Layout model and
:func:`~regionflux.overrides.apply_overrides`) for hand edits, :class:`~regionflux.renderer.Renderer`
for renders and :func:`~regionflux.outputs.save_render` for the files. No handler lets an
exception reach the page: user errors show next to their field or button, anything else as one line.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import gradio as gr
from gradio_image_annotation import image_annotator

from ..errors import RegionfluxError, first_line
from ..files import write_text
from ..layout import DEFAULT_CANVAS, Layout
from ..outputs import OutputPaths, check_outputs, save_render
from ..planner.config import PlannerConfig, make_planner, resolve_kind
from ..renderer import RenderCancelled
from . import state as page
from .config import PageConfig

log = logging.getLogger("regionflux.ui")

#: Planner names on the page -> PlannerConfig kinds.
PLANNERS = {"offline": "mock", "server": "llm", "local": "local"}
#: Page widget -> Layout field it edits (see :data:`regionflux.ui.state.FIELD_NAMES`).
SETTINGS = ("settings.base_ratio", "settings.mask_inject_steps", "settings.double_inject_blocks_interval",
            "settings.single_inject_blocks_interval", "settings.num_inference_steps", "settings.guidance_scale", "seed")
#: Event options for quick edits: no loading overlay over the outputs (it would swallow the click that
#: ended the edit, e.g. on a download button).
#: One at a time, in order, across the page: two edits of one layout must not both start from the same
#: layout (the second would undo the first).
QUIET = dict(show_progress="hidden", concurrency_limit=1, concurrency_id="edit")


@dataclass
class RenderRecord:
    paths: OutputPaths
    layout: Layout


@dataclass
class Session:
    """One browser tab: its layout history, selected region and last render."""

    history: page.History = field(default_factory=page.History)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    selected: Optional[int] = None
    last: Optional[RenderRecord] = None


class _Planners:
    """Planners for the page; a local model is loaded once and kept while the page asks for the same one."""

    def __init__(self):
        self._local: dict[PlannerConfig, Any] = {}
        self._lock = threading.Lock()

    def run(self, config: PlannerConfig, task: Callable, progress: Callable[[str], None]):
        kind = resolve_kind(config)
        if kind != "local":
            return task(make_planner(config, progress=progress))
        with self._lock:
            planner = self._local.get(config)
            if planner is None:
                self.close()
                planner = self._local[config] = make_planner(config, progress=progress)
            return task(planner)

    def close(self) -> None:
        for planner in self._local.values():
            planner.close()
        self._local.clear()


def _message(exc: BaseException) -> str:
    if isinstance(exc, RegionfluxError):
        return str(exc)
    log.exception("unexpected error in the page")
    return f"unexpected {type(exc).__name__}: {first_line(exc)} (the server's log has the details)"


def _error(text: str) -> str:
    return f"**Error:** {text}" if text else ""


def build_app(config: PageConfig) -> gr.Blocks:
    """The page as a Gradio Blocks app (launch it with :func:`launch`)."""
    out_dir = config.output_dir
    work_dir = out_dir / ".page"
    renders: list[RenderRecord] = []  # every render since the server started, for the gallery
    planners = _Planners()
    running: dict[str, Optional[str]] = {"session": None}

    with gr.Blocks(title="regionflux") as app:
        session = gr.State(lambda: Session())  # a callable: a fresh session per browser tab
        gr.Markdown("## regionflux · plan a composition, drag it into place, render it")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                prompt = gr.Textbox(label="Prompt", lines=3, elem_id="prompt",
                                    placeholder="a cat on the left and a dog on the right, in a park")
                with gr.Row():
                    width = gr.Number(DEFAULT_CANVAS, label="Width", precision=0, elem_id="width", minimum=16)
                    height = gr.Number(DEFAULT_CANVAS, label="Height", precision=0, elem_id="height", minimum=16)
                kind_default = {v: k for k, v in PLANNERS.items()}.get(_kind(config.planner), "offline")
                with gr.Accordion("Planner", open=kind_default != "offline"):
                    kind = gr.Radio(list(PLANNERS), value=kind_default, label="Planner", elem_id="planner_kind",
                                    info="offline rules, an OpenAI-compatible server, or a local model")
                    base_url = gr.Textbox(config.planner.base_url or "", label="Server URL", elem_id="base_url",
                                          placeholder="http://localhost:8000/v1 (empty: OPENAI_BASE_URL or OpenAI)")
                    llm_model = gr.Textbox(config.planner.model or "", label="Model", elem_id="llm_model",
                                           placeholder="server: gpt-4o-mini ...; local: a hub id or folder")
                plan_btn = gr.Button("Plan", variant="primary", elem_id="plan")
                plan_status = gr.Markdown(elem_id="plan_status")
                with gr.Group():
                    instruction = gr.Textbox(label="Change it in words", elem_id="instruction",
                                             placeholder="move the cat to the right, make the car red")
                    edit_btn = gr.Button("Apply instruction", elem_id="apply_instruction")
                with gr.Row():
                    undo = gr.Button("Undo", interactive=False, elem_id="undo", size="sm")
                    redo = gr.Button("Redo", interactive=False, elem_id="redo", size="sm")
                edit_status = gr.Markdown(elem_id="edit_status")
                upload = gr.UploadButton("Open a layout .json or regionflux .png", file_types=[".json", ".png"],
                                         elem_id="upload", size="sm")
                upload_status = gr.Markdown(elem_id="upload_status")

            with gr.Column(scale=5, min_width=400):
                canvas = image_annotator(
                    None, label="Layout: drag boxes, draw a new one, select one and delete it", elem_id="canvas",
                    disable_edit_boxes=True, sources=None, show_clear_button=False, show_download_button=False,
                    show_remove_button=True, box_min_size=4, height=520, image_type="pil",
                )
                canvas_status = gr.Markdown(elem_id="canvas_status")
                with gr.Row():
                    region = gr.Dropdown([], label="Region", elem_id="region", scale=2)
                    add_btn = gr.Button("Add region", elem_id="add_region", size="sm", scale=1)
                    remove_btn = gr.Button("Delete region", elem_id="delete_region", size="sm", scale=1)
                region_label = gr.Textbox(label="Label", elem_id="region_label")
                region_description = gr.Textbox(label="Description", lines=2, elem_id="region_description")
                global_prompt = gr.Textbox(label=page.FIELD_NAMES["prompt"], elem_id="global_prompt")
                background = gr.Textbox(label=page.FIELD_NAMES["background_prompt"], elem_id="background_prompt",
                                        info="for pixels no region covers; empty for none")
                with gr.Accordion("Regional settings", open=True):
                    with gr.Row():
                        settings = {
                            name: gr.Number(label=page.FIELD_NAMES[name], precision=0 if page.is_integer(name) else None,
                                            elem_id=name.split(".")[-1], min_width=120)
                            for name in SETTINGS
                        }
                with gr.Row():
                    download_layout = gr.DownloadButton("Download layout JSON", elem_id="download_layout",
                                                        interactive=False, size="sm")
                with gr.Accordion("Layout JSON", open=False):
                    layout_json = gr.Code(language="json", interactive=False, elem_id="layout_json")

            with gr.Column(scale=4, min_width=300):
                with gr.Row():
                    render_btn = gr.Button("Render", variant="primary", elem_id="render")
                    cancel_btn = gr.Button("Cancel", elem_id="cancel", variant="stop")
                render_status = gr.Markdown(
                    _error(f"this server cannot render: {config.render_unavailable}") if config.render_unavailable else "",
                    elem_id="render_status")
                result = gr.Image(label="Render", type="filepath", interactive=False, elem_id="result",
                                  buttons=[])
                show_boxes = gr.Checkbox(False, label="Show the boxes over the render", elem_id="show_boxes")
                download_image = gr.DownloadButton("Download image (PNG with its layout)", elem_id="download_image",
                                                   interactive=False, size="sm")
                gallery = gr.Gallery(label="Renders since the server started (click one to restore its layout)",
                                     elem_id="gallery", columns=3, height=260, allow_preview=False)

        view_outputs = [canvas, region, region_label, region_description, global_prompt, background, width, height,
                        *settings.values(), layout_json, download_layout, undo, redo]

        # what an edit re-sends: the rest of the page is left as it is, so a value being typed in
        # another field is never replaced by the layout's while an earlier edit comes back
        summary = {layout_json, download_layout, undo, redo}
        boxes_view = summary | {canvas, region}

        no_views = [gr.skip()] * len(view_outputs)

        # -- how the page shows a layout ------------------------------------------------------------
        def views(s: Session, only: Optional[set] = None) -> list:
            """What each of ``view_outputs`` shows for the session's layout; only the parts in ``only`` (all
            when None) are computed, the rest left as they are."""
            layout = s.history.current
            if layout is None:
                return no_views
            if s.selected is not None and s.selected >= len(layout.regions):
                s.selected = len(layout.regions) - 1 if layout.regions else None
            if s.selected is None and layout.regions:
                s.selected = 0
            chosen = layout.regions[s.selected] if s.selected is not None else None
            text = layout.rebased(out_dir).to_json()

            def download():
                file = write_text(work_dir / s.id / "layout.json", text + "\n", overwrite=True)
                return gr.update(value=str(file), interactive=True)

            parts = {
                canvas: lambda: page.annotation(layout),
                region: lambda: gr.update(choices=[(page.box_label(i, r), i) for i, r in enumerate(layout.regions)],
                                          value=s.selected),
                region_label: lambda: chosen.label or "" if chosen else "",
                region_description: lambda: chosen.description if chosen else "",
                global_prompt: lambda: layout.prompt,
                background: lambda: layout.background_prompt or "",
                width: lambda: layout.width,
                height: lambda: layout.height,
                **{widget: (lambda name=name: page.field_value(layout, name)) for name, widget in settings.items()},
                layout_json: lambda: text,
                download_layout: download,
                undo: lambda: gr.update(interactive=s.history.can_undo),
                redo: lambda: gr.update(interactive=s.history.can_redo),
            }
            return [parts[c]() if only is None or c in only else gr.skip() for c in view_outputs]

        def commit(s: Session, layout: Layout, only: Optional[set] = None) -> list:
            """Make ``layout`` current and show it (the parts in ``only``); an unchanged layout leaves the
            page alone."""
            if not s.history.push(layout):
                return [s, *no_views]
            return [s, *views(s, only)]

        # -- plan and edit --------------------------------------------------------------------------
        def planner_config(kind_name: str, url: str, model: str) -> PlannerConfig:
            values = config.planner.model_dump()
            values.update(kind=PLANNERS.get(kind_name, "mock"), base_url=url.strip() or None,
                          model=model.strip() or None)
            return PlannerConfig(**values)

        def do_plan(s, text, w, h, kind_name, url, model, progress=gr.Progress()):
            try:
                layout = page.resize_canvas(Layout(prompt="canvas"), w, h)  # the same checks as the canvas fields
                if not (text or "").strip():
                    raise page.LayoutError("Prompt: write what to draw first")
                cfg = planner_config(kind_name, url, model)
                layout = planners.run(cfg, lambda p: p.plan(text, width=layout.width, height=layout.height),
                                      lambda line: progress(None, desc=line))
            except Exception as exc:  # shown on the page, never as a traceback
                return [s, *no_views, _error(_message(exc))]
            s.selected = 0 if layout.regions else None
            names = ", ".join(r.name for r in layout.regions) or "no regions"
            return [*commit(s, layout), f"Planned {len(layout.regions)} region(s): {names}."]

        def do_edit(s, text, kind_name, url, model, progress=gr.Progress()):
            layout = s.history.current
            try:
                if layout is None:
                    raise page.LayoutError("plan or open a layout first")
                if not (text or "").strip():
                    raise page.LayoutError("write what to change, e.g. 'move the cat to the right'")
                cfg = planner_config(kind_name, url, model)
                edited = planners.run(cfg, lambda p: p.edit(layout, text), lambda line: progress(None, desc=line))
            except Exception as exc:
                return [s, *no_views, _error(_message(exc))]
            changed = edited != layout
            return [*commit(s, edited), "Done." if changed else "The instruction changed nothing."]

        def do_undo(s):
            s.history.undo()
            return [s, *views(s)]

        def do_redo(s):
            s.history.redo()
            return [s, *views(s)]

        plan_btn.click(do_plan, [session, prompt, width, height, kind, base_url, llm_model],
                       [session, *view_outputs, plan_status])
        prompt.submit(do_plan, [session, prompt, width, height, kind, base_url, llm_model],
                      [session, *view_outputs, plan_status])
        for trigger in (edit_btn.click, instruction.submit):
            trigger(do_edit, [session, instruction, kind, base_url, llm_model], [session, *view_outputs, edit_status])
        undo.click(do_undo, session, [session, *view_outputs], **QUIET)
        redo.click(do_redo, session, [session, *view_outputs], **QUIET)

        # -- hand edits: each field is validated by the function that applies it ---------------------
        def edit_events(widget, change: Callable[[Session, Layout, Any], Layout], only: set) -> None:
            """``widget``'s value, applied by ``change(session, layout, value)`` when the user leaves it or
            presses Enter; the same call first validates it, so a bad value shows on the field."""
            def validator(s, value):
                layout = s.history.current
                try:
                    if layout is not None:
                        change(s, layout, value)
                except RegionfluxError as exc:
                    return [gr.validate(True, ""), gr.validate(False, str(exc))]
                return [gr.validate(True, ""), gr.validate(True, "")]

            def apply(s, value):
                layout = s.history.current
                try:
                    if layout is not None:
                        return commit(s, change(s, layout, value), only)
                except RegionfluxError:  # the validator has shown why; keep the last valid layout
                    pass
                return [s, *no_views]

            for trigger in (widget.submit, widget.blur):
                trigger(apply, [session, widget], [session, *view_outputs], validator=validator, **QUIET)

        def field(name: str):
            return lambda s, layout, value: page.set_field(layout, name, value)

        def region_text(what: str):
            return lambda s, layout, value: page.set_region(layout, s.selected, **{what: value})

        edit_events(global_prompt, field("prompt"), summary)
        edit_events(background, field("background_prompt"), boxes_view)
        edit_events(width, field("width"), boxes_view)
        edit_events(height, field("height"), boxes_view)
        for name, widget in settings.items():
            edit_events(widget, field(name), summary)
        edit_events(region_label, region_text("label"), boxes_view)
        edit_events(region_description, region_text("description"), boxes_view)

        def choose_region(s, index):
            layout = s.history.current
            if layout is None or not isinstance(index, int) or index == s.selected:
                return [s, gr.skip(), gr.skip()]
            s.selected = index
            chosen = layout.regions[index]
            return [s, chosen.label or "", chosen.description]

        region.input(choose_region, [session, region], [session, region_label, region_description], **QUIET)

        def region_action(action):
            def run(s):
                layout = s.history.current
                try:
                    if layout is None:
                        raise page.LayoutError("plan or open a layout first")
                    changed = action(layout, s)
                except RegionfluxError as exc:
                    return [s, *no_views, _error(str(exc))]
                return [*commit(s, changed), ""]
            return run

        def _add(layout, s):
            changed = page.add_region(layout)
            s.selected = len(changed.regions) - 1
            return changed

        add_btn.click(region_action(_add), session, [session, *view_outputs, canvas_status])
        remove_btn.click(region_action(lambda layout, s: page.remove_region(layout, s.selected)), session,
                         [session, *view_outputs, canvas_status])

        def canvas_changed(s, value):
            layout = s.history.current
            if layout is None or not value:
                return [s, *no_views, gr.skip()]
            try:
                changed = page.layout_from_boxes(layout, value.get("boxes") or [])
            except RegionfluxError as exc:
                return [s, *views(s), _error(str(exc))]
            if changed == layout:
                return [s, *no_views, ""]
            if len(changed.regions) != len(layout.regions):  # a region drawn or deleted: show the selection
                s.selected = len(changed.regions) - 1 if len(changed.regions) > len(layout.regions) else 0
                return [*commit(s, changed, boxes_view | {region_label, region_description}), ""]
            return [*commit(s, changed, boxes_view), ""]

        canvas.change(canvas_changed, [session, canvas], [session, *view_outputs, canvas_status], **QUIET)

        # -- open a layout or a regionflux PNG -------------------------------------------------------
        def do_upload(s, file):
            try:
                if file is None:
                    raise page.LayoutError("no file arrived; try again")
                path = Path(file if isinstance(file, str) else file.name)
                layout, image = page.load_upload(path, out_dir)
            except Exception as exc:
                return [s, *no_views, _error(_message(exc)), gr.skip()]
            s.selected = 0 if layout.regions else None
            shown = None
            if image is not None:
                shown = str(work_dir / s.id / "opened.png")
                Path(shown).parent.mkdir(parents=True, exist_ok=True)
                image.save(shown)
            return [*commit(s, layout), f"Opened a layout with {len(layout.regions)} region(s).",
                    shown if shown else gr.skip()]

        upload.upload(do_upload, [session, upload], [session, *view_outputs, upload_status, result])

        # -- render ----------------------------------------------------------------------------------
        def render_status_only(s, text):
            """Outputs of a render that only says something: the status line, nothing else changed."""
            return [s, text, gr.skip(), gr.skip(), *no_views]

        def do_render(s, boxes, request: gr.Request, progress=gr.Progress()):
            if config.render_unavailable:
                return render_status_only(s, _error(f"this server cannot render: {config.render_unavailable}"))
            layout = s.history.current
            if layout is None:
                return render_status_only(s, _error("plan or open a layout first"))
            if layout.seed is None:  # a render is only kept if it can be repeated exactly
                layout = layout.model_copy(update={"seed": random.randrange(2**31)})
                s.history.push(layout)
            steps = {"done": 0, "total": layout.settings.num_inference_steps}

            def on_step(step: int, total: int) -> None:
                steps.update(done=step, total=total)
                progress((step, total), desc="denoising", unit="steps")

            start = time.perf_counter()
            running["session"] = request.session_hash if request else None
            try:
                paths = OutputPaths.next_free(out_dir)
                check_outputs(paths.outputs("output"), overwrite=False)
                progress(0, desc="loading the model (first render only)" if not config.renderer.loaded else "starting")
                image = config.renderer.render(layout, on_step=on_step)[0]
                saved = save_render(image, layout, paths)
            except RenderCancelled as exc:
                return render_status_only(s, f"Cancelled: {exc}.")
            except Exception as exc:
                return render_status_only(s, _error(_message(exc)))
            finally:
                running["session"] = None
            record = RenderRecord(paths, saved.rebased(out_dir))
            renders.append(record)
            s.last = record
            done, total = steps["done"], steps["total"]
            status = (f"Rendered {paths.image.name} in {time.perf_counter() - start:.1f} s: step {done}/{total} "
                      f"({100 * done // max(total, 1)}%), seed {layout.seed}. Saved in {str(out_dir)!r}.")
            return [s, status, str(paths.preview if boxes else paths.image),
                    gr.update(value=str(paths.image), interactive=True), *views(s, summary | {settings["seed"]})]

        render_event = render_btn.click(
            do_render, [session, show_boxes], [session, render_status, result, download_image, *view_outputs],
            concurrency_limit=1, concurrency_id="render", show_progress_on=[render_status])

        def do_cancel(request: gr.Request):
            if running["session"] and request and running["session"] == request.session_hash:
                config.renderer.cancel()
                return "Cancelling after the current step..."
            return gr.skip()

        cancel_btn.click(do_cancel, None, render_status, cancels=[render_event], queue=False)
        render_event.then(lambda: [(str(r.paths.image), f"{r.paths.image.name} · seed {r.layout.seed}") for r in renders],
                          None, gallery)

        def toggle_boxes(s, boxes):
            if s.last is None:
                return gr.skip()
            return str(s.last.paths.preview if boxes else s.last.paths.image)

        show_boxes.change(toggle_boxes, [session, show_boxes], result)

        def restore(s, boxes, evt: gr.SelectData):
            if not 0 <= evt.index < len(renders):
                return render_status_only(s, gr.skip())
            record = renders[evt.index]
            s.last = record
            s.selected = 0 if record.layout.regions else None
            s.history.push(record.layout)
            return [s, f"Restored the layout of {record.paths.image.name} (seed {record.layout.seed}).",
                    str(record.paths.preview if boxes else record.paths.image),
                    gr.update(value=str(record.paths.image), interactive=True), *views(s)]

        gallery.select(restore, [session, show_boxes], [session, render_status, result, download_image, *view_outputs])
    return app


def _kind(planner: PlannerConfig) -> str:
    try:
        return resolve_kind(planner)
    except RegionfluxError:
        return "llm"


def launch(config: PageConfig, *, host: str, port: int, auth: Optional[list[tuple[str, str]]] = None) -> None:
    """Serve the page until interrupted."""
    app = build_app(config)
    if not config.render_unavailable:  # import the generator while the user plans
        threading.Thread(target=config.renderer.prepare, daemon=True, name="regionflux-prepare").start()
    app.queue(default_concurrency_limit=4)
    app.launch(
        server_name=host, server_port=port, auth=auth or None, max_file_size=page.MAX_UPLOAD_BYTES,
        allowed_paths=[str(config.output_dir)], show_error=False, ssr_mode=False, quiet=True,
        footer_links=[],
    )
