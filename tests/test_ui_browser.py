"""The web page in a real browser: Debian's Chromium driven by Playwright against `regionflux ui`.

The server runs as the user runs it (`python -m regionflux ui ...`) on a free loopback port, with a
tiny random-weight FLUX saved to a folder, and is stopped at the end. Each test saves a screenshot
of each step in its tmp dir. Deselect with ``-m "not browser"``.
"""

import json
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fake_openai import FakeOpenAI, reply
from page_server import CHROMIUM, WAIT, PageServer, launch_browser, stop_all
from regionflux import Layout
from regionflux.outputs import PNG_KEY
from regionflux.testing import tiny_pipeline

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():  # CI installs it (.ci/run); a local run without it skips, saying so
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
PROMPT = "a red apple on the left and a green pear on the right, on a wooden table"
OPERATOR_KEY = "sk-operator-canary-7f3a"
EDIT = {"edits": [{"op": "describe", "region": "#2", "description": "a ripe yellow pear", "label": None}]}


@pytest.fixture(scope="module")
def planner_server():
    """The operator's planner server: it answers every request with one edit."""
    with FakeOpenAI([reply(json.dumps(EDIT))]) as server:
        yield server


@pytest.fixture(scope="module")
def servers(tmp_path_factory, planner_server):
    """The page with a tiny FLUX on the CPU and the operator's planner server, and one started without a GPU
    (so it cannot render)."""
    tmp = tmp_path_factory.mktemp("ui")
    tiny_pipeline().save_pretrained(tmp / "tiny-flux")
    env = {"OPENAI_API_KEY": OPERATOR_KEY}
    main = PageServer(["--device", "cpu", "--model", str(tmp / "tiny-flux"), "--output-dir", str(tmp / "out"),
                       "--max-sequence-length", "16", "--llm-model", "fake-model", "--base-url", planner_server.base_url],
                      tmp, env)
    no_gpu = PageServer(["--output-dir", str(tmp / "out-no-gpu")], tmp, {**env, "CUDA_VISIBLE_DEVICES": ""})
    try:
        for server in (main, no_gpu):
            server.wait_until_up()
        yield {"url": main.url, "out": tmp / "out", "no_gpu": no_gpu.url}
    finally:
        stop_all([main, no_gpu])


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = launch_browser(p)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def context(browser):
    """One browser context for the module, so the page's scripts load from its cache after the first test;
    every test still gets a fresh page, and so a fresh server session with its own layout history."""
    context = browser.new_context(viewport={"width": 1500, "height": 1500}, accept_downloads=True)
    # each test's tab starts without the layouts an earlier test's tab kept (a reload in the same tab keeps them)
    context.add_init_script("if (!sessionStorage.getItem('rf-tab')) { localStorage.clear(); "
                            "sessionStorage.setItem('rf-tab', '1'); }")
    yield context
    context.close()


@pytest.fixture
def page(context, servers, tmp_path):
    page = context.new_page()
    page.goto(servers["url"])
    page.wait_for_selector("#prompt textarea", timeout=WAIT)
    shots = iter(range(100))
    page.shot = lambda name: page.screenshot(path=str(tmp_path / f"{next(shots):02d}-{name}.png"))
    yield page
    page.close()


def text_of(page, selector):
    return page.locator(selector).inner_text()


def wait_text(page, selector, words, timeout=WAIT):
    page.wait_for_function(
        "([sel, words]) => (document.querySelector(sel)?.innerText || '').includes(words)", arg=[selector, words],
        timeout=timeout)
    return text_of(page, selector)


def downloaded(page, button, tmp_path) -> Path:
    with page.expect_download(timeout=WAIT) as info:
        page.click(button)
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def page_layout(page, tmp_path, until=lambda layout: True) -> dict:
    """The layout the page offers for download, once ``until`` holds (the page updates asynchronously)."""
    deadline = time.time() + WAIT / 1000
    while True:
        layout = json.loads(downloaded(page, "#download_layout", tmp_path).read_text())
        if until(layout):
            return layout
        if time.time() > deadline:
            raise AssertionError(f"the page's layout never reached the expected state: {layout}")
        page.wait_for_timeout(200)


