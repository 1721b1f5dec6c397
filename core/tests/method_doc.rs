//! `docs/method.md` publishes in the repository the same method the site shows at `#/method`: it is
//! written from `culture_core::method::Method` by `make method-doc`, and this test fails when the
//! committed file no longer matches the content and rules.

use std::fs;
use std::path::PathBuf;

use culture_core::method::Method;

const DOC: &str = "docs/method.md";

fn doc_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(DOC)
}

#[test]
fn docs_method_md_matches_the_method_the_site_publishes() {
    let committed = fs::read_to_string(doc_path()).unwrap_or_default();
    assert!(
        committed == Method::published().markdown(),
        "{DOC} is out of date with the content or the scoring rules: regenerate it with `make method-doc`"
    );
}

/// Rewrites the document. Run through `make method-doc`.
#[test]
#[ignore = "writes docs/method.md: run `make method-doc`"]
fn docs_method_md_is_written_from_the_published_method() {
    let path = doc_path();
    fs::write(&path, Method::published().markdown())
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    println!("wrote {DOC}");
}
