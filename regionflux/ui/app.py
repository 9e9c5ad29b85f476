"""The web page: plan, see and drag the layout, edit it in words, render, compare and keep.

Built with Gradio and a canvas component of the project's own (:mod:`.canvas`). Every button calls the core
the CLI calls: :func:`~regionflux.planner.config.make_planner` for plans and edits,
:mod:`regionflux.ui.state` (which validates through the Layout model and
:func:`~regionflux.overrides.apply_overrides`) for hand edits, :class:`~regionflux.renderer.Renderer`
for renders and :func:`~regionflux.outputs.save_render` for the files. No handler lets an
exception reach the page: user errors show next to their field or button, anything else as one line.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import re
import shutil
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import gradio as gr
from gradio.utils import get_upload_folder

from ..errors import LayoutError, PlanningError, RegionfluxError, first_line
from ..files import write_text
from ..layout import DEFAULT_CANVAS, Layout, RegionalSettings
from ..outputs import OutputPaths, check_outputs, save_render
from ..planner.config import PlannerConfig, make_planner, resolve_kind
from ..renderer import RenderCancelled
from . import guard
from . import state as page
from .canvas import RegionCanvas, read_event
from .config import USER_SERVER, PageConfig

log = logging.getLogger("regionflux.ui")

#: Files the page keeps for one owner (a login, or a browser without logins) besides its renders:
#: downloads and opened PNGs; the oldest go first.
MAX_OWNER_FILES = 16
#: Owners whose working files are kept at once; the folders of the longest-idle owners go first.
MAX_OWNER_FOLDERS = 256
#: Renders one owner may have running or waiting in the queue at once (more would hold every other
#: user back: one render runs at a time).
MAX_PENDING_RENDERS = 2
#: Cancel waits this long for the running render to stop before it answers "Cancelling..." (an answer
#: sent before the render's own status could arrive after it and stay).
CANCEL_WAIT_SECONDS = 20.0
#: A page user's own planner server (--allow-planner-url) gets at most this long per request and in all.
USER_SERVER_LIMITS = dict(timeout=30.0, deadline=60.0)
#: How often Gradio's cache of served copies is swept, and the age at which a copy goes (seconds).
CACHE_SWEEP = (3600, 24 * 3600)
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
    owner: str = ""  # whose files these are (set when the page loads)
    renders_asked: int = 0  # Render clicks in this tab, so each answer says which click it answers
    canvas_seq: int = 0  # how many times the canvas was sent, so each sending is a change the page sees

    def __deepcopy__(self, memo) -> "Session":
        """Gradio copies a State's value for each new tab: the copy is a new, empty session."""
        return Session()


class Renders:
    """Every render since the server started, by owner: a logged-in user, or one browser without logins."""

    def __init__(self):
        self._by_owner: dict[str, list[RenderRecord]] = {}
        self._lock = threading.Lock()

    def add(self, owner: str, record: RenderRecord) -> None:
        with self._lock:
            self._by_owner.setdefault(owner, []).append(record)

    def of(self, owner: str) -> list[RenderRecord]:
        with self._lock:
            return list(self._by_owner.get(owner, []))


