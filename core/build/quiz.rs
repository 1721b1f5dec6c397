//! Generates `quiz_content.rs` from `content/quiz.toml`: the questions, their options and the score
//! verdicts, checked entry by entry so a content mistake stops the build with a message naming it.

use super::checks::{
    at, check_entry, check_id, check_slot, check_text, entry_name, write_optional_text_table,
    write_text_table,
};
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::Write;

/// A quiz has exactly this many questions.
pub const QUESTION_COUNT: usize = 10;
/// "A sentence or two", measured generously.
pub const MAX_EXPLANATION_CHARS: usize = 400;
/// Why a wrong option is wrong: a sentence or two, shorter than the explanation.
pub const MAX_WHY_WRONG_CHARS: usize = 300;
/// How the quiz's pillars relate to the assessment's: a short paragraph.
pub const MAX_PILLAR_MAPPING_CHARS: usize = 600;
/// A question teaches at most this many assessment pillars, so pointing at it stays meaningful.
pub const MAX_PILLARS_PER_QUESTION: usize = 2;
/// Every question offers this many options.
pub const OPTIONS_PER_QUESTION: usize = 4;
/// In how many questions the right option may be strictly the longest, and in how many strictly the
/// shortest. With four options a length chosen at random is the longest in one question in four, so
/// about three in ten is what chance gives; more and "pick the longest" (or the shortest) starts to beat
/// knowing the answer.
pub const MAX_RIGHT_LONGEST: usize = 3;
pub const MAX_RIGHT_SHORTEST: usize = 3;
/// In how many questions the right option may be among the two longest, and in how many among the two
/// shortest: half, what chance gives with four options, so neither "pick a long one" nor "pick a short
/// one" beats a coin.
pub const MAX_RIGHT_AMONG_TWO_LONGEST: usize = QUESTION_COUNT / 2;
pub const MAX_RIGHT_AMONG_TWO_SHORTEST: usize = QUESTION_COUNT / 2;
/// Each source article the quiz lists gives at least this many of its ten questions, so neither is
/// left to a question or two.
pub const MIN_QUESTIONS_PER_ARTICLE: usize = 4;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub content_version: u32,
    #[serde(default)]
    pub retired_ids: Vec<String>,
    #[serde(default)]
    pub retired_slots: Vec<u8>,
    /// Short names of the source articles the questions draw on.
    #[serde(default)]
    pub articles: Vec<String>,
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
    /// Which of the file's `articles` the question mainly teaches from.
    pub article: String,
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

/// Reads, checks and turns `content/quiz.toml` into Rust source. The questions' `pillars` must name
/// pillars of `assessment.toml` beside it.
#[cfg(not(test))]
pub fn generate(source: &std::path::Path, destination: &std::path::Path) -> Result<(), String> {
    let pillars = assessment_pillar_ids(&source.with_file_name("assessment.toml"))?;
    let check = |file: &QuizFile| validate(file).and_then(|()| check_pillars(file, &pillars));
    super::checks::generate(source, destination, check, render)
}

/// The `id` of every `[[pillar]]` in the assessment file, in order. Only those ids are read, so the
/// quiz does not depend on how the rest of the assessment is laid out or checked.
#[cfg(not(test))]
fn assessment_pillar_ids(path: &std::path::Path) -> Result<Vec<String>, String> {
    let cannot = |problem: String| {
        format!("cannot read the assessment's pillar ids from {}: {problem}", path.display())
    };
    let table: toml::Table = super::checks::read_toml(path).map_err(cannot)?;
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
        let name = entry_name("question", index, &question.id);
        let texts = [
            ("topic", question.topic.as_str()),
            ("prompt", &question.prompt),
            ("explanation", &question.explanation),
        ];
        check_entry(&name, &question.id, &mut ids, &texts)?;
        if file.retired_ids.contains(&question.id) {
            return Err(format!("{name}: this id is retired; give the question a new one"));
        }
        check_slot(question.slot, &mut slots).map_err(at(&name))?;
        if file.retired_slots.contains(&question.slot) {
            return Err(format!("{name}: slot {} is retired; use one never used before", question.slot));
        }
        check_question(question).map_err(at(&name))?;
    }
    check_articles(file)?;
    check_pillar_mapping(file)?;
    check_option_lengths(&file.questions)?;
    check_verdicts(&file.verdicts)
}

