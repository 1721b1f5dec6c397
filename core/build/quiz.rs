//! Generates `quiz_content.rs` from `content/quiz.toml`: the questions, their options and the score
//! verdicts, checked entry by entry so a content mistake stops the build with a message naming it.
//!
//! The crate's unit tests include this file too (see `core/src/content/quiz.rs`) to test the checks;
//! only [`generate`], which needs the `toml` build dependency, is left out of them.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::Write;

/// A quiz has exactly this many questions.
pub const QUESTION_COUNT: usize = 10;
/// Result links keep a bit per slot in a 64-bit number.
pub const MAX_SLOT: u8 = 63;
/// "A sentence or two", measured generously.
pub const MAX_EXPLANATION_CHARS: usize = 400;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub content_version: u32,
    #[serde(default)]
    pub retired_ids: Vec<String>,
    #[serde(default)]
    pub retired_slots: Vec<u8>,
    #[serde(default, rename = "question")]
    pub questions: Vec<QuestionEntry>,
    #[serde(default, rename = "verdict")]
    pub verdicts: Vec<VerdictEntry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionEntry {
    pub id: String,
    pub slot: u8,
    pub topic: String,
    pub prompt: String,
    pub explanation: String,
    #[serde(default, rename = "option")]
    pub options: Vec<OptionEntry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionEntry {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub correct: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictEntry {
    pub id: String,
    pub from_percent: u8,
    pub headline: String,
    pub message: String,
}

/// Reads, checks and turns `content/quiz.toml` into Rust source.
#[cfg(not(test))]
pub fn generate(source: &std::path::Path, destination: &std::path::Path) -> Result<(), String> {
    let text = std::fs::read_to_string(source).map_err(|error| format!("cannot read the file: {error}"))?;
    let file: QuizFile = toml::from_str(&text).map_err(|error| error.to_string())?;
    validate(&file)?;
    std::fs::write(destination, render(&file)).map_err(|error| error.to_string())
}

/// Checks everything the quiz relies on; the message names the first entry at fault.
pub fn validate(file: &QuizFile) -> Result<(), String> {
    if file.content_version == 0 {
        return Err("content_version must be 1 or more".to_owned());
    }
    if file.questions.len() != QUESTION_COUNT {
        return Err(format!(
            "the quiz needs exactly {QUESTION_COUNT} [[question]] entries, found {}",
            file.questions.len()
        ));
    }
    let mut ids = HashSet::new();
    let mut slots = HashSet::new();
    for (index, question) in file.questions.iter().enumerate() {
        let name = format!("question {} (id {:?})", index + 1, question.id);
        check_id(&question.id).map_err(|problem| format!("{name}: {problem}"))?;
        if !ids.insert(question.id.as_str()) {
            return Err(format!("{name}: another question already has this id"));
        }
        if file.retired_ids.contains(&question.id) {
            return Err(format!("{name}: this id is retired; give the question a new one"));
        }
        if question.slot > MAX_SLOT {
            return Err(format!("{name}: slot {} is above the largest, {MAX_SLOT}", question.slot));
        }
        if !slots.insert(question.slot) {
            return Err(format!("{name}: another question already uses slot {}", question.slot));
        }
        if file.retired_slots.contains(&question.slot) {
            return Err(format!("{name}: slot {} is retired; use one never used before", question.slot));
        }
        check_question(question).map_err(|problem| format!("{name}: {problem}"))?;
    }
    check_verdicts(&file.verdicts)
}

fn check_id(id: &str) -> Result<(), String> {
    let well_formed = !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if well_formed {
        Ok(())
    } else {
        Err("the id must be lowercase letters, digits and hyphens, like \"empty-chair\"".to_owned())
    }
}

fn check_text(field: &str, text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err(format!("{field} is empty"))
    } else {
        Ok(())
    }
}

fn check_question(question: &QuestionEntry) -> Result<(), String> {
    check_text("topic", &question.topic)?;
    check_text("prompt", &question.prompt)?;
    check_text("explanation", &question.explanation)?;
    let length = question.explanation.chars().count();
    if length > MAX_EXPLANATION_CHARS {
        return Err(format!(
            "the explanation has {length} characters; keep it to a sentence or two \
             ({MAX_EXPLANATION_CHARS} at most)"
        ));
    }
    if !(3..=4).contains(&question.options.len()) {
        return Err(format!("it needs three or four options, found {}", question.options.len()));
    }
    let mut ids = HashSet::new();
    let mut texts = HashSet::new();
    for (index, option) in question.options.iter().enumerate() {
        let name = format!("option {} (id {:?})", index + 1, option.id);
        check_id(&option.id).map_err(|problem| format!("{name}: {problem}"))?;
        if !ids.insert(option.id.as_str()) {
            return Err(format!("{name}: another option of this question already has this id"));
        }
        check_text("its text", &option.text).map_err(|problem| format!("{name}: {problem}"))?;
        if !texts.insert(option.text.trim().to_lowercase()) {
            return Err(format!("{name}: another option of this question has the same text"));
        }
    }
    match question.options.iter().filter(|option| option.correct).count() {
        1 => Ok(()),
        0 => Err("no option is marked `correct = true`; mark exactly one".to_owned()),
        marked => Err(format!("{marked} options are marked `correct = true`; mark exactly one")),
    }
}

fn check_verdicts(verdicts: &[VerdictEntry]) -> Result<(), String> {
    let mut ids = HashSet::new();
    let mut starts = HashSet::new();
    for (index, verdict) in verdicts.iter().enumerate() {
        let name = format!("verdict {} (id {:?})", index + 1, verdict.id);
        check_id(&verdict.id).map_err(|problem| format!("{name}: {problem}"))?;
        if !ids.insert(verdict.id.as_str()) {
            return Err(format!("{name}: another verdict already has this id"));
        }
        if verdict.from_percent > 100 {
            return Err(format!("{name}: from_percent must be between 0 and 100"));
        }
        if !starts.insert(verdict.from_percent) {
            return Err(format!("{name}: another verdict already starts from {}%", verdict.from_percent));
        }
        check_text("headline", &verdict.headline).map_err(|problem| format!("{name}: {problem}"))?;
        check_text("message", &verdict.message).map_err(|problem| format!("{name}: {problem}"))?;
    }
    if !starts.contains(&0) {
        return Err("one [[verdict]] must have from_percent = 0, so every score gets a verdict".to_owned());
    }
    Ok(())
}

/// The Rust source for a checked file. Verdicts come out highest band first, so the lookup can take
/// the first band a score reaches.
pub fn render(file: &QuizFile) -> String {
    let mut out = String::from("// Generated by core/build/quiz.rs from content/quiz.toml. Do not edit.\n\n");
    let _ = writeln!(out, "pub const CONTENT_VERSION: u32 = {};\n", file.content_version);
    let _ = writeln!(out, "pub static QUESTIONS: [Question; {}] = [", file.questions.len());
    for question in &file.questions {
        let answer = question.options.iter().position(|option| option.correct).unwrap_or(0);
        let _ = writeln!(
            out,
            "    Question {{ id: {:?}, slot: {}, topic: {:?}, prompt: {:?}, explanation: {:?}, answer: {}, \
             options: &[",
            question.id,
            question.slot,
            question.topic.trim(),
            question.prompt.trim(),
            question.explanation.trim(),
            answer
        );
        for option in &question.options {
            let _ = writeln!(
                out,
                "        QuizOption {{ id: {:?}, text: {:?} }},",
                option.id,
                option.text.trim()
            );
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n\n");
    let mut verdicts: Vec<&VerdictEntry> = file.verdicts.iter().collect();
    verdicts.sort_by_key(|verdict| std::cmp::Reverse(verdict.from_percent));
    let _ = writeln!(out, "pub static VERDICTS: [Verdict; {}] = [", verdicts.len());
    for verdict in verdicts {
        let _ = writeln!(
            out,
            "    Verdict {{ id: {:?}, from_percent: {}, headline: {:?}, message: {:?} }},",
            verdict.id,
            verdict.from_percent,
            verdict.headline.trim(),
            verdict.message.trim()
        );
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(id: &str, correct: bool) -> OptionEntry {
        OptionEntry { id: id.to_owned(), text: format!("Answer {id}"), correct }
    }

    fn question(number: u8) -> QuestionEntry {
        QuestionEntry {
            id: format!("question-{number}"),
            slot: number,
            topic: "A topic".to_owned(),
            prompt: "A prompt?".to_owned(),
            explanation: "Why the right answer is right.".to_owned(),
            options: vec![option("a", true), option("b", false), option("c", false)],
        }
    }

    fn verdict(id: &str, from_percent: u8) -> VerdictEntry {
        VerdictEntry {
            id: id.to_owned(),
            from_percent,
            headline: "Well".to_owned(),
            message: "Go on.".to_owned(),
        }
    }

    fn valid_file() -> QuizFile {
        QuizFile {
            content_version: 1,
            retired_ids: Vec::new(),
            retired_slots: Vec::new(),
            questions: (0..QUESTION_COUNT as u8).map(question).collect(),
            verdicts: vec![verdict("high", 80), verdict("low", 0)],
        }
    }

    fn error_after(change: impl FnOnce(&mut QuizFile)) -> String {
        let mut file = valid_file();
        change(&mut file);
        validate(&file).expect_err("the change should be rejected")
    }

    #[test]
    fn a_well_formed_file_passes() {
        assert_eq!(validate(&valid_file()), Ok(()));
    }

    #[test]
    fn a_missing_question_is_counted() {
        let error = error_after(|file| drop(file.questions.pop()));
        assert!(error.contains("exactly 10"), "{error}");
    }

    #[test]
    fn a_repeated_question_id_names_the_question() {
        let error = error_after(|file| file.questions[4].id = "question-1".to_owned());
        assert!(error.starts_with("question 5 (id \"question-1\")"), "{error}");
    }

    #[test]
    fn an_id_with_spaces_or_capitals_is_rejected() {
        let error = error_after(|file| file.questions[2].id = "Empty Chair".to_owned());
        assert!(error.contains("question 3") && error.contains("lowercase"), "{error}");
    }

    #[test]
    fn a_retired_id_cannot_come_back() {
        let error = error_after(|file| file.retired_ids.push("question-7".to_owned()));
        assert!(error.contains("question 8") && error.contains("retired"), "{error}");
    }

    #[test]
    fn a_shared_slot_names_the_second_question() {
        let error = error_after(|file| file.questions[9].slot = 0);
        assert!(error.contains("question 10") && error.contains("slot 0"), "{error}");
    }

    #[test]
    fn a_retired_slot_cannot_come_back() {
        let error = error_after(|file| file.retired_slots.push(3));
        assert!(error.contains("question 4") && error.contains("retired"), "{error}");
    }

    #[test]
    fn a_slot_beyond_the_link_bits_is_rejected() {
        let error = error_after(|file| file.questions[0].slot = 64);
        assert!(error.contains("question 1") && error.contains("63"), "{error}");
    }

    #[test]
    fn an_empty_explanation_is_rejected() {
        let error = error_after(|file| file.questions[1].explanation = "  ".to_owned());
        assert!(error.contains("question 2") && error.contains("explanation is empty"), "{error}");
    }

    #[test]
    fn a_long_explanation_is_rejected() {
        let error = error_after(|file| file.questions[1].explanation = "Words. ".repeat(80));
        assert!(error.contains("a sentence or two"), "{error}");
    }

    #[test]
    fn two_options_are_too_few_and_five_too_many() {
        let few = error_after(|file| drop(file.questions[0].options.pop()));
        let many = error_after(|file| {
            file.questions[0].options.extend([option("d", false), option("e", false)]);
        });
        assert!(few.contains("three or four") && many.contains("three or four"), "{few} / {many}");
    }

    #[test]
    fn no_correct_option_is_rejected() {
        let error = error_after(|file| file.questions[6].options[0].correct = false);
        assert!(error.contains("question 7") && error.contains("no option"), "{error}");
    }

    #[test]
    fn two_correct_options_are_rejected() {
        let error = error_after(|file| file.questions[6].options[2].correct = true);
        assert!(error.contains("question 7") && error.contains("2 options"), "{error}");
    }

    #[test]
    fn duplicate_option_text_names_the_option() {
        let error = error_after(|file| file.questions[3].options[2].text = " answer A ".to_owned());
        assert!(error.contains("question 4") && error.contains("option 3") && error.contains("same text"));
    }

    #[test]
    fn duplicate_option_ids_are_rejected() {
        let error = error_after(|file| file.questions[3].options[1].id = "a".to_owned());
        assert!(error.contains("option 2") && error.contains("already has this id"), "{error}");
    }

    #[test]
    fn verdicts_must_cover_a_score_of_zero() {
        let error = error_after(|file| file.verdicts[1].from_percent = 10);
        assert!(error.contains("from_percent = 0"), "{error}");
    }

    #[test]
    fn a_verdict_above_a_hundred_percent_is_rejected() {
        let error = error_after(|file| file.verdicts[0].from_percent = 120);
        assert!(error.contains("verdict 1") && error.contains("between 0 and 100"), "{error}");
    }

    #[test]
    fn rendered_verdicts_run_from_the_highest_band_down() {
        let mut file = valid_file();
        file.verdicts.reverse();
        let source = render(&file);
        let high = source.find("\"high\"").expect("the high verdict is rendered");
        let low = source.find("\"low\"").expect("the low verdict is rendered");
        assert!(high < low);
    }

    #[test]
    fn rendered_questions_point_at_their_correct_option() {
        let mut file = valid_file();
        file.questions[0].options[0].correct = false;
        file.questions[0].options[2].correct = true;
        assert!(render(&file).contains(
            "id: \"question-0\", slot: 0, topic: \"A topic\", prompt: \"A prompt?\", \
                                        explanation: \"Why the right answer is right.\", answer: 2,"
        ));
    }
}