def safe_name(user: str) -> str:
    """A folder name for a login: its own letters where they are safe, else a short hash of it."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "", user).strip(".")[:40]
    digest = hashlib.sha256(user.encode()).hexdigest()[:8]
    return cleaned if cleaned == user and cleaned else f"{cleaned or 'user'}-{digest}"


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
    return f"**Error:** {page.page_words(text)}" if text else ""


def _slug(text: str) -> str:
    """A file name part from a prompt: its first words, letters and digits only."""
    words = re.findall(r"[A-Za-z0-9]+", text.lower())[:6]
    return "-".join(words)[:48] or "layout"


#: Narrow screens: the canvas, then Render, then the rest; the prompt stays first.
PAGE_CSS = """
@media (max-width: 720px) {
  #main_row { flex-direction: column; }
  #main_row > #canvas_column { display: contents; }
  #canvas, #keys_help, #canvas_status { order: 1; }
  #main_row > #render_column { order: 2; }
  #region_details { order: 3; }
  #main_row > #form_column { order: 4; }
}
#result { min-height: 240px; }
#render_status { min-height: 1.5em; }
#keys_help { font-size: 12px; color: #6b7280; }
"""
#: The mouse and keyboard on the page, shown under the canvas.
KEYS_HELP = ("Drag on an empty spot to draw a region · click a box to select it · drag it or use the arrow keys to "
             "move it · drag a corner or Shift+arrows to resize · Delete removes it · Ctrl+Z / Ctrl+Shift+Z undo / "
             "redo · Enter in the prompt plans (Shift+Enter: new line)")


def build_app(config: PageConfig) -> gr.Blocks:
    """The page as a Gradio Blocks app (launch it with :func:`launch`)."""
    out_dir = config.output_dir
    work_dir = out_dir / ".page"
    access = config.access
    renders = Renders()
    planners = _Planners()
    running: dict[str, Optional[str]] = {"session": None}
    choices = list(config.planners) + ([USER_SERVER] if config.allow_planner_url else [])

    def owner_of(browser: Optional[str], request: Optional[gr.Request]) -> str:
        """Whose renders and files: the login when the page has logins, else the browser."""
        if config.logins:
            return "user:" + str(getattr(request, "username", None) or "")
        return "browser:" + str(browser or getattr(request, "session_hash", None) or "")

    def render_dir(owner: str) -> Path:
        """Each owner's renders in a folder of their own, which no page layout may name: a login's by its
        name, a browser's (without logins) by a hash of its private id."""
        if config.logins:
            return out_dir / "users" / safe_name(owner[len("user:"):])
        return out_dir / "browsers" / hashlib.sha256(owner.encode()).hexdigest()[:16]

    def owner_folder(owner: str) -> Path:
        """``owner``'s working folder; the longest-idle owners' folders go past MAX_OWNER_FOLDERS."""
        folder = work_dir / "owners" / hashlib.sha256(owner.encode()).hexdigest()[:24]
        if not folder.exists():
            others = sorted((p for p in folder.parent.glob("*") if p.is_dir()), key=lambda p: p.stat().st_mtime) \
                if folder.parent.is_dir() else []
            for old in others[: max(0, len(others) - MAX_OWNER_FOLDERS + 1)]:
                shutil.rmtree(old, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def owner_file(owner: str, name: str) -> Path:
        """A working file of ``owner``'s (downloads, opened PNGs), keeping at most MAX_OWNER_FILES of them."""
        folder = owner_folder(owner)
        kept = sorted((p for p in folder.iterdir() if p.is_file() and p.name != name), key=lambda p: p.stat().st_mtime)
        for old in kept[: max(0, len(kept) - MAX_OWNER_FILES + 1)]:
            old.unlink(missing_ok=True)
        return folder / name

    def tab_folder(owner: str, tab: str) -> Path:
        """A folder for one tab's download, inside its owner's; the owner keeps MAX_OWNER_FILES of them."""
        parent = owner_folder(owner)
        folder = parent / f"tab-{tab[:12]}"
        if not folder.exists():
            tabs = sorted((p for p in parent.glob("tab-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
            for old in tabs[: max(0, len(tabs) - MAX_OWNER_FILES + 1)]:
                shutil.rmtree(old, ignore_errors=True)
            folder.mkdir()
        return folder

    def shown_error(exc: BaseException) -> str:
        return _error(access.shown(_message(exc)))

    with gr.Blocks(title="regionflux", analytics_enabled=False, delete_cache=CACHE_SWEEP) as app:
        # not a callable: Gradio would then store a fresh value from a load event of its own, which could
        # arrive after a fast user's first action and wipe it; each tab gets a copy, and a copy is fresh
        session = gr.State(Session())
        browser = gr.BrowserState(None, storage_key="regionflux-browser", secret=config.browser_secret)
        kept = gr.BrowserState(None, storage_key="regionflux-layouts", secret=config.browser_secret)
        gr.Markdown("## regionflux · plan a composition, drag it into place, render it")
        with gr.Row(elem_id="prompt_box", equal_height=False):
            prompt = gr.Textbox(label="Prompt (Enter plans, Shift+Enter: new line)", lines=2, elem_id="prompt",
                                placeholder="a cat on the left and a dog on the right, in a park", scale=5)
            plan_btn = gr.Button("Plan", variant="primary", elem_id="plan", scale=1, min_width=90)
        plan_status = gr.Markdown(elem_id="plan_status")
        with gr.Row(equal_height=False, elem_id="main_row"):
            with gr.Column(scale=3, min_width=300, elem_id="form_column"):
                with gr.Row():
                    width = gr.Number(DEFAULT_CANVAS, label="Width", precision=0, elem_id="width", minimum=16)
                    height = gr.Number(DEFAULT_CANVAS, label="Height", precision=0, elem_id="height", minimum=16)
                with gr.Accordion("Planner", open=len(choices) > 1):
                    kind = gr.Radio(choices, value=list(config.planners)[-1], label="Planner", elem_id="planner_kind",
                                    info="the planners this server offers")
                    user_server = []
                    if config.allow_planner_url:
                        base_url = gr.Textbox("", label="Server URL", elem_id="base_url", visible=False,
                                              placeholder="http://localhost:8000/v1 (your own OpenAI-compatible server)")
                        llm_model = gr.Textbox("", label="Model", elem_id="llm_model", visible=False,
                                               placeholder="the model's name on that server")
                        user_server = [base_url, llm_model]
                        kind.change(lambda name: [gr.update(visible=name == USER_SERVER)] * 2, kind, user_server,
                                    show_progress="hidden")
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

            with gr.Column(scale=5, min_width=340, elem_id="canvas_column"):
                canvas = RegionCanvas(elem_id="canvas")
                gr.Markdown(KEYS_HELP, elem_id="keys_help")
                canvas_status = gr.Markdown(elem_id="canvas_status")
                with gr.Column(elem_id="region_details"):
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
                            defaults = Layout(prompt="defaults")  # what a plan starts with, shown before any plan
                            settings = {
                                name: gr.Number(page.field_value(defaults, name), label=page.FIELD_NAMES[name],
                                                precision=0 if page.is_integer(name) else None,
                                                elem_id=name.split(".")[-1], min_width=120)
                                for name in SETTINGS
                            }
                    with gr.Row():
                        download_layout = gr.DownloadButton("Download layout JSON", elem_id="download_layout",
                                                            interactive=False, size="sm")
                    with gr.Accordion("Layout JSON", open=False):
                        layout_json = gr.Code(language="json", interactive=False, elem_id="layout_json")

            with gr.Column(scale=4, min_width=300, elem_id="render_column"):
                with gr.Row():
                    render_btn = gr.Button("Render", variant="primary", elem_id="render")
                    cancel_btn = gr.Button("Cancel", elem_id="cancel", variant="secondary", interactive=False)
                with gr.Row():
                    repaint_btn = gr.Button("Repaint changed regions", elem_id="repaint", size="sm")
                    reroll_btn = gr.Button("Re-roll this region", elem_id="reroll", size="sm")
                render_status = gr.Markdown(
                    _error(access.shown(f"this server cannot render: {config.render_unavailable}"))
                    if config.render_unavailable else "",
                    elem_id="render_status")
                result = gr.Image(label="Render", type="filepath", interactive=False, elem_id="result",
                                  buttons=[])
                show_boxes = gr.Checkbox(False, label="Show the boxes over the render", elem_id="show_boxes")
                download_image = gr.DownloadButton("Download image (PNG with its layout)", elem_id="download_image",
                                                   interactive=False, size="sm")
                gallery = gr.Gallery(label="Your renders on this server (click one to restore its layout)",
                                     elem_id="gallery", columns=3, height=260, allow_preview=False)

        view_outputs = [canvas, region, region_label, region_description, global_prompt, background, width, height,
                        *settings.values(), layout_json, download_layout, undo, redo, kept]

        # what an edit re-sends: the rest of the page is left as it is, so a value being typed in
        # another field is never replaced by the layout's while an earlier edit comes back
        summary = {layout_json, download_layout, undo, redo, kept}
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

            def download():  # named after its prompt, in a folder of this tab's (its last download only)
                folder = tab_folder(s.owner or s.id, s.id)
                for old in folder.glob("*.json"):
                    old.unlink(missing_ok=True)
                file = write_text(folder / f"{_slug(layout.prompt)}.json", text + "\n", overwrite=True)
                return gr.update(value=str(file), interactive=True)

            def canvas_view():
                s.canvas_seq += 1
                return page.canvas_value(layout, s.selected, s.canvas_seq)

            parts = {
                canvas: canvas_view,
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
                kept: lambda: s.history.dump(),
            }
            return [parts[c]() if only is None or c in only else gr.skip() for c in view_outputs]

        def commit(s: Session, layout: Layout, only: Optional[set] = None) -> list:
            """Make ``layout`` current and show it (the parts in ``only``); an unchanged layout leaves the
            page alone."""
            if not s.history.push(layout):
                return [s, *no_views]
            return [s, *views(s, only)]

        # -- plan and edit --------------------------------------------------------------------------
        def planner_config(name: str, extra: tuple) -> PlannerConfig:
            """The planner a page choice names: one the operator configured, or (when the operator allows
            it) a server the user names, which is sent no key."""
            if name in config.planners:
                return config.planners[name]
            if name != USER_SERVER or not config.allow_planner_url:
                raise page.LayoutError("Planner: choose one of the planners this page offers")
            url, model = (str(value or "").strip() for value in extra)
            if not url or not model:
                raise page.LayoutError("Server URL and Model: give your server's address and the model's name")
            values = config.planner.model_dump()
            values.update(kind="llm", base_url=url, model=model, api_key=None, credentials=False,
                          timeout=min(config.planner.timeout, USER_SERVER_LIMITS["timeout"]),
                          deadline=min(config.planner.deadline, USER_SERVER_LIMITS["deadline"]))
            return PlannerConfig(**values)

        asking_own_server: set[str] = set()  # owners waiting on a server they named: one request each

        def run_planner(name: str, extra: tuple, task, progress, owner: str):
            cfg = planner_config(name, extra)
            if cfg.credentials:
                return planners.run(cfg, task, lambda line: progress(None, desc=access.shown(line)))
            if owner in asking_own_server:
                raise page.LayoutError("your server is still being asked for the last plan; wait for that answer")
            asking_own_server.add(owner)
            try:
                return planners.run(cfg, task, lambda line: progress(None, desc=access.shown(line)))
            except PlanningError as exc:
                log.warning("the planner server a page user named failed: %s", exc)  # its reply stays here
                raise PlanningError("the server you named gave no usable answer; what it sent is not shown on this "
                                    "page (check the server, its address and the model's name)") from None
            finally:
                asking_own_server.discard(owner)

        def do_plan(s, text, w, h, kind_name, *values, progress=gr.Progress()):
            extra, typed = values[: len(user_server)], values[len(user_server):]
            try:
                layout = page.resize_canvas(Layout(prompt="canvas"), w, h)  # the same checks as the canvas fields
                if not (text or "").strip():
                    raise page.LayoutError("Prompt: write what to draw first")
                for name, value in zip(SETTINGS, typed):  # settings typed before Plan are kept by it
                    layout = page.set_field(layout, name, value) if value is not None else layout
                kept_settings = {"settings": layout.settings, "seed": layout.seed}
                layout = run_planner(kind_name, extra, lambda p: p.plan(text, width=layout.width, height=layout.height),
                                     progress, s.owner or s.id)
                layout = layout.model_copy(update={k: v for k, v in kept_settings.items()
                                                   if v is not None or k == "settings"})
            except Exception as exc:  # shown on the page, never as a traceback
                return [s, *no_views, shown_error(exc)]
            s.selected = 0 if layout.regions else None
            names = ", ".join(r.name for r in layout.regions) or "no regions"
            return [*commit(s, layout), page.page_words(access.shown(f"Planned {len(layout.regions)} region(s): {names}."))]

        def do_edit(s, text, kind_name, *extra, progress=gr.Progress()):
            layout = s.history.current
            try:
                if layout is None:
                    raise page.LayoutError("plan or open a layout first")
                if not (text or "").strip():
                    raise page.LayoutError("write what to change, e.g. 'move the cat to the right'")
                edited = run_planner(kind_name, extra, lambda p: p.edit(layout, text), progress, s.owner or s.id)
            except Exception as exc:
                return [s, *no_views, shown_error(exc)]
            changed = edited != layout
            return [*commit(s, edited), "Done." if changed else "The instruction changed nothing."]

        def do_undo(s):
            s.history.undo()
            return [s, *views(s), ""]  # and no status of an edit that is no longer the current layout

        def do_redo(s):
            s.history.redo()
            return [s, *views(s), ""]

        planning = dict(concurrency_limit=16, concurrency_id="plan")  # waiting on servers costs no machine time
        plan_btn.click(do_plan, [session, prompt, width, height, kind, *user_server, *settings.values()],
                       [session, *view_outputs, plan_status], **planning)
        # a stale status goes as the user types; in the browser, so it can never arrive after the next answer
        prompt.change(None, None, plan_status, js="() => ''", show_progress="hidden", queue=False)
        instruction.change(None, None, edit_status, js="() => ''", show_progress="hidden", queue=False)
        for trigger in (edit_btn.click, instruction.submit):
            trigger(do_edit, [session, instruction, kind, *user_server], [session, *view_outputs, edit_status],
                    **planning)
        undo.click(do_undo, session, [session, *view_outputs, edit_status], **QUIET)
        redo.click(do_redo, session, [session, *view_outputs, edit_status], **QUIET)

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
                    return [gr.validate(True, ""), gr.validate(False, page.page_words(access.shown(exc), markdown=False))]
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
            if layout is None or not isinstance(index, int) or not 0 <= index < len(layout.regions):
                return [s, *no_views]
            s.selected = index
            return [s, *views(s, {canvas, region, region_label, region_description})]

        region.input(choose_region, [session, region], [session, *view_outputs], **QUIET)

        def region_action(action):
            def run(s):
                layout = s.history.current
                try:
                    if layout is None:
                        raise page.LayoutError("plan or open a layout first")
                    changed = action(layout, s)
                except RegionfluxError as exc:
                    return [s, *no_views, shown_error(exc)]
                return [*commit(s, changed), ""]
            return run

        def _add(layout, s):
            changed = page.add_region(layout)
            s.selected = len(changed.regions) - 1
            return changed

        add_btn.click(region_action(_add), session, [session, *view_outputs, canvas_status], **QUIET)
        def _remove(layout, s):
            changed = page.remove_region(layout, s.selected)
            s.selected = min(s.selected, len(changed.regions) - 1) if changed.regions else None
            return changed

        remove_btn.click(region_action(_remove), session, [session, *view_outputs, canvas_status], **QUIET)

        def canvas_gesture(s, value):
            """One gesture on the canvas (see :mod:`.canvas`), applied through the layout functions."""
            layout, event = s.history.current, read_event(value)
            if layout is None or event is None:
                return [s, *no_views, gr.skip()]
            kind, index = event["kind"], event["index"]
            selection = {canvas, region, region_label, region_description}
            try:
                if kind == "select":
                    if not 0 <= index < len(layout.regions):
                        return [s, *no_views, gr.skip()]
                    s.selected = index
                    return [s, *views(s, selection - {canvas}), ""]
                if kind == "draw":
                    changed = page.add_region(layout, event["box"])
                    s.selected = len(changed.regions) - 1
                    return [*commit(s, changed, boxes_view | selection), f"Added region {s.selected}; describe it below."]
                if kind == "move":
                    s.selected = index
                    return [*commit(s, page.move_region(layout, index, event["box"]), boxes_view | selection), ""]
                changed = page.remove_region(layout, index)  # delete
                s.selected = min(index, len(changed.regions) - 1) if changed.regions else None
                return [*commit(s, changed, boxes_view | selection), f"Deleted region {index}."]
            except RegionfluxError as exc:  # the canvas goes back to the last valid layout, the reason stays
                return [s, *views(s, selection), shown_error(exc)]

        canvas.input(canvas_gesture, [session, canvas], [session, *view_outputs, canvas_status], **QUIET)

        # -- open a layout or a regionflux PNG -------------------------------------------------------
        def do_upload(s, file, browser_id, request: gr.Request):
            path = Path(file if isinstance(file, str) else file.name) if file is not None else None
            try:
                if path is None:
                    raise page.LayoutError("no file arrived; try again")
                layout, image = page.load_upload(path, access, name=path.name)
            except Exception as exc:
                return [s, *no_views, shown_error(exc), gr.skip()]
            finally:
                forget_upload(path)
            s.selected = 0 if layout.regions else None
            shown = None
            if image is not None:
                shown = owner_file(owner_of(browser_id, request), f"opened-{s.id[:12]}.png")
                image.save(shown)
            return [*commit(s, layout), f"Opened {Path(getattr(file, 'name', file)).name}: a layout with "
                    f"{len(layout.regions)} region(s).",
                    str(shown) if shown else gr.skip()]

        def forget_upload(path: Optional[Path]) -> None:
            """Uploads are read once and deleted (with the folder Gradio made for them)."""
            if path is None:
                return
            path.unlink(missing_ok=True)
            try:
                path.parent.rmdir()
            except OSError:
                pass

        upload.upload(do_upload, [session, upload, browser], [session, *view_outputs, upload_status, result],
                      show_progress="hidden")

        # -- render ----------------------------------------------------------------------------------
        def render_status_only(s, text):
            """Outputs of a render that only says something: the status line, nothing else changed."""
            return [s, text, gr.skip(), gr.skip(), *no_views]

        def gallery_of(owner: str) -> list:
            return [(str(r.paths.image), f"{r.paths.image.name} · seed {r.layout.seed}") for r in renders.of(owner)]

        def do_render(s, boxes, browser_id, request: gr.Request, progress=gr.Progress()):
            try:
                return render_now(s, boxes, owner_of(browser_id, request), request, progress)
            finally:
                release(owner_of(browser_id, request))

        def do_repaint(s, boxes, browser_id, request: gr.Request, progress=gr.Progress()):
            try:
                return render_now(s, boxes, owner_of(browser_id, request), request, progress, mode="repaint")
            finally:
                release(owner_of(browser_id, request))

        def do_reroll(s, boxes, browser_id, request: gr.Request, progress=gr.Progress()):
            try:
                return render_now(s, boxes, owner_of(browser_id, request), request, progress, mode="reroll")
            finally:
                release(owner_of(browser_id, request))

        def repaint_job(s: Session, mode: str):
            """What a repaint paints: ``(layout, regions, removed, previous)`` over the shown render, or a
            reason it cannot run. "repaint": the regions edited since that render; "reroll": the selected
            region as that render has it, with a new seed."""
            from ..repaint import changed_regions

            last = s.last
            if last is None or not last.paths.image.exists():
                return "render first: a repaint paints over the render shown here"
            if mode == "reroll":
                if s.selected is None or s.selected >= len(last.layout.regions):
                    return "select a region of the shown render (click it on the canvas) to re-roll it"
                layout = last.layout.model_copy(update={"seed": random.randrange(2**31), "repaint": None})
                return layout, [s.selected], [], last.layout
            layout = s.history.current
            if layout is None or (layout.width, layout.height) != (last.layout.width, last.layout.height):
                return "the canvas changed since the render shown; render the new canvas instead"
            changed, removed = changed_regions(last.layout, layout)
            if not changed and not removed:
                return ("nothing to repaint: no region's box, mask or description changed since the render shown; "
                        "edit a region, or select one and press Re-roll this region")
            layout = layout.model_copy(update={"seed": last.layout.seed, "repaint": None})
            return layout, changed, removed, last.layout

        def render_now(s, boxes, owner: str, request: Optional[gr.Request], progress, mode: str = "render"):
            s.renders_asked += 1
            answer = f"Render {s.renders_asked}: "
            if request is not None and request.session_hash in cancel_asked:
                cancel_asked.discard(request.session_hash)
                return render_status_only(s, answer + "cancelled before it started.")
            if config.render_unavailable:
                return render_status_only(s, answer + _error(access.shown(f"this server cannot render: {config.render_unavailable}")))
            job = None
            if mode != "render":
                job = repaint_job(s, mode)
                if isinstance(job, str):
                    return render_status_only(s, answer + _error(job))
                layout = job[0]
            else:
                layout = s.history.current
            if layout is None:
                return render_status_only(s, answer + _error("plan or open a layout first"))
            if layout.seed is None:  # a render is only kept if it can be repeated exactly
                layout = layout.model_copy(update={"seed": random.randrange(2**31)})
                s.history.push(layout)
            steps = {"done": 0, "total": layout.settings.num_inference_steps}

            def on_step(step: int, total: int) -> None:
                steps.update(done=step, total=total)
                progress((step, total), desc="denoising", unit="steps")

            fresh = not config.renderer.loaded
            start = time.perf_counter()
            running["session"] = request.session_hash if request else None
            try:
                # the files and models it names, checked again (whatever the page holds came from a user),
                # and local models made absolute for the loaders only: the saved layout keeps the names
                checked = page.checked_layout(access.resolved(access.confine(layout.model_dump(mode="json"))), access)
                paths = OutputPaths.next_free(render_dir(owner))
                check_outputs(paths.outputs("output"), overwrite=False)
                progress(0, desc="loading the model (first render only)" if not config.renderer.loaded else "starting")
                with render_warnings() as warned:
                    if job is None:
                        image = config.renderer.render(checked, on_step=on_step)[0]
                        layout = layout.model_copy(update={"repaint": None})  # a new render, not a repaint
                    else:
                        image, layout = repaint_now(s.last, checked, layout, job, on_step)
                saved = save_render(image, layout, paths)
            except RenderCancelled as exc:
                return render_status_only(s, answer + access.shown(f"Cancelled: {exc}."))
            except Exception as exc:
                return render_status_only(s, answer + shown_error(exc))
            finally:
                running["session"] = None
            did = "rendered" if job is None else (f"repainted region {', '.join(map(str, job[1] or job[2]))} of "
                                                  f"{access.relative(s.last.paths.image)} as")
            record = RenderRecord(paths, saved.rebased(out_dir))
            renders.add(owner, record)
            s.last = record
            done, total = steps["done"], steps["total"]
            status = (f"{answer}{did} {access.relative(paths.image)} in {time.perf_counter() - start:.1f} s"
                      f"{' (the model was loaded for this render)' if fresh else ''}: step {done}/{total} "
                      f"({100 * done // max(total, 1)}%), seed {layout.seed}; its layout and preview are saved beside it.")
            status += "".join(f"\n\n**Warning:** {page.page_words(access.shown(w))}" for w in warned)
            return [s, status, str(paths.preview if boxes else paths.image),
                    gr.update(value=str(paths.image), interactive=True), *views(s, summary | {settings["seed"]})]

        def repaint_now(last: RenderRecord, checked: Layout, layout: Layout, job, on_step):
            """Paint ``job``'s regions over ``last``'s image; returns the image and the layout to save with it
            (recording the parent image, the regions, seed, strength and margin)."""
            from ..files import read_image
            from ..repaint import DEFAULT_MARGIN, record

            _, regions, removed, previous = job
            checked_previous = page.checked_layout(access.resolved(access.confine(previous.model_dump(mode="json"))), access)
            image = read_image(last.paths.image)
            painted = config.renderer.repaint(image, checked, regions=regions, previous=checked_previous,
                                              removed=removed, margin=DEFAULT_MARGIN, on_step=on_step)
            made = record(last.paths.image, checked, regions, previous=checked_previous, removed=removed,
                          strength=1.0, margin=DEFAULT_MARGIN)
            return painted, layout.model_copy(update={"repaint": made})

        pending: dict[str, list[float]] = {}  # owner -> when each of their renders still running or waiting was asked

        def admit(browser_id, request: gr.Request):
            """A render joins the queue only while its owner has fewer than MAX_PENDING_RENDERS there."""
            owner, now = owner_of(browser_id, request), time.monotonic()
            stale = (config.renderer.options.max_seconds or 3600) + 3600  # a render whose page went away
            mine = [t for t in pending.get(owner, []) if now - t < stale]
            if len(mine) >= MAX_PENDING_RENDERS:
                raise gr.Error(f"You already have {len(mine)} renders running or waiting; this one starts when one "
                               "of them is done (or cancel one).")
            pending[owner] = mine + [now]

        def release(owner: str) -> None:
            if pending.get(owner):
                pending[owner].pop(0)

        cancel_asked: set[str] = set()  # tabs whose waiting render is to end before it starts

        def started(request: gr.Request):
            if request is not None:
                cancel_asked.discard(request.session_hash)
            return gr.update(interactive=True), "Render: started; its progress shows over the picture."

        # the progress bar, its step count, time left and place in the queue show over the picture
        render_events = [
            button.click(admit, browser, None, queue=False).success(
                started, None, [cancel_btn, render_status], queue=False).success(
                action, [session, show_boxes, browser], [session, render_status, result, download_image, *view_outputs],
                concurrency_limit=1, concurrency_id="render", show_progress_on=[result])
            for button, action in ((render_btn, do_render), (repaint_btn, do_repaint), (reroll_btn, do_reroll))]

        def do_cancel(confirmed, browser_id, request: gr.Request):
            if not confirmed or request is None:
                return gr.skip()
            if running["session"] == request.session_hash:
                config.renderer.cancel()  # the render ends after its current step and says so itself;
                # waiting for that keeps this answer from arriving after the render's own status
                until = time.monotonic() + CANCEL_WAIT_SECONDS
                while running["session"] == request.session_hash and time.monotonic() < until:
                    time.sleep(0.05)
                if running["session"] != request.session_hash:
                    return gr.skip()
                return "Cancelling after the current step..."
            cancel_asked.add(request.session_hash)
            release(owner_of(browser_id, request))
            return "Cancelled: this render will not start."

        confirmed = gr.Checkbox(False, visible=False)
        cancel_btn.click(do_cancel, [confirmed, browser], render_status, queue=False,
                         js="(confirmed, browser) => [window.confirm('Stop this render?'), browser]")

        def finished(browser_id, request: gr.Request):
            return gallery_of(owner_of(browser_id, request)), gr.update(interactive=False)

        for event in render_events:
            event.then(finished, browser, [gallery, cancel_btn])

        def toggle_boxes(s, boxes):
            if s.last is None:
                return gr.skip()
            return str(s.last.paths.preview if boxes else s.last.paths.image)

        show_boxes.change(toggle_boxes, [session, show_boxes], result)

        def restore(s, boxes, browser_id, evt: gr.SelectData, request: gr.Request):
            mine = renders.of(owner_of(browser_id, request))
            if not 0 <= evt.index < len(mine):
                return render_status_only(s, gr.skip())
            record = mine[evt.index]
            s.last = record
            s.selected = 0 if record.layout.regions else None
            s.history.push(record.layout)
            return [s, f"Restored the layout of {access.relative(record.paths.image)} (seed {record.layout.seed}).",
                    str(record.paths.preview if boxes else record.paths.image),
                    gr.update(value=str(record.paths.image), interactive=True), *views(s)]

        gallery.select(restore, [session, show_boxes, browser],
                       [session, render_status, result, download_image, *view_outputs])

        def on_load(s, browser_id, stored, request: gr.Request):
            """A browser without an id gets one (kept in its storage); the page shows the owner's renders
            and the layouts this browser kept (checked like an upload: the browser is not trusted)."""
            browser_id = browser_id if isinstance(browser_id, str) and re.fullmatch(r"[0-9a-f]{32}", browser_id) \
                else uuid.uuid4().hex
            s.owner = owner_of(browser_id, request)
            if s.history.current is None and stored:
                s.history = page.History.load(stored, lambda item: page.checked_layout(access.confine(item), access))
                if s.history.current is not None:
                    s.selected = 0 if s.history.current.regions else None
                    return [s, browser_id, gallery_of(s.owner), *views(s)]
            return [s, browser_id, gallery_of(s.owner), *no_views]

        app.load(on_load, [session, browser, kept], [session, browser, gallery, *view_outputs])
    return app


@contextlib.contextmanager
def render_warnings():
    """The warnings the libraries log while one render runs (T5 cutting a long prompt, ...), for the
    page to show: the server log alone is not where a user looks. Renders run one at a time."""
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            text = first_line(record.getMessage())[:300]
            if record.levelno >= logging.WARNING and text not in seen and len(seen) < 3:
                seen.append(text)

    handler = Keep()
    loggers = [logging.getLogger(name) for name in ("diffusers", "transformers", "regionflux.generator")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield seen
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def launch(config: PageConfig, *, host: str, port: int, auth: Optional[list[tuple[str, str]]] = None,
           block: bool = True):
    """Serve the page until interrupted (``block=False``: return Gradio's app and keep serving in the
    background, for tests)."""
    app = build_app(config)
    if not config.render_unavailable:  # import the generator while the user plans
        threading.Thread(target=config.renderer.prepare, daemon=True, name="regionflux-prepare").start()
    app.queue(default_concurrency_limit=4)
    cache = Path(get_upload_folder()).resolve()
    served = app.launch(
        server_name=host, server_port=port, auth=auth or None, max_file_size=page.MAX_UPLOAD_BYTES, css=PAGE_CSS,
        allowed_paths=[str(config.output_dir)], show_error=False, ssr_mode=False, quiet=True,
        footer_links=[], run_history=False, share=False, enable_monitoring=False, mcp_server=False,
        prevent_thread_lock=not block,
        app_kwargs={"middleware": [guard.middleware(config.output_dir, cache, logins=bool(auth))]},
    )
    return app if not block else served
