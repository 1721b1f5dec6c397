//! Finding every link in any text: chat styles, several per line, broken lines, and what is not
//! reported.

use super::super::*;
use crate::assessment::Answer;
use crate::date::Day;
use crate::link::{encode, encode_team, AssessmentLink, QuizLink, SharedResult, TeamLink};
use proptest::prelude::*;

/// A finished assessment whose answers follow `seed`, so different seeds make different links.
fn result(seed: u8) -> SharedResult {
    let answers = (0..42).map(|slot| Answer::from_code((slot + seed) % 7)).collect();
    SharedResult::Assessment(AssessmentLink {
        content_version: 2,
        day: Day(20_779),
        answers,
        label: None,
        role: None,
    })
}

fn payload(seed: u8) -> String {
    encode(&result(seed))
}

fn address(seed: u8) -> String {
    format!("https://example.org/culture/#/r/{}", payload(seed))
}

/// The results found, in order; anything that did not read fails the test.
fn read_all(text: &str) -> Vec<SharedResult> {
    find_links(text)
        .into_iter()
        .map(|found| match found.content {
            Ok(LinkContent::Result(result)) => result,
            other => panic!("line {}: {other:?}", found.line),
        })
        .collect()
}

#[test]
fn each_chat_style_gives_its_link() {
    let link = address(1);
    let styles = [
        format!("Here is mine: {link}"),
        format!("{link} (sorry, late)"),
        format!("<{link}>"),
        format!("[my result]({link})"),
        format!("[10:42] Ana: {link} thanks!"),
        format!("“{link}”."),
        format!("'{link}', "),
        format!("({link})!"),
        format!("_{link}_"),
        format!("> {link}"),
        format!("Ana Silva, 10:42\t{link}\u{a0}👍"),
    ];
    for text in styles {
        assert_eq!(read_all(&text), [result(1)], "{text:?}");
    }
}

#[test]
fn several_links_on_one_line_are_each_found() {
    let text = format!("{} and {}; also <{}>", address(1), address(2), address(3));
    assert_eq!(read_all(&text), [result(1), result(2), result(3)]);
}

#[test]
fn a_link_written_twice_on_one_line_as_markdown_does_is_found_once() {
    let link = address(1);
    assert_eq!(read_all(&format!("[{link}]({link})")), [result(1)]);
}

#[test]
fn the_same_link_on_two_lines_is_found_twice() {
    let link = address(1);
    let found = find_links(&format!("{link}\n\n{link}"));
    assert_eq!(found.iter().map(|found| found.line).collect::<Vec<_>>(), [1, 3]);
}

#[test]
fn a_bare_payload_or_fragment_alone_on_a_line_is_found() {
    for line in [
        payload(1),
        format!("/r/{}", payload(1)),
        format!("r/{}/", payload(1)),
        format!("  ({})", payload(1)),
    ] {
        assert_eq!(read_all(&line), [result(1)], "{line:?}");
    }
}

#[test]
fn a_bare_payload_among_words_is_found_when_it_reads() {
    assert_eq!(read_all(&format!("Ana: {} thanks", payload(1))), [result(1)]);
}

#[test]
fn a_team_link_and_a_quiz_link_are_found_as_what_they_are() {
    let team = TeamLink { name: Some("Ops".to_owned()), members: vec![] };
    let quiz =
        QuizLink { content_version: 1, day: Day(20_779), correct: vec![true; 10], asked: 10, label: None };
    let text = format!(
        "team: https://example.org/#/team/{} quiz: #/r/{}",
        encode_team(&team).unwrap_or_default(),
        encode(&SharedResult::Quiz(quiz.clone()))
    );
    let contents: Vec<_> = find_links(&text).into_iter().map(|found| found.content).collect();
    assert_eq!(contents, [Ok(LinkContent::Team(team)), Ok(LinkContent::Result(SharedResult::Quiz(quiz)))]);
}

#[test]
fn chat_without_links_finds_nothing() {
    let chat = "[10:41] Ben: morning all\nthanks\nsee https://example.org/docs/a-page-about_things\n\n\
                r/rust\nInternationalisation\n#/quiz is fun";
    assert_eq!(find_links(chat), []);
}

