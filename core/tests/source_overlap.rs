//! Every sentence of the site is in the project's own words: no run of 8 or more words may repeat
//! the source articles it was researched from. The articles are not in the repository (copyright),
//! so the check reads `content/source-fingerprints.txt`, hashes of every 8-word run of them, and
//! compares the content's own 8-word runs against it. See `overlap` for the normalisation.
//!
//! Checked: every string value of `content/*.toml` (not the comments: editors read them, visitors
//! never do) and every string literal of `src/ui/**/*.rs`, each string on its own.

mod overlap;

use std::fs;
use std::path::{Path, PathBuf};

use overlap::Text;

const FINGERPRINTS: &str = "content/source-fingerprints.txt";

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// The files directly in `dir` whose names end in `extension`, sorted; with `recursive`, those in
/// its subfolders too.
fn files(dir: &Path, extension: &str, recursive: bool) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display())).path();
        if path.is_dir() {
            if recursive {
                found.extend(files(&path, extension, true));
            }
        } else if path.extension().is_some_and(|found| found == extension) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// A path as people read it in a report: relative to the repository.
fn shown(path: &Path) -> String {
    let root = repository();
    path.strip_prefix(&root).unwrap_or(path).display().to_string()
}

/// Every string the site shows: content values and UI literals.
fn site_texts() -> Vec<Text> {
    let root = repository();
    let content = files(&root.join("content"), "toml", false);
    let views = files(&root.join("src/ui"), "rs", true);
    // An empty list means a moved folder, not clean content: never pass on nothing.
    assert!(!content.is_empty(), "no content/*.toml found under {}", root.display());
    assert!(!views.is_empty(), "no src/ui/**/*.rs found under {}", root.display());
    let mut texts = Vec::new();
    for path in content {
        texts.extend(
            overlap::toml_strings(&shown(&path), &read(&path)).unwrap_or_else(|error| panic!("{error}")),
        );
    }
    for path in views {
        texts.extend(overlap::rust_string_literals(&shown(&path), &read(&path)));
    }
    texts
}

#[test]
fn no_content_or_view_text_repeats_eight_words_of_the_source_articles() {
    let path = repository().join(FINGERPRINTS);
    let file = fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!("{FINGERPRINTS} is missing ({error}); without it nothing is checked. Regenerate it with `make source-fingerprints`.")
    });
    let fingerprints = overlap::parse_fingerprints(&file).unwrap_or_else(|error| {
        panic!("{FINGERPRINTS} is unusable: {error}. Regenerate it with `make source-fingerprints`.")
    });

    let texts = site_texts();
    let violations = overlap::violations(&texts, &fingerprints);
    println!("checked {} strings against {} fingerprints", texts.len(), fingerprints.len());

    let report: Vec<String> = violations
        .iter()
        .map(|found| {
            format!(
                "  {}: {}: \"{}\"\n    reword this: it repeats the source article word for word",
                found.file, found.entry, found.words
            )
        })
        .collect();
    assert!(
        violations.is_empty(),
        "{} run(s) of 8 or more words repeat the source articles (words shown normalised: lowercase, \
         no punctuation):\n{}",
        violations.len(),
        report.join("\n"),
    );
}

/// Rewrites the fingerprint file from the articles in `SOURCE_DIR` (every `*.txt`; a relative path
/// is taken from the repository root). Run through `make source-fingerprints`.
#[test]
#[ignore = "needs the source articles, which are not in the repository: run `make source-fingerprints`"]
fn the_fingerprint_file_is_regenerated_from_the_articles_in_source_dir() {
    let Some(dir) = std::env::var_os("SOURCE_DIR") else {
        panic!("set SOURCE_DIR to the folder of source articles (*.txt), e.g. `make source-fingerprints SOURCE_DIR=../shared/source`");
    };
    let dir = repository().join(dir);
    let articles: Vec<String> = files(&dir, "txt", false).iter().map(|path| read(path)).collect();
    assert!(!articles.is_empty(), "no *.txt articles in {}", dir.display());

    let file = overlap::fingerprint_file(articles.iter().map(String::as_str));
    let count = overlap::parse_fingerprints(&file).unwrap_or_else(|error| panic!("{error}")).len();
    let path = repository().join(FINGERPRINTS);
    fs::write(&path, file).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    println!("wrote {count} fingerprints of {} article(s) to {FINGERPRINTS}", articles.len());
}
