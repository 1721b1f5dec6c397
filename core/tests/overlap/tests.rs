use super::*;

const ARTICLE: &str = "Teams that ship small changes every week learn faster than teams that \
                       plan for a quarter. They’re the ones customers trust.";

fn fingerprints() -> HashSet<u64> {
    parse_fingerprints(&fingerprint_file([ARTICLE])).expect("the made-up article has windows")
}

fn text(text: &str) -> Text {
    Text {
        file: "content/test.toml".to_owned(),
        entry: "statement[a].text".to_owned(),
        text: text.to_owned(),
    }
}

fn caught(texts: &[Text]) -> Vec<String> {
    violations(texts, &fingerprints()).into_iter().map(|violation| violation.words).collect()
}

#[test]
fn words_are_lowercased_split_on_punctuation_and_keep_digits() {
    assert_eq!(
        words("Sales-led—or PRODUCT-led? In 2024, 3x."),
        ["sales", "led", "or", "product", "led", "in", "2024", "3x"]
    );
}

#[test]
fn an_apostrophe_inside_a_word_is_dropped_whether_straight_or_curly() {
    assert_eq!(words("they’re"), ["theyre"]);
    assert_eq!(words("they're"), ["theyre"]);
    assert_eq!(words("ÉQUIPE’S"), ["équipes"]);
}

#[test]
fn an_apostrophe_used_as_a_quote_mark_separates_words() {
    assert_eq!(words("‘ship it’ teams' work"), ["ship", "it", "teams", "work"]);
}

#[test]
fn a_sentence_copied_from_the_source_is_caught() {
    let found = caught(&[text("Teams that ship small changes every week learn faster.")]);
    assert_eq!(found, ["teams that ship small changes every week learn faster"]);
}

#[test]
fn the_same_words_with_other_case_punctuation_and_quotes_are_caught() {
    let found = caught(&[text("“TEAMS—that ship small-changes, every week!” Learn faster…")]);
    assert_eq!(found, ["teams that ship small changes every week learn faster"]);
    let found = caught(&[text("Plan for a quarter: THEY'RE the ones customers trust!")]);
    assert_eq!(found, ["plan for a quarter theyre the ones customers trust"]);
}

#[test]
fn seven_words_in_common_pass() {
    assert!(caught(&[text("Teams that ship small changes every week, we found, do better.")]).is_empty());
}

#[test]
fn a_window_across_two_strings_is_not_counted() {
    let texts = [text("Teams that ship small changes"), text("every week learn faster")];
    assert!(caught(&texts).is_empty());
}

#[test]
fn overlapping_windows_are_reported_as_one_run_and_separate_runs_apart() {
    let found = caught(&[text(
        "We saw that teams that ship small changes every week learn faster than teams that plan \
         well. Some plan for a quarter; they’re the ones customers trust most.",
    )]);
    assert_eq!(
        found,
        [
            "teams that ship small changes every week learn faster than teams that plan",
            "plan for a quarter theyre the ones customers trust",
        ]
    );
}

#[test]
fn the_fingerprint_file_round_trips_and_holds_each_window_once() {
    let file = fingerprint_file([ARTICLE, ARTICLE]);
    assert!(file.starts_with(HEADER));
    let lines: Vec<&str> = file.lines().filter(|line| !line.starts_with('#')).collect();
    assert_eq!(lines.len(), words(ARTICLE).len() - WINDOW + 1);
    assert!(lines.windows(2).all(|pair| pair[0] < pair[1]), "sorted and distinct");
    assert_eq!(fingerprints().len(), lines.len());
}

#[test]
fn a_fingerprint_file_without_fingerprints_is_an_error() {
    assert!(parse_fingerprints(HEADER).is_err());
    assert!(parse_fingerprints("").is_err());
    assert!(parse_fingerprints("not hex\n").is_err());
}

#[test]
fn the_hash_is_fnv1a_64() {
    // Published FNV-1a 64 test vectors.
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn toml_strings_are_named_by_their_entry_and_comments_are_left_out() {
    let document = "# a comment with words\ntitle = \"Quiz\"\n[[question]]\nid = \"q1\"\nslot = 3\n\
                    prompt = \"Why?\"\n[[question.option]]\nid = \"a\"\ntext = \"Because.\"\n";
    let mut entries: Vec<(String, String)> = toml_strings("content/quiz.toml", document)
        .expect("valid TOML")
        .into_iter()
        .map(|text| (text.entry, text.text))
        .collect();
    entries.sort();
    let expected = [
        ("question[q1].id", "q1"),
        ("question[q1].option[a].id", "a"),
        ("question[q1].option[a].text", "Because."),
        ("question[q1].prompt", "Why?"),
        ("title", "Quiz"),
    ];
    assert_eq!(entries, expected.map(|(entry, text)| (entry.to_owned(), text.to_owned())));
}

#[test]
fn rust_literals_are_read_with_their_lines_and_comments_skipped() {
    let source = "// \"not this\"\n/* \"nor /* nested */ this\" */\nlet a = \"Hello,\\n \\\"you\\\"\";\n\
                  let c = '\"'; let q = '\\''; fn f<'a>(x: &'a str) {}\n\
                  view! { <p>r#\"raw \"text\"\"#</p> }\nlet b = b\"bytes\"; let s = \"two\nlines\"; let t = \"after\";\n";
    let found: Vec<(String, String)> =
        rust_string_literals("src/ui/x.rs", source).into_iter().map(|text| (text.entry, text.text)).collect();
    let expected = [
        ("line 3", "Hello,\n \"you\""),
        ("line 5", "raw \"text\""),
        ("line 6", "bytes"),
        ("line 6", "two\nlines"),
        ("line 7", "after"),
    ];
    assert_eq!(found, expected.map(|(entry, text)| (entry.to_owned(), text.to_owned())));
}

#[test]
fn rust_escapes_and_line_continuations_are_resolved() {
    let source = "\"it\\u{2019}s a \\x41 \\\n        line\"";
    let found = rust_string_literals("src/ui/x.rs", source);
    assert_eq!(found[0].text, "it’s a A line");
}