def to_screen(page, x, y):
    """Where canvas pixel (x, y) is on the screen."""
    return page.evaluate("""([x, y]) => {
        const svg = document.querySelector('#canvas svg');
        const p = svg.createSVGPoint(); p.x = x; p.y = y;
        const q = p.matrixTransform(svg.getScreenCTM());
        return [q.x, q.y];
    }""", [x, y])


def show_canvas(page):
    page.locator("#canvas svg").evaluate("svg => svg.scrollIntoView({block: 'center'})")


def drag(page, x0, y0, x1, y1):
    """Press at canvas pixel (x0, y0), move to (x1, y1) in steps and let go: a real mouse drag."""
    show_canvas(page)
    start, end = to_screen(page, x0, y0), to_screen(page, x1, y1)
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(*end, steps=8)
    page.mouse.up()


def click_canvas(page, x, y):
    show_canvas(page)
    page.mouse.click(*to_screen(page, x, y))


def select_on_canvas(page, index, box):
    """Click the middle of region ``index``'s ``box`` once the canvas draws it there; wait until it is selected."""
    x0, y0, x1, y1 = box
    page.wait_for_function("""([i, x0, y0]) => { const r = document.querySelector(`#canvas svg rect.rf-box[data-index="${i}"]`);
        return r && Math.abs(+r.getAttribute('x') - x0) < 1 && Math.abs(+r.getAttribute('y') - y0) < 1; }""",
                           arg=[index, x0, y0], timeout=WAIT)
    click_canvas(page, (x0 + x1) / 2, (y0 + y1) / 2)
    page.wait_for_function(f"document.querySelector('#region input').value.startsWith('{index}:')", timeout=WAIT)


def set_number(page, elem_id, value):
    leave(page.locator(f"#{elem_id} input"), value)


def leave(field, value):
    """Type ``value`` and leave the field (which applies it), focus going nowhere else."""
    field.fill(str(value))
    field.evaluate("element => element.blur()")


def choose_planner(page, name):
    page.locator("#planner_kind").get_by_text(name, exact=True).click()


def plan(page, prompt=PROMPT, size=(256, 256), planner="offline rules"):
    set_number(page, "width", size[0])
    set_number(page, "height", size[1])
    if planner:
        choose_planner(page, planner)
    page.fill("#prompt textarea", prompt)
    page.click("#plan")
    return wait_text(page, "#plan_status", "Planned")


# -- the tests -----------------------------------------------------------------------------------------
def test_plan_offline_see_the_regions_and_drag_one(page, tmp_path):
    page.shot("empty")
    status = plan(page)
    assert status.startswith("Planned 3 region(s): apple, pear, table")
    page.shot("planned")
    before = page_layout(page, tmp_path)
    assert [r["label"] for r in before["regions"]] == ["apple", "pear", "table"]
    assert (before["width"], before["height"]) == (256, 256)
    page.click("#region input")
    options = page.locator("#region [role=option]")
    options.first.wait_for(timeout=WAIT)
    assert [options.nth(i).get_attribute("aria-label") for i in range(options.count())] == [
        "0: apple", "1: pear", "2: table"]
    page.keyboard.press("Escape")

    # drag the apple's box with the mouse: the layout the page offers for download has it moved
    x0, y0, x1, y1 = before["regions"][0]["box"]
    drag(page, (x0 + x1) / 2, (y0 + y1) / 2, (x0 + x1) / 2 + 20, (y0 + y1) / 2 + 30)
    after = page_layout(page, tmp_path, until=lambda layout: layout["regions"][0]["box"] != [x0, y0, x1, y1])
    page.shot("dragged")
    moved = after["regions"][0]["box"]
    assert abs(moved[0] - (x0 + 20)) <= 1 and abs(moved[1] - (y0 + 30)) <= 1, (before["regions"][0], moved)
    assert moved[2] - moved[0] == x1 - x0 and moved[3] - moved[1] == y1 - y0  # moved, not resized
    assert after["regions"][1:] == before["regions"][1:]


