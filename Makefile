# The two commands of the README. Both set up whatever is missing first.
.PHONY: run test

run:
	./scripts/run

test:
	./scripts/test
