//! Each mistake in the method's content stops the build with a message naming the entry at fault. The
//! tests start from the published files, so they follow the content as it grows.

use super::super::checks::rejection;
use super::*;

fn assessment() -> AssessmentFile {
    toml::from_str(include_str!("../../../content/assessment.toml")).expect("the assessment content parses")
}

fn published() -> MethodFile {
    toml::from_str(include_str!("../../../content/method.toml")).expect("the method content parses")
}

fn error_after(change: impl FnOnce(&mut MethodFile)) -> String {
    rejection(published(), change, |file| validate(file, &assessment()))
}

#[test]
fn the_published_method_passes() {
    assert_eq!(validate(&published(), &assessment()), Ok(()));
}

#[test]
fn an_empty_intro_is_rejected() {
    assert!(error_after(|file| file.intro = " ".to_owned()).contains("intro is empty"));
}

#[test]
fn a_construct_for_an_unknown_pillar_is_rejected() {
    let error = error_after(|file| file.constructs[0].pillar = "nowhere".to_owned());
    assert!(error.starts_with("construct 1 (id \"nowhere\")") && error.contains("no pillar"), "{error}");
}

#[test]
fn a_pillar_without_a_construct_is_named() {
    let mut missing = String::new();
    let error = error_after(|file| missing = file.constructs.pop().expect("a construct").pillar);
    assert!(error.contains(&format!("{missing:?}")) && error.contains("[[construct]]"), "{error}");
}

#[test]
fn two_constructs_for_one_pillar_are_rejected() {
    let error = error_after(|file| file.constructs[1].pillar = file.constructs[0].pillar.clone());
    assert!(error.starts_with("construct 2") && error.contains("already"), "{error}");
}

#[test]
fn an_empty_construct_text_names_the_field() {
    let error = error_after(|file| file.constructs[2].excludes = String::new());
    assert!(error.starts_with("construct 3") && error.contains("excludes is empty"), "{error}");
}

#[test]
fn a_method_without_limits_is_rejected() {
    assert!(error_after(|file| file.limits.clear()).contains("[[limit]]"));
}

#[test]
fn a_repeated_limit_id_is_rejected() {
    let error = error_after(|file| file.limits[1].id = file.limits[0].id.clone());
    assert!(error.starts_with("limit 2") && error.contains("already"), "{error}");
}

#[test]
fn a_missing_version_block_is_named() {
    let error = error_after(|file| {
        file.versions.pop();
    });
    assert!(error.contains("content version") && error.contains("add one block"), "{error}");
}

#[test]
fn versions_out_of_order_are_rejected() {
    let error = error_after(|file| file.versions[0].version = 7);
    assert!(error.starts_with("version 7") && error.contains("expected 1"), "{error}");
}

#[test]
fn a_statement_added_twice_is_rejected() {
    let error = error_after(|file| {
        let first = file.versions[0].added[0].clone();
        file.versions.last_mut().expect("a version").added.push(first);
    });
    assert!(error.contains("already added"), "{error}");
}

#[test]
fn a_statement_added_by_no_version_is_named() {
    let mut dropped = String::new();
    // The latest version's additions are retired by no version, so only the missing addition is wrong.
    let error = error_after(|file| {
        dropped =
            file.versions.last_mut().and_then(|version| version.added.pop()).expect("an added statement");
    });
    assert!(error.contains(&format!("{dropped:?}")) && error.contains("added by no"), "{error}");
}

#[test]
fn an_unknown_statement_id_is_rejected() {
    let error = error_after(|file| file.versions[0].added.push("no-such-statement".to_owned()));
    assert!(error.starts_with("version 1") && error.contains("no-such-statement"), "{error}");
}

#[test]
fn a_statement_still_asked_cannot_be_listed_as_retired() {
    let asked =
        assessment().statements.into_iter().find(|statement| !statement.retired).expect("an asked one");
    let error = error_after(|file| file.versions.last_mut().expect("a version").retired.push(asked.id));
    assert!(error.contains("still asked"), "{error}");
}

#[test]
fn a_retired_statement_must_be_retired_by_a_version() {
    let error = error_after(|file| {
        let version =
            file.versions.iter_mut().find(|version| !version.retired.is_empty()).expect("a retirement");
        version.retired.pop();
    });
    assert!(error.contains("retired by no"), "{error}");
}

#[test]
fn a_statement_cannot_be_retired_in_the_version_that_adds_it() {
    let error = error_after(|file| {
        let version =
            file.versions.iter_mut().find(|version| !version.retired.is_empty()).expect("a retirement");
        let retired = version.retired[0].clone();
        for other in &mut file.versions {
            other.added.retain(|id| *id != retired);
        }
        let version =
            file.versions.iter_mut().find(|version| version.retired.contains(&retired)).expect("it");
        version.added.push(retired);
    });
    assert!(error.contains("earlier version before it is retired"), "{error}");
}

#[test]
fn a_term_listed_twice_is_rejected_whatever_its_case() {
    let error = error_after(|file| {
        let again = TermEntry { term: file.terms[0].term.to_uppercase(), meaning: "Again.".to_owned() };
        file.terms.push(again);
    });
    assert!(error.contains("already explains this term"), "{error}");
}

#[test]
fn an_empty_meaning_is_rejected() {
    let error = error_after(|file| file.terms[0].meaning = String::new());
    assert!(error.contains("meaning is empty"), "{error}");
}

#[test]
fn the_glossary_comes_out_in_alphabetical_order() {
    let source = render(&published(), &assessment());
    let terms: Vec<&str> = source
        .lines()
        .filter_map(|line| line.trim().strip_prefix("Term { term: \""))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let mut sorted = terms.clone();
    sorted.sort_by_key(|term| term.to_lowercase());
    assert!(!terms.is_empty());
    assert_eq!(terms, sorted);
}

#[test]
fn each_slot_gets_the_versions_that_added_and_retired_its_statement() {
    let source = render(&published(), &assessment());
    let line = source.lines().find(|line| line.contains("SLOT_EDITIONS")).expect("the slot editions");
    // Slot 0 was asked from the first version and retired in the third, slot 2 in the second.
    assert!(line.contains("= [(1, 3), (1, 3), (1, 2), "), "{line}");
    let spans: Vec<(u8, u8)> = edition_spans(&published().versions, &assessment());
    assert_eq!(spans[35].0, 2);
    assert!(assessment().statements.iter().all(|statement| {
        let (added, retired) = spans[usize::from(statement.slot)];
        added >= 1 && (retired == 0) != statement.retired && (retired == 0 || retired > added)
    }));
}