def test_hand_edits_a_bad_value_and_a_refused_upload(page, tmp_path):
    plan(page)
    leave(page.locator("#region_description textarea"), "a shiny red apple with one green leaf")
    layout = page_layout(page, tmp_path, until=lambda l: l["regions"][0]["description"].startswith("a shiny"))
    assert layout["regions"][0]["description"] == "a shiny red apple with one green leaf"
    page.shot("described")

    set_number(page, "base_ratio", 1.5)
    message = wait_text(page, "#base_ratio", "Base ratio 1.5")
    assert "less than or equal to 1" in message
    page.shot("bad-value")
    assert page_layout(page, tmp_path)["settings"]["base_ratio"] == 0.2  # the last valid layout is kept
    set_number(page, "base_ratio", 0.5)
    assert page_layout(page, tmp_path, until=lambda l: l["settings"]["base_ratio"] == 0.5)["settings"]["base_ratio"] == 0.5
    assert "Base ratio 1.5" not in text_of(page, "#base_ratio")

    # an uploaded layout whose mask points outside the page's folder is refused, and the page keeps its layout
    bad = Layout(prompt="p", width=256, height=256).model_dump(mode="json")
    bad["regions"] = [{"description": "secret", "mask": "../../../etc/hostname"}]
    path = tmp_path / "escape.json"
    path.write_text(json.dumps(bad))
    page.locator("input[type=file]").first.set_input_files(str(path))
    message = wait_text(page, "#upload_status", "not available")
    assert "regions[0].mask: not available on this page" in message and "hostname" not in message
    page.shot("refused-upload")
    kept = page_layout(page, tmp_path)
    assert kept["prompt"].lower() == PROMPT.lower() and kept["regions"][0]["description"].startswith("a shiny")


def test_an_instruction_through_the_operators_server_edits_and_undo_redo(page, planner_server, tmp_path):
    plan(page)
    # the page offers the planners the operator configured, and no address field of its own
    options = page.locator("#planner_kind label")
    assert sorted(options.nth(i).inner_text().strip() for i in range(options.count())) == [
        "offline rules", "server model fake-model"]
    assert page.locator("#base_url").count() == 0 and page.locator("#llm_model").count() == 0
    choose_planner(page, "server model fake-model")
    page.locator("#instruction textarea").fill("make the pear yellow")
    page.click("#apply_instruction")
    assert wait_text(page, "#edit_status", "Done") == "Done."
    request = planner_server.requests[-1]
    assert "make the pear yellow" in request["body"]["messages"][-1]["content"]
    assert request["headers"]["authorization"] == f"Bearer {OPERATOR_KEY}"  # the operator's own server
    assert planner_server.base_url.split("//")[1] not in page.content()  # its address is not shown
    edited = page_layout(page, tmp_path, until=lambda l: l["regions"][1]["description"] == "a ripe yellow pear")
    assert edited["regions"][1]["description"] == "a ripe yellow pear"
    page.shot("instructed")
    page.click("#undo")
    assert page_layout(page, tmp_path, until=lambda l: l["regions"][1]["description"] != "a ripe yellow pear")[
        "regions"][1]["description"] != "a ripe yellow pear"
    page.click("#redo")
    assert page_layout(page, tmp_path, until=lambda l: l["regions"][1]["description"] == "a ripe yellow pear")[
        "regions"][1]["description"] == "a ripe yellow pear"


def test_render_shows_the_image_and_the_png_uploads_back_to_the_same_layout(page, servers, tmp_path):
    plan(page, size=(128, 64))
    set_number(page, "num_inference_steps", 2)
    set_number(page, "seed", 42)
    layout = page_layout(page, tmp_path, until=lambda l: l["settings"]["num_inference_steps"] == 2 and l["seed"] == 42)
    page.click("#render")
    status = wait_text(page, "#render_status", "Render 1: rendered", timeout=120_000)
    assert "step 2/2 (100%)" in status and "seed 42" in status
    page.wait_for_selector("#result img", timeout=WAIT)
    page.shot("rendered")
    png = downloaded(page, "#download_image", tmp_path)
    with Image.open(png) as image:
        assert image.size == (128, 64)
        carried = json.loads(image.info[PNG_KEY])
    assert Layout.model_validate(carried) == Layout.model_validate(layout)
    # without logins, each browser's renders have a folder of their own, which no page layout may name
    (folder,) = (servers["out"] / "browsers").iterdir()
    saved = sorted(p.name for p in folder.iterdir())
    assert saved == ["render-1.layout.json", "render-1.png", "render-1.preview.png"]
    assert f"rendered browsers/{folder.name}/render-1.png" in status

    page.check("#show_boxes input")
    page.wait_for_timeout(500)
    page.shot("boxes-over-render")
    page.locator("#gallery button, #gallery img").first.wait_for(timeout=WAIT)

    # start from another layout, then open the PNG: the page holds the render's exact layout again
    set_number(page, "seed", 7)
    page_layout(page, tmp_path, until=lambda l: l["seed"] == 7)
    page.locator("#upload input[type=file], input[type=file]").first.set_input_files(str(png))
    assert "a layout with" in wait_text(page, "#upload_status", "Opened")
    back = page_layout(page, tmp_path, until=lambda l: l["seed"] == 42)
    assert Layout.model_validate(back) == Layout.model_validate(layout)
    page.shot("uploaded-png")


