"""Keys and signatures of ``.kpack`` files: Ed25519 over a fixed prefix and ``manifest.json``.

``signature.json`` is ``{"format": 1, "algorithm": "ed25519", "public_key", "signature"}``
(base64). The cryptography library is imported only where a key or a signature is used.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from kiosk.core.install.manifest import FORMAT
from kiosk.core.install.refused import PackRefused
from kiosk.core.messages import msg
from kiosk.core.settings import Settings

#: What is signed: a fixed prefix (so the signature means nothing anywhere else) and manifest.json.
SIGNED_PREFIX = b"kiosk content pack manifest v1\n"


def generate_key() -> tuple[bytes, str]:
    """A new Ed25519 key pair: (private key as PEM, public key as base64)."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pem, _public_b64(private)


def _public_b64(private: Any) -> str:
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_private_key(pem: bytes) -> Any:
    """The Ed25519 private key in ``pem``; ValueError with a plain reason if it is not one."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as err:
        raise ValueError("this is not an unencrypted private key made by 'kiosk pack keygen'") from err
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("this is not an Ed25519 private key made by 'kiosk pack keygen'")
    return key


def signature_bytes(manifest_raw: bytes, private_pem: bytes) -> tuple[bytes, str]:
    """signature.json for ``manifest_raw`` signed with the key in ``private_pem``, and its public key."""
    key = load_private_key(private_pem)
    public = _public_b64(key)
    signature = key.sign(SIGNED_PREFIX + manifest_raw)
    data = {
        "format": FORMAT,
        "algorithm": "ed25519",
        "public_key": public,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(data, indent=1) + "\n").encode("utf-8"), public


def decode_public_key(text: str) -> bytes | None:
    """The 32 raw bytes of a base64 Ed25519 public key, or None if ``text`` is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def verify_signature(manifest_raw: bytes, signature_raw: bytes) -> str:
    """Check signature.json against manifest.json; return the signer's public key (base64)."""
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: PLC0415

    bad = msg("The signature does not match: the file was changed after it was signed, or it is damaged.")
    try:
        data = json.loads(signature_raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PackRefused(bad) from None
    if not isinstance(data, dict) or data.get("algorithm") != "ed25519":
        raise PackRefused(bad)
    public = data.get("public_key")
    raw_key = decode_public_key(public) if isinstance(public, str) else None
    try:
        signature = base64.b64decode(str(data.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    if raw_key is None or len(signature) != 64:
        raise PackRefused(bad)
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, SIGNED_PREFIX + manifest_raw)
    except InvalidSignature:
        raise PackRefused(bad) from None
    return base64.b64encode(raw_key).decode("ascii")


def trusted_name(signer_key: str | None, settings: Settings, pack_id: str | None = None) -> str | None:
    """The name under which ``settings`` trusts ``signer_key`` (for ``pack_id``, when given), or None."""
    raw = decode_public_key(signer_key) if signer_key else None
    if raw is None:
        return None
    name = next((name for name, key in settings.trusted_keys.items() if decode_public_key(key) == raw), None)
    if name is not None and pack_id is not None and not settings.may_sign(name, pack_id):
        return None
    return name
