"""The batch core: items, the manifest, one item planned and rendered, one process or accelerate's.

An input is a text file (one prompt a line) or JSONL (one item a line: ``{"prompt": ...}``,
``{"layout": {...}}`` or ``{"layout_file": ...}``, with optional ``id``, ``seed``, ``num_images``,
``width``/``height`` for planning and ``settings`` overrides). Each item is planned first (by the
planner asked for, one request at a time; a local model is freed before FLUX loads), its plan written,
then rendered and written like `generate` writes (``OUTDIR/<id>.png``, ``.layout.json``,
``.preview.png``). ``OUTDIR/manifest.jsonl`` gets one line per finished or failed item.

The manifest is one append-only file; each line is written whole under an exclusive ``flock`` with
``O_APPEND``, so the processes of one machine (accelerate) never interleave lines. On Ray only the
driver writes it: workers render and write images, and send their records back through the data
pipeline, so a shared bucket that has no locks still gets one writer. An item is finished when its
manifest line says so, or when all of its image files exist (a run killed between writing the files
and the line): a rerun skips it and never writes over its files; a failed item is redone with
``retry_failed``.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import LayoutError, RegionfluxError, UsageError, first_line, format_validation_error
from ..files import ReadError, read_limited
from ..jobs import job_paths, render_and_save, write_plan
from ..layout import MAX_IMAGES, MAX_PATH_CHARS, MAX_PROMPT_CHARS, MAX_SEED, Int, Layout, check_canvas_size
from ..overrides import LayoutOverrides, SettingsOverrides, apply_overrides

MANIFEST = "manifest.jsonl"
#: an input file is read whole; this bounds it (a million short prompts fit)
MAX_INPUT_BYTES = 256 * 2**20
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"


class BatchItem(BaseModel):
    """One line of a batch input: what to render and how, and the name its files get."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    id: Optional[str] = Field(None, pattern=ID_PATTERN, description="File name stem; default: the line number.")
    prompt: Optional[str] = Field(None, max_length=MAX_PROMPT_CHARS)
    layout: Optional[dict] = None
    layout_file: Optional[str] = Field(None, max_length=MAX_PATH_CHARS, description="Relative to the input file.")
    seed: Optional[Int] = Field(None, ge=0, le=MAX_SEED)
    num_images: Int = Field(1, ge=1, le=MAX_IMAGES)
    width: Optional[Int] = None
    height: Optional[Int] = None
    settings: Optional[SettingsOverrides] = None

    @model_validator(mode="after")
    def _one_source(self) -> "BatchItem":
        given = [name for name in ("prompt", "layout", "layout_file") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of prompt, layout, layout_file" + (f" (got {', '.join(given)})" if given else ""))
        if self.prompt is not None and not self.prompt.strip():
            raise ValueError("prompt is empty")
        for name in ("width", "height"):
            if getattr(self, name) is not None:
                check_canvas_size(name, getattr(self, name))
        return self


@dataclass
class Entry:
    """An item with its place in the input: ``item`` is None when its line could not be read (``error``)."""

    index: int  # 0-based position in the input
    id: str
    item: Optional[BatchItem] = None
    error: Optional[str] = None


def read_input(path: str | Path) -> list[Entry]:
    """The items of a batch input file; a line that cannot be read becomes an entry with its error."""
    path = Path(path)
    try:
        text = read_limited(path, MAX_INPUT_BYTES).decode("utf-8-sig")
    except ReadError as exc:
        raise UsageError(f"cannot read batch input {str(path)!r}: {exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"batch input {str(path)!r} is not UTF-8 text") from None
    jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or (not jsonl and line.lstrip().startswith("#")):
            continue
        default_id = f"{number:05d}"
        if not jsonl:
            entries.append(_entry(len(entries), default_id, {"prompt": line.strip()}))
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            entries.append(Entry(len(entries), default_id, error=f"line {number}: not JSON ({exc.msg})"))
            continue
        if not isinstance(data, dict):
            entries.append(Entry(len(entries), default_id, error=f"line {number}: give an object, e.g. {{\"prompt\": \"...\"}}"))
            continue
        entries.append(_entry(len(entries), str(data.get("id") or default_id), data, number))
    return _unique(entries)


def items_from(objects: Iterable) -> list[Entry]:
    """Entries from Python objects: prompts (str), Layouts, or dicts as a JSONL line holds them."""
    entries = []
    for i, obj in enumerate(objects):
        data = {"prompt": obj} if isinstance(obj, str) else {"layout": obj.model_dump(mode="json")} \
            if isinstance(obj, Layout) else dict(obj)
        entries.append(_entry(i, str(data.get("id") or f"{i + 1:05d}"), data))
    return _unique(entries)


def _entry(index: int, default_id: str, data: dict, line: Optional[int] = None) -> Entry:
    where = f"line {line}: " if line else ""
    try:
        item = BatchItem.model_validate(data)
    except ValidationError as exc:
        return Entry(index, default_id, error=where + format_validation_error(exc, "item"))
    return Entry(index, item.id or default_id, item=item)


def output_names(entry: Entry) -> list[str]:
    """The file names an item writes: ``<id>.png/.layout.json/.preview.png`` (``<id>-<i>.*`` for several)."""
    n = entry.item.num_images if entry.item is not None else 1
    return [name for p in job_paths(Path(f"{entry.id}.png"), n) for name in (p.image.name, p.layout.name, p.preview.name)]


def _unique(entries: list[Entry]) -> list[Entry]:
    """Each item's files are its own: an item whose id, or any file name it would write, another item
    before it already has (``foo`` with 2 images writes ``foo-0.png``, item ``foo-0``'s image) fails."""
    owner: dict[str, int] = {}
    for entry in entries:
        names = [n.casefold() for n in output_names(entry)]  # "Cat" and "cat" are one file on macOS/Windows
        clash = next((owner[n] for n in names if n in owner), None)
        if clash is not None:
            entry.item, entry.error = None, (f"id {entry.id!r}: its files would be those of item {clash + 1}; "
                                             "give each item an id of its own")
            entry.id = f"{entry.id}.{entry.index + 1}"
            continue
        owner.update({n: entry.index for n in names})
    return entries


# -- the manifest -----------------------------------------------------------------------------------
class Manifest:
    """``OUTDIR/manifest.jsonl``: one JSON line per finished or failed item, appended under a lock."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / MANIFEST

    def records(self) -> dict[str, dict]:
        """The latest record of each item (a later line wins: a failed item redone, then finished)."""
        latest: dict[str, dict] = {}
        try:
            with open(self.path, encoding="utf-8") as handle:
                for line in handle:
                    try:
                        record = json.loads(line)
                    except ValueError:  # a line cut by a full disk: the item is simply not finished
                        continue
                    if isinstance(record, dict) and isinstance(record.get("id"), str):
                        latest[record["id"]] = record
        except FileNotFoundError:
            pass
        return latest

    def append(self, record: dict) -> None:
        line = (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)


# -- one item -----------------------------------------------------------------------------------------
@dataclass
class Settings:
    """What every item of a batch shares."""

    outdir: Path
    base_dir: Path = Path(".")  # layout_file paths are relative to the input's folder
    canvas: tuple[int, int] = (1024, 1024)
    base_seed: int = 0
    overrides: LayoutOverrides = field(default_factory=LayoutOverrides)


def item_files(settings: Settings, entry: Entry) -> list:
    n = entry.item.num_images if entry.item is not None else 1
    return job_paths(settings.outdir / f"{entry.id}.png", n)


def finished(settings: Settings, entry: Entry) -> bool:
    """Every image of the item is there with its layout (a preview can be drawn again from those two)."""
    return entry.item is not None and all(p.image.exists() and p.layout.exists() for p in item_files(settings, entry))


def restore_previews(paths) -> None:
    """Draw again the previews of a finished item that someone deleted (from its image and layout)."""
    from ..outputs import layout_from_png, save_preview
    from ..preview import render_preview

    for p in paths:
        if not p.preview.exists():
            layout, image = layout_from_png(p.image)
            save_preview(render_preview(layout, image), p.preview)


def clear_own_partial(paths, layout: Layout, *, plan_first: bool) -> None:
    """Remove what a killed run of this same item left (an image set whose layout is exactly the one this
    render writes there); a file that is not that is left alone, and the render then refuses to replace it.
    ``plan_first``: the first layout file is the item's plan, kept (the render replaces it itself)."""
    for i, p in enumerate(paths):
        if not p.layout.exists():
            continue
        expected = layout.model_copy(update={"seed": layout.seed + i, "repaint": None}).rebased(p.layout.parent)
        try:
            ours = Layout.load(p.layout) == expected
        except RegionfluxError:
            ours = False
        if ours:
            for path in (p.image, p.preview) if plan_first and i == 0 else (p.image, p.preview, p.layout):
                path.unlink(missing_ok=True)


def layout_of(entry: Entry, settings: Settings, planner=None) -> tuple[Layout, bool]:
    """The item's layout with the batch's and the item's overrides and its seed; ``True`` when it was
    planned now (a plan a killed run wrote is read back, not planned again)."""
    item = entry.item
    planned = False
    if item.layout is not None:
        try:
            layout = Layout.model_validate(item.layout, context={"base_dir": settings.base_dir})
        except ValidationError as exc:
            raise LayoutError(format_validation_error(exc, "layout")) from None
    elif item.layout_file is not None:
        layout = Layout.load(settings.base_dir / item.layout_file)
    else:
        plan_file = item_files(settings, entry)[0].layout
        if plan_file.exists():
            layout = Layout.load(plan_file)
        else:
            if planner is None:
                raise UsageError("a prompt needs a planner")
            width, height = item.width or settings.canvas[0], item.height or settings.canvas[1]
            layout, planned = planner.plan(item.prompt, width=width, height=height), True
    layout = apply_overrides(layout, settings.overrides)
    if item.settings is not None:
        layout = apply_overrides(layout, LayoutOverrides(settings=item.settings))
    seed = item.seed if item.seed is not None else layout.seed if layout.seed is not None else \
        (settings.base_seed + entry.index) % (MAX_SEED + 1)
    return layout.model_copy(update={"seed": seed}), planned


def failure(entry: Entry, error: str, started: float) -> dict:
    return {"id": entry.id, "status": "failed", "error": error, "seconds": round(time.monotonic() - started, 3)}


def plan_item(entry: Entry, settings: Settings, planner) -> Optional[dict]:
    """Plan the item and write the plan (before any render); a failure record, or None."""
    started = time.monotonic()
    try:
        layout, planned = layout_of(entry, settings, planner)
        if planned:
            write_plan(layout, item_files(settings, entry))
    except RegionfluxError as exc:
        return failure(entry, str(exc), started)
    return None


def render_item(entry: Entry, settings: Settings, renderer) -> dict:
    """Render one item and write its files; the manifest record (never raises for the item's own faults)."""
    started = time.monotonic()
    paths = item_files(settings, entry)
    try:
        layout, _ = layout_of(entry, settings)
        if finished(settings, entry):  # another worker (or a killed run) wrote it: keep its files
            restore_previews(paths)
            return done(entry, paths, layout, started, recovered=True)
        # what a killed run of this item left goes; anything else in the way is refused, never replaced
        planned = entry.item.prompt is not None
        clear_own_partial(paths, layout, plan_first=planned)
        render_and_save(renderer, layout, paths, planned=planned)
    except RegionfluxError as exc:
        return failure(entry, str(exc), started)
    except Exception as exc:  # out of memory, a library's own error: this item fails, the batch goes on
        import torch

        if isinstance(exc, torch.OutOfMemoryError):
            return failure(entry, "out of GPU memory: use a smaller canvas, fewer images or --offload", started)
        return failure(entry, f"{type(exc).__name__}: {first_line(exc)}", started)
    return done(entry, paths, layout, started)


def done(entry: Entry, paths, layout: Layout, started: float, recovered: bool = False) -> dict:
    record = {"id": entry.id, "status": "done", "files": [p.image.name for p in paths], "seed": layout.seed,
              "seconds": round(time.monotonic() - started, 3)}
    if recovered:
        record["recovered"] = True
    return record


# -- the engines ------------------------------------------------------------------------------------
def pending(entries: list[Entry], settings: Settings, manifest: Manifest, retry_failed: bool) -> list[Entry]:
    """The entries still to do: not finished, and not failed unless failed ones are retried."""
    records = manifest.records()
    todo = []
    for entry in entries:
        record = records.get(entry.id)
        if finished(settings, entry) and record is not None:  # done (or failed only after another wrote it)
            continue
        if record is not None and record.get("status") == "failed" and not retry_failed:
            continue
        todo.append(entry)
    return todo


def count_skipped(entries: list[Entry], todo: list[Entry], manifest: Manifest, summary: "Summary",
                  summary_settings: "Settings") -> None:
    left = {e.id for e in todo}
    records = manifest.records()
    for entry in entries:
        if entry.id not in left:
            if records.get(entry.id, {}).get("status") == "failed" and not finished(summary_settings, entry):
                summary.failed_before += 1
            else:
                summary.skipped += 1


def world_size() -> int:
    """How many processes a launcher (accelerate, torchrun) started for this batch."""
    return int(os.environ.get("WORLD_SIZE", "1"))


def share(entries: list[Entry], *, cpu: bool = False) -> list[Entry]:
    """This process's part under accelerate (a contiguous, deterministic split of the whole input, made
    before anyone reads the manifest, so every process agrees on it); all of it otherwise. ``cpu``:
    the processes run on the CPU (accelerate then joins them over gloo)."""
    if world_size() <= 1:
        return entries
    from accelerate import PartialState

    state = PartialState(cpu=cpu)
    if state.num_processes != world_size():
        raise UsageError(f"accelerate sees {state.num_processes} process(es) of the {world_size()} launched; "
                         "launch with `accelerate launch --multi_gpu --num_processes N` (or --processes N)")
    with state.split_between_processes(entries) as mine:
        return list(mine)


@dataclass
class Summary:
    done: int = 0
    failed: int = 0
    skipped: int = 0  # finished by an earlier run
    failed_before: int = 0  # failed in an earlier run and not retried
    errors: list = field(default_factory=list)


def prepare(entries: list[Entry], settings: Settings, make_planner: Optional[Callable], *,
            retry_failed: bool) -> tuple[list[Entry], Summary, Manifest]:
    """What every engine does before FLUX loads: read the manifest, record the items that cannot be read,
    check every layout and plan every prompt (plans written), and free the planner. Returns the items
    left to render, the summary so far and the manifest."""
    settings.outdir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(settings.outdir)
    todo = pending(entries, settings, manifest, retry_failed)
    summary = Summary()
    count_skipped(entries, todo, manifest, summary, settings)

    def failed(record: dict) -> None:
        manifest.append(record)
        summary.failed += 1
        summary.errors.append((record["id"], record["error"]))

    for entry in [e for e in todo if e.item is None]:
        failed({"id": entry.id, "status": "failed", "error": entry.error, "seconds": 0.0})
    todo = [e for e in todo if e.item is not None]
    planner = None
    try:
        for entry in list(todo):  # every layout checked and every prompt planned before FLUX loads
            if planner is None and entry.item.prompt is not None and make_planner is not None:
                planner = make_planner()
            record = plan_item(entry, settings, planner)
            if record is not None:
                failed(record)
                todo.remove(entry)
    finally:
        if planner is not None and hasattr(planner, "close"):
            planner.close()  # a local model leaves the GPU before FLUX comes
    return todo, summary, manifest


def run_local(entries: list[Entry], settings: Settings, make_renderer: Callable, make_planner: Optional[Callable], *,
              retry_failed: bool = False, progress: bool = True, cpu: bool = False) -> Summary:
    """One process (or one of accelerate's): plan what is left of its share, free the planner, render."""
    todo, summary, manifest = prepare(share(entries, cpu=cpu), settings, make_planner, retry_failed=retry_failed)
    if not todo:
        return summary
    renderer = make_renderer()
    first, _ = layout_of(todo[0], settings)
    if hasattr(renderer, "load"):
        renderer.load(first)  # a model that cannot load stops the batch here, before any item is marked failed
    bar = _bar(len(todo), progress)
    try:
        for entry in todo:
            record = render_item(entry, settings, renderer)
            manifest.append(record)
            if record["status"] == "done":
                summary.done += 1
            else:
                summary.failed += 1
                summary.errors.append((entry.id, record["error"]))
            bar.update(1)
    finally:
        bar.close()
    return summary


def _bar(total: int, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="items", unit="item", disable=not enabled, position=0, dynamic_ncols=True)