def test_without_a_gpu_the_page_plans_and_says_why_it_cannot_render(browser, servers, tmp_path):
    context = browser.new_context(viewport={"width": 1500, "height": 1500})
    page = context.new_page()
    page.goto(servers["no_gpu"])
    page.wait_for_selector("#prompt textarea", timeout=WAIT)
    assert "cannot render" in text_of(page, "#render_status") and "--device cpu" in text_of(page, "#render_status")
    plan(page, planner=None)  # the offline rules are its only planner
    page.click("#render")
    # the click's own answer (the status said "no CUDA device" before it too)
    assert "no CUDA device" in wait_text(page, "#render_status", "Render 1:")
    page.screenshot(path=str(tmp_path / "no-gpu.png"))
    context.close()


# -- the page as a canvas (issue 20): one test per finding, each with its screenshots --------------------
def boxes_on_canvas(page) -> list:
    """Each region's box and colour as the canvas draws them, by region index."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('#canvas svg rect.rf-box')).map(r => ({
        index: +r.dataset.index, colour: r.getAttribute('stroke'),
        box: [+r.getAttribute('x'), +r.getAttribute('y'), +r.getAttribute('x') + +r.getAttribute('width'),
              +r.getAttribute('y') + +r.getAttribute('height')]})).sort((a, b) => a.index - b.index)""")


def test_1_a_box_drawn_by_dragging_on_an_empty_spot_is_a_new_region(page, tmp_path):
    plan(page)
    before = page_layout(page, tmp_path)
    page.shot("planned")
    drag(page, 8, 8, 120, 60)  # the top of this layout is empty
    page.shot("after-drag")
    after = page_layout(page, tmp_path, until=lambda l: len(l["regions"]) == len(before["regions"]) + 1)
    new = after["regions"][-1]
    assert abs(new["box"][0] - 8) <= 1 and abs(new["box"][2] - 120) <= 1 and abs(new["box"][3] - 60) <= 1
    assert page.locator("#region input").input_value().startswith(f"{len(before['regions'])}:")  # and selected
    page.wait_for_timeout(1000)
    assert "Added region" in text_of(page, "#canvas_status")  # the message stays
    page.shot("drawn")
    x, y = next((x, y) for y in range(4, 256, 12) for x in range(4, 256, 12) if not any(
        b[0] - 8 <= x <= b[2] + 8 and b[1] - 8 <= y <= b[3] + 8 for b in (r["box"] for r in after["regions"])))
    drag(page, x, y, x + 4, y + 4)  # a click-sized drag on an empty spot adds nothing and says why
    assert "at least 16 x 16" in wait_text(page, "#canvas", "at least")
    assert len(page_layout(page, tmp_path)["regions"]) == len(after["regions"])


def test_2_and_3_progress_shows_while_rendering_and_cancel_ends_in_a_status(page, tmp_path):
    # 200 steps of the tiny model at 768x768 take over 10 s (at 64x64 under 2 s: on a quiet machine the
    # render could end before the test's click on Cancel, leaving the button disabled)
    plan(page, size=(768, 768))
    set_number(page, "num_inference_steps", 200)
    page_layout(page, tmp_path, until=lambda l: l["settings"]["num_inference_steps"] == 200)
    assert page.locator("#cancel").is_disabled()  # nothing runs yet
    page.click("#render")
    bar = page.locator("#result .progress-text, #result .eta-bar, #result .progress-level").first
    bar.wait_for(state="visible", timeout=60_000)
    page.wait_for_function("(document.querySelector('#result')?.innerText || '').includes('/200')", timeout=60_000)
    progress = text_of(page, "#result")
    assert "denoising" in progress and "/200" in progress
    box = page.locator("#result").bounding_box()
    assert box["height"] > 100
    page.shot("progress")
    page.once("dialog", lambda dialog: dialog.accept())
    assert page.locator("#cancel").is_enabled()
    page.click("#cancel")
    status = wait_text(page, "#render_status", "Cancelled", timeout=60_000)
    assert "Cancelling" not in status
    page.wait_for_function("document.querySelector('#cancel').disabled", timeout=WAIT)
    page.shot("cancelled")


