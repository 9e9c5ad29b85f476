"""What a page user may name and see: the page's users are not its operator.

A layout that arrives through the page (an upload, a render restored from the gallery) may name files
(masks, a control image) and models (a ControlNet, LoRAs). :class:`PageAccess` lets through only files
inside the page's folder (``--output-dir``, minus the page's own working files) and the models the
operator allowed (``--allow-model``); everything else is refused with one message that names the
field and never the path, so a refusal does not tell a user which files exist. It needs no Gradio and
no torch.

:meth:`PageAccess.shown` is the last step of every text the page shows: the page's folder becomes
relative names, any other absolute path of the server and the operator's secrets and server addresses
are replaced by neutral words.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from ..errors import LayoutError

#: Folders inside the page's folder that page users may never name: the page's own working files
#: (sessions, uploads, Gradio's cache) and every user's renders (logins, and browsers without logins).
PRIVATE_PARTS = (".page", "users", "browsers")

NOT_AVAILABLE = ("{field}: not available on this page; the page reads only files inside its own folder and the "
                 "models the operator allowed (ask the operator to add a model with --allow-model)")

_ABSOLUTE = re.compile(r"(?<![\w.:/~-])(?:~/|/)[^\s'\"`<>]+")
_SECRET_NAMES = re.compile(r"KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL", re.IGNORECASE)


def _references(data: dict) -> Iterator[tuple[str, dict, str, str]]:
    """Every place a layout (as parsed JSON) names a file or model: (field, owner dict, key, kind)."""
    for i, region in enumerate(data.get("regions") or []):
        if isinstance(region, dict) and region.get("mask") is not None:
            yield f"regions[{i}].mask", region, "mask", "file"
    control = data.get("control")
    if isinstance(control, dict):
        yield "control.image", control, "image", "file"
        yield "control.model", control, "model", "model"
    for i, lora in enumerate(data.get("lora") or []):
        if isinstance(lora, dict):
            yield f"lora[{i}].path", lora, "path", "model"
            if lora.get("weight_name") is not None:
                yield f"lora[{i}].weight_name", lora, "weight_name", "weight"


@dataclass(frozen=True)
class PageAccess:
    """The files and models a page user may name, and the words the page uses instead of server paths."""

    folder: Path
    allowed_models: frozenset[str] = frozenset()
    #: Server addresses (planner URLs) the page must never show.
    hidden: tuple[str, ...] = ()
    #: Secrets the page must never show, besides those in the environment (API keys given as flags).
    secrets: tuple[str, ...] = field(default=(), repr=False)

    def __post_init__(self):
        object.__setattr__(self, "folder", Path(self.folder).resolve())
        object.__setattr__(self, "allowed_models", frozenset(self.allowed_models))
        secrets = {s for s in self.secrets if s and len(s) >= 4} | set(_environment_secrets())
        object.__setattr__(self, "secrets", tuple(sorted(secrets, key=len, reverse=True)))

    # -- files and models -------------------------------------------------------------------------
    def confine(self, data: dict, max_checked: int = 64) -> dict:
        """``data`` (a layout as parsed JSON) when every file and model it names is allowed: files inside
        the folder, models the operator allowed. Raises :class:`LayoutError` for the first one that is
        not, before any is opened. Names stay as the user wrote them (see :meth:`resolved`)."""
        self._walk(copy.deepcopy(data), max_checked)
        return data

    def resolved(self, data: dict) -> dict:
        """A copy of a confined layout whose local models are absolute paths, as loaders (which read
        relative to the server's working directory) need them; never shown or saved."""
        return self._walk(copy.deepcopy(data), 64)

    def _walk(self, data: dict, max_checked: int) -> dict:
        lora_dirs: dict[int, Optional[Path]] = {}
        for n, (name, owner, key, kind) in enumerate(_references(data)):
            if n >= max_checked:  # the Layout model refuses such lists anyway; never walk them all
                break
            value = owner.get(key)
            if not isinstance(value, str):
                continue  # the Layout model reports the type
            if kind == "weight":
                index = int(name.split("[")[1].split("]")[0])
                owner[key] = self._weight_name(name, value, lora_dirs.get(index))
                continue
            if kind == "model" and value in self.allowed_models:
                if name.startswith("lora["):
                    lora_dirs[int(name.split("[")[1].split("]")[0])] = None
                continue
            path = self.inside(value)
            if path is None or not (path.is_file() if kind == "file" else path.exists()):
                raise LayoutError(NOT_AVAILABLE.format(field=name))
            if kind == "model":
                owner[key] = str(path)
                if name.startswith("lora["):
                    lora_dirs[int(name.split("[")[1].split("]")[0])] = path if path.is_dir() else path.parent
        return data

    def _weight_name(self, name: str, value: str, folder: Optional[Path]) -> str:
        """A LoRA file name inside its (local) LoRA folder; a plain name for an allowed hub model."""
        if not value.strip() or "/" in value or "\\" in value or "\x00" in value or value in (".", ".."):
            raise LayoutError(NOT_AVAILABLE.format(field=name))
        if folder is not None:
            path = self.inside(str(folder / value))
            if path is None or not path.is_file():
                raise LayoutError(NOT_AVAILABLE.format(field=name))
        return value

    def inside(self, value: str) -> Optional[Path]:
        """``value`` (relative to the folder, or absolute) resolved, when it lies inside the folder and
        outside its private parts; else None. Links are followed before the check."""
        if not value or "\x00" in value or value.startswith("~"):
            return None
        candidate = Path(value)
        if ".." in candidate.parts:
            return None
        try:
            path = (candidate if candidate.is_absolute() else self.folder / candidate).resolve()
            relative = path.relative_to(self.folder)
        except (ValueError, OSError, RuntimeError):  # outside, or a link loop
            return None
        if relative.parts and relative.parts[0] in PRIVATE_PARTS:
            return None
        return path

    # -- what the page shows ----------------------------------------------------------------------
    def relative(self, path: Path | str) -> str:
        """A file of the folder as the page names it: relative to the folder."""
        try:
            return str(Path(path).resolve().relative_to(self.folder))
        except ValueError:
            return Path(path).name

    def shown(self, text: Any) -> str:
        """``text`` with nothing of the server in it: the folder's files relative, other absolute paths,
        planner addresses and secrets from the environment replaced."""
        text = str(text)
        for secret in self.secrets:
            text = text.replace(secret, "***")
        for hidden in self.hidden:
            if hidden:
                text = text.replace(hidden, "the planner server")
        folder = str(self.folder)
        text = text.replace(folder + os.sep, "").replace(folder, "the page's folder")
        return _ABSOLUTE.sub("<server path>", text)


def _environment_secrets() -> tuple[str, ...]:
    """Values of environment variables that look like secrets (API keys, tokens, passwords)."""
    return tuple(sorted({value for name, value in os.environ.items()
                         if _SECRET_NAMES.search(name) and len(value) >= 6}, key=len, reverse=True))
