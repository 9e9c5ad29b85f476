"""The web page's layout <-> page conversions, history, uploads and server options, without a browser."""

import json

import pytest
from PIL import Image

from regionflux import Layout
from regionflux.cli import build_parser, main
from regionflux.errors import LayoutError, UsageError
from regionflux.outputs import OutputPaths, save_image
from regionflux.ui import state as page
from regionflux.ui.access import NOT_AVAILABLE, PageAccess

LAYOUT = Layout(prompt="a cat and a dog", width=512, height=256, regions=[
    dict(description="a grey cat", box=(16, 32, 200, 240), label="cat"),
    dict(description="a brown dog", box=(256, 0, 512, 256), label="dog"),
], seed=3)


def shown(layout, selected=None):
    return json.loads(page.canvas_value(layout, selected))


def test_the_canvas_draws_boxes_in_canvas_pixels_with_stable_colours():
    value = shown(LAYOUT, 1)
    assert [r["box"] for r in value["regions"]] == [list(r.box) for r in LAYOUT.regions]
    assert [r["label"] for r in value["regions"]] == ["0: cat", "1: dog"] and value["selected"] == 1
    assert value["regions"][0]["colour"] != value["regions"][1]["colour"] and value["image"] is None
    # a region's colour follows the region, not its place in the list
    without_cat = page.remove_region(LAYOUT, 0)
    assert shown(without_cat)["regions"][0]["colour"] == value["regions"][1]["colour"]


def test_a_moved_box_moves_only_its_region_and_is_clamped():
    moved = page.move_region(LAYOUT, 1, [200, 0, 456, 200])
    assert moved.regions[1].box == (200, 0, 456, 200)
    assert moved.regions[0] == LAYOUT.regions[0] and moved.regions[1].description == "a brown dog"
    assert page.move_region(LAYOUT, 0, [-100, 100, 84, 400]).regions[0].box == (0, 100, 84, 256)


def test_a_box_left_smaller_than_a_token_is_refused_with_a_message():
    with pytest.raises(LayoutError, match=r"box of region 1 would be 12x256 px .* smaller than one 16x16 px token"):
        page.move_region(LAYOUT, 1, [500, 0, 700, 256])
    with pytest.raises(LayoutError, match="choose a region first"):
        page.move_region(LAYOUT, 5, [0, 0, 100, 100])


def test_a_drawn_box_becomes_a_region():
    changed = page.add_region(LAYOUT, [10, 10, 100.4, 90])
    assert changed.regions[-1].box == (10, 10, 100, 90) and changed.regions[-1].description == page.NEW_REGION
    assert changed.regions[:2] == LAYOUT.regions


@pytest.mark.parametrize("payload, event", [
    ('{"event": {"kind": "draw", "box": [1, 2, 30.6, 40]}, "n": 1}', {"kind": "draw", "index": None, "box": [1, 2, 31, 40]}),
    ('{"event": {"kind": "move", "index": 1, "box": [0, 0, 16, 16]}}', {"kind": "move", "index": 1, "box": [0, 0, 16, 16]}),
    ('{"event": {"kind": "delete", "index": 0}}', {"kind": "delete", "index": 0, "box": None}),
    ('{"event": {"kind": "eval", "index": 0}}', None),
    ('{"event": {"kind": "move", "index": true, "box": [0, 0, 16, 16]}}', None),
    ('{"event": {"kind": "move", "index": 0, "box": [0, 0, 1e400, 16]}}', None),
    ('{"event": {"kind": "draw", "box": [0, 0, 16]}}', None),
    ('{"regions": []}', None),
    ("x" * 5000, None),
    (None, None),
])
def test_what_the_canvas_sends_is_read_as_one_bounded_gesture(payload, event):
    from regionflux.ui.canvas import read_event

    assert read_event(payload) == event


