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
        ("quiz.toml", "quiz_content.rs", generate_quiz),
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

/// The quiz's questions name the assessment pillars they teach, so the quiz is checked against the
/// pillar ids of `assessment.toml` beside it. Only those ids are read here, so the quiz does not
/// depend on how the rest of the assessment is laid out or checked.
fn generate_quiz(source: &Path, destination: &Path) -> Result<(), String> {
    let pillars = assessment_pillar_ids(&source.with_file_name("assessment.toml"))?;
    quiz::generate(source, destination, &pillars)
}

/// The `id` of every `[[pillar]]` in the assessment file, in order.
fn assessment_pillar_ids(path: &Path) -> Result<Vec<String>, String> {
    let cannot = |problem: String| {
        format!("cannot read the assessment's pillar ids from {}: {problem}", path.display())
    };
    let text = std::fs::read_to_string(path).map_err(|error| cannot(error.to_string()))?;
    let table: toml::Table = toml::from_str(&text).map_err(|error| cannot(error.to_string()))?;
    let pillars = table
        .get("pillar")
        .and_then(toml::Value::as_array)
        .ok_or_else(|| cannot("it has no [[pillar]] entries".to_owned()))?;
    pillars
        .iter()
        .enumerate()
        .map(|(index, pillar)| {
            let id = pillar.get("id").and_then(toml::Value::as_str);
            id.map(str::to_owned).ok_or_else(|| cannot(format!("[[pillar]] {} has no id", index + 1)))
        })
        .collect()
}
