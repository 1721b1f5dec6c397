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
/// Why a wrong option is wrong: a sentence or two, shorter than the explanation.
pub const MAX_WHY_WRONG_CHARS: usize = 300;
/// How the quiz's pillars relate to the assessment's: a short paragraph.
pub const MAX_PILLAR_MAPPING_CHARS: usize = 600;
/// A question teaches at most this many assessment pillars, so pointing at it stays meaningful.
pub const MAX_PILLARS_PER_QUESTION: usize = 2;
/// In how many questions the right option may be strictly the longest, and in how many strictly the
/// shortest. With three or four options a length chosen at random is the longest about once in three
/// or four questions, so three in ten is what chance gives; more and "pick the longest" (or the
/// shortest) starts to beat knowing the answer.
pub const MAX_RIGHT_LONGEST: usize = 3;
pub const MAX_RIGHT_SHORTEST: usize = 3;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub content_version: u32,
    #[serde(default)]
    pub retired_ids: Vec<String>,
    #[serde(default)]
    pub retired_slots: Vec<u8>,
    #[serde(default)]
    pub pillar_mapping: String,
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
    /// Ids of the assessment pillars the question teaches.
    #[serde(default)]
    pub pillars: Vec<String>,
    /// Whether the pillar mapping follows this question's explanation.
    #[serde(default)]
    pub show_pillar_mapping: bool,
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
    /// Why this option is wrong: required on wrong options, absent on the right one.
    #[serde(default)]
    pub why_wrong: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictEntry {
    pub id: String,
    pub from_percent: u8,
    pub headline: String,
    pub message: String,
}

/// Reads, checks and turns `content/quiz.toml` into Rust source. `assessment_pillars` are the pillar
/// ids of `content/assessment.toml`, which the questions' `pillars` must name.
#[cfg(not(test))]
pub fn generate(
    source: &std::path::Path,
    destination: &std::path::Path,
    assessment_pillars: &[String],
) -> Result<(), String> {
    let text = std::fs::read_to_string(source).map_err(|error| format!("cannot read the file: {error}"))?;
    let file: QuizFile = toml::from_str(&text).map_err(|error| error.to_string())?;
    validate(&file)?;
    check_pillars(&file, assessment_pillars)?;
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
    check_pillar_mapping(file)?;
    check_option_lengths(&file.questions)?;
    check_verdicts(&file.verdicts)
}

/// Checks the questions' `pillars` against the assessment's pillar ids: each names a real pillar, and
/// every pillar is taught by at least one question. The message names the question or the pillar.
pub fn check_pillars(file: &QuizFile, assessment_pillars: &[String]) -> Result<(), String> {
    for (index, question) in file.questions.iter().enumerate() {
        let name = format!("question {} (id {:?})", index + 1, question.id);
        if question.pillars.len() > MAX_PILLARS_PER_QUESTION {
            return Err(format!(
                "{name}: it lists {} pillars; name at most {MAX_PILLARS_PER_QUESTION}, the ones it \
                 teaches most directly",
                question.pillars.len()
            ));
        }
        let mut seen = HashSet::new();
        for pillar in &question.pillars {
            if !assessment_pillars.contains(pillar) {
                return Err(format!(
                    "{name}: pillar {pillar:?} is not a pillar of content/assessment.toml (its pillars are \
                     {})",
                    assessment_pillars.join(", ")
                ));
            }
            if !seen.insert(pillar.as_str()) {
                return Err(format!("{name}: pillar {pillar:?} is listed twice"));
            }
        }
    }
    for pillar in assessment_pillars {
        if !file.questions.iter().any(|question| question.pillars.contains(pillar)) {
            return Err(format!(
                "no question teaches the assessment pillar {pillar:?}; add it to the `pillars` of a \
                 question that explains it, so results can point there"
            ));
        }
    }
    Ok(())
}

