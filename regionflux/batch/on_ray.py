"""The batch on a Ray cluster: Ray Data hands items one at a time to rendering actors (one pipeline and
one GPU each), so a slow machine takes fewer items instead of holding a fixed shard, and an actor that
dies is restarted and its item retried (Ray Data's default for actor pools).

The driver reads the input and the manifest, checks every layout and plans every prompt (writing the
plans) before any actor loads FLUX, then iterates the pipeline's results and is the manifest's only
writer. Actors call the same per-item core as one process (:func:`regionflux.batch.core.render_item`): an item
whose files a killed actor already wrote is recorded, never rendered twice. INPUT and OUTDIR must be on a
path every node sees (a local folder on one machine, a shared file system or mounted bucket on a cluster).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Optional

from ..errors import UsageError
from . import core as batch

EXTRA = "pip install 'regionflux[ray]'"


class RenderActor:
    """One pipeline, loaded once per actor; renders the items Ray Data hands it and returns their records."""

    def __init__(self, options: dict, settings: dict):
        from ..overrides import LayoutOverrides
        from ..renderer import Renderer, RenderOptions

        self.settings = batch.Settings(outdir=Path(settings["outdir"]), base_dir=Path(settings["base_dir"]),
                                       canvas=tuple(settings["canvas"]), base_seed=settings["base_seed"],
                                       overrides=LayoutOverrides.model_validate_json(settings["overrides"]))
        self.renderer = Renderer(RenderOptions(**options), step_bar=False)

    def __call__(self, rows: dict) -> dict:
        import json

        records = []
        for index, item_id, item in zip(rows["index"], rows["id"], rows["item"]):
            entry = batch.Entry(int(index), str(item_id), item=batch.BatchItem.model_validate_json(str(item)))
            _test_hook(entry)
            records.append(json.dumps(batch.render_item(entry, self.settings, self.renderer)))
        return {"record": records}


def _test_hook(entry: batch.Entry) -> None:
    """REGIONFLUX_TEST_KILL_ONCE=<file>: the first actor to take an item after that file appears dies (as a
    machine that goes away would), once; the tests use it to check the retry."""
    marker = os.environ.get("REGIONFLUX_TEST_KILL_ONCE")
    if marker and os.path.exists(marker):
        try:
            os.rename(marker, marker + ".used")
        except OSError:
            return
        os._exit(1)


def have_ray() -> bool:
    return importlib.util.find_spec("ray") is not None and importlib.util.find_spec("ray.data") is not None


def run_ray(entries: list[batch.Entry], settings: batch.Settings, options, planner_config, *,
            retry_failed: bool = False, address: Optional[str] = None, workers: Optional[int] = None,
            progress: bool = True) -> batch.Summary:
    if not have_ray():
        raise UsageError(f"--engine ray needs Ray Data, which is not installed: {EXTRA}")
    import json

    import ray

    from ..generator.preflight import check_sources
    from ..planner.config import make_planner

    check_sources(options.model)  # a model the actors cannot find fails here, not once per item on each actor
    todo, summary, manifest = batch.prepare(entries, settings, lambda: make_planner(planner_config),
                                            retry_failed=retry_failed)

    def failed(record):
        manifest.append(record)
        summary.failed += 1
        summary.errors.append((record["id"], record["error"]))

    if not todo:
        return summary

    cuda = not (options.device or "").startswith("cpu")
    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False, include_dashboard=False, configure_logging=False)
    gpus = int(ray.cluster_resources().get("GPU", 0))
    if cuda and gpus == 0:
        raise UsageError("the Ray cluster has no GPU; add GPU nodes, or pass --device cpu to render on CPUs (slow)")
    actors = workers or (gpus if cuda else 2)
    ray.data.DataContext.get_current().enable_progress_bars = progress
    rows = [{"index": e.index, "id": e.id, "item": e.item.model_dump_json()} for e in todo]
    local = {name: str(Path(value).expanduser().resolve()) for name in ("model", "transformer")
             if (value := getattr(options, name)) and Path(value).expanduser().exists()}
    options = options.model_copy(update=local)  # actors may start in another folder
    shared = {"outdir": str(settings.outdir.resolve()), "base_dir": str(settings.base_dir.resolve()),
              "canvas": list(settings.canvas), "base_seed": settings.base_seed,
              "overrides": settings.overrides.model_dump_json()}
    results = ray.data.from_items(rows, override_num_blocks=min(len(rows), 8 * actors)).map_batches(
        RenderActor, batch_size=1, compute=ray.data.ActorPoolStrategy(size=min(actors, len(rows))),
        num_gpus=1 if cuda else 0, fn_constructor_kwargs={"options": options.model_dump(), "settings": shared})
    seen = set()
    for row in results.iter_rows():
        record = json.loads(row["record"])
        if record["id"] in seen:  # a retried item reported twice: once is the record
            continue
        seen.add(record["id"])
        if record["status"] == "done":
            manifest.append(record)
            summary.done += 1
        else:
            failed(record)
    return summary