def test_4_the_canvas_has_no_view_rotation_to_rewrite_boxes(page):
    plan(page)
    assert page.locator("#canvas [title*=otate], #canvas [aria-label*=otate], #canvas button").count() == 0


def test_5_click_selects_everywhere_and_delete_acts_on_the_selection(page, tmp_path):
    plan(page)
    layout = page_layout(page, tmp_path)
    pear = next(i for i, r in enumerate(layout["regions"]) if r["label"] == "pear")
    x0, y0, x1, y1 = layout["regions"][pear]["box"]
    click_canvas(page, (x0 + x1) / 2, (y0 + y1) / 2)
    page.wait_for_function(f"document.querySelector('#region input').value.startsWith('{pear}:')", timeout=WAIT)
    assert page.locator("#region_label input, #region_label textarea").first.input_value() == "pear"
    page.shot("selected-pear")
    page.keyboard.press("Delete")
    after = page_layout(page, tmp_path, until=lambda l: len(l["regions"]) == len(layout["regions"]) - 1)
    assert "pear" not in [r["label"] for r in after["regions"]]
    # the dropdown and the Delete button act on what the canvas shows selected
    apple = next(i for i, r in enumerate(after["regions"]) if r["label"] == "apple")
    x0, y0, x1, y1 = after["regions"][apple]["box"]
    click_canvas(page, (x0 + x1) / 2, (y0 + y1) / 2)
    page.wait_for_function(f"document.querySelector('#region input').value.startsWith('{apple}:')", timeout=WAIT)
    page.click("#delete_region")
    last = page_layout(page, tmp_path, until=lambda l: len(l["regions"]) == len(after["regions"]) - 1)
    assert "apple" not in [r["label"] for r in last["regions"]]


def test_6_a_reload_keeps_the_layout_its_history_and_the_gallery(page, tmp_path):
    plan(page)
    leave(page.locator("#region_description textarea"), "a very shiny red apple")
    page_layout(page, tmp_path, until=lambda l: l["regions"][0]["description"] == "a very shiny red apple")
    page.wait_for_timeout(500)
    page.reload()
    page.wait_for_selector("#canvas svg .rf-box", timeout=WAIT)
    kept = page_layout(page, tmp_path)
    assert kept["regions"][0]["description"] == "a very shiny red apple" and kept["prompt"].lower() == PROMPT.lower()
    assert page.locator("#undo").is_enabled()
    page.click("#undo")
    assert page_layout(page, tmp_path, until=lambda l: l["regions"][0]["description"] != "a very shiny red apple")
    assert "since the server started" not in text_of(page, "#gallery")
    page.shot("reloaded")


def test_7_settings_show_their_defaults_and_typed_ones_survive_plan(page, tmp_path):
    assert page.locator("#num_inference_steps input").input_value() == "24"
    assert page.locator("#double_inject_blocks_interval input").input_value() != "0"
    set_number(page, "num_inference_steps", 2)
    plan(page)
    assert page_layout(page, tmp_path)["settings"]["num_inference_steps"] == 2


def test_8_and_9_messages_are_readable_name_the_pages_fields_and_do_not_go_stale(page, tmp_path):
    page.click("#plan")
    assert "write what to draw first" in wait_text(page, "#plan_status", "Error")
    page.locator("#prompt textarea").fill("a cat")
    page.wait_for_function("!(document.querySelector('#plan_status')?.innerText || '').includes('Error')", timeout=WAIT)
    plan(page)
    page.locator("#instruction textarea").fill("please rotate everything")
    page.click("#apply_instruction")
    help_text = wait_text(page, "#edit_status", "offline planner understands")
    assert "make X <colour>" in help_text and "remove X" in help_text  # nothing eaten as a tag
    assert "--" not in help_text
    page.locator("#instruction textarea").fill("make the apple bigger")
    page.click("#apply_instruction")
    wait_text(page, "#edit_status", "Done")
    page.click("#undo")
    page.wait_for_function("!(document.querySelector('#edit_status')?.innerText || '').includes('Done')", timeout=WAIT)
    page.shot("messages")