def test_mask_regions_are_drawn_by_the_server_and_stay_when_boxes_change(tmp_path):
    Image.new("L", (512, 256), 255).save(tmp_path / "sky.png")
    layout = Layout.model_validate({**LAYOUT.model_dump(), "regions": [
        {"description": "sky", "mask": "sky.png"}, *LAYOUT.model_dump()["regions"]]}, context={"base_dir": tmp_path})
    value = shown(layout)
    assert value["regions"][0]["box"] is None and value["image"].startswith("data:image/png;base64,")
    assert page.move_region(layout, 1, [0, 0, 64, 64]).regions[0].mask == "sky.png"
    with pytest.raises(LayoutError, match="is a mask"):
        page.move_region(layout, 0, [0, 0, 64, 64])


def test_fields_are_validated_as_the_cli_validates_them():
    assert page.set_field(LAYOUT, "settings.base_ratio", 0.5).settings.base_ratio == 0.5
    assert page.set_field(LAYOUT, "seed", 7).seed == 7
    with pytest.raises(LayoutError, match=r"Base ratio 1\.5: Input should be less than or equal to 1"):
        page.set_field(LAYOUT, "settings.base_ratio", 1.5)
    with pytest.raises(LayoutError, match="Steps: give a value"):
        page.set_field(LAYOUT, "settings.num_inference_steps", None)
    with pytest.raises(LayoutError, match="Global prompt"):
        page.set_field(LAYOUT, "prompt", "  ")
    assert page.set_field(LAYOUT, "background_prompt", "").background_prompt is None


def test_field_kinds_and_values_come_from_the_layout_model():
    assert page.is_integer("seed") and page.is_integer("settings.num_inference_steps") and page.is_integer("width")
    assert not page.is_integer("settings.base_ratio") and not page.is_integer("settings.guidance_scale")
    assert page.field_value(LAYOUT, "settings.base_ratio") == 0.2 and page.field_value(LAYOUT, "seed") == 3
    assert [page.field_value(LAYOUT, f) for f in ("prompt", "width")] == ["a cat and a dog", 512]


def test_a_new_canvas_size_scales_the_boxes():
    bigger = page.set_field(LAYOUT, "width", 1024)
    assert bigger.width == 1024 and bigger.regions[1].box == (512, 0, 1024, 256)
    with pytest.raises(LayoutError, match="Height 100"):
        page.set_field(LAYOUT, "height", 100)


def test_region_text_edits_and_removal():
    changed = page.set_region(LAYOUT, 1, label="puppy", description="a small brown puppy")
    assert changed.regions[1].name == "puppy" and changed.regions[0] == LAYOUT.regions[0]
    with pytest.raises(LayoutError, match="description is empty"):
        page.set_region(LAYOUT, 0, description=" ")
    with pytest.raises(LayoutError, match="choose a region first"):
        page.set_region(LAYOUT, 5, label="x")
    assert [r.label for r in page.remove_region(LAYOUT, 0).regions] == ["dog"]
    added = page.add_region(LAYOUT)
    assert added.regions[-1].box == (128, 64, 384, 192)


def test_history_undoes_and_redoes_and_ignores_repeats():
    history = page.History()
    assert history.push(LAYOUT)
    assert not history.push(LAYOUT.model_copy(deep=True))
    moved = page.set_field(LAYOUT, "seed", 9)
    history.push(moved)
    assert history.undo() == LAYOUT and history.can_redo
    assert history.redo() == moved and not history.can_redo
    history.undo()
    history.push(page.set_field(LAYOUT, "seed", 11))
    assert not history.can_redo and history.current.seed == 11


# -- uploads: only the page's own files and the operator's models ------------------------------------
def test_an_uploaded_png_gives_its_layout_back(tmp_path):
    save_image(Image.new("RGB", (512, 256)), LAYOUT, tmp_path / "r.png")
    layout, image = page.load_upload(tmp_path / "r.png", PageAccess(tmp_path))
    assert layout == LAYOUT and image.size == (512, 256)


