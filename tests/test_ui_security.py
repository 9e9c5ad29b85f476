"""The page is safe to share: its users are not its operator.

A real `regionflux ui` on loopback with logins, a tiny model, canary secrets in its environment and the
operator's models allowed; every test plays a page user trying to get at something of the server's:
its API key, its files, its network, its machine time, or another user's renders.
"""

import json
import os
import re
import time
from pathlib import Path

import httpx
import pytest
from PIL import Image

from fake_openai import FakeOpenAI, reply
from page_server import CHROMIUM, WAIT, PageServer, free_port, launch_browser
from regionflux import Layout
from regionflux.testing import tiny_pipeline

CANARIES = {"OPENAI_API_KEY": "sk-canary-openai-91c2", "HF_TOKEN": "hf_canary_token_5d1e",
            "AWS_SECRET_ACCESS_KEY": "canary-aws-secret-77"}
USERS = {"ann": "pw-ann-1", "bob": "pw-bob-2", "eve": "pw-eve-3"}
LAYOUT = Layout(prompt="a cat and a dog", width=64, height=64, seed=5,
                regions=[dict(description="a cat", box=(0, 0, 32, 64), label="cat"),
                         dict(description="a dog", box=(32, 0, 64, 64), label="dog")],
                settings=dict(num_inference_steps=2, mask_inject_steps=1))


# -- every route behind the login ------------------------------------------------------------------
def all_routes(routes, prefix=""):
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:  # a router included into the app
            yield from all_routes(inner.routes, prefix)
        elif getattr(route, "path", None):
            yield prefix + route.path, sorted(getattr(route, "methods", None) or ["GET"])


def filled(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "x", path)


def test_every_route_answers_401_without_a_login_and_unused_features_404(tmp_path, monkeypatch):
    from regionflux.renderer import Renderer, RenderOptions
    from regionflux.ui.app import launch
    from regionflux.ui.config import PageConfig
    from regionflux.ui.guard import DENIED_PREFIXES, is_public

    out = tmp_path / "out"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(out / ".page" / "gradio"))
    config = PageConfig(output_dir=out, renderer=Renderer(RenderOptions(model=str(tmp_path / "none"), device="cpu")),
                        render_unavailable="not in this test", logins=True)
    port = free_port()
    blocks = launch(config, host="127.0.0.1", port=port, auth=[("ann", "pw")], block=False)
    try:
        routes = list(all_routes(blocks.server_app.routes))
        assert len(routes) > 40 and any(p.startswith("/gradio_api/queue") for p, _ in routes)
        url = f"http://127.0.0.1:{port}"
        checked = 0
        with httpx.Client(base_url=url, timeout=10) as client:
            for path, methods in routes:
                for method in methods:
                    target = filled(path)
                    if method == "HEAD" or is_public(method, target):
                        continue
                    answer = client.request(method, target)
                    expected = 404 if target.startswith(DENIED_PREFIXES) else 401
                    assert answer.status_code == expected, (method, target, answer.status_code, answer.text[:200])
                    checked += 1
            assert checked > 40
            # the hub-reaching and network-reaching features stay off after logging in too
            assert client.post("/login", data={"username": "ann", "password": "pw"}).status_code == 200
            assert client.get("/gradio_api/info").status_code == 200
            for path in ("/gradio_api/run-history/buckets", "/gradio_api/proxy=http://127.0.0.1:9/x",
                         "/gradio_api/file=http://127.0.0.1:9/x", f"/gradio_api/file={tmp_path}/x.png",
                         "/gradio_api/file=/etc/passwd"):
                assert client.get(path).status_code == 404, path
    finally:
        blocks.close()


# -- a real page with logins ---------------------------------------------------------------------------
def save_tiny_lora(folder: Path) -> None:
    """A LoRA for the tiny transformer, as diffusers saves one: ``folder/good.safetensors``."""
    import torch
    from diffusers import FluxPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    pipe = tiny_pipeline()
    torch.manual_seed(3)
    pipe.transformer.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights=False, target_modules=["to_q", "to_v"]))
    FluxPipeline.save_lora_weights(folder, transformer_lora_layers=get_peft_model_state_dict(pipe.transformer),
                                   weight_name="good.safetensors")


