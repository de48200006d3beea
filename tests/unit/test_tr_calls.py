"""tr() calls that lupdate and PySide6 both understand, so that no string stays English.

Three ways a wrapped string still reaches the Danish UI in English, each found once:
- ``self.tr`` in a class that has a subclass: PySide6 looks the string up under the
  subclass's name, lupdate filed it under the class's ("Choose 4", "40 contact(s)" in
  Tilføj medlemmer). Write ``ClassName.tr(...)`` there.
- ``tr`` inside an f-string: lupdate does not read f-strings ("New partnership").
- ``tr`` of something else than a string literal: lupdate cannot know the text.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[2] / "desktop" / "views"


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(VIEWS.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"


def _self_tr(node: ast.AST) -> bool:
    return _is_tr(node) and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"  # type: ignore[attr-defined]


def test_a_class_with_subclasses_names_itself_in_tr() -> None:
    classes: dict[str, tuple[Path, ast.ClassDef]] = {}
    for path, module in _modules():
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
    subclassed = {
        ast.unparse(base).rsplit(".", 1)[-1]: name
        for name, (_path, node) in classes.items()
        for base in node.bases
    }
    wrong = [
        f"{path.relative_to(VIEWS.parent.parent)}:{call.lineno}: {name}.tr(...) "
        f"(self.tr is looked up under the subclass {subclassed[name]})"
        for name, (path, node) in classes.items()
        if name in subclassed
        for call in ast.walk(node)
        if _self_tr(call)
    ]
    assert wrong == []


def test_tr_is_never_inside_an_f_string_and_always_of_a_literal() -> None:
    wrong = []
    for path, module in _modules():
        where = path.relative_to(VIEWS.parent.parent)
        for node in ast.walk(module):
            if isinstance(node, ast.JoinedStr):
                wrong += [f"{where}:{n.lineno}: tr() inside an f-string" for n in ast.walk(node) if _is_tr(n)]
            elif _is_tr(node):
                args = node.args  # type: ignore[attr-defined]
                literal = args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)
                if not literal:
                    wrong.append(
                        f"{where}:{node.lineno}: tr() of {ast.unparse(args[0]) if args else 'nothing'}"
                    )
    assert wrong == []