/// Checks the questions' `pillars` against the assessment's pillar ids: each names a real pillar, and
/// every pillar is taught by at least one question. The message names the question or the pillar.
pub fn check_pillars(file: &QuizFile, assessment_pillars: &[String]) -> Result<(), String> {
    for (index, question) in file.questions.iter().enumerate() {
        let name = entry_name("question", index, &question.id);
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

/// Every question names a listed article, and every listed article gives at least
/// [`MIN_QUESTIONS_PER_ARTICLE`] questions.
fn check_articles(file: &QuizFile) -> Result<(), String> {
    if file.articles.is_empty() {
        return Err(
            "`articles` is empty; list the short name of each source article the quiz draws on".to_owned()
        );
    }
    let mut listed = HashSet::new();
    for article in &file.articles {
        check_id(article).map_err(at(&format!("articles: {article:?}")))?;
        if !listed.insert(article.as_str()) {
            return Err(format!("articles: {article:?} is listed twice"));
        }
    }
    for (index, question) in file.questions.iter().enumerate() {
        if !listed.contains(question.article.as_str()) {
            return Err(format!(
                "{}: article {:?} is not one of `articles` ({})",
                entry_name("question", index, &question.id),
                question.article,
                file.articles.join(", ")
            ));
        }
    }
    for article in &file.articles {
        let drawing: Vec<&str> = file
            .questions
            .iter()
            .filter(|question| &question.article == article)
            .map(|question| question.id.as_str())
            .collect();
        if drawing.len() < MIN_QUESTIONS_PER_ARTICLE {
            return Err(format!(
                "only {} questions draw on the article {article:?} ({}); at least \
                 {MIN_QUESTIONS_PER_ARTICLE} must, so the quiz teaches from each of its sources",
                drawing.len(),
                if drawing.is_empty() { "none".to_owned() } else { drawing.join(", ") }
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

/// The right option must not stand out by its length: see [`MAX_RIGHT_LONGEST`] and
/// [`MAX_RIGHT_AMONG_TWO_LONGEST`]. A wrong option as long as the right one keeps it from standing out,
/// so ties count in the right option's favour.
fn check_option_lengths(questions: &[QuestionEntry]) -> Result<(), String> {
    let mut longest = Vec::new();
    let mut shortest = Vec::new();
    let mut two_longest = Vec::new();
    let mut two_shortest = Vec::new();
    for question in questions {
        let length = |option: &OptionEntry| option.text.trim().chars().count();
        let Some(right) = question.options.iter().find(|option| option.correct).map(length) else {
            continue;
        };
        let wrong: Vec<usize> =
            question.options.iter().filter(|option| !option.correct).map(length).collect();
        let at_least_as_long = wrong.iter().filter(|&&other| other >= right).count();
        let at_most_as_long = wrong.iter().filter(|&&other| other <= right).count();
        let id = question.id.as_str();
        for (list, stands_out) in [
            (&mut longest, at_least_as_long == 0),
            (&mut shortest, at_most_as_long == 0),
            (&mut two_longest, at_least_as_long <= 1),
            (&mut two_shortest, at_most_as_long <= 1),
        ] {
            if stands_out {
                list.push(id);
            }
        }
    }
    let lengthen_wrong = "shorten the right option or lengthen a wrong one";
    let shorten_wrong = "lengthen the right option or shorten a wrong one";
    for (questions, most, which, fix) in [
        (longest, MAX_RIGHT_LONGEST, "the longest", lengthen_wrong),
        (shortest, MAX_RIGHT_SHORTEST, "the shortest", shorten_wrong),
        (two_longest, MAX_RIGHT_AMONG_TWO_LONGEST, "among the two longest", lengthen_wrong),
        (two_shortest, MAX_RIGHT_AMONG_TWO_SHORTEST, "among the two shortest", shorten_wrong),
    ] {
        if questions.len() > most {
            return Err(format!(
                "the right option is {which} of its question in {} questions ({}); at most {most} may \
                 be, or its length gives the answer away: {fix} in some of them",
                questions.len(),
                questions.join(", ")
            ));
        }
    }
    Ok(())
}

/// What a question needs beyond its id, slot and texts: a short explanation and its options.
fn check_question(question: &QuestionEntry) -> Result<(), String> {
    let length = question.explanation.chars().count();
    if length > MAX_EXPLANATION_CHARS {
        return Err(format!(
            "the explanation has {length} characters; keep it to a sentence or two \
             ({MAX_EXPLANATION_CHARS} at most)"
        ));
    }
    if question.options.len() != OPTIONS_PER_QUESTION {
        return Err(format!(
            "it needs exactly {OPTIONS_PER_QUESTION} options, one right and the rest wrong, found {}",
            question.options.len()
        ));
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
        let name = entry_name("option", index, &option.id);
        check_entry(&name, &option.id, &mut ids, &[("its text", &option.text)])?;
        if !texts.insert(option.text.trim().to_lowercase()) {
            return Err(format!("{name}: another option of this question has the same text"));
        }
        check_why_wrong(option).map_err(at(&name))?;
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
        let name = entry_name("verdict", index, &verdict.id);
        let texts = [("headline", verdict.headline.as_str()), ("message", &verdict.message)];
        check_entry(&name, &verdict.id, &mut ids, &texts)?;
        if verdict.from_percent > 100 {
            return Err(format!("{name}: from_percent must be between 0 and 100"));
        }
        if !starts.insert(verdict.from_percent) {
            return Err(format!("{name}: another verdict already starts from {}%", verdict.from_percent));
        }
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
    let mut option_row = 0;
    for (row, question) in file.questions.iter().enumerate() {
        let answer = question.options.iter().position(|option| option.correct).unwrap_or(0);
        let _ = writeln!(
            out,
            "    Question {{ id: {:?}, slot: {}, topic: {:?}, answer: {}, pillars: &{:?}, \
             shows_pillar_mapping: {}, row: {row}, options: &[",
            question.id,
            question.slot,
            question.topic.trim(),
            answer,
            question.pillars,
            question.show_pillar_mapping
        );
        for option in &question.options {
            let _ = writeln!(out, "        QuizOption {{ id: {:?}, row: {option_row} }},", option.id);
            option_row += 1;
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n\n");
    write_text_table(&mut out, "QUESTION_PROMPTS", file.questions.iter().map(|q| q.prompt.as_str()));
    write_text_table(
        &mut out,
        "QUESTION_EXPLANATIONS",
        file.questions.iter().map(|q| q.explanation.as_str()),
    );
    let options = || file.questions.iter().flat_map(|q| &q.options);
    write_text_table(
        &mut out,
        "OPTION_TEXTS",
        options().map(|o| o.text.as_str()).collect::<Vec<_>>().into_iter(),
    );
    write_optional_text_table(
        &mut out,
        "OPTION_WHY_WRONG",
        options().map(|o| o.why_wrong.as_deref()).collect::<Vec<_>>().into_iter(),
    );

    let mut verdicts: Vec<&VerdictEntry> = file.verdicts.iter().collect();
    verdicts.sort_by_key(|verdict| std::cmp::Reverse(verdict.from_percent));
    let _ = writeln!(out, "pub static VERDICTS: [Verdict; {}] = [", verdicts.len());
    for (row, verdict) in verdicts.iter().enumerate() {
        let _ = writeln!(
            out,
            "    Verdict {{ id: {:?}, from_percent: {}, row: {row} }},",
            verdict.id, verdict.from_percent
        );
    }
    out.push_str("];\n\n");
    write_text_table(&mut out, "VERDICT_HEADLINES", verdicts.iter().map(|v| v.headline.as_str()));
    write_text_table(&mut out, "VERDICT_MESSAGES", verdicts.iter().map(|v| v.message.as_str()));
    out
}

#[cfg(test)]
mod tests;
