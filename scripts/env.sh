# Sourced by the scripts: puts the project's pinned tools first on PATH.
export PATH="$PWD/scripts/build-tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
