"""Short codes a patient can read out and write down, and how resume codes are kept.

Crockford's base32 alphabet: no I, L, O or U, so nothing is misread; typed input is
forgiving (lower case, spaces, dashes, O for 0, I and L for 1).

A resume code is three groups of four (``7KQ4-M2XD-9F3A``: 60 bits), so that guessing stays
hopeless at any scale the rate limits allow (the arithmetic is in the README's Production
section). It is never stored: it is derived from the questionnaire's id with a key made from
SECRET_KEY, and only a keyed hash of it is stored to find the questionnaire when it is typed.
A copy of the database alone gives no code. Codes of two groups (40 bits), given before,
still open their questionnaire through the keyed hash of the old code (``legacy_code_hash``)
until it is deleted with its answers.
"""

import hashlib
import hmac
import secrets

from django.conf import settings

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
#: Groups of four in a resume code: now, and in the codes given before (still accepted).
RESUME_GROUPS, LEGACY_GROUPS = 3, 2


def new_code(groups: int = 2, size: int = 4) -> str:
    """A random code such as ``7KQ4-M2XD`` (two groups of four: 40 bits)."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(groups * size))
    return _grouped(chars, size)


def _grouped(chars: str, size: int = 4) -> str:
    return "-".join(chars[i:i + size] for i in range(0, len(chars), size))


def normalise(typed: str, groups: int = 2, size: int = 4) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one."""
    compact = "".join(ch for ch in typed.upper() if ch not in " -_.").translate(_TYPOS)
    if len(compact) != groups * size or any(ch not in ALPHABET for ch in compact):
        return None
    return _grouped(compact, size)


def normalise_resume(typed: str) -> str | None:
    """A typed resume code in canonical form: a code of three groups or an older one of two."""
    return normalise(typed, RESUME_GROUPS) or normalise(typed, LEGACY_GROUPS)


def _keys() -> list[bytes]:
    # The current key first; keys being rotated out (SECRET_KEY_FALLBACKS) still find and
    # show the codes they made.
    keys = (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)
    return [key if isinstance(key, bytes) else key.encode() for key in keys]


def _mac(key: bytes, purpose: str, value: str) -> bytes:
    return hmac.new(key, f"checker.codes.{purpose}:{value}".encode(), hashlib.sha256).digest()


def derive_resume_code(questionnaire_id: object, key: bytes | None = None) -> str:
    """The questionnaire's resume code: 60 bits of a keyed hash of its id, in the alphabet."""
    number = int.from_bytes(_mac(key or _keys()[0], "resume", str(questionnaire_id))[:8], "big")
    chars = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in range(RESUME_GROUPS * 4))
    return _grouped(chars)


def code_hash(code: str, key: bytes | None = None) -> str:
    """The keyed hash stored for a canonical code (never the code itself)."""
    return _mac(key or _keys()[0], "hash", code).hex()


def code_hashes(code: str) -> list[str]:
    """The code's hash under every key in use, to look it up during a key rotation."""
    return [code_hash(code, key) for key in _keys()]


def shown_resume_code(questionnaire_id: object, stored_hash: str) -> str:
    """The code to show for a questionnaire: the one whose hash is stored (made with the
    current key, or with an older one still in SECRET_KEY_FALLBACKS)."""
    for key in _keys():
        code = derive_resume_code(questionnaire_id, key)
        if hmac.compare_digest(code_hash(code, key), stored_hash):
            return code
    return derive_resume_code(questionnaire_id)
