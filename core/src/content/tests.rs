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
