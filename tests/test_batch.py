"""`regionflux batch` on the tiny random-weight FLUX folder: mixed items, resuming, SIGKILL, accelerate, Ray."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from PIL import Image

from regionflux import Layout
from regionflux.cli import main

INLINE = {"prompt": "a cat and a dog", "width": 128, "height": 64, "seed": 4,
          "regions": [{"description": "a red cat", "box": [0, 0, 64, 64]}]}
FILE_LAYOUT = {"prompt": "a cat and a dog on the grass", "width": 128, "height": 64, "seed": 5,
               "regions": [{"description": "a red cat", "box": [0, 0, 64, 64]},
                           {"description": "a blue dog", "box": [64, 0, 112, 64]}]}
ITEMS = [
    {"id": "cats", "prompt": "a red cat to the left of a blue dog", "width": 128, "height": 64},
    {"prompt": "a green tree on a hill"},
    {"id": "inline", "layout": INLINE},
    {"id": "from-file", "layout_file": "layout.json", "num_images": 2},
    {"id": "bad", "layout": {"prompt": "a cat", "width": 100}},
    {"id": "steps", "prompt": "a yellow flower", "seed": 9, "settings": {"num_inference_steps": 3}},
]
DONE = {"cats": ["cats.png"], "00002": ["00002.png"], "inline": ["inline.png"],
        "from-file": ["from-file-0.png", "from-file-1.png"], "steps": ["steps.png"]}


@pytest.fixture(scope="module")
def model(tiny_flux_folder):
    return tiny_flux_folder


def write_batch_input(folder):
    (folder / "layout.json").write_text(json.dumps(FILE_LAYOUT))
    path = folder / "items.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in ITEMS) + "\n")
    return path


@pytest.fixture
def batch_input(tmp_path):
    return write_batch_input(tmp_path)


def args(model, batch_input, out, *extra):
    return ["batch", str(batch_input), "-o", str(out), "--model", str(model), "--device", "cpu",
            "--max-sequence-length", "16", "--steps", "2", "--width", "64", "--height", "64", "--planner", "mock",
            *extra]


def files(out):
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix in (".png", ".json")}


def manifest(out):
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def test_a_mixed_batch_writes_each_valid_item_once_records_the_bad_one_and_a_rerun_renders_nothing(
        model, batch_input, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(args(model, batch_input, out, "--no-progress")) == 1  # one item failed
    text = capsys.readouterr()
    assert "failed bad: layout: width: width 100 is not a positive multiple of 16" in text.err
    assert "5 rendered, 1 failed, 0 already done" in text.out
    records = {r["id"]: r for r in manifest(out)}
    assert {k: r["files"] for k, r in records.items() if r["status"] == "done"} == DONE
    assert records["bad"]["status"] == "failed"
    for name in [f for names in DONE.values() for f in names]:
        with Image.open(out / name) as image:
            image.load()  # whole PNGs, each with its layout and preview beside it
        assert (out / name.replace(".png", ".layout.json")).exists() and (out / name.replace(".png", ".preview.png")).exists()
    assert Layout.load(out / "steps.layout.json").settings.num_inference_steps == 3  # the item's own override
    assert Layout.load(out / "steps.layout.json").seed == 9 and Layout.load(out / "00002.layout.json").seed == 1
    assert Layout.load(out / "cats.layout.json").width == 128  # the item's canvas, not the batch's
    before = files(out)
    assert main(args(model, batch_input, out, "--no-progress")) == 1
    assert "0 rendered, 0 failed, 5 already done, 1 failed before" in capsys.readouterr().out
    assert files(out) == before and len(manifest(out)) == 6
    # the Python API over the same folder agrees: nothing left to do
    from regionflux.batch import run
    from regionflux.renderer import RenderOptions

    summary = run([ITEMS[0]], out, options=RenderOptions(model=str(model), device="cpu", max_sequence_length=16),
                  progress=False)
    assert (summary.done, summary.skipped) == (0, 1)


def test_a_killed_batch_resumes_and_never_touches_finished_files(model, tmp_path):
    """SIGKILL once two items are done: the rerun renders the rest; the first items' bytes stay."""
    items = tmp_path / "prompts.txt"
    scenes = ["a red cat on the grass", "a blue dog in the sea", "a green tree by the lake", "a yellow car in the city",
              "a red apple on the table", "a blue bird in the sky"]
    items.write_text("\n".join(scenes) + "\n")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "regionflux", *args(model, items, out, "--no-progress")]
    command[command.index("--steps") + 1] = "12"  # slow enough to stop in the middle
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if (out / "manifest.jsonl").exists() and len(manifest(out)) >= 2:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    process.wait(30)
    assert process.returncode == -signal.SIGKILL, "the batch ended before it could be killed"
    finished = [r["id"] for r in manifest(out)]
    kept = {name: data for name, data in files(out).items() if name.split(".")[0] in finished}
    for name in [n for n in os.listdir(out) if n.endswith(".png")]:
        with Image.open(out / name) as image:
            image.load()  # no half-written file under a final name
    assert main(command[3:]) == 0  # the same command again (in this process: a quicker start)
    now = files(out)
    assert all(now[name] == data for name, data in kept.items())
    records = manifest(out)
    assert sorted(r["id"] for r in records if r["status"] == "done") == [f"{i:05d}" for i in range(1, 7)]


