"""Short codes a patient can read out and write down.

Crockford's base32 alphabet: no I, L, O or U, so nothing is misread; typed input is
forgiving (lower case, spaces, dashes, O for 0, I and L for 1).
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_code(groups: int = 2, size: int = 4) -> str:
    """A random code such as ``7KQ4-M2XD`` (two groups of four: 40 bits)."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(groups * size))
    return "-".join(chars[i:i + size] for i in range(0, len(chars), size))


def normalise(typed: str, groups: int = 2, size: int = 4) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one."""
    compact = "".join(ch for ch in typed.upper() if ch not in " -_.").translate(_TYPOS)
    if len(compact) != groups * size or any(ch not in ALPHABET for ch in compact):
        return None
    return "-".join(compact[i:i + size] for i in range(0, len(compact), size))