def escaping_layouts(tmp_path):
    """One layout per field a page user could point outside the page's folder, and the field's name."""
    base = LAYOUT.model_dump(mode="json")
    (tmp_path / "outside.png").write_bytes(b"secret")
    Image.new("RGB", (512, 256)).save(tmp_path / "managed" / "depth.png")
    (tmp_path / "managed" / "lora").mkdir()
    (tmp_path / "managed" / "lora" / "style.safetensors").write_bytes(b"x")
    (tmp_path / "managed" / ".page").mkdir()
    (tmp_path / "managed" / ".page" / "other.png").write_bytes(b"x")
    (tmp_path / "managed" / "link.png").symlink_to(tmp_path / "outside.png")
    control = {"model": "lora", "image": "depth.png"}
    cases = []
    (tmp_path / "managed" / "browsers" / "b1").mkdir(parents=True)
    (tmp_path / "managed" / "browsers" / "b1" / "render-1.png").write_bytes(b"x")
    for path in ["/etc/hostname", "../outside.png", "sub/../../outside.png", "~/x.png", "link.png", ".page/other.png",
                 "missing.png", "browsers/b1/render-1.png"]:
        cases.append(({**base, "regions": [{"description": "x", "mask": path}]}, "regions[0].mask"))
        cases.append(({**base, "control": {**control, "image": path}}, "control.image"))
    for model in ["/etc", "tiny-flux/transformer", "owner/name", "..", "~", "https://example.com/x", "missing"]:
        cases.append(({**base, "control": {**control, "model": model}}, "control.model"))
        cases.append(({**base, "lora": [{"path": model}]}, "lora[0].path"))
    for name in ["/etc/passwd", "../../etc/passwd", "missing.safetensors", "..", "a/b"]:
        cases.append(({**base, "lora": [{"path": "lora", "weight_name": name}]}, "lora[0].weight_name"))
    return cases


def test_every_file_or_model_a_page_layout_names_is_confined_with_one_message(tmp_path):
    (tmp_path / "managed").mkdir()
    access = PageAccess(tmp_path / "managed", frozenset({"allowed/controlnet"}))
    for data, field in escaping_layouts(tmp_path):
        upload = tmp_path / "up.json"
        upload.write_text(json.dumps(data))
        with pytest.raises(LayoutError) as info:
            page.load_upload(upload, access)
        message = str(info.value)
        assert message == f"up.json: {NOT_AVAILABLE.format(field=field)}", (data, message)
        assert "secret" not in message and str(tmp_path) not in message


def test_files_inside_the_folder_and_allowed_models_pass(tmp_path):
    folder = tmp_path / "managed"
    folder.mkdir()
    Image.new("L", (512, 256), 255).save(folder / "sky.png")
    Image.new("RGB", (512, 256)).save(folder / "depth.png")
    (folder / "lora").mkdir()
    (folder / "lora" / "style.safetensors").write_bytes(b"x")
    access = PageAccess(folder, frozenset({"allowed/controlnet", "owner/lora"}))
    data = {**LAYOUT.model_dump(mode="json"), "regions": [{"description": "sky", "mask": "sky.png"}],
            "control": {"model": "allowed/controlnet", "image": "depth.png"},
            "lora": [{"path": "lora", "weight_name": "style.safetensors"}, {"path": "owner/lora", "weight_name": "w.safetensors"}]}
    (tmp_path / "up.json").write_text(json.dumps(data))
    layout, _ = page.load_upload(tmp_path / "up.json", access)
    assert layout.resolve("sky.png") == folder.resolve() / "sky.png"
    assert layout.lora[0].path == "lora" and layout.lora[1].path == "owner/lora"  # as written: no server path
    assert layout.control.model == "allowed/controlnet"
    again = page.checked_layout(access.confine(layout.model_dump(mode="json")), access)  # the render's second check
    assert again == layout
    loaded = access.resolved(layout.model_dump(mode="json"))  # what the loaders get, never shown
    assert loaded["lora"][0]["path"] == str(folder.resolve() / "lora") and loaded["lora"][1]["path"] == "owner/lora"


