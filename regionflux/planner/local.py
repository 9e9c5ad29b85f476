"""A planner in the box: an instruct model run in this process with transformers, its decoding held
to the reply's JSON schema by llguidance, so every reply parses.

Why llguidance: one small wheel with no dependencies and CPU support, and in a trial on this project's
layout schema it enforced every constraint (integer bounds, list lengths, string lengths with
patterns, JSON string rules); xgrammar needed work-arounds for three bugs and pulls triton, outlines'
default engine did not bound integers, lm-format-enforcer did not import with transformers 5. It has
no transformers integration, so the small :class:`SchemaLogitsProcessor` below is ours.

"Every reply parses" holds because the schema bounds every string and list (so the longest valid
reply is finite), whitespace is compact, and ``max_new_tokens`` covers that longest reply; a reply that
still ends without the model's end token is an error handled like any other invalid reply. What the
schema cannot say (x0 < x1, boxes of at least one token) goes through the same repair rounds as a
served model's reply.
"""

from __future__ import annotations

import gc
import json
import warnings
from functools import lru_cache
from typing import Any, Optional

from ..errors import PlanningError, first_line
from .base import DEFAULT_LOCAL_MODEL
from .chat import ChatPlanner



class SchemaLogitsProcessor:
    """A transformers logits processor that allows only tokens the JSON schema's grammar accepts next."""

    def __init__(self, tokenizer: Any, grammar: str, prompt_length: int):
        import llguidance

        with warnings.catch_warnings():  # llguidance.torch compiles a kernel at import, which makes torch import
            # its own mkldnn module, which uses torch.jit.script_method that torch itself deprecates
            warnings.filterwarnings("ignore", message=r"`torch.jit.script_method` is deprecated", category=DeprecationWarning)
            import llguidance.torch

        self.matcher = llguidance.LLMatcher(tokenizer, grammar)
        self.mask = llguidance.torch.allocate_token_bitmask(1, tokenizer.vocab_size)
        self.prompt_length = prompt_length
        self._fill = llguidance.torch.fill_next_token_bitmask

    def __call__(self, input_ids, scores):
        import torch

        if input_ids.shape[1] > self.prompt_length and not self.matcher.consume_token(int(input_ids[0, -1])):
            raise PlanningError(f"constrained decoding failed: {self.matcher.get_error()}")
        self._fill(self.matcher, self.mask)
        bits = (self.mask[0][:, None] >> torch.arange(32, dtype=torch.int32)) & 1
        allowed = bits.flatten()[: scores.shape[-1]].bool().to(scores.device)
        return scores.masked_fill(~allowed, float("-inf"))


@lru_cache(maxsize=8)
def _grammar(schema_json: str) -> str:
    import llguidance

    return llguidance.LLMatcher.grammar_from_json_schema(schema_json, defaults={"whitespace_flexible": False})


class LocalPlanner(ChatPlanner):
    """Plans and edits layouts with a causal LM in this process (components passed in, or
    :meth:`from_pretrained`). :meth:`close` frees the model, e.g. before FLUX loads."""

    def __init__(self, model: Any, tokenizer: Any, *, name: Optional[str] = None, **kwargs: Any):
        super().__init__(name or getattr(model, "name_or_path", "local model"), **kwargs)
        self.lm = model
        self.tokenizer = tokenizer
        self._lltokenizer = None

    where = "in this process"

    @classmethod
    def from_pretrained(cls, name: str = DEFAULT_LOCAL_MODEL, *, device: Optional[str] = None,
                        dtype: Optional[str] = None, **kwargs: Any) -> "LocalPlanner":
        """Load an instruct model (hub id or local folder) on ``device`` (CUDA when present, else CPU)."""
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from ..generator.preflight import resolve_device

        device = resolve_device(device, "--llm-device") if device else ("cuda" if torch.cuda.is_available() else "cpu")
        torch_dtype = getattr(torch, dtype) if dtype else (torch.bfloat16 if device.startswith("cuda") else torch.float32)
        try:
            tokenizer = AutoTokenizer.from_pretrained(name)
            model = AutoModelForCausalLM.from_pretrained(name, dtype=torch_dtype).to(device).eval()
        except Exception as exc:  # hub and file errors come in many types; all get the same advice
            raise PlanningError(
                f"cannot load the local planner model {name!r} ({type(exc).__name__}: {first_line(exc)}); give a "
                "hub id or a folder of an instruct model with a chat template (--llm-model)"
            ) from exc
        return cls(model, tokenizer, name=name, **kwargs)

    def close(self) -> None:
        """Free the model (and CUDA memory), so planning costs nothing while FLUX renders."""
        if self.lm is None:
            return
        on_cuda = str(getattr(self.lm, "device", "cpu")).startswith("cuda")
        self.lm = None
        self._lltokenizer = None
        gc.collect()
        if on_cuda:
            import torch

            torch.cuda.empty_cache()

    def _complete(self, messages: list[dict[str, str]], round_: int, reply_schema: dict, max_tokens: int) -> str:
        import torch

        if self.lm is None:
            raise PlanningError("this local planner was closed; make a new one")
        if self._lltokenizer is None:
            import llguidance.hf

            self._lltokenizer = llguidance.hf.from_tokenizer(self.tokenizer, n_vocab=self.lm.config.vocab_size)
        encoded = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                                     return_dict=True)
        input_ids = encoded["input_ids"].to(self.lm.device)
        processor = SchemaLogitsProcessor(self._lltokenizer, _grammar(json.dumps(reply_schema)), input_ids.shape[1])
        temperature, seed = self.sampling(round_)
        generator_seed = seed if seed is not None else round_
        torch.manual_seed(generator_seed)
        eos = self.tokenizer.eos_token_id
        with torch.no_grad():
            output = self.lm.generate(
                input_ids, attention_mask=encoded["attention_mask"].to(self.lm.device), logits_processor=[processor],
                max_new_tokens=_token_bound(max_tokens), do_sample=temperature > 0, temperature=max(temperature, 1e-3),
                pad_token_id=eos, eos_token_id=eos,
            )
        new = output[0, input_ids.shape[1]:]
        if len(new) == 0 or int(new[-1]) != eos:
            raise PlanningError(f"the local model's reply did not end within {len(new)} tokens")
        return self.tokenizer.decode(new, skip_special_tokens=True)


def _token_bound(max_tokens: int) -> int:
    """``max_tokens`` estimates tokens at three characters each; a byte-level tokenizer may spend one
    token a byte (a character up to four), so the hard bound for the longest valid reply is twelve times."""
    return max_tokens * 12