def logged_in(url: str, user: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=10)
    assert client.post("/login", data={"username": user, "password": USERS[user]}).status_code == 200
    return client



playwright_api = pytest.importorskip("playwright.sync_api")
browser_only = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """The page with two logins, a tiny FLUX, page users allowed to name their own planner server, one
    allowed LoRA repo id, and canary secrets in its environment."""
    tmp = tmp_path_factory.mktemp("shared")
    tiny_pipeline().save_pretrained(tmp / "tiny-flux")
    out = tmp / "out"
    (out / "lora").mkdir(parents=True)
    (out / "lora" / "broken.safetensors").write_bytes(b"not a LoRA at all")
    auth = [arg for user, pw in USERS.items() for arg in ("--auth", f"{user}:{pw}")]
    server = PageServer(["--device", "cpu", "--model", str(tmp / "tiny-flux"), "--output-dir", str(out),
                         "--max-sequence-length", "16", "--allow-planner-url", "--allow-model", "owner/allowed-lora",
                         *auth], tmp, CANARIES)
    try:
        # made while the server starts (it reads a LoRA only when a render names it), and before any test runs
        save_tiny_lora(out / "lora")
        server.wait_until_up()
        yield {"url": server.url, "out": out, "tmp": tmp, "server": server}
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = launch_browser(p)
        yield browser
        browser.close()


class Visitor:
    """One person's browser on the page: logged in, every response body kept for checking."""

    def __init__(self, browser, shared, user, tmp_path):
        self.context = browser.new_context(viewport={"width": 1500, "height": 1500}, accept_downloads=True)
        self.page = self.context.new_page()
        self.bodies: list[str] = []
        self.page.on("response", self._keep)
        self.tmp_path = tmp_path
        self.user = user
        self.renders = 0
        self.page.goto(shared["url"])
        self.page.wait_for_selector("input[type=password]", timeout=WAIT)
        self.page.fill("input[type=text]", user)
        self.page.fill("input[type=password]", USERS[user])
        self.page.keyboard.press("Enter")
        self.page.wait_for_selector("#prompt textarea", timeout=WAIT)

    def _keep(self, response):
        kind = response.headers.get("content-type", "")
        if kind.startswith(("application/json", "text/")) and "event-stream" not in kind:
            try:
                self.bodies.append(response.text())
            except Exception:
                pass

    def shot(self, name):
        self.page.screenshot(path=str(self.tmp_path / f"{self.user}-{name}.png"))

    def text(self, selector) -> str:
        return self.page.locator(selector).inner_text()

    def wait_text(self, selector, words, timeout=WAIT) -> str:
        self.page.wait_for_function(
            "([sel, words]) => (document.querySelector(sel)?.innerText || '').includes(words)",
            arg=[selector, words], timeout=timeout)
        return self.text(selector)

    def upload(self, data: dict, name="layout.json") -> str:
        path = self.tmp_path / name
        path.write_text(json.dumps(data))
        self.page.locator("input[type=file]").first.set_input_files(str(path))
        self.page.wait_for_function(  # every answer to an upload names it
            "name => (document.querySelector('#upload_status')?.innerText || '').includes(name)", arg=name,
            timeout=WAIT)
        return self.text("#upload_status")

    def render(self) -> str:
        self.renders += 1
        self.page.click("#render")
        self.page.wait_for_function(  # the answer to this click, and no progress timer over it any more
            """n => { const t = (document.querySelector('#render_status')?.innerText || '').trim();
                      return !/^[0-9.]+s/.test(t) && t.includes(`Render ${n}:`); }""", arg=self.renders, timeout=120_000)
        return self.text("#render_status").strip().split(f"Render {self.renders}: ", 1)[1]

    def gallery_count(self) -> int:
        return self.page.locator("#gallery img").count()

    def close(self):
        self.context.close()


@pytest.fixture
def visitor(browser, shared, tmp_path):
    made = []

    def make(user):
        made.append(Visitor(browser, shared, user, tmp_path))
        return made[-1]

    yield make
    for v in made:
        v.close()


def all_text(visitor) -> str:
    return visitor.page.content() + visitor.page.locator("body").inner_text() + "\n".join(visitor.bodies)


