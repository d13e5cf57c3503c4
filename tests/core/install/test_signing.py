"""Keys and signatures: a signature fits one manifest, bad keys are refused plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.install.build import sign_kpack
from kiosk.core.install.manifest import MANIFEST_NAME, SIGNATURE_NAME
from kiosk.core.install.refused import PackRefused
from kiosk.core.install.signing import generate_key, load_private_key, verify_signature
from tests.core.install.kpack_corpus import demo_kpack, entries


def test_a_signature_does_not_fit_another_manifest(tmp_path: Path) -> None:
    signed = demo_kpack(tmp_path)
    pem, _ = generate_key()
    sign_kpack(signed, pem)
    files = {info.filename: data for info, data in entries(signed)}
    other = files[MANIFEST_NAME].replace(b'"1.2.0"', b'"9.9.9"')
    with pytest.raises(PackRefused, match="signature does not match"):
        verify_signature(other, files[SIGNATURE_NAME])


@pytest.mark.parametrize("pem", [b"", b"not a key", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"])
def test_a_bad_private_key_is_refused_plainly(pem: bytes) -> None:
    with pytest.raises(ValueError, match="kiosk pack keygen"):
        load_private_key(pem)


def test_an_ec_key_is_not_an_ed25519_key() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match="not an Ed25519 private key"):
        load_private_key(pem)
