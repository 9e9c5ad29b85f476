"""Races, signals, special files, hangs and unbounded work: each class a hostile trial of the CLI found,
tested with the real thing (processes racing for one name, signals sent at the write, FIFOs, servers
that drip or never end)."""

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from fake_openai import FakeOpenAI, drip, endless, reply
from regionflux import Layout
from regionflux.cli import main
from regionflux.errors import OutputExistsError, PlanningError
from regionflux.outputs import PNG_KEY, OutputPaths, save_image, save_render

LAYOUT = {"prompt": "a cat and a dog", "width": 128, "height": 64,
          "regions": [{"description": "a cat", "box": [0, 0, 64, 64]}], "seed": 1}
FORK = multiprocessing.get_context("fork")


def cli(args, env=None, timeout=60, **kwargs):
    """`python -m regionflux ARGS` as a user runs it."""
    return subprocess.run([sys.executable, "-m", "regionflux", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, **kwargs)


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def work(tmp_path, monkeypatch):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "REGIONFLUX_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "l.json").write_text(json.dumps(LAYOUT))
    return tmp_path


# -- racing writers: the final step itself refuses to replace --------------------------------------------------
def _race(target, n, *args):
    barrier = FORK.Barrier(n)
    results = FORK.Queue()

    def run(i):
        barrier.wait()
        results.put((i, target(i, *args)))

    workers = [FORK.Process(target=run, args=(i,)) for i in range(n)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    return dict(results.get(timeout=5) for _ in workers)


def _plan_into(i, path):
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(["plan", f"{['a cat', 'a dog', 'a red car', 'a tree'][i % 4]} number {i}", "-o", str(path)])


def test_eight_plans_racing_for_one_name_leave_exactly_one_winner(tmp_path):
    # the offline planner's reader (spaCy, ~3 s) is loaded here once, before the forks, so each of the 160
    # writers starts warm and the eight of a round reach the write together (when this file ran on its own,
    # each fork loaded it anew: over 300 s instead of ~7 s; the whole suite had it loaded by earlier files)
    (tmp_path / "warm").mkdir()
    assert _plan_into(0, tmp_path / "warm" / "warm.json") == 0
    for round_ in range(20):
        path = tmp_path / f"same-{round_}.json"
        codes = _race(_plan_into, 8, path)
        winners = [i for i, code in codes.items() if code == 0]
        assert len(winners) == 1 and sorted(codes.values()) == [0] + [2] * 7, codes
        assert f"number {winners[0]}" in Layout.load(path).prompt  # the file is the winner's own
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".same", f"same-{round_}"))) == [path.name]


def _render_into(i, folder):
    layout = Layout.model_validate({**LAYOUT, "seed": i})
    image = Image.new("RGB", (128, 64), (40 * i, 0, 0))
    try:
        save_render(image, layout, OutputPaths.for_image(folder / "same.png"))
        return 0
    except OutputExistsError:
        return 2


def test_three_renders_racing_for_one_name_write_one_consistent_set(tmp_path):
    for round_ in range(20):
        folder = tmp_path / str(round_)
        folder.mkdir()
        codes = _race(_render_into, 3, folder)
        (winner,) = [i for i, code in codes.items() if code == 0]
        assert sorted(codes.values()) == [0, 2, 2]
        with Image.open(folder / "same.png") as image:
            assert json.loads(image.info[PNG_KEY])["seed"] == winner and image.getpixel((0, 0))[0] == 40 * winner
        assert Layout.load(folder / "same.layout.json").seed == winner
        assert sorted(p.name for p in folder.iterdir()) == ["same.layout.json", "same.png", "same.preview.png"]