#[test]
fn a_damaged_link_among_good_ones_is_reported_on_its_line() {
    let mut damaged = address(2);
    damaged.replace_range(damaged.len() - 5..damaged.len() - 4, "Z");
    let text = format!("{}\nAna: {damaged} (late)\n{}", address(1), address(3));
    let found = find_links(&text);
    assert_eq!(found.len(), 3);
    assert_eq!(found[1].line, 2);
    assert!(found[1].text.starts_with("#/r/"), "{}", found[1].text);
    assert_eq!(found[1].content, Err(LinkError::CheckFailed));
    assert!(found[0].content.is_ok() && found[2].content.is_ok());
}

#[test]
fn a_route_with_nothing_after_it_is_reported_empty() {
    let found = find_links("my link: https://example.org/#/r/ (oops)");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].content, Err(LinkError::Empty));
}

#[test]
fn a_long_lone_run_that_does_not_read_is_reported_but_a_short_one_is_not() {
    let found = find_links("hello\nEQEEICMFOXApy4FOXApy4FOXAACCYZ\nEQEEICMF");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].line, 2);
    assert!(found[0].content.is_err());
}

#[test]
fn a_link_broken_over_lines_by_an_email_program_is_joined() {
    let link = address(1);
    let (head, tail) = link.split_at(link.len() - 9);
    for text in [format!("{head}\n{tail}"), format!("> {head}\n> {tail} Thanks,\n> Ana")] {
        let found = find_links(&text);
        assert_eq!(found.len(), 1, "{text:?}");
        assert_eq!(found[0].line, 1);
        assert_eq!(found[0].content, Ok(LinkContent::Result(result(1))), "{text:?}");
    }
}

#[test]
fn a_link_broken_right_after_its_route_is_joined() {
    assert_eq!(read_all(&format!("https://example.org/#/r/\n{}", payload(1))), [result(1)]);
}

#[test]
fn reading_goes_on_after_a_broken_link_ends() {
    let link = address(1);
    let (head, tail) = link.split_at(link.len() - 9);
    assert_eq!(read_all(&format!("{head}\n{tail} and {}", address(2))), [result(1), result(2)]);
}

#[test]
fn a_damaged_link_at_a_line_end_is_not_joined_with_the_chat_after_it() {
    let link = address(1);
    let cut = &link[..link.len() - 9];
    let found = find_links(&format!("{cut}\nthanks all\n{}", address(2)));
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].line, found[0].text.len()), (1, cut.len() - cut.find('#').unwrap_or(0)));
    assert!(found[0].content.is_err());
    assert_eq!(found[1].content, Ok(LinkContent::Result(result(2))));
}

#[test]
fn dashes_glued_to_the_end_of_a_link_are_left_out() {
    // `-` is base64url, so it runs into the payload; a signature's dashes must not spoil the link.
    let text = format!("{}-- Ana", address(4));
    assert_eq!(read_all(&text), [result(4)]);
}

/// Text that holds no route and no run of base64url long enough to be a link (the shortest, an empty
/// team, takes 7 characters): what a chat around a link may say.
fn chatter() -> impl Strategy<Value = String> {
    "(?s)[^#]{0,120}".prop_filter("no long bare run", |text| {
        text.split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_').all(|run| run.len() < 7)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_text_around_a_link_still_finds_exactly_that_link(
        before in chatter(),
        after in chatter(),
        seed in 0u8..7,
        style in 0usize..5,
    ) {
        let link = address(seed);
        // After the link comes a character that cannot continue a payload, then anything.
        let written = match style {
            0 => format!("{before}{link} {after}"),
            1 => format!("{before}<{link}>{after}"),
            2 => format!("{before}[result]({link}){after}"),
            3 => format!("{before}\n{}\n{after}", payload(seed)),
            _ => format!("{before}\"{link}\".{after}"),
        };
        let found: Vec<_> = find_links(&written).into_iter().filter(|found| found.content.is_ok()).collect();
        prop_assert_eq!(found.len(), 1, "{:?}", written);
        prop_assert_eq!(&found[0].content, &Ok(LinkContent::Result(result(seed))));
    }

    #[test]
    fn finding_links_in_anything_never_panics(text in "(?s).{0,400}") {
        for found in find_links(&text) {
            prop_assert!(found.line >= 1);
        }
    }
}