@browser_only
def test_a_server_a_user_names_gets_no_key_and_its_reply_is_not_shown(visitor, shared):
    ann = visitor("ann")
    answer = "CANARY-REPLY-TEXT <html><body>internal admin page</body></html>"
    with FakeOpenAI([reply(answer)]) as capture:
        ann.page.locator("#planner_kind").get_by_text("a server you name", exact=True).click()
        ann.page.locator("#base_url textarea").fill(capture.base_url)
        ann.page.locator("#llm_model textarea").fill("some-model")
        ann.page.fill("#prompt textarea", "a cat and a dog")
        ann.page.click("#plan")
        message = ann.wait_text("#plan_status", "Error")
        ann.shot("user-server")
    assert capture.requests, "the page did not reach the server the user named"
    for request in capture.requests:
        headers = json.dumps(request["headers"])
        assert "authorization" not in request["headers"] and not any(v in headers for v in CANARIES.values())
    assert "gave no usable answer" in message
    assert "CANARY-REPLY-TEXT" not in all_text(ann) and "internal admin page" not in all_text(ann)


@browser_only
def test_steps_beyond_the_bound_are_refused_on_the_field_and_in_an_upload(visitor):
    ann = visitor("ann")
    ann.page.fill("#prompt textarea", "a cat and a dog")
    ann.page.click("#plan")
    ann.wait_text("#plan_status", "Planned")
    field = ann.page.locator("#num_inference_steps input")
    field.fill("1000000000")
    field.evaluate("element => element.blur()")
    assert "less than or equal to 200" in ann.wait_text("#num_inference_steps", "Steps 1000000000")
    huge = LAYOUT.model_dump(mode="json")
    huge["settings"]["num_inference_steps"] = 1_000_000_000
    message = ann.upload(huge)
    assert "settings.num_inference_steps" in message and "less than or equal to 200" in message
    ann.shot("steps-refused")


@browser_only
def test_escaping_uploads_are_refused_by_field_and_nothing_shows_a_server_path(visitor, shared):
    ann = visitor("ann")
    base = LAYOUT.model_dump(mode="json")
    secret = shared["tmp"] / "secret.png"
    Image.new("L", (64, 64), 255).save(secret)
    Image.new("RGB", (64, 64)).save(shared["out"] / "depth.png")
    cases = {
        "regions[0].mask": {**base, "regions": [{"description": "x", "mask": str(secret)}]},
        "control.image": {**base, "control": {"model": "owner/allowed-lora", "image": "../secret.png"}},
        "control.model": {**base, "control": {"model": "tiny-flux/transformer", "image": "depth.png"}},
        "lora[0].path": {**base, "lora": [{"path": "owner/name"}]},
        "lora[0].weight_name": {**base, "lora": [{"path": "lora", "weight_name": "/etc/passwd"}]},
    }
    for field, data in cases.items():
        message = ann.upload(data, name=f"{field.replace('[', '').replace(']', '').replace('.', '-')}.json")
        assert f"{field}: not available on this page" in message, (field, message)
    ann.shot("refused")
    assert str(shared["tmp"]) not in all_text(ann) and "/etc/passwd" not in ann.text("body")
    # the uploads were read and deleted: nothing of them is left in the page's folder
    uploaded = {f"{field.replace('[', '').replace(']', '').replace('.', '-')}.json" for field in cases}
    left = [p for p in (shared["out"] / ".page").rglob("*") if p.is_file() and p.name in uploaded]
    assert left == []


def test_uploads_are_never_served_back_as_pages_and_are_limited(shared):
    """A user's upload (an HTML page, an SVG) is never served from the page's origin, where its scripts
    would run in another user's session; served files carry no-sniff and sandbox headers."""
    eve = logged_in(shared["url"], "eve")
    try:
        pages = [("cats.html", b"<script>fetch('/gradio_api/queue/join')</script>", "text/html"),
                 ("x.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>1</script></svg>", "image/svg+xml")]
        for page in pages:
            answer = eve.post("/gradio_api/upload", files={"files": page})
            assert answer.status_code == 200
            (path,) = answer.json()
            assert str(shared["out"]) not in path  # the page's folder goes by a neutral name
            assert eve.get(f"/gradio_api/file={path}").status_code == 404
        png = eve.post("/gradio_api/upload", files={"files": ("x.png", _png(), "image/png")}).json()[0]
        served = eve.get(f"/gradio_api/file={png}")
        assert served.status_code == 200 and served.headers["x-content-type-options"] == "nosniff"
        assert "sandbox" in served.headers["content-security-policy"]
        codes = [eve.post("/gradio_api/upload", files={"files": ("y.json", b"{}", "application/json")}).status_code
                 for _ in range(40)]
        assert 429 in codes and codes.index(429) <= 30  # a quota per user
    finally:
        eve.close()


