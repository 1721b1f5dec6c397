//! Release wasm builds keep the linker's relocations (`--emit-relocs`): `wasm-split-cli`
//! (scripts/split-wasm.mjs) needs them to cut the screens marked `#[lazy]` into chunks of their own.
//! Only the final link of the app changes, so no dependency is rebuilt for it; the QR reader's worker
//! (`src/bin/qr_reader.rs`) is not split and keeps its ordinary link.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo:rustc-link-arg-bin=culture-check=--emit-relocs");
    }
}