def test_messages_the_page_shows_hold_nothing_of_the_server(tmp_path, monkeypatch):
    monkeypatch.setenv("SOME_API_KEY", "canary-key-123")
    access = PageAccess(tmp_path, hidden=("http://10.0.0.5:8000/v1",), secrets=("flag-key-456",))
    text = (f"wrote {tmp_path}/users/ann/render-1.png; cannot read /etc/passwd or ~/.ssh/id_rsa in {tmp_path}; "
            "cannot connect to http://10.0.0.5:8000/v1 with canary-key-123 or flag-key-456; step 1/24, and/or")
    shown = access.shown(text)
    assert shown == ("wrote users/ann/render-1.png; cannot read <server path> or <server path> in the page's folder; "
                     "cannot connect to the planner server with *** or ***; step 1/24, and/or")


@pytest.mark.parametrize("name, content, message", [
    ("x.json", b"{not json", r"x\.json: not valid JSON: .* \(line 1, column 2\)"),
    ("x.json", b"[1, 2]", "holds JSON but not a layout"),
    ("x.json", b"\xff\xfe{}", "not UTF-8"),
    ("x.png", b"\x89PNG\r\n\x1a\n garbage", "not a PNG that can be read"),
    ("x.txt", b"{}", "upload a layout .json or a .png"),
    ("x.json", b'{"prompt": "p", "width": 100, "secret": "hunter2"}', r"x\.json: width: width 100"),
])
def test_bad_uploads_are_one_message_that_does_not_echo_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LayoutError, match=message) as info:
        page.load_upload(path, PageAccess(tmp_path))
    assert "hunter2" not in str(info.value) and "garbage" not in str(info.value)


def test_next_free_output_never_replaces_a_render(tmp_path):
    first = OutputPaths.next_free(tmp_path)
    assert first.image.name == "render-1.png"
    first.layout.write_text("{}")  # any one of the three files taken is enough to move on
    assert OutputPaths.next_free(tmp_path).image.name == "render-2.png"


# -- `regionflux ui` options -------------------------------------------------------------------------
def test_ui_logins_from_flags_and_a_file(tmp_path):
    from regionflux.cli.ui import is_loopback, logins

    (tmp_path / "users").write_text("# users\nann:s3cret\n\nbob:pa:ss\n")
    args = build_parser().parse_args(["ui", "--auth", "me:pw", "--auth-file", str(tmp_path / "users")])
    assert logins(args) == [("me", "pw"), ("ann", "s3cret"), ("bob", "pa:ss")]
    with pytest.raises(UsageError, match="--auth: give USER:PASSWORD") as info:
        logins(build_parser().parse_args(["ui", "--auth", "justapassword"]))
    assert "justapassword" not in str(info.value)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_ui_binds_to_loopback_and_warns_for_another_host(tmp_path, monkeypatch, capsys):
    import regionflux.cli.ui as ui

    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))  # `ui` points Gradio at its folder; undo after
    calls = []
    monkeypatch.setattr(ui, "serve", lambda config, **kwargs: calls.append((config, kwargs)))
    assert main(["ui", "--output-dir", str(tmp_path / "out"), "--device", "cpu"]) == 0
    assert calls[-1][1]["host"] == "127.0.0.1" and calls[-1][1]["auth"] == []
    assert "warning" not in capsys.readouterr().err
    assert main(["ui", "--host", "0.0.0.0", "--output-dir", str(tmp_path / "out"), "--auth", "a:b"]) == 0
    config, kwargs = calls[-1]
    assert kwargs["host"] == "0.0.0.0" and kwargs["auth"] == [("a", "b")]
    err = capsys.readouterr().err
    assert "warning: serving on 0.0.0.0" in err
    assert config.output_dir == (tmp_path / "out").resolve()
    assert config.render_unavailable is None or "--device cpu" in config.render_unavailable


def test_ui_refuses_a_file_as_output_folder(tmp_path, capsys):
    (tmp_path / "f").write_text("keep")
    assert main(["ui", "--output-dir", str(tmp_path / "f")]) == 2
    assert "is a file; give a folder" in capsys.readouterr().err
    assert (tmp_path / "f").read_text() == "keep"
