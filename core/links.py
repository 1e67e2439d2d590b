"""Links that visitors give (a contribution's link): web addresses that every browser reads the
same way, to a public host, stored in one plain ASCII form."""

import ipaddress
import re
import unicodedata

import idna
from django.utils.encoding import iri_to_uri

SCHEME = re.compile(r"(?i)(https?)://")
LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
# Names that never lead to a public host (RFC 6761 and its kin).
PRIVATE_ZONES = {"localhost", "local", "internal", "invalid", "test", "arpa", "home", "lan"}


class UnsafeLink(ValueError):
    pass


def normalise_link(value: str) -> str:
    """The link as it is stored and shown: `http` or `https`, a public host in ASCII (an
    international name in punycode, so that it cannot pass for another one), the rest
    percent-encoded. Raises UnsafeLink for anything browsers could read differently: other
    schemes, credentials, backslashes, spaces, control or invisible characters, a host that is
    neither a DNS name nor a public IP address. An address without a scheme gets `https://`."""
    if any(
        char.isspace() or char == "\\" or unicodedata.category(char)[0] == "C" for char in value
    ):
        raise UnsafeLink("space, backslash or control character")
    scheme = SCHEME.match(value)
    if scheme:
        rest = value[scheme.end() :]
        scheme = scheme.group(1).lower()
    elif value[:1].isalnum() and ":" not in value.split("/", 1)[0]:
        scheme, rest = "https", value  # "example.org/page"
    else:
        raise UnsafeLink("not an http or https address")
    authority, path = re.match(r"([^/?#]*)(.*)", rest).groups()
    if "@" in authority:
        raise UnsafeLink("credentials")
    host, port = split_port(authority)
    return f"{scheme}://{public_host(host)}{port}{iri_to_uri(path)}"


def split_port(authority: str) -> tuple[str, str]:
    if authority.startswith("["):
        host, bracket, port = authority[1:].partition("]")
        if not bracket:
            raise UnsafeLink("unclosed IPv6 address")
        host = f"[{host}]"
    else:
        host, _colon, port = authority.partition(":")
        port = f":{port}" if _colon else ""
    if port and not (port.startswith(":") and port[1:].isdigit() and 0 < int(port[1:]) < 65536):
        raise UnsafeLink("port")
    return host, port


def public_host(host: str) -> str:
    """The host in the form browsers send to DNS, if it is public."""
    if host.startswith("["):
        return f"[{public_address(host[1:-1], ipaddress.IPv6Address).compressed}]"
    try:
        host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        idna.decode(host)  # punycode labels typed as such must be valid too
    except (idna.IDNAError, UnicodeError) as error:
        raise UnsafeLink("host name") from error
    labels = host.split(".")
    # Browsers read a host whose last label is a number as an IPv4 address, in any of several
    # spellings ("127.1", "0x7f.1"): only the plain dotted form is taken, and only if public.
    if labels[-1].isdigit() or labels[-1].startswith("0x"):
        return str(public_address(host, ipaddress.IPv4Address))
    if (
        len(labels) < 2
        or len(host) > 253
        or labels[-1] in PRIVATE_ZONES
        or not all(LABEL.fullmatch(label) for label in labels)
    ):
        raise UnsafeLink("not a public DNS name")
    return host


def public_address(text: str, kind):
    try:
        address = kind(text)
    except ValueError as error:
        raise UnsafeLink("IP address") from error
    if not address.is_global:
        raise UnsafeLink("private IP address")
    return address
