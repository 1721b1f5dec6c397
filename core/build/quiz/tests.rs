use super::super::checks::rejection;
use super::*;

fn option(id: &str, correct: bool) -> OptionEntry {
    let why_wrong = (!correct).then(|| format!("Why {id} is wrong."));
    OptionEntry { id: id.to_owned(), text: format!("Answer {id}"), correct, why_wrong }
}

const PILLARS: [&str; 3] = ["voice", "empathy", "outcomes"];

const ARTICLES: [&str; 2] = ["first-article", "second-article"];

fn assessment_pillars() -> Vec<String> {
    PILLARS.iter().map(|pillar| (*pillar).to_owned()).collect()
}

fn question(number: u8) -> QuestionEntry {
    QuestionEntry {
        id: format!("question-{number}"),
        slot: number,
        article: ARTICLES[usize::from(number) % ARTICLES.len()].to_owned(),
        topic: "A topic".to_owned(),
        pillars: vec![PILLARS[usize::from(number) % PILLARS.len()].to_owned()],
        show_pillar_mapping: number == 1,
        prompt: "A prompt?".to_owned(),
        explanation: "Why the right answer is right.".to_owned(),
        options: vec![option("a", true), option("b", false), option("c", false), option("d", false)],
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
        articles: ARTICLES.iter().map(|article| (*article).to_owned()).collect(),
        pillar_mapping: "Five here, seven there.".to_owned(),
        questions: (0..QUESTION_COUNT as u8).map(question).collect(),
        verdicts: vec![verdict("high", 80), verdict("low", 0)],
    }
}

fn error_after(change: impl FnOnce(&mut QuizFile)) -> String {
    rejection(valid_file(), change, validate)
}

fn pillar_error_after(change: impl FnOnce(&mut QuizFile)) -> String {
    rejection(valid_file(), change, |file| check_pillars(file, &assessment_pillars()))
}

/// Makes the right option of question `index` strictly longer, or strictly shorter, than the others.
fn right_option_stands_out(file: &mut QuizFile, index: usize, longer: bool) {
    let right = &mut file.questions[index].options[0];
    right.text = if longer { format!("{} and more", right.text) } else { "A".to_owned() };
}

/// Gives the options of question `index` four different lengths, the right one `rank`-th longest
/// (1 is the longest).
fn rank_right_option(file: &mut QuizFile, index: usize, rank: usize) {
    let mut ranks = (1..=4).filter(|&other| other != rank);
    for option in &mut file.questions[index].options {
        let place = if option.correct { rank } else { ranks.next().unwrap_or(4) };
        option.text = format!("{:.<width$}", format!("Answer {}", option.id), width = 50 - 10 * place);
    }
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
fn a_slot_beyond_what_links_carry_is_rejected() {
    let error = error_after(|file| file.questions[0].slot = 127);
    assert!(error.contains("question 1") && error.contains("126"), "{error}");
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
fn three_options_are_too_few_and_five_too_many() {
    let few = error_after(|file| drop(file.questions[8].options.pop()));
    let many = error_after(|file| file.questions[8].options.push(option("e", false)));
    assert!(few.starts_with("question 9") && few.contains("exactly 4 options") && few.ends_with("found 3"));
    assert!(many.contains("exactly 4 options") && many.ends_with("found 5"), "{many}");
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
    let error = error_after(|file| file.questions[0].options[0].why_wrong = Some("But it is.".to_owned()));
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
fn the_right_option_may_be_among_the_two_longest_in_half_the_questions_but_not_more() {
    let mut file = valid_file();
    (0..MAX_RIGHT_AMONG_TWO_LONGEST).for_each(|index| rank_right_option(&mut file, index, 2));
    assert_eq!(validate(&file), Ok(()));
    rank_right_option(&mut file, 8, 2);
    let error = validate(&file).expect_err("six in ten is too many");
    assert!(error.contains("among the two longest of its question in 6 questions"), "{error}");
    assert!(error.contains("question-0, question-1, question-2, question-3, question-4, question-8"));
    assert!(error.contains("at most 5") && error.contains("shorten the right option"), "{error}");
}

#[test]
fn the_right_option_may_be_among_the_two_shortest_in_half_the_questions_but_not_more() {
    let mut file = valid_file();
    (0..MAX_RIGHT_AMONG_TWO_SHORTEST).for_each(|index| rank_right_option(&mut file, index, 3));
    assert_eq!(validate(&file), Ok(()));
    rank_right_option(&mut file, 9, 3);
    let error = validate(&file).expect_err("six in ten is too many");
    assert!(error.contains("among the two shortest of its question in 6 questions"), "{error}");
    assert!(error.contains("lengthen the right option"), "{error}");
}

#[test]
fn a_quiz_whose_right_options_spread_over_every_length_rank_passes() {
    let mut file = valid_file();
    for (index, rank) in [1, 1, 2, 2, 2, 3, 3, 3, 4, 4].into_iter().enumerate() {
        rank_right_option(&mut file, index, rank);
    }
    assert_eq!(validate(&file), Ok(()));
}

#[test]
fn a_right_option_tied_with_the_longest_wrong_one_does_not_stand_out() {
    let mut file = valid_file();
    for index in 0..QUESTION_COUNT {
        // "Answer a" is as long as "Answer b" and "Answer d", but longer than the new "Answer".
        file.questions[index].options[2].text = "Answer".to_owned();
    }
    assert_eq!(validate(&file), Ok(()));
}

#[test]
fn a_question_must_name_a_listed_article() {
    let error = error_after(|file| file.questions[6].article = "a-blog-post".to_owned());
    assert!(error.starts_with("question 7 (id \"question-6\"): article \"a-blog-post\""), "{error}");
    assert!(error.contains("first-article, second-article"), "{error}");
}

#[test]
fn each_article_gives_at_least_four_questions() {
    let mut file = valid_file();
    // Five and five to start with; four and six still pass.
    file.questions[1].article = ARTICLES[0].to_owned();
    assert_eq!(validate(&file), Ok(()));
    let error = rejection(file, |file| file.questions[3].article = ARTICLES[0].to_owned(), validate);
    assert!(error.starts_with("only 3 questions draw on the article \"second-article\""), "{error}");
    assert!(error.contains("(question-5, question-7, question-9)") && error.contains("at least 4"));
}

#[test]
fn the_articles_must_be_listed_once_each() {
    let none = error_after(|file| file.articles.clear());
    assert!(none.contains("`articles` is empty"), "{none}");
    let twice = error_after(|file| file.articles.push(ARTICLES[1].to_owned()));
    assert!(twice.contains("\"second-article\" is listed twice"), "{twice}");
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
        file.questions.iter_mut().for_each(|question| question.pillars.retain(|pillar| pillar != "empathy"));
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
    // Options are numbered over all questions; their texts are tables in that order.
    assert!(source.contains("QuizOption { id: \"a\", row: 0 },\n        QuizOption { id: \"b\", row: 1 },"));
    assert!(
        source.contains("static OPTION_TEXTS: [&str; 40] = [\n    \"Answer a\",\n    \"Answer b\","),
        "{source}"
    );
    assert!(source.contains(
        "static OPTION_WHY_WRONG: [Option<&str>; 40] = [\n    None,\n    Some(\"Why b is wrong.\"),"
    ));
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
    assert!(render(&file).contains("id: \"question-0\", slot: 0, topic: \"A topic\", answer: 2,"));
}
