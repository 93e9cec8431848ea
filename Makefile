# The two commands of the README. Both install whatever is missing first (scripts/setup).
.PHONY: serve test

## Serve the app with the embedded default story on http://127.0.0.1:8080.
serve:
	scripts/serve

## Run every test layer and print a summary line.
test:
	scripts/test
