"""Ed25519 signatures of volunteering certificates, as a W3C Data Integrity proof with the
`eddsa-jcs-2022` cryptosuite: the credential is canonicalised with the JSON Canonicalization
Scheme (RFC 8785), so signing and verifying need no JSON-LD context from the network (unlike
`eddsa-rdfc-2022`). The public key is published in the site's did:web document."""

import base64
import binascii
import hashlib
import json
from functools import cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

CRYPTOSUITE = "eddsa-jcs-2022"
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ED25519_PUBLIC_KEY_PREFIX = b"\xed\x01"  # the multicodec of an Ed25519 public key


def base58btc(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    digits = ""
    while number:
        number, remainder = divmod(number, 58)
        digits = BASE58_ALPHABET[remainder] + digits
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + digits


def from_base58btc(text: str) -> bytes:
    """Raises ValueError on a character outside the alphabet."""
    number = 0
    for character in text:
        number = number * 58 + BASE58_ALPHABET.index(character)
    leading_zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * leading_zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def canonical_json(value) -> bytes:
    """RFC 8785 for what certificates hold (strings, integers, booleans, lists, objects with
    ASCII keys); a float would be written as Python writes it, so a credential carrying one
    simply fails to verify."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


@cache
def signing_key() -> Ed25519PrivateKey:
    """From CERTIFICATE_SIGNING_KEY (32 random bytes in base64); outside production, when it is
    unset, derived from SECRET_KEY, so that development and tests need no key of their own."""
    encoded = settings.CERTIFICATE_SIGNING_KEY
    if not encoded:
        seed = hashlib.sha256(b"crowdtime certificates " + settings.SECRET_KEY.encode()).digest()
        return Ed25519PrivateKey.from_private_bytes(seed)
    try:
        seed = base64.b64decode(encoded, validate=True)
    except binascii.Error as error:
        raise ImproperlyConfigured("CERTIFICATE_SIGNING_KEY is not base64.") from error
    if len(seed) != 32:
        raise ImproperlyConfigured("CERTIFICATE_SIGNING_KEY must be 32 bytes, base64-encoded.")
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_multibase() -> str:
    """The public key as a Multikey writes it, which also names it in verification methods."""
    raw = signing_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "z" + base58btc(ED25519_PUBLIC_KEY_PREFIX + raw)


def did_web(host: str) -> str:
    """The site's decentralised identifier, resolved at https://host/.well-known/did.json."""
    return "did:web:" + host.replace(":", "%3A")


def verification_method(host: str) -> str:
    return f"{did_web(host)}#{public_key_multibase()}"


def did_document(host: str) -> dict:
    did = did_web(host)
    method = verification_method(host)
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": method,
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": public_key_multibase(),
            }
        ],
        "assertionMethod": [method],
    }


def _hash_data(document: dict, proof_options: dict) -> bytes:
    return (
        hashlib.sha256(canonical_json(proof_options)).digest()
        + hashlib.sha256(canonical_json(document)).digest()
    )


def sign(credential: dict, *, host: str, created: str) -> dict:
    """The credential with its proof (Data Integrity, eddsa-jcs-2022)."""
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method(host),
        "proofPurpose": "assertionMethod",
    }
    options = {**proof, "@context": credential["@context"]}
    signature = signing_key().sign(_hash_data(credential, options))
    return {**credential, "proof": {**proof, "proofValue": "z" + base58btc(signature)}}


def is_authentic(credential) -> bool:
    """Whether this site signed exactly this credential, with its current key."""
    if not isinstance(credential, dict) or not isinstance(credential.get("proof"), dict):
        return False
    document = {key: value for key, value in credential.items() if key != "proof"}
    proof = dict(credential["proof"])
    proof_value = proof.pop("proofValue", None)
    method = proof.get("verificationMethod")
    if (
        proof.get("type") != "DataIntegrityProof"
        or proof.get("cryptosuite") != CRYPTOSUITE
        or proof.get("proofPurpose") != "assertionMethod"
        or not isinstance(method, str)
        or not method.endswith("#" + public_key_multibase())
        or not isinstance(proof_value, str)
        or not proof_value.startswith("z")
    ):
        return False
    options = {**proof, "@context": document.get("@context")}
    try:
        if proof.get("@context", options["@context"]) != options["@context"]:
            return False
        signature = from_base58btc(proof_value[1:])
        signing_key().public_key().verify(signature, _hash_data(document, options))
    except (InvalidSignature, ValueError, TypeError, RecursionError):
        return False
    return True
