//! Turns the editable content in `../content/*.toml` into Rust statics in `OUT_DIR`, checking it on
//! the way: a content mistake fails the build with a message that names the file and the entry.

use std::path::{Path, PathBuf};

#[path = "build/assessment.rs"]
mod assessment;
#[path = "build/quiz.rs"]
mod quiz;

/// Reads one content file and writes the Rust source generated from it.
type Generator = fn(&Path, &Path) -> Result<(), String>;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let content_dir = manifest_dir.join("../content");

    let jobs: [(&str, &str, Generator); 2] = [
        ("assessment.toml", "assessment_content.rs", assessment::generate),
        ("quiz.toml", "quiz_content.rs", quiz::generate),
    ];
    for (source, generated, generate) in jobs {
        let source = content_dir.join(source);
        println!("cargo:rerun-if-changed={}", source.display());
        if let Err(message) = generate(&source, &out_dir.join(generated)) {
            eprintln!("error in {}: {message}", source.display());
            std::process::exit(1);
        }
    }
    println!("cargo:rerun-if-changed=build");
}
