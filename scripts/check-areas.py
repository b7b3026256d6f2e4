#!/usr/bin/env python3
"""Checks the include graph of the source tree against the layering rules.

  app -> ui -> models, never the other way; models/ includes no Qt Widgets header;
  and the area folders inside models/ (and inside ui/) form no cycle.

Usage: check-areas.py SOURCE_DIR [--forbidden-qt-dir DIR]...
Each --forbidden-qt-dir is an include folder of a Qt module models/ must not use
(QtWidgets, QtCharts, QtPrintSupport). Prints every violation and exits 1 if any.
"""
import argparse
import os
import re
import sys

LAYERS = ["models", "ui", "app"]  # lower first: a layer may include only itself and lower ones
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def sources(root, layer):
    base = os.path.join(root, layer)
    for folder, _, files in os.walk(base):
        for name in files:
            if name.endswith((".h", ".cpp")):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, base), path


def area_of(relpath):
    parts = relpath.split(os.sep)
    return parts[0] if len(parts) > 1 else None


def resolve(root, layer, including, target):
    """The (layer, path inside it) a quoted include names, searching as the build does:
    the including file's folder, then each layer's root."""
    here = os.path.join(root, layer, os.path.dirname(including), target)
    if os.path.isfile(here):
        return layer, os.path.normpath(os.path.join(os.path.dirname(including), target))
    for candidate in LAYERS:
        if os.path.isfile(os.path.join(root, candidate, target)):
            return candidate, os.path.normpath(target)
    return None, None


def find_cycle(graph):
    """One cycle of the graph as a list of nodes, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source_dir")
    parser.add_argument("--forbidden-qt-dir", action="append", default=[])
    args = parser.parse_args()
    root = args.source_dir
    forbidden_qt = set()
    for folder in args.forbidden_qt_dir:
        if os.path.isdir(folder):
            module = os.path.basename(os.path.normpath(folder))
            forbidden_qt.add(module)
            forbidden_qt.update(os.listdir(folder))

    problems = []
    edges = {layer: {} for layer in LAYERS}  # layer -> area -> {area: example}
    for layer in LAYERS:
        for rel, path in sources(root, layer):
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            for kind, target in INCLUDE.findall(text):
                if kind == "<":
                    if layer == "models" and (target.split("/")[0] in forbidden_qt or target in forbidden_qt):
                        problems.append(f"{layer}/{rel}: includes <{target}>, a widget module header")
                    continue
                target_layer, target_rel = resolve(root, layer, rel, target)
                if target_layer is None:
                    continue  # generated files (moc, ui) and headers outside the tree
                if LAYERS.index(target_layer) > LAYERS.index(layer):
                    problems.append(f"{layer}/{rel}: includes {target_layer}/{target_rel} "
                                    f"({layer} must not depend on {target_layer})")
                    continue
                if target_layer != layer:
                    continue
                source_area, target_area = area_of(rel), area_of(target_rel)
                if source_area and target_area and source_area != target_area:
                    edges[layer].setdefault(source_area, {}).setdefault(
                        target_area, f"{layer}/{rel} -> {layer}/{target_rel}")
    for layer in LAYERS:
        cycle = find_cycle({a: set(b) for a, b in edges[layer].items()})
        if cycle:
            steps = [edges[layer][a][b] for a, b in zip(cycle, cycle[1:])]
            problems.append(f"{layer}/: the areas {' -> '.join(cycle)} form a cycle:\n    "
                            + "\n    ".join(steps))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} layering problem(s)")
        return 1
    for layer in LAYERS:
        order = ", ".join(f"{a} -> {{{', '.join(sorted(b))}}}" for a, b in sorted(edges[layer].items()))
        print(f"{layer}: {order or 'no areas'}")
    print("layering ok: app -> ui -> models, no area cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
