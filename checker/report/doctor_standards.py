"""What each condition looks like in a legitimate offer, and what the doctor can check.

The doctor's PDF shows these beside each condition's findings (checker/report/doctor.py):
a standard to compare with, never a statement about this offer. Each is written with its
criterion (``Criterion.doctor_standard`` and ``doctor_verify``, rules/table.py).
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from rules.table import CRITERIA

#: What each condition looks like in a legitimate offer: never a statement about this one.
STANDARDS: dict[str, Promise] = {c.id: gettext_lazy(c.doctor_standard) for c in CRITERIA}

#: What the doctor can check for each condition.
VERIFY: dict[str, Promise] = {c.id: gettext_lazy(c.doctor_verify) for c in CRITERIA}
