//! The build script: turns the editable content in `content/*.toml` into Rust statics in `OUT_DIR`,
//! checking it on the way, so a content mistake fails the build with a message that names the file and
//! the entry at fault.
//!
//! The core's unit tests include this file too (from `core/src/content/mod.rs`) to run the checks on
//! broken content; what reads and writes files is left out of them.

pub(crate) mod assessment;
mod checks;
mod method;
pub(crate) mod quiz;

#[cfg(not(test))]
fn main() {
    use std::path::PathBuf;

    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let content_dir = manifest_dir.join("../content");

    let jobs: [(&str, &str, checks::Generator); 2] = [
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
    // The method is checked against the assessment it describes.
    let method = content_dir.join("method.toml");
    println!("cargo:rerun-if-changed={}", method.display());
    let assessment = content_dir.join("assessment.toml");
    if let Err(message) = method::generate(&method, &assessment, &out_dir.join("method_content.rs")) {
        eprintln!("error in {}: {message}", method.display());
        std::process::exit(1);
    }
    println!("cargo:rerun-if-changed=build");
}
