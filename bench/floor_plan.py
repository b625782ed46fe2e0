"""Figures for the floor plan: function-local imports of project modules, modules in import cycles,
lines of product code and of demo data.

    python bench/floor_plan.py

Reads the source with the ast module (nothing is imported), so it runs without a database."""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", "tests", "bench", "migrations", ".git"}


def project_packages():
    return sorted(p.parent.name for p in ROOT.glob("*/__init__.py") if p.parent.name not in SKIP)


def modules():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if SKIP & set(rel.parts) or len(rel.parts) < 2:
            continue
        name = ".".join(rel.with_suffix("").parts)
        if name.endswith(".__init__"):
            name = name[: -len(".__init__")]
        yield name, path


def imported(node, module, packages, is_package, known):
    """Project modules an import statement names (resolving relative imports)."""
    names = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = module.split(".")
            keep = len(parts) - node.level + (1 if is_package else 0)
            base = ".".join(parts[:keep] + ([base] if base else []))
        # `from pkg import module` imports the module; `from module import name` the module itself.
        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
    return [n for n in names if n.split(".")[0] in packages]


def graph():
    packages = set(project_packages())
    known = dict(modules())
    edges, local = {}, []
    for module, path in known.items():
        tree = ast.parse(path.read_text(), str(path))
        is_package = path.name == "__init__.py"
        targets = set()
        top_level = {id(n) for n in tree.body}
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            found = [n for n in imported(node, module, packages, is_package, known) if n in known]
            if not found:
                continue
            if id(node) not in top_level and not _in_type_checking(tree, node):
                local.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            targets.update(found)
        edges[module] = targets - {module}
    return edges, local


def _in_type_checking(tree, target):
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            if any(child is target for child in ast.walk(node)):
                return True
    return False


def cycles(edges):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in list(edges):
        if v not in index:
            visit(v)
    return out


def app_cycles(edges):
    app_edges = {}
    for module, targets in edges.items():
        app = module.split(".")[0]
        app_edges.setdefault(app, set()).update(t.split(".")[0] for t in targets if t.split(".")[0] != app)
    return cycles(app_edges)


def lines(paths):
    return sum(len(p.read_text().splitlines()) for p in paths)


def main():
    edges, local = graph()
    module_cycles = cycles(edges)
    demo_paths = [p for p in ROOT.rglob("*") if p.is_file() and _is_demo(p)]
    product = [p for name, p in modules() if not _is_demo(p)]
    print(f"function-local imports of project modules: {len(local)}")
    for where in local:
        print(f"  {where}")
    print(f"modules in import cycles: {sum(len(c) for c in module_cycles)} in {len(module_cycles)} cycles")
    for component in module_cycles:
        print("  " + " <-> ".join(component))
    print(f"apps in import cycles: {sum(len(c) for c in app_cycles(edges))}")
    for component in app_cycles(edges):
        print("  " + " <-> ".join(component))
    print(f"lines of product Python (without migrations): {lines(product)}")
    print(f"lines of demo code and data: {lines(demo_paths)}")


def _is_demo(path):
    rel = path.relative_to(ROOT)
    if SKIP & set(rel.parts) or "__pycache__" in rel.parts:
        return False
    return rel.parts[0] == "demo" or "demo" in rel.parts[:-1] or rel.stem == "demo"


if __name__ == "__main__":
    main()
