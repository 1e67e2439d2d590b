"""Set the French texts of gettext catalogs and YAML content files with French typography
(core.typography), in place, or only check them (`--check`).

In a `.po` file, every msgstr is French (pass French catalogs only). In a YAML file, the French
texts are the values under a `fr` key and the `text` of a mapping whose `language` is `fr`. A
folder stands for the YAML files under it. Only the lines of changed texts are rewritten: the
rest of each file, comments included, stays as it is."""

import re
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError

from core.typography import french


class Command(BaseCommand):
    help = "Apply French typography to French catalogs (.po) and YAML content, in place."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--check", action="store_true", help="change nothing; fail if a text would change"
        )

    def handle(self, *args, **options):
        files = []
        for path in options["paths"]:
            if path.is_dir():
                files += sorted([*path.rglob("*.yaml"), *path.rglob("*.yml")])
            elif path.exists():
                files.append(path)
            else:
                raise CommandError(f"{path}: no such file or folder.")
        changed = []
        for file in files:
            text = file.read_text(encoding="utf-8")
            new = typeset_po(text) if file.suffix == ".po" else typeset_yaml(text)
            if new != text:
                changed.append(file)
                if not options["check"]:
                    file.write_text(new, encoding="utf-8")
        for file in changed:
            self.stdout.write(f"{'would change' if options['check'] else 'changed'}: {file}")
        if options["check"] and changed:
            raise CommandError("Some French texts are not set with French typography.")


# ---- gettext catalogs

_PO_STRING = re.compile(r'^(msgstr(?:\[\d+\])?) (".*")$')
_PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def typeset_po(text: str) -> str:
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        match = _PO_STRING.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        keyword, pieces = match.group(1), [match.group(2)]
        i += 1
        while i < len(lines) and lines[i].startswith('"'):
            pieces.append(lines[i])
            i += 1
        value = "".join(_po_unquote(piece) for piece in pieces)
        header = keyword == "msgstr" and out and out[-1] == 'msgid ""' and "\n" in value
        new = value if header else french(value)
        out += [f"{keyword} {pieces[0]}", *pieces[1:]] if new == value else _po_lines(keyword, new)
    return "\n".join(out)


def _po_unquote(piece: str) -> str:
    return re.sub(r"\\(.)", lambda m: _PO_ESCAPES.get(m.group(1), m.group()), piece[1:-1])


def _po_quote(value: str) -> str:
    value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    return '"' + value.replace("\n", "\\n") + '"'


def _po_lines(keyword: str, value: str) -> list[str]:
    """As msgmerge writes them: one line, or lines of at most 79 characters broken after a
    space or a newline (`make messages` rewraps them the same way)."""
    if len(keyword) + 1 + len(_po_quote(value)) <= 79 and "\n" not in value[:-1]:
        return [f"{keyword} {_po_quote(value)}"]
    lines, current = [f'{keyword} ""'], ""
    for part in re.findall(r"[^ \n]*(?: |\n|$)", value):
        if current and len(_po_quote(current + part)) > 79:
            lines.append(_po_quote(current))
            current = ""
        current += part
        if current.endswith("\n"):
            lines.append(_po_quote(current))
            current = ""
    if current:
        lines.append(_po_quote(current))
    return lines


# ---- YAML content

_YAML_TEXT = re.compile(r"^(\s*(?:- )?(fr|text): )(\S.*)$")


def typeset_yaml(text: str) -> str:
    french_texts = _french_texts(yaml.safe_load(text))
    out = []
    for line in text.split("\n"):
        match = _YAML_TEXT.match(line)
        if match:
            value = yaml.safe_load(match.group(3))
            if isinstance(value, str) and (match.group(2) == "fr" or value in french_texts):
                new = french(value)
                if new != value:
                    line = match.group(1) + _yaml_scalar(new, quoted=match.group(3)[0] in "'\"")
        out.append(line)
    return "\n".join(out)


def _french_texts(node) -> set[str]:
    found = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and (
                key == "fr" or (key == "text" and node.get("language") == "fr")
            ):
                found.add(value)
            found |= _french_texts(value)
    elif isinstance(node, list):
        for item in node:
            found |= _french_texts(item)
    return found


def _yaml_scalar(value: str, quoted: bool) -> str:
    """In single quotes if it was quoted or needs it, plain otherwise."""
    if not quoted:
        try:
            if yaml.safe_load(value) == value and "#" not in value:
                return value
        except yaml.YAMLError:
            pass
    return "'" + value.replace("'", "''") + "'"
