"""The web page in a real browser: Debian's Chromium driven by Playwright against `regionflux ui`.

The server runs as the user runs it (`python -m regionflux ui ...`) on a free loopback port, with a
tiny random-weight FLUX saved to a folder, and is stopped at the end. Each test saves a screenshot
of each step in its tmp dir. Deselect with ``-m "not browser"``.
"""

import json
import time
from pathlib import Path

import pytest
from PIL import Image

from fake_openai import FakeOpenAI, reply
from page_server import CHROMIUM, WAIT, PageServer, launch_browser
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
        for server in (main, no_gpu):
            server.stop()


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
    canvas = page.locator("#canvas canvas").first
    canvas.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = canvas.bounding_box()
    scale = box["height"] / before["height"]  # the picture fills the canvas's height, centred across
    left = box["x"] + (box["width"] - before["width"] * scale) / 2
    x0, y0, x1, y1 = before["regions"][0]["box"]
    start = (left + scale * (x0 + x1) / 2, box["y"] + scale * (y0 + y1) / 2)
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] + 20 * scale, start[1] + 30 * scale, steps=10)
    page.mouse.up()
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
    assert kept["prompt"] == PROMPT and kept["regions"][0]["description"].startswith("a shiny")


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
    page.wait_for_timeout(500)
    assert "no CUDA device" in text_of(page, "#render_status")
    page.screenshot(path=str(tmp_path / "no-gpu.png"))
    context.close()
