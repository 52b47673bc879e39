# The two commands of the README. Both set up whatever is missing first.
.PHONY: run test messages

run:
	./scripts/run

test:
	./scripts/test

# Regenerate locale/es/LC_MESSAGES/django.po from the marked strings (keeps translations).
messages:
	./scripts/messages
