# Sourced by scripts/build-release and scripts/size-report: the release build's size flags.
#
# Why: they take about 25 KB (brotli) off the wasm, an eighth of the first load. They rebuild
# the standard library with size in mind (`-Zbuild-std`, `optimize_for_size`) and compile a
# panic to a bare trap (`panic=immediate-abort`): no panic messages, file names or formatting
# machinery in the wasm. public/boot.js shows the error view when the wasm traps, so a panic
# still ends in a readable message. They are unstable rustc and Cargo options, enabled on the
# stable 1.95 toolchain with RUSTC_BOOTSTRAP=1 for this build only; the debug build
# (`make serve`) and every test build use plain stable Rust. With PLAIN=1 they are left out
# (the app works the same, only larger).
if [ "${PLAIN:-0}" != 1 ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="${RUSTFLAGS:-} -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
fi
