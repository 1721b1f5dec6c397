use super::*;

#[test]
fn estimates_round_to_the_nearest_minute_and_never_say_zero() {
    assert_eq!(minutes_for(10, SECONDS_PER_QUIZ_QUESTION), 3);
    assert_eq!(minutes_for(9, 10), 2);
    assert_eq!(minutes_for(1, 10), 1);
    assert_eq!(minutes_for(0, 10), 1);
}

#[test]
fn reading_and_answering_adds_the_reading_time_to_five_seconds_a_statement() {
    // 150 words take a minute to read; twelve answers another minute.
    assert_eq!(minutes_to_read_and_answer(150, 12), 2);
}

#[test]
fn reading_and_answering_rounds_any_part_of_a_minute_up() {
    assert_eq!(minutes_to_read_and_answer(151, 12), 3);
    assert_eq!(minutes_to_read_and_answer(1, 0), 1);
}

#[test]
fn reading_and_answering_nothing_still_says_one_minute() {
    assert_eq!(minutes_to_read_and_answer(0, 0), 1);
}

#[test]
fn forty_two_statements_of_eighteen_words_take_nine_minutes_and_of_fourteen_eight() {
    assert_eq!(minutes_to_read_and_answer(42 * 18, 42), 9);
    assert_eq!(minutes_to_read_and_answer(42 * 14, 42), 8);
}

#[test]
fn the_parts_of_the_company_the_build_accepts_are_the_roles_the_site_knows() {
    let known: Vec<&str> = crate::assessment::Role::ALL.iter().map(|role| role.id()).collect();
    assert_eq!(build_script::assessment::COMPANY_PARTS.to_vec(), known);
}

// The long texts live in tables of their own (`core/build/checks.rs`, `write_text_table`); each entry
// reads them by its row. These check every row against the content file itself.

#[test]
fn every_assessment_entry_reads_its_own_texts() {
    let file: build_script::assessment::AssessmentFile =
        toml::from_str(include_str!("../../../content/assessment.toml")).expect("the content parses");
    for entry in &file.pillars {
        let pillar = assessment::pillar(&entry.id).expect("every pillar is generated");
        let texts = (pillar.description(), pillar.why(), pillar.keep_doing());
        assert_eq!(
            texts,
            (entry.description.trim(), entry.why.trim(), entry.keep_doing.trim()),
            "{}",
            entry.id
        );
    }
    for entry in &file.statements {
        let statement = assessment::statement(&entry.id).expect("every statement is generated");
        assert_eq!((statement.text(), statement.discussion()), (entry.text.trim(), entry.discussion.trim()));
    }
    for entry in &file.recommendations {
        let recommendation =
            assessment::recommendation(&entry.id).expect("every recommendation is generated");
        let texts = (recommendation.title(), recommendation.action(), recommendation.why());
        assert_eq!(texts, (entry.title.trim(), entry.action.trim(), entry.why.trim()), "{}", entry.id);
    }
    for entry in &file.stages {
        let stage = assessment::stage(&entry.id).expect("every stage is generated");
        let texts = (stage.why_here(), stage.description(), stage.next_step());
        assert_eq!(
            texts,
            (entry.why_here.trim(), entry.description.trim(), entry.next_step.trim()),
            "{}",
            entry.id
        );
    }
    for entry in &file.obstacles {
        let obstacle = assessment::OBSTACLES.iter().find(|obstacle| obstacle.id == entry.id);
        assert_eq!(obstacle.map(assessment::Obstacle::description), Some(entry.description.trim()));
    }
}

#[test]
fn every_quiz_entry_reads_its_own_texts() {
    let file: build_script::quiz::QuizFile =
        toml::from_str(include_str!("../../../content/quiz.toml")).expect("the content parses");
    for entry in &file.questions {
        let question = quiz::question(&entry.id).expect("every question is generated");
        assert_eq!(
            (question.prompt(), question.explanation()),
            (entry.prompt.trim(), entry.explanation.trim())
        );
        for option_entry in &entry.options {
            let option = question.option(&option_entry.id).expect("every option is generated");
            let why_wrong = option_entry.why_wrong.as_deref().map(str::trim);
            assert_eq!(
                (option.text(), option.why_wrong()),
                (option_entry.text.trim(), why_wrong),
                "{}",
                entry.id
            );
        }
    }
    for entry in &file.verdicts {
        let verdict =
            quiz::VERDICTS.iter().find(|verdict| verdict.id == entry.id).expect("every verdict is generated");
        assert_eq!((verdict.headline(), verdict.message()), (entry.headline.trim(), entry.message.trim()));
    }
}

#[test]
fn the_assessment_time_counts_the_words_of_the_statements_asked_today() {
    let words: usize = assessment::active_statements().map(assessment::Statement::word_count).sum();
    assert_eq!(assessment::ACTIVE_STATEMENT_WORDS, words);
}
