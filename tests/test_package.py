"""The shape of the package: no import cycles, and imports that follow need."""

import ast
import subprocess
import sys
from pathlib import Path

import regionflux

PACKAGE = Path(regionflux.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """Package modules that ``path`` imports anywhere in it (late imports count too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            submodules = {f"{target}.{alias.name}" for alias in node.names} & modules
            if len(submodules) < len(node.names):  # a name defined in the module (or package) itself
                found.add(target)
            found.update(submodules)  # `from . import x` of a submodule needs only that submodule
    return {m for m in found if m in modules and m != name}


def test_no_import_cycles():
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: imports_of(path, set(files)) for name, path in files.items()}
    # modules named by the package's lazy __getattr__ tables count as imported too
    graph["regionflux.planner"] |= {f"regionflux.planner.{m}" for m in ("base", "chat", "config", "edits", "grid", "llm", "local", "mock")}
    visiting, done, cycles = [], set(), []

    def visit(node):
        if node in visiting:
            cycles.append(visiting[visiting.index(node):] + [node])
            return
        if node in done:
            return
        visiting.append(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        visiting.pop()
        done.add(node)

    for name in sorted(graph):
        visit(name)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_import_regionflux_loads_no_heavy_library():
    code = ("import sys, regionflux, regionflux.cli, regionflux.planner, regionflux.generator\n"
            "print(sorted(m for m in ('torch', 'diffusers', 'transformers', 'openai', 'jinja2', 'numpy') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