def test_9_a_render_warning_reaches_the_page(page, tmp_path):
    plan(page, prompt="a cat " + "with very long soft fluffy fur " * 8, size=(64, 64))
    set_number(page, "num_inference_steps", 1)
    page_layout(page, tmp_path, until=lambda l: l["settings"]["num_inference_steps"] == 1)
    page.click("#render")
    status = wait_text(page, "#render_status", "rendered", timeout=120_000)
    assert "Warning" in status and "truncated" in status


def test_10_enter_plans_shift_enter_is_a_new_line_arrows_move_and_ctrl_z_undoes(page, tmp_path):
    set_number(page, "width", 256)
    set_number(page, "height", 256)
    choose_planner(page, "offline rules")
    box = page.locator("#prompt textarea")
    box.click()
    page.keyboard.type("a red apple")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("on a table")
    assert box.input_value() == "a red apple\non a table"
    page.keyboard.press("Enter")
    wait_text(page, "#plan_status", "Planned")
    layout = page_layout(page, tmp_path)
    x0, y0, x1, y1 = layout["regions"][0]["box"]
    # each key waits for the canvas to draw the box and select it: under load a key pressed at once
    # found nothing selected (failed twice on a busy machine)
    select_on_canvas(page, 0, (x0, y0, x1, y1))
    page.keyboard.press("ArrowRight")
    moved = page_layout(page, tmp_path, until=lambda l: l["regions"][0]["box"][0] != x0)
    assert moved["regions"][0]["box"] == [x0 + 16, y0, x1 + 16, y1]
    page.locator("body").click(position={"x": 5, "y": 5})  # out of any field: Ctrl+Z is the page's
    page.keyboard.press("Control+z")
    assert page_layout(page, tmp_path, until=lambda l: l["regions"][0]["box"][0] == x0)["regions"][0]["box"][0] == x0
    page.keyboard.press("Control+Shift+z")
    assert page_layout(page, tmp_path, until=lambda l: l["regions"][0]["box"][0] == x0 + 16)
    select_on_canvas(page, 0, (x0 + 16, y0, x1 + 16, y1))
    page.keyboard.press("Backspace")
    assert len(page_layout(page, tmp_path, until=lambda l: len(l["regions"]) < len(layout["regions"]))["regions"]) \
        == len(layout["regions"]) - 1


def test_11_and_12_labels_stay_readable_and_each_region_keeps_its_colour(page, tmp_path):
    plan(page, prompt="a sky above a red car to the left of a blue bicycle", size=(512, 256))
    labels = page.evaluate("""() => Array.from(document.querySelectorAll('#canvas svg text.rf-label')).map(t => {
        const b = t.getBBox(); return {i: +t.dataset.index, top: b.y, bottom: b.y + b.height, stroke: t.getAttribute('stroke-width')};
    })""")
    boxes = {b["index"]: b for b in boxes_on_canvas(page)}
    for label in labels:  # inside its own box, so never cut off at the canvas's top edge, with a halo
        assert label["top"] >= boxes[label["i"]]["box"][1] - 1 and label["top"] >= 0 and float(label["stroke"]) > 0
    page.shot("labels")
    layout = page_layout(page, tmp_path)
    colours = {layout["regions"][b["index"]]["label"]: b["colour"] for b in boxes_on_canvas(page)}
    sky = next(i for i, r in enumerate(layout["regions"]) if r["label"] == "sky")
    click_canvas(page, *[(a + b) / 2 for a, b in zip(layout["regions"][sky]["box"][:2], layout["regions"][sky]["box"][2:])])
    page.keyboard.press("Delete")
    after = page_layout(page, tmp_path, until=lambda l: "sky" not in [r["label"] for r in l["regions"]])
    page.wait_for_timeout(300)
    now = {after["regions"][b["index"]]["label"]: b["colour"] for b in boxes_on_canvas(page)}
    assert now == {k: v for k, v in colours.items() if k != "sky"}