# -- signals at the write ----------------------------------------------------------------------------------
def _held(args, tmp_path, point, env=None):
    flag = tmp_path / "held"
    process = subprocess.Popen([sys.executable, "-m", "regionflux", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=tmp_path,
                               env={**os.environ, **(env or {}), "REGIONFLUX_TEST_HOLD": f"{point}:{flag}"})
    deadline = time.time() + 60
    while not flag.exists():
        assert process.poll() is None, process.communicate()
        assert time.time() < deadline, "never reached the write"
        time.sleep(0.02)
    return process, flag


@pytest.mark.parametrize("name, code", [("SIGTERM", 143), ("SIGHUP", 129), ("SIGINT", 130)])
def test_a_signal_during_the_write_leaves_no_file_and_one_line(tmp_path, name, code):
    process, flag = _held(["plan", "a cat and a dog", "-o", "p.json", "--planner", "mock"], tmp_path, "write")
    before = {p.name for p in tmp_path.iterdir()}
    assert any(n.startswith(".p.json.") for n in before)  # the temporary file exists now
    process.send_signal(getattr(signal, name))
    out, err = process.communicate(timeout=30)
    assert process.returncode == code
    assert err.strip().splitlines() == [f"interrupted ({name}); no file was left half-written"]
    assert [p.name for p in tmp_path.iterdir() if p.name != "held"] == []


def test_a_signal_after_the_first_file_of_a_set_waits_for_the_set(tmp_path):
    from regionflux.testing import tiny_pipeline

    tiny_pipeline().save_pretrained(tmp_path / "tiny")
    (tmp_path / "l.json").write_text(json.dumps({**LAYOUT, "settings": {"num_inference_steps": 1, "mask_inject_steps": 1}}))
    process, flag = _held(["generate", "--layout", "l.json", "-o", "g.png", "--device", "cpu", "--model",
                           str(tmp_path / "tiny"), "--max-sequence-length", "8"], tmp_path, "published")
    assert (tmp_path / "g.png").exists() and not (tmp_path / "g.preview.png").exists()
    process.send_signal(signal.SIGINT)
    flag.unlink()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and err.strip().endswith("interrupted (SIGINT); no file was left half-written")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("g")) == ["g.layout.json", "g.png", "g.preview.png"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# -- special files, inputs as outputs, names no file system takes --------------------------------------------
def test_outputs_that_are_not_regular_files_are_refused_even_with_overwrite(work, capsys):
    os.mkfifo(work / "fifo")
    (work / "link.json").symlink_to("/proc/self/fd/1")
    for target, what in (("/dev/null", "a device"), ("fifo", "a pipe (FIFO)"), ("link.json", "a symbolic link")):
        assert main(["plan", "a cat", "-o", target, "--overwrite"]) == 2
        assert f"is {what}; regionflux writes only regular files" in capsys.readouterr().err
    assert Path("/dev/null").is_char_device() and (work / "fifo").is_fifo()


def test_an_output_that_is_one_of_the_inputs_is_refused(work, capsys):
    save_image(Image.new("RGB", (128, 64)), Layout.model_validate(LAYOUT), work / "gen.png")
    before = snapshot(work)
    assert main(["preview", "gen.png", "-o", "gen.png", "--overwrite"]) == 2
    assert "is one of this command's inputs" in capsys.readouterr().err
    Image.new("L", (128, 64), 255).save(work / "m.png")
    (work / "masked.json").write_text(json.dumps({**LAYOUT, "regions": [{"description": "a", "mask": "m.png"}]}))
    assert main(["preview", "masked.json", "-o", "m.png", "--overwrite"]) == 2
    assert "is one of this command's inputs" in capsys.readouterr().err
    assert snapshot(work) == {**before, "m.png": (work / "m.png").read_bytes(), "masked.json": (work / "masked.json").read_bytes()}


def test_a_name_too_long_for_the_file_system_is_refused_before_any_work(work, capsys):
    assert main(["plan", "a cat", "-o", "x" * 252 + ".json"]) == 2
    assert "is 257 bytes, more than the 255 a file system takes" in capsys.readouterr().err
    # the image's name fits, the preview's (name.preview.png) would not: refused before the model loads
    assert main(["generate", "--layout", "l.json", "-o", "y" * 244 + ".png", "--device", "cpu", "--model", "/none"]) == 2
    assert "is 256 bytes, more than the 255 a file system takes" in capsys.readouterr().err
    assert list(work.iterdir()) == [work / "l.json"]


def test_a_message_the_terminal_cannot_encode_loses_no_file(tmp_path):
    done = cli(["plan", "a cat and a dog", "-o", "犬.json", "--preview", "犬.png"], cwd=tmp_path,
               env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "犬.json").exists() and (tmp_path / "犬.png").exists()
    assert "wrote \\u72ac.json" in done.stdout


def test_plan_to_standard_output(work):
    done = cli(["plan", "a cat and a dog", "-o", "-"], cwd=work)
    assert done.returncode == 0 and Layout.model_validate_json(done.stdout).regions
    assert sorted(p.name for p in work.iterdir()) == ["l.json"]


# -- hangs and unbounded reads ---------------------------------------------------------------------------------
def test_fifos_and_endless_files_are_refused_at_once(work, capsys):
    os.mkfifo(work / "layout.fifo")
    os.mkfifo(work / "mask.fifo")
    (work / "masked.json").write_text(json.dumps({**LAYOUT, "regions": [{"description": "a", "mask": "mask.fifo"}]}))
    start = time.monotonic()
    for args, words in ((["preview", "layout.fifo", "-o", "p.png"], "a pipe (FIFO), not a file"),
                        (["preview", "/dev/zero", "-o", "p.png"], "a device, not a file"),
                        (["preview", "masked.json", "-o", "p.png"], "regions[0].mask: cannot read mask image 'mask.fifo'"),
                        (["generate", "--layout", "l.json", "-o", "g.png", "--device", "cpu", "--controlnet", "a/b",
                          "--control-image", "mask.fifo"], "control.image: cannot read")):
        assert main(args) == 2
        assert words in capsys.readouterr().err
    assert time.monotonic() - start < 10


def _plan_with(server, timeout=1.0, retries=0):
    from regionflux.planner.llm import LLMPlanner

    planner = LLMPlanner("m", base_url=server.base_url, api_key="k", timeout=timeout, max_retries=retries, max_rounds=1)
    start = time.monotonic()
    with pytest.raises(PlanningError) as info:
        planner.plan("a cat and a dog", width=256, height=256)
    return str(info.value), time.monotonic() - start


def test_a_dripping_server_is_bounded_by_the_timeout_for_the_whole_request():
    with FakeOpenAI([drip(0.1)]) as server:  # every read arrives in time; the answer would take ~30 s
        message, seconds = _plan_with(server, timeout=1.0)
    assert "gave no complete answer within 1 s (the whole request)" in message and seconds < 4


def test_an_endless_or_huge_answer_is_cut_off():
    with FakeOpenAI([endless()]) as server:
        message, seconds = _plan_with(server, timeout=20.0)
    assert "larger than the 4 MB a layout can take" in message and seconds < 15
    with FakeOpenAI([reply("[" * 200_000)]) as server:
        message, _ = _plan_with(server)
    assert "nested too deeply" in message
    with FakeOpenAI([reply('{"prompt": "x", "regions": [{"box": [' + "9" * 5001 + ', 0, 1, 1]}]}')]) as server:
        message, _ = _plan_with(server)
    assert "a number has thousands of digits" in message and "set_int_max_str_digits" not in message


def test_the_whole_plan_has_a_deadline(work, capsys):
    with FakeOpenAI([drip(0.05)]) as server:
        start = time.monotonic()
        code = main(["plan", "a cat", "-o", "p.json", "--base-url", server.base_url, "--model", "m", "--timeout", "30",
                     "--deadline", "1.5"])
    assert code == 2 and time.monotonic() - start < 12
    assert not (work / "p.json").exists()
    err = capsys.readouterr().err
    assert "--deadline" in err and "within 30 s" not in err  # the deadline ended it, not the request's timeout
    assert len(server.requests) == 1  # and no retry was waited for past it


# -- secrets and messages ----------------------------------------------------------------------------------------
def test_a_key_with_a_newline_is_refused_before_any_request_and_never_printed(work, capsys, monkeypatch):
    with FakeOpenAI([reply("{}")]) as server:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-canary\n")
        code = main(["plan", "a cat", "-o", "p.json", "--base-url", server.base_url, "--model", "m"])
        err = capsys.readouterr().err
        assert code == 2 and "OPENAI_API_KEY contains a line break" in err and "canary" not in err
        assert main(["plan", "a cat", "-o", "p.json", "--base-url", server.base_url, "--model", "m",
                     "--api-key", "sk-with space"]) == 2
        err = capsys.readouterr().err
        assert "--api-key contains a space" in err and "with space" not in err
    assert server.requests == []


def test_retry_lines_say_what_happened(work, capsys):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code = main(["plan", "a cat", "-o", "p.json", "--base-url", f"http://127.0.0.1:{port}/v1", "--model", "m",
                 "--max-rounds", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "retry 1 after the connection was refused" in err and "no answer in time" not in err
    assert "error: no answer from the LLM server" in err and "the connection was refused" in err.splitlines()[-1]


def test_control_and_direction_characters_are_removed_with_a_note(work, capsys):
    assert main(["plan", "a cat\x1b[31m and a dog\u202e on a sofa", "-o", "p.json"]) == 0
    err = capsys.readouterr().err
    assert "removed 6 control characters" in err
    labels = [r.label for r in Layout.load(work / "p.json").regions]
    assert "cat" in labels and "dog" in labels


def test_ui_says_when_its_port_is_taken(work, capsys):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert main(["ui", "--port", str(port), "--output-dir", str(work / "out")]) == 2
    err = capsys.readouterr().err
    assert f"--port {port}: the port is in use" in err and "GRADIO_SERVER_PORT" not in err and "http://" not in err


def test_a_canvas_whose_attention_cannot_fit_is_refused_before_loading(work, capsys, monkeypatch):
    import regionflux.generator.preflight as preflight

    monkeypatch.setattr(preflight, "free_memory", lambda device: 8 * 2**30)
    regions = [{"description": f"thing {i}", "box": [256 * (i % 16), 0, 256 * (i % 16) + 256, 4096]} for i in range(16)]
    (work / "big.json").write_text(json.dumps({**LAYOUT, "width": 4096, "height": 4096, "regions": regions}))
    start = time.monotonic()
    assert main(["generate", "--layout", "big.json", "-o", "g.png", "--device", "cpu", "--model", str(work)]) == 2
    err = capsys.readouterr().err
    assert "needs about" in err and "GB for the regional attention mask" in err and "fits" in err
    assert time.monotonic() - start < 5 and not (work / "g.png").exists()


# -- answers, names and streams a hostile user picks -------------------------------------------------------------
def test_a_compressed_answer_is_never_inflated(work):
    import gzip

    bomb = gzip.compress(b" " * 50_000_000)  # 50 MB of spaces in ~50 kB
    with FakeOpenAI([{"status": 200, "raw": bomb, "content_type": "application/json",
                      "headers": {"Content-Encoding": "gzip"}}]) as server:
        message, seconds = _plan_with(server, timeout=10.0)
        sent = server.requests[0]["headers"]
    assert sent.get("accept-encoding") == "identity" and seconds < 8
    assert "LLM" in message or "answer" in message


def test_usage_errors_never_repeat_a_key(work, capsys):
    with pytest.raises(SystemExit):
        main(["plan", "a cat", "-o", "p.json", "--api-key", "sk-canary-1234", "--max-rounds", "many"])
    assert "sk-canary-1234" not in capsys.readouterr().err


def test_an_output_named_as_a_folder_and_json_on_a_pipe(work, capsys):
    with pytest.raises(SystemExit):
        main(["plan", "a cat", "-o", "sub/"])
    assert "names a folder" in capsys.readouterr().err and not (work / "sub").exists()
    code = main(["plan", "un café près d'une église 🐱", "-o", "-"])
    out = capsys.readouterr().out
    assert code == 0 and out.isascii() and json.loads(out)["prompt"].startswith("un café")


def test_an_auth_file_or_model_that_is_a_fifo_is_refused_at_once(work, capsys):
    os.mkfifo(work / "logins")
    start = time.monotonic()
    code = main(["ui", "--auth-file", str(work / "logins")])
    assert code == 2 and time.monotonic() - start < 5 and "a pipe (FIFO), not a file" in capsys.readouterr().err
    os.mkfifo(work / "model.safetensors")
    Layout(prompt="a cat", width=256, height=256).save(work / "fifo-model.json")
    code = main(["generate", "--layout", "fifo-model.json", "--model", str(work / "model.safetensors"), "-o", "o.png",
                 "--device", "cpu"])
    assert code == 2 and "not a regular file or folder" in capsys.readouterr().err


def test_a_reader_that_leaves_the_pipe_costs_no_traceback(work):
    proc = subprocess.run(f"{sys.executable} -m regionflux plan 'a cat and a dog' -o - | head -c 1",
                          shell=True, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
