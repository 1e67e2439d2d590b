"""The demo's words and figures, read from the YAML files in demo/content/ (see its README)."""

from pathlib import Path

import yaml
from django.conf import settings
from django.core.management.base import CommandError

CONTENT = Path(__file__).resolve().parent / "content"
# The languages the files are written in, reviewed; the demo's other languages are replayed
# from the machine drafts recorded under drafts/ (see the README there).
WRITTEN_LANGUAGES = ("fr", "en", "es")
DRAFTS = CONTENT / "drafts"


class DemoContentError(CommandError):
    """A demo content file that cannot be used; the message names the file and the place in it."""


class Data(dict):
    """A mapping read from one file: a missing key is an error naming the file and the place."""

    def __init__(self, mapping: dict, file: str, where: str = ""):
        super().__init__(
            (key, _wrap(value, file, f"{where}, {key}" if where else str(key)))
            for key, value in mapping.items()
        )
        self.file = file
        self.where = where

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            raise self.error(f"'{key}' is missing") from None

    def number(self, key: str):
        value = self[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"'{key}' should be a number")
        return value

    def ref(self, things: dict, key: str, what: str):
        """The thing that this file names by its key (a tag, a page, a volunteer…)."""
        if not isinstance(key, str) or key not in things:
            raise self.error(f"there is no {what} '{key}'")
        return things[key]

    def error(self, problem: str) -> DemoContentError:
        place = f" (in {self.where})" if self.where else ""
        return DemoContentError(f"{self.file}: {problem}{place}.")


def _wrap(value, file: str, where: str):
    if isinstance(value, dict):
        return Data(value, file, where)
    if isinstance(value, list):
        return [
            _wrap(item, file, f"{where}, item {i}" if where else f"item {i}")
            for i, item in enumerate(value, 1)
        ]
    return value


class Content:
    """Every file of the demo, read and checked before anything is built."""

    def __init__(self, folder: Path = CONTENT):
        self.folder = folder
        self.tags = self.read("tags.yaml")
        self.home = self.read("home.yaml")
        self.navigation = self.read("navigation.yaml")
        self.volunteers = self.read("volunteers.yaml", kind=list)
        self.challenge_templates = self.read("challenge-templates.yaml", kind=list)
        self.participants = self.read("participants.yaml")
        self.application = self.read("waiting/application.yaml")
        self.challenge_in_review = self.read("waiting/challenge.yaml")
        self.pages = {key: self.read(f"pages/{key}.yaml") for key in self.home["pages"]}
        self.sections = {
            name: self.section(name)
            for name in ("articles", "organisations", "campaigns", "challenges")
        }
        _listed_once(self.home, "pages", self.folder / "pages")

    def section(self, name: str) -> tuple[Data, dict[str, Data]]:
        """A folder's index page and its entries, by key, in the order the index lists them."""
        index = self.read(f"{name}/index.yaml")
        _listed_once(index, name, self.folder / name)
        return index, {key: self.read(f"{name}/{key}.yaml") for key in index[name]}

    def read(self, name: str, kind=dict):
        path = self.folder / name
        shown = _shown(path)
        try:
            value = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DemoContentError(f"{shown}: the file is missing.") from None
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            raise DemoContentError(f"{shown}: not valid YAML: {error}") from None
        if not isinstance(value, kind):
            raise DemoContentError(f"{shown}: should hold a {kind.__name__} of fields.")
        value = _wrap(value, shown, "")
        _check_texts(value)
        return value


def _shown(path: Path) -> str:
    """The file's path as the person running the command finds it: from the project folder."""
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def _listed_once(index: Data, key: str, folder: Path) -> None:
    """Every file in the folder is listed by the index, once: a file left out would be
    silently missing from the demo."""
    listed = index[key]
    unlisted = sorted({path.stem for path in folder.glob("*.yaml")} - {"index", *listed})
    if unlisted:
        raise index.error(f"{folder.name}/{unlisted[0]}.yaml is not listed in '{key}'")
    twice = sorted({name for name in listed if listed.count(name) > 1})
    if twice:
        raise index.error(f"'{twice[0]}' is listed twice in '{key}'")


def _check_texts(value) -> None:
    """A text in several languages has a string in each of them."""
    languages = WRITTEN_LANGUAGES
    if isinstance(value, list):
        for item in value:
            _check_texts(item)
    elif isinstance(value, Data):
        if set(languages) & set(value):
            for code in languages:
                if not isinstance(value[code], str) or not value[code].strip():
                    raise value.error(f"the {code} text should be words")
        else:
            for item in value.values():
                _check_texts(item)