fn check_pillar_mapping(file: &QuizFile) -> Result<(), String> {
    check_text("pillar_mapping", &file.pillar_mapping)?;
    let length = file.pillar_mapping.trim().chars().count();
    if length > MAX_PILLAR_MAPPING_CHARS {
        return Err(format!(
            "pillar_mapping has {length} characters; keep it to a few plain sentences \
             ({MAX_PILLAR_MAPPING_CHARS} at most)"
        ));
    }
    let showing: Vec<&str> = file
        .questions
        .iter()
        .filter(|question| question.show_pillar_mapping)
        .map(|q| q.id.as_str())
        .collect();
    match showing.as_slice() {
        [_] => Ok(()),
        [] => Err("no question has `show_pillar_mapping = true`; set it on the question about the pillars"
            .to_owned()),
        more => Err(format!(
            "{} questions have `show_pillar_mapping = true` ({}); set it on one only",
            more.len(),
            more.join(", ")
        )),
    }
}

/// The right option must not stand out by its length: see [`MAX_RIGHT_LONGEST`].
fn check_option_lengths(questions: &[QuestionEntry]) -> Result<(), String> {
    let mut longest = Vec::new();
    let mut shortest = Vec::new();
    for question in questions {
        let length = |option: &OptionEntry| option.text.trim().chars().count();
        let Some(right) = question.options.iter().find(|option| option.correct).map(length) else {
            continue;
        };
        let wrong: Vec<usize> =
            question.options.iter().filter(|option| !option.correct).map(length).collect();
        if wrong.iter().all(|&other| right > other) {
            longest.push(question.id.as_str());
        }
        if wrong.iter().all(|&other| right < other) {
            shortest.push(question.id.as_str());
        }
    }
    for (questions, most, which, fix) in [
        (longest, MAX_RIGHT_LONGEST, "longest", "shorten the right option or lengthen a wrong one"),
        (shortest, MAX_RIGHT_SHORTEST, "shortest", "lengthen the right option or shorten a wrong one"),
    ] {
        if questions.len() > most {
            return Err(format!(
                "the right option is the {which} of its question in {} questions ({}); at most {most} may \
                 be, or its length gives the answer away: {fix} in some of them",
                questions.len(),
                questions.join(", ")
            ));
        }
    }
    Ok(())
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
    // Which option is right decides which need a why_wrong, so this comes first.
    match question.options.iter().filter(|option| option.correct).count() {
        1 => {}
        0 => return Err("no option is marked `correct = true`; mark exactly one".to_owned()),
        marked => return Err(format!("{marked} options are marked `correct = true`; mark exactly one")),
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
        check_why_wrong(option).map_err(|problem| format!("{name}: {problem}"))?;
    }
    Ok(())
}