def test_13_on_a_phone_the_canvas_comes_first_then_render(browser, servers, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.goto(servers["url"])
    phone.wait_for_selector("#prompt textarea", timeout=WAIT)
    # waited for, not asked once: on a slow start the choice was not drawn yet, the operator's server model
    # stayed chosen, and planning with it never said "Planned" (failed once in a clean CI trial)
    phone.locator("#planner_kind").get_by_text("offline rules", exact=True).click(timeout=WAIT)
    phone.fill("#prompt textarea", PROMPT)
    phone.click("#plan")
    wait_text(phone, "#plan_status", "Planned")
    phone.wait_for_selector("#canvas svg .rf-box", timeout=WAIT)
    canvas, render, words = (phone.locator(s).bounding_box() for s in ("#canvas", "#render", "#instruction"))
    assert canvas["y"] < render["y"] < words["y"]
    assert render["y"] - (canvas["y"] + canvas["height"]) < 844  # Render within a screen below the canvas
    phone.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()


def test_14_names_idle_cancel_and_huge_numbers(page, tmp_path):
    plan(page)
    name = downloaded(page, "#download_layout", tmp_path).name
    assert name != "layout.json" and name.startswith("a-red-apple")
    assert page.locator("#cancel").is_disabled()
    set_number(page, "width", "1e308")
    message = wait_text(page, "#width", "from 16 to")
    assert len(message) < 300


def test_15_repaint_the_changed_region_then_reroll_one_and_the_gallery_keeps_the_chain(page, servers, tmp_path):
    """Issue 22: after a render, an edit marks its region as changed; "Repaint changed regions" paints only
    it over the shown image, "Re-roll this region" re-rolls the selected one with a new seed; each step is
    a render of its own in the gallery, recording its parent."""
    import re

    plan(page, size=(128, 64))
    set_number(page, "num_inference_steps", 2)
    set_number(page, "seed", 5)
    layout = page_layout(page, tmp_path, until=lambda l: l["settings"]["num_inference_steps"] == 2 and l["seed"] == 5)
    page.click("#repaint")
    assert "render first" in wait_text(page, "#render_status", "render first")
    page.click("#render")
    status = wait_text(page, "#render_status", "Render 2: rendered", timeout=120_000)
    first = servers["out"] / re.search(r"rendered (\S+\.png)", status).group(1)
    page.click("#repaint")
    wait_text(page, "#render_status", "nothing to repaint")
    selected = page.locator("#region input").input_value()
    index = int(selected.split(":")[0])
    leave(page.locator("#region_description textarea"), "a shiny golden apple")
    page_layout(page, tmp_path, until=lambda l: l["regions"][index]["description"] == "a shiny golden apple")
    page.click("#repaint")
    status = wait_text(page, "#render_status", f"repainted region {index} of", timeout=120_000)
    second = servers["out"] / re.search(r" as (\S+\.png)", status).group(1)
    page.shot("repainted")
    painted = Layout.load(second.with_name(second.stem + ".layout.json"))
    x0, y0, x1, y1 = painted.repaint.area
    before, after = (np.asarray(Image.open(p).convert("RGB")) for p in (first, second))
    outside = np.ones(before.shape[:2], dtype=bool)
    outside[y0:y1, x0:x1] = False
    assert outside.any() and np.array_equal(before[outside], after[outside])
    assert not np.array_equal(before[~outside], after[~outside])
    assert painted.regions[index].description == "a shiny golden apple" and painted.seed == layout["seed"]
    # re-roll the other region of the repaint: a new seed, the chain goes on
    other = next(i for i in range(len(layout["regions"])) if i != index)
    page.locator("#region input").click()
    page.get_by_role("option", name=re.compile(rf"^{other}:")).click()
    page.wait_for_function(f"document.querySelector('#region input').value.startsWith('{other}:')", timeout=WAIT)
    page.click("#reroll")
    status = wait_text(page, "#render_status", f"repainted region {other} of {second.relative_to(servers['out'])}",
                       timeout=120_000)
    third = servers["out"] / re.search(r" as (\S+\.png)", status).group(1)
    rerolled = Layout.load(third.with_name(third.stem + ".layout.json"))
    assert rerolled.repaint.regions == [other] and rerolled.seed != painted.seed
    from regionflux.repaint import file_sha256

    assert rerolled.repaint.parent_sha256 == file_sha256(second)
    page.wait_for_function("document.querySelectorAll('#gallery img').length >= 3", timeout=WAIT)
    page.shot("rerolled")