def _png() -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="PNG")
    return buffer.getvalue()


@browser_only
def test_a_failed_lora_leaves_the_model_for_the_next_render_and_galleries_are_per_user(visitor, shared):
    ann = visitor("ann")
    ann.upload(LAYOUT.model_dump(mode="json"))
    first = ann.render()
    assert first.startswith("rendered users/ann/render-") and "the model was loaded for this render" in first
    assert (shared["out"] / "users" / "ann").is_dir()
    # a LoRA the operator put in the page's folder: loaded, and its name saved as the user wrote it
    assert "Opened" in ann.upload({**LAYOUT.model_dump(mode="json"), "lora": [{"path": "lora/good.safetensors"}]},
                                  name="good.json")
    assert ann.render().startswith("rendered users/ann/render-2.png")
    saved = (shared["out"] / "users" / "ann" / "render-2.layout.json").read_text()
    assert json.loads(saved)["lora"][0]["path"] == "lora/good.safetensors" and str(shared["tmp"]) not in saved
    with Image.open(shared["out"] / "users" / "ann" / "render-2.png") as image:
        assert str(shared["tmp"]) not in image.info["regionflux-layout"]
    broken = {**LAYOUT.model_dump(mode="json"), "lora": [{"path": "lora/broken.safetensors"}]}
    assert "Opened" in ann.upload(broken, name="broken.json")
    failed = ann.render()
    assert "cannot load LoRA" in failed and str(shared["out"]) not in failed
    ann.upload(LAYOUT.model_dump(mode="json"), name="plain.json")
    again = ann.render()
    assert again.startswith("rendered") and "loaded" not in again  # the loaded model stayed
    ann.page.wait_for_function("document.querySelectorAll('#gallery img').length == 3", timeout=WAIT)
    ann.shot("rendered")

    bob = visitor("bob")
    bob.page.wait_for_timeout(1000)
    assert bob.gallery_count() == 0  # ann's renders are hers
    bob.upload(LAYOUT.model_dump(mode="json"))
    assert bob.render().startswith("rendered users/bob/render-1.png")
    bob.page.wait_for_function("document.querySelectorAll('#gallery img').length == 1", timeout=WAIT)
    bob.shot("own-gallery")
    ann.page.reload()
    ann.page.wait_for_selector("#prompt textarea", timeout=WAIT)
    ann.page.wait_for_function("document.querySelectorAll('#gallery img').length == 3", timeout=WAIT)
    assert str(shared["tmp"]) not in all_text(ann) + all_text(bob)
    log = shared["server"].log()
    assert not any(value in log for value in CANARIES.values())


def test_each_tab_starts_with_a_fresh_session_that_no_load_event_replaces(tmp_path):
    """A State whose value is a callable is filled by a load event of Gradio's own, which can land after a
    fast user's first upload and wipe it (seen: "plan or open a layout first" right after "Opened")."""
    import copy

    import gradio as gr

    from regionflux.renderer import Renderer, RenderOptions
    from regionflux.ui.app import build_app
    from regionflux.ui.config import PageConfig

    config = PageConfig(output_dir=tmp_path / "out", render_unavailable="not in this test",
                        renderer=Renderer(RenderOptions(model=str(tmp_path / "none"), device="cpu")))
    app = build_app(config)
    states = [b for b in app.blocks.values() if type(b) is gr.State]
    assert states and not any(callable(b.value) for b in states)
    session = next(b.value for b in states if hasattr(b.value, "history"))
    one, two = copy.deepcopy(session), copy.deepcopy(session)  # what each new tab is given
    assert one.id != two.id and one.history.current is None and two.history is not one.history