fn check_why_wrong(option: &OptionEntry) -> Result<(), String> {
    match (&option.why_wrong, option.correct) {
        (Some(_), true) => Err("the right option must not have a why_wrong; remove it".to_owned()),
        (None, true) => Ok(()),
        (None, false) => {
            Err("a wrong option needs a why_wrong saying why it is wrong, in a sentence or two".to_owned())
        }
        (Some(why_wrong), false) => {
            check_text("its why_wrong", why_wrong)?;
            let length = why_wrong.trim().chars().count();
            if length > MAX_WHY_WRONG_CHARS {
                return Err(format!(
                    "its why_wrong has {length} characters; keep it to a sentence or two \
                     ({MAX_WHY_WRONG_CHARS} at most)"
                ));
            }
            Ok(())
        }
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
    let _ = writeln!(out, "pub static PILLAR_MAPPING: &str = {:?};\n", file.pillar_mapping.trim());
    let _ = writeln!(out, "pub static QUESTIONS: [Question; {}] = [", file.questions.len());
    for question in &file.questions {
        let answer = question.options.iter().position(|option| option.correct).unwrap_or(0);
        let _ = writeln!(
            out,
            "    Question {{ id: {:?}, slot: {}, topic: {:?}, prompt: {:?}, explanation: {:?}, answer: {}, \
             pillars: &{:?}, shows_pillar_mapping: {}, options: &[",
            question.id,
            question.slot,
            question.topic.trim(),
            question.prompt.trim(),
            question.explanation.trim(),
            answer,
            question.pillars,
            question.show_pillar_mapping
        );
        for option in &question.options {
            let _ = writeln!(
                out,
                "        QuizOption {{ id: {:?}, text: {:?}, why_wrong: {:?} }},",
                option.id,
                option.text.trim(),
                option.why_wrong.as_deref().map(str::trim)
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
        let why_wrong = (!correct).then(|| format!("Why {id} is wrong."));
        OptionEntry { id: id.to_owned(), text: format!("Answer {id}"), correct, why_wrong }
    }

    const PILLARS: [&str; 3] = ["voice", "empathy", "outcomes"];

    fn assessment_pillars() -> Vec<String> {
        PILLARS.iter().map(|pillar| (*pillar).to_owned()).collect()
    }

    fn question(number: u8) -> QuestionEntry {
        QuestionEntry {
            id: format!("question-{number}"),
            slot: number,
            topic: "A topic".to_owned(),
            pillars: vec![PILLARS[usize::from(number) % PILLARS.len()].to_owned()],
            show_pillar_mapping: number == 1,
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
            pillar_mapping: "Five here, seven there.".to_owned(),
            questions: (0..QUESTION_COUNT as u8).map(question).collect(),
            verdicts: vec![verdict("high", 80), verdict("low", 0)],
        }
    }

    fn error_after(change: impl FnOnce(&mut QuizFile)) -> String {
        let mut file = valid_file();
        change(&mut file);
        validate(&file).expect_err("the change should be rejected")
    }

    fn pillar_error_after(change: impl FnOnce(&mut QuizFile)) -> String {
        let mut file = valid_file();
        change(&mut file);
        check_pillars(&file, &assessment_pillars()).expect_err("the change should be rejected")
    }

    /// Makes the right option of question `index` strictly longer, or strictly shorter, than the others.
    fn right_option_stands_out(file: &mut QuizFile, index: usize, longer: bool) {
        let right = &mut file.questions[index].options[0];
        right.text = if longer { format!("{} and more", right.text) } else { "A".to_owned() };
    }

    #[test]
    fn a_well_formed_file_passes() {
        assert_eq!(validate(&valid_file()), Ok(()));
        assert_eq!(check_pillars(&valid_file(), &assessment_pillars()), Ok(()));
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
    fn a_wrong_option_without_why_wrong_names_the_question_and_the_option() {
        let error = error_after(|file| file.questions[5].options[2].why_wrong = None);
        assert!(error.starts_with("question 6 (id \"question-5\"): option 3 (id \"c\")"), "{error}");
        assert!(error.contains("needs a why_wrong"), "{error}");
    }

    #[test]
    fn the_right_option_may_not_have_a_why_wrong() {
        let error =
            error_after(|file| file.questions[0].options[0].why_wrong = Some("But it is.".to_owned()));
        assert!(error.contains("question 1") && error.contains("option 1") && error.contains("must not"));
    }

    #[test]
    fn an_empty_why_wrong_is_rejected() {
        let error = error_after(|file| file.questions[2].options[1].why_wrong = Some(" ".to_owned()));
        assert!(error.contains("question 3") && error.contains("why_wrong is empty"), "{error}");
    }

    #[test]
    fn a_why_wrong_over_300_characters_is_rejected_and_300_pass() {
        let mut file = valid_file();
        file.questions[2].options[1].why_wrong = Some("w".repeat(MAX_WHY_WRONG_CHARS));
        assert_eq!(validate(&file), Ok(()));
        let error = error_after(|file| file.questions[2].options[1].why_wrong = Some("w".repeat(301)));
        assert!(error.contains("option 2") && error.contains("301 characters"), "{error}");
    }

    #[test]
    fn a_missing_pillar_mapping_is_rejected() {
        let error = error_after(|file| file.pillar_mapping = "\n".to_owned());
        assert!(error.contains("pillar_mapping is empty"), "{error}");
    }

    #[test]
    fn a_pillar_mapping_of_an_essay_is_rejected() {
        let error = error_after(|file| file.pillar_mapping = "Words. ".repeat(100));
        assert!(error.contains("pillar_mapping has") && error.contains("600"), "{error}");
    }

    #[test]
    fn exactly_one_question_shows_the_pillar_mapping() {
        let none = error_after(|file| file.questions[1].show_pillar_mapping = false);
        assert!(none.contains("no question has `show_pillar_mapping"), "{none}");
        let two = error_after(|file| file.questions[4].show_pillar_mapping = true);
        assert!(two.contains("question-1, question-4"), "{two}");
    }

    #[test]
    fn the_right_option_may_be_the_longest_in_three_questions_but_not_in_four() {
        let mut file = valid_file();
        (0..MAX_RIGHT_LONGEST).for_each(|index| right_option_stands_out(&mut file, index, true));
        assert_eq!(validate(&file), Ok(()));
        right_option_stands_out(&mut file, 7, true);
        let error = validate(&file).expect_err("four is too many");
        assert!(error.contains("longest of its question in 4 questions"), "{error}");
        assert!(error.contains("question-0, question-1, question-2, question-7"), "{error}");
    }

    #[test]
    fn the_right_option_may_be_the_shortest_in_three_questions_but_not_in_four() {
        let mut file = valid_file();
        (0..MAX_RIGHT_SHORTEST).for_each(|index| right_option_stands_out(&mut file, index, false));
        assert_eq!(validate(&file), Ok(()));
        right_option_stands_out(&mut file, 9, false);
        let error = validate(&file).expect_err("four is too many");
        assert!(error.contains("shortest of its question in 4 questions"), "{error}");
    }

    #[test]
    fn a_right_option_tied_with_the_longest_wrong_one_does_not_stand_out() {
        let mut file = valid_file();
        for index in 0..QUESTION_COUNT {
            // "Answer a" is as long as "Answer b" and "Answer c", but longer than the new "Answer".
            file.questions[index].options[2].text = "Answer".to_owned();
        }
        assert_eq!(validate(&file), Ok(()));
    }

    #[test]
    fn an_unknown_pillar_names_the_question_and_the_pillar() {
        let error = pillar_error_after(|file| file.questions[3].pillars.push("vibes".to_owned()));
        assert!(error.starts_with("question 4 (id \"question-3\"): pillar \"vibes\""), "{error}");
        assert!(error.contains("voice, empathy, outcomes"), "{error}");
    }

    #[test]
    fn a_pillar_no_question_teaches_is_named() {
        let error = pillar_error_after(|file| {
            file.questions
                .iter_mut()
                .for_each(|question| question.pillars.retain(|pillar| pillar != "empathy"));
        });
        assert!(error.contains("no question teaches the assessment pillar \"empathy\""), "{error}");
    }

    #[test]
    fn a_question_may_teach_no_pillar_or_two_but_not_three() {
        let mut file = valid_file();
        file.questions[0].pillars.clear();
        file.questions[1].pillars.push("voice".to_owned());
        assert_eq!(check_pillars(&file, &assessment_pillars()), Ok(()));
        let error = pillar_error_after(|file| file.questions[2].pillars = assessment_pillars());
        assert!(error.contains("question 3") && error.contains("at most 2"), "{error}");
    }

    #[test]
    fn a_pillar_listed_twice_is_rejected() {
        let error = pillar_error_after(|file| file.questions[0].pillars.push("voice".to_owned()));
        assert!(error.contains("question 1") && error.contains("listed twice"), "{error}");
    }

    #[test]
    fn rendered_options_carry_why_wrong_and_questions_their_pillars() {
        let source = render(&valid_file());
        assert!(source
            .contains("QuizOption { id: \"b\", text: \"Answer b\", why_wrong: Some(\"Why b is wrong.\") }"));
        assert!(source.contains("QuizOption { id: \"a\", text: \"Answer a\", why_wrong: None }"));
        assert!(source.contains("pillars: &[\"empathy\"], shows_pillar_mapping: true,"), "{source}");
        assert!(source.contains("pub static PILLAR_MAPPING: &str = \"Five here, seven there.\";"));
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
