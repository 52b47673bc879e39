"""Authentication that honours the sign-in throttle, for the staff sign-in and the admin's.

Putting the throttle here rather than in one view means no sign-in form (ours, the Django
admin's, or any added later) can be used to guess passwords faster.
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from . import throttle


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request: Any, username: str | None = None,
                     password: str | None = None, **kwargs: Any) -> Any:
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        username = str(username)
        # Counted as a failure before the password is checked, so attempts sent at once
        # cannot all be checked before the first is counted.
        if not throttle.claim(request, username):
            return None
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None:
            throttle.record_success(request, username)
        return user
