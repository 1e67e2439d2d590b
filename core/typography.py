"""French typography for a text: curly apostrophes, « guillemets » and the no-break spaces that
keep punctuation on the line of the word it follows; and Catalan's, for what machine
translation drafts: curly apostrophes, «guillemets» without spaces, none before punctuation.

What is not prose is left exactly as it is: HTML tags and entities, URLs, e-mail addresses,
format placeholders (`%(name)s`, `%s`, `{name}`, `{{ name }}`, `{% tag %}`) and times such as
14:30. Applying it twice gives the same text, so it also checks a text (`french(t) == t`)."""

import re

NBSP = "\u00a0"  # no-break space: inside « », before a colon
NNBSP = "\u202f"  # narrow no-break space: before ? ! ; and %

# What the rules must not touch, replaced by a private-use character while they run.
_PROTECTED = re.compile(
    r"""
      <[^<>]*>                                    # an HTML tag
    | &(?:[a-zA-Z]+|\#\d+|\#x[0-9a-fA-F]+);       # an HTML entity
    | (?:https?|mailto|ftp):[^\s<>"«»]+            # a URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                 # an e-mail address
    | \{\{.*?\}\} | \{%.*?%\} | \{\w*\}            # template and brace placeholders
    | %\(\w+\)[#0 +-]?\d*(?:\.\d+)?[sdifr]        # Python's named placeholders
    | %[sdifr]                                     # ... and positional ones
    | \d{1,2}:\d{2}                                # a time: 14:30
    """,
    re.VERBOSE,
)
_FIRST_MARK = 0xE000  # the start of Unicode's private use area
_SPACES = f"[ {NBSP}{NNBSP}]"
# A run of the punctuation that takes a space before it, after something written (a word, a
# placeholder, a closing bracket or quote), followed by the end, a space or what closes.
_TALL_PUNCTUATION = re.compile(
    rf"(?<=[^\s?!:;«(\[]){_SPACES}*([?!:;]+)(?=$|[\s»)\]<\"”’.,…]|[\ue000-\uf8ff])"
)


def french(text: str) -> str:
    """`text`, a French text, set with French typography."""

    def set_french(text: str) -> str:
        text = text.replace("'", "’")
        text = re.sub(r'"([^"\n]*)"', r"«\1»", text)
        text = re.sub(r"“([^”\n]*)”", r"«\1»", text)
        text = re.sub(rf"«{_SPACES}*", f"«{NBSP}", text)
        text = re.sub(rf"{_SPACES}*»", f"{NBSP}»", text)
        text = _TALL_PUNCTUATION.sub(_space_before, text)
        # "50 %", or a placeholder for the number then "%"
        return re.sub(rf"(?<=[\d\ue000-\uf8ff]){_SPACES}(?=%)", NNBSP, text)

    return _outside_protected(text, set_french)


def catalan(text: str) -> str:
    """`text`, a Catalan text, set with Catalan typography (the l·l of machine translation's
    output is already the middle dot)."""

    def set_catalan(text: str) -> str:
        text = text.replace("'", "’")
        text = re.sub(r'"([^"\n]*)"', r"«\1»", text)
        text = re.sub(rf"«{_SPACES}+", "«", text)
        text = re.sub(rf"{_SPACES}+»", "»", text)
        return re.sub(rf"(?<=\S){_SPACES}+([?!:;]+)(?=$|\s|[»)\]<.,…])", r"\1", text)

    return _outside_protected(text, set_catalan)


def _outside_protected(text: str, rules) -> str:
    """`rules(text)` applied to all but tags, URLs, placeholders and the like."""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group())
        return chr(_FIRST_MARK + len(kept) - 1)

    text = rules(_PROTECTED.sub(keep, text))
    return re.sub(r"[\ue000-\uf8ff]", lambda m: kept[ord(m.group()) - _FIRST_MARK], text)


def _space_before(match: re.Match) -> str:
    marks = match.group(1)
    return (NBSP if marks[0] == ":" else NNBSP) + marks
