# The two commands of the README. Both set up whatever is missing first.
.PHONY: run test messages lock

run:
	./scripts/run

test:
	./scripts/test

# Regenerate locale/es/LC_MESSAGES/django.po from the marked strings (keeps translations).
messages:
	./scripts/messages

# Regenerate requirements.lock (exact versions and hashes) from the ranges in pyproject.toml.
# Run it after changing a dependency; scripts/bootstrap.sh installs from the lock only.
lock:
	./scripts/lock