def one_thread_batch(argv):
    """A one-process run computing as each launched process does: torchrun and Ray give a process one
    thread, and float32 sums over another thread count come out in another order."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return main(argv)
    finally:
        torch.set_num_threads(threads)


def pngs(folder):
    return {k: v for k, v in files(folder).items() if k.endswith(".png")}


@pytest.fixture(scope="module")
def launched_input(tmp_path_factory):
    """The items the accelerate and Ray tests launch, in one folder for both."""
    return write_batch_input(tmp_path_factory.mktemp("launched-input"))


@pytest.fixture(scope="module")
def one_process_pngs(model, launched_input, tmp_path_factory):
    """The images of ``launched_input`` rendered by one process with one thread: what the accelerate and Ray
    runs must equal, computed once for both."""
    one = tmp_path_factory.mktemp("one-process") / "one"
    assert one_thread_batch(args(model, launched_input, one, "--no-progress")) == 1
    return pngs(one)


def test_two_accelerate_processes_render_the_same_images_as_one_each_item_once(model, launched_input, one_process_pngs,
                                                                            tmp_path):
    two = tmp_path / "two"
    result = subprocess.run([sys.executable, "-m", "regionflux", *args(model, launched_input, two, "--processes", "2",
                                                                      "--no-progress")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr[-2000:]  # the bad item
    assert "all processes: 5 of 6 items done, 1 failed: bad" in result.stdout
    assert "process 0:" in result.stdout and "process 1:" in result.stdout  # two processes, each with a share
    assert one_process_pngs == pngs(two)
    records = manifest(two)
    assert len(records) == 6 and len({r["id"] for r in records}) == 6 and not any(r.get("recovered") for r in records)


@pytest.mark.skipif(not __import__("regionflux.batch.on_ray", fromlist=["have_ray"]).have_ray(), reason="ray not installed")
def test_ray_renders_the_same_files_and_retries_a_killed_worker_without_duplicates(model, launched_input,
                                                                                   one_process_pngs, tmp_path):
    on_ray = tmp_path / "ray"
    marker = tmp_path / "kill-one-worker"
    marker.touch()
    env = {**os.environ, "REGIONFLUX_TEST_KILL_ONCE": str(marker), "RAY_AUTH_MODE": "disabled"}
    result = subprocess.run([sys.executable, "-m", "regionflux", *args(model, launched_input, on_ray, "--engine", "ray",
                                                                      "--workers", "2", "--no-progress")],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 1, result.stderr[-3000:]
    assert not marker.exists() and (tmp_path / "kill-one-worker.used").exists()  # a worker did die
    assert "5 rendered, 1 failed" in result.stdout
    assert one_process_pngs == pngs(on_ray)
    records = manifest(on_ray)
    assert sorted(r["id"] for r in records) == sorted([*DONE, "bad"])  # each item once


def test_without_ray_the_engine_is_refused_naming_the_extra(model, batch_input, tmp_path, capsys, monkeypatch):
    from regionflux.batch import on_ray as batch_ray

    monkeypatch.setattr(batch_ray, "have_ray", lambda: False)
    assert main(args(model, batch_input, tmp_path / "out", "--engine", "ray")) == 2
    assert "--engine ray needs Ray Data, which is not installed: pip install 'regionflux[ray]'" in capsys.readouterr().err


def test_file_names_of_items_never_collide_and_a_model_that_cannot_load_stops_the_batch_first(model, tmp_path, capsys):
    from regionflux.batch import read_input

    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(json.dumps(i) for i in [
        {"id": "foo", "layout": INLINE, "num_images": 2}, {"id": "foo-0", "layout": INLINE},
        {"id": "x", "layout": INLINE}, {"id": "x.preview", "layout": INLINE}]) + "\n")
    entries = read_input(items)
    assert [e.error is None for e in entries] == [True, False, True, False]
    assert "its files would be those of item 1" in entries[1].error
    out = tmp_path / "out"
    code = main(["batch", str(items), "-o", str(out), "--model", str(tmp_path / "no-such-model"), "--device", "cpu"])
    assert code == 2 and "does not exist" in capsys.readouterr().err
    assert [r["id"] for r in manifest(out)] == ["foo-0.2", "x.preview.4"]  # only the items that could never run


def test_an_item_killed_between_its_images_is_rendered_again_whole(model, tmp_path, capsys):
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"id": "two", "layout": INLINE, "num_images": 2}) + "\n")
    out = tmp_path / "out"
    assert main(args(model, items, out, "--no-progress")) == 0
    complete = files(out)
    for name in ("two-1.png", "two-1.layout.json", "two-1.preview.png", "manifest.jsonl"):
        (out / name).unlink()  # as if killed after the first image's files
    assert main(args(model, items, out, "--no-progress")) == 0
    assert files(out) == complete and [r["status"] for r in manifest(out)] == ["done"]
    # a deleted preview is drawn again from its image and layout; the image is not rendered again
    (out / "two-0.preview.png").unlink()
    (out / "manifest.jsonl").unlink()
    assert main(args(model, items, out, "--no-progress")) == 0
    assert files(out) == complete and manifest(out)[0].get("recovered") is True
    # a file the batch did not write is never replaced: that item fails, saying so
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "mine", "layout": INLINE}) + "\n")
    (out / "mine.png").write_bytes(b"the user's own picture")
    assert main(args(model, other, out, "--no-progress")) == 1
    assert (out / "mine.png").read_bytes() == b"the user's own picture"
    assert "already exists" in {r["id"]: r for r in manifest(out)}["mine"]["error"]


def test_processes_is_not_relaunched_from_a_launched_process_nor_abbreviated(model, batch_input, tmp_path, capsys,
                                                                             monkeypatch):
    monkeypatch.setenv("WORLD_SIZE", "2")
    assert main(args(model, batch_input, tmp_path / "out", "--processes", "2")) == 2
    assert "--processes inside a launched process" in capsys.readouterr().err
    monkeypatch.delenv("WORLD_SIZE")
    with pytest.raises(SystemExit):
        main(args(model, batch_input, tmp_path / "out", "--proc", "2"))
    assert "unrecognized arguments: --proc" in capsys.readouterr().err
