use super::*;
use serde_json::json;

fn answered(count: usize) -> AssessmentProgress {
    (0..count).fold(AssessmentProgress::new(), |progress, _| progress.answer(Answer::Agree))
}

#[test]
fn a_fresh_start_is_at_the_first_statement_with_nothing_answered() {
    let progress = AssessmentProgress::new();
    assert_eq!(progress.current_index(), 0);
    assert_eq!(progress.current_statement(), active_statements().next());
    assert_eq!(progress.answered_count(), 0);
    assert_eq!(progress.unanswered().len(), progress.total());
}

#[test]
fn answering_saves_the_answer_and_moves_to_the_next_statement() {
    let start = AssessmentProgress::new();
    let first = start.current_statement().expect("a first statement");
    let progress = start.answer(Answer::Disagree);
    assert_eq!(progress.answers().get(first.id), Some(Answer::Disagree));
    assert_eq!(progress.current_index(), 1);
}

#[test]
fn going_back_shows_the_earlier_answer_and_answering_again_changes_it() {
    let progress = answered(3).back();
    assert_eq!(progress.current_index(), 2);
    assert_eq!(progress.current_answer(), Some(Answer::Agree));
    let changed = progress.answer(Answer::DontKnow);
    assert_eq!(
        changed.answers().get(progress.current_statement().expect("asked").id),
        Some(Answer::DontKnow)
    );
    assert_eq!(changed.answered_count(), 3);
}

#[test]
fn back_stops_at_the_first_statement() {
    assert_eq!(AssessmentProgress::new().back().current_index(), 0);
}

#[test]
fn next_skips_without_answering() {
    let progress = AssessmentProgress::new().next();
    assert_eq!(progress.current_index(), 1);
    assert_eq!(progress.answered_count(), 0);
    assert_eq!(progress.first_unanswered(), 0);
}

#[test]
fn jumping_beyond_the_end_lands_at_the_end() {
    let progress = AssessmentProgress::new().jump(999);
    assert!(progress.is_at_end());
    assert_eq!(progress.current_index(), progress.total());
    assert_eq!(progress.current_statement(), None);
    assert_eq!(progress.next().current_index(), progress.total());
}

#[test]
fn answering_past_the_end_changes_nothing() {
    let at_end = AssessmentProgress::new().jump(999);
    assert_eq!(at_end.answer(Answer::Agree), at_end);
}

#[test]
fn answering_every_statement_completes_the_assessment() {
    let total = AssessmentProgress::new().total();
    let progress = answered(total);
    assert!(progress.is_complete() && progress.is_at_end());
    assert!(progress.unanswered().is_empty());
    assert_eq!(progress.first_unanswered(), total);
}

#[test]
fn unanswered_statements_are_listed_in_order_with_their_positions() {
    let progress = answered(5).next().answer(Answer::Agree);
    let positions: Vec<usize> = progress.unanswered().iter().map(|(index, _)| *index).take(2).collect();
    assert_eq!(positions, [5, 7]);
}

#[test]
fn starting_over_forgets_everything() {
    assert_eq!(answered(7).start_over(), AssessmentProgress::new());
}

#[test]
fn the_result_scores_the_answers_so_far() {
    let total = AssessmentProgress::new().total();
    assert!(answered(total).result().overall.is_some());
    assert_eq!(answered(1).result().overall, None);
}

#[test]
fn progress_survives_a_round_trip_through_storage() {
    let progress = answered(4).back();
    let stored = serde_json::to_value(&progress).expect("progress always encodes");
    let read = AssessmentProgress::salvage(stored);
    assert_eq!(read.value, progress);
    assert!(read.is_whole());
}

#[test]
fn answers_to_unknown_statements_and_bad_values_are_dropped_and_counted() {
    let stored = json!({
        "content_version": CONTENT_VERSION,
        "answers": { "product-leader-on-executive-team": 4, "gone-statement": 4, "product-view-shaped-decisions": 7 },
        "current": 1,
    });
    let read = AssessmentProgress::salvage(stored);
    assert_eq!(read.value.answered_count(), 1);
    assert_eq!(read.value.current_index(), 1);
    assert_eq!(read.losses, [Loss::Answers(2)]);
    assert_eq!(
        read.message().as_deref(),
        Some("2 saved answers no longer matched the questions and were dropped.")
    );
}

#[test]
fn a_position_out_of_range_moves_to_the_first_unanswered_statement() {
    let stored = json!({
        "content_version": CONTENT_VERSION,
        "answers": { "product-leader-on-executive-team": 4 },
        "current": 5000,
    });
    let read = AssessmentProgress::salvage(stored);
    assert_eq!(read.value.current_index(), 1);
    assert_eq!(read.losses, [Loss::Place]);
}

#[test]
fn a_negative_or_non_numeric_position_is_a_lost_place() {
    for current in [json!(-1), json!("3"), json!(1.5), json!(null)] {
        let stored = json!({ "content_version": CONTENT_VERSION, "answers": {}, "current": current });
        let read = AssessmentProgress::salvage(stored);
        assert_eq!(read.value.current_index(), 0);
        assert_eq!(read.losses, [Loss::Place], "{current}");
    }
}

#[test]
fn progress_from_an_older_content_version_keeps_its_answers_and_resumes_at_the_first_gap() {
    let stored = json!({
        "content_version": 0,
        "answers": { "product-leader-on-executive-team": 4, "product-view-shaped-decisions": 2 },
        "current": 9,
    });
    let read = AssessmentProgress::salvage(stored);
    assert_eq!(read.value.answered_count(), 2);
    assert_eq!(read.value.current_index(), 2);
    assert!(read.is_whole());
}

#[test]
fn stored_data_of_the_wrong_shape_starts_fresh_and_says_so() {
    for stored in [json!(42), json!([1, 2]), json!({ "answers": [4, 4] }), json!(null)] {
        let read = AssessmentProgress::salvage(stored.clone());
        assert_eq!(read.value, AssessmentProgress::new(), "{stored}");
        assert!(matches!(read.losses.as_slice(), [Loss::Everything { .. }]), "{stored}");
    }
}

#[test]
fn answers_reach_the_same_state_whatever_the_order() {
    let forwards = AssessmentProgress::new().answer(Answer::Agree).answer(Answer::Disagree);
    let backwards = AssessmentProgress::new().jump(1).answer(Answer::Disagree).jump(0).answer(Answer::Agree);
    assert_eq!(forwards.answers(), backwards.answers());
}

#[test]
fn a_statement_opened_from_the_overview_returns_there_when_answered() {
    let at_end = AssessmentProgress::new().jump(usize::MAX);
    let opened = at_end.open_from_overview(2);
    assert_eq!(opened.current_index(), 2);
    assert!(opened.is_from_overview());
    let answered = opened.answer(Answer::Agree);
    assert!(answered.is_at_end());
    assert!(!answered.is_from_overview());
    // Moving on or back by hand forgets the way back: the next answer goes on as usual.
    let moved = opened.back();
    assert!(!moved.is_from_overview());
    assert_eq!(moved.answer(Answer::Agree).current_index(), 2);
    // The flag is not stored.
    assert_eq!(crate::stored::seal(&opened).ok(), crate::stored::seal(&opened.back().next()).ok());
}

#[test]
fn a_retake_can_start_from_last_times_answers() {
    let last_time = answered(5).answers().clone().with("sales-has-final-say", Answer::Disagree);
    let retake = AssessmentProgress::starting_from(&last_time);
    assert_eq!(retake.current_index(), 0);
    assert_eq!(retake.answered_count(), last_time.len().min(retake.total()));
    assert_eq!(retake.current_answer(), answered(1).answers().iter().next().map(|(_, answer)| answer));
    // Retired statements' answers stay behind.
    let retired = crate::content::assessment::STATEMENTS.iter().find(|statement| statement.retired);
    if let Some(retired) = retired {
        let with_retired = Answers::new().with(retired.id, Answer::Agree);
        assert_eq!(AssessmentProgress::starting_from(&with_retired), AssessmentProgress::new());
    }
}

#[test]
fn the_answer_that_completes_the_set_finishes_and_changing_one_afterwards_does_not() {
    let total = AssessmentProgress::new().total();
    let before_last = answered(total - 1);
    let last = before_last.answer(Answer::Agree);
    assert!(before_last.finishes_with(&last));
    // An answer that leaves statements open does not finish.
    assert!(!answered(1).finishes_with(&answered(2)));
    // A statement skipped on the way, answered last from the overview, completes the set: it finishes.
    let skipped = answered(2).next();
    let at_end = (3..total).fold(skipped, |progress, _| progress.answer(Answer::Agree));
    assert!(at_end.is_at_end() && !at_end.is_complete());
    let opened = at_end.open_from_overview(2);
    assert!(opened.finishes_with(&opened.answer(Answer::Disagree)));
    // With every statement answered, a change goes back to the overview rather than finishing.
    let change = last.open_from_overview(0);
    let changed = change.answer(Answer::Disagree);
    assert!(!change.finishes_with(&changed));
    assert!(changed.is_at_end());
}

#[test]
fn changing_a_filed_result_starts_at_the_overview_with_its_answers_and_names_the_entry() {
    let filed = answered(4).answers().clone();
    let history =
        crate::assessment::History::new().add(crate::date::Day(20_000), CONTENT_VERSION, filed.clone());
    let entry = history.latest().expect("the filed entry");
    let progress = AssessmentProgress::amending(entry);
    assert!(progress.is_at_end());
    assert_eq!(progress.answers(), &filed);
    assert_eq!(progress.amends(), Some(entry.id));
    assert!(AssessmentProgress::new().amends().is_none());
    // It is stored, and read back, with the entry it changes.
    let sealed = crate::stored::seal(&progress).expect("seals");
    let read = crate::stored::read::<AssessmentProgress>(Some(&sealed)).expect("reads");
    assert_eq!(read.value.amends(), Some(entry.id));
}

#[test]
fn progress_stored_before_amending_existed_reads_as_before() {
    let stored = json!({ "content_version": CONTENT_VERSION, "answers": {}, "current": 0 });
    let read = AssessmentProgress::salvage(stored);
    assert_eq!(read.value, AssessmentProgress::new());
    // And a fresh start still stores exactly what it did.
    let sealed = crate::stored::seal(&AssessmentProgress::new()).expect("seals");
    assert!(!sealed.contains("amending"), "{sealed}");
}

fn a_statement_unseen_by(role: Role) -> Option<usize> {
    active_statements().position(|statement| statement.unseen_by(role))
}

#[test]
fn a_fresh_start_asks_the_part_of_the_company_first() {
    let progress = AssessmentProgress::new();
    assert!(progress.asks_role());
    assert_eq!(progress.role(), None);
}

#[test]
fn choosing_a_part_of_the_company_keeps_it_and_goes_to_the_first_statement() {
    let progress = AssessmentProgress::new().choose_role(Some(Role::GoToMarket));
    assert!(!progress.asks_role());
    assert_eq!((progress.role(), progress.current_index()), (Some(Role::GoToMarket), 0));
}

#[test]
fn skipping_the_first_question_gives_no_part_of_the_company() {
    let progress = AssessmentProgress::new().skip_role();
    assert!(!progress.asks_role());
    assert_eq!((progress.role(), progress.current_index()), (None, 0));
}

#[test]
fn going_back_from_the_first_statement_reopens_the_question_with_the_choice_kept() {
    let progress = AssessmentProgress::new().choose_role(Some(Role::Leadership)).answer(Answer::Agree);
    let back = progress.back().back();
    assert!(back.asks_role());
    assert_eq!(back.role(), Some(Role::Leadership));
    let changed = back.choose_role(Some(Role::OperationsOther));
    assert_eq!((changed.role(), changed.answered_count()), (Some(Role::OperationsOther), 1));
}

#[test]
fn changing_the_part_of_the_company_after_every_answer_returns_to_the_overview() {
    let complete = (0..AssessmentProgress::new().total())
        .fold(AssessmentProgress::new().skip_role(), |progress, _| progress.answer(Answer::Agree));
    let changed = complete.ask_role().choose_role(Some(Role::ProductEngineering));
    assert!(changed.is_at_end());
    assert_eq!(changed.role(), Some(Role::ProductEngineering));
}

#[test]
fn answering_after_the_first_question_leaves_it() {
    let progress = AssessmentProgress::new().answer(Answer::Agree);
    assert!(!progress.asks_role());
}

#[test]
fn the_part_of_the_company_is_saved_with_progress_and_read_back() {
    let progress = AssessmentProgress::new().choose_role(Some(Role::GoToMarket)).answer(Answer::Agree);
    let sealed = crate::stored::seal(&progress).expect("seals");
    assert!(sealed.contains("\"role\":\"go-to-market\""), "{sealed}");
    let read = crate::stored::read::<AssessmentProgress>(Some(&sealed)).expect("reads");
    assert_eq!(read.value, progress);
}

#[test]
fn progress_stored_before_the_question_existed_resumes_at_its_statement() {
    let first = active_statements().next().expect("a statement").id;
    let stored = json!({ "content_version": CONTENT_VERSION, "answers": { first: 4 }, "current": 1 });
    let read = AssessmentProgress::salvage(stored);
    assert!(!read.value.asks_role());
    assert_eq!((read.value.current_index(), read.value.role()), (1, None));
}

#[test]
fn a_damaged_part_of_the_company_costs_only_itself() {
    let first = active_statements().next().expect("a statement").id;
    let stored =
        json!({ "content_version": CONTENT_VERSION, "answers": { first: 4 }, "current": 1, "role": "ceo" });
    let read = AssessmentProgress::salvage(stored);
    assert_eq!((read.value.role(), read.value.answered_count()), (None, 1));
}

#[test]
fn a_statement_that_part_of_the_company_usually_cannot_see_says_so() {
    for role in Role::ALL {
        let Some(index) = a_statement_unseen_by(role) else { continue };
        let progress = AssessmentProgress::new().choose_role(Some(role)).jump(index);
        assert!(progress.current_is_unseen(), "{role:?} at {index}");
        assert!(!progress.with_role(None).current_is_unseen());
    }
}

#[test]
fn a_retake_from_last_times_answers_starts_at_the_first_statement_with_the_part_of_the_company_given() {
    let last_time = Answers::new().with(active_statements().next().map_or("", |s| s.id), Answer::Agree);
    let retake = AssessmentProgress::starting_from(&last_time).with_role(Some(Role::Leadership));
    assert!(!retake.asks_role());
    assert_eq!((retake.current_index(), retake.role()), (0, Some(Role::Leadership)));
}

#[test]
fn the_question_opened_from_the_overview_returns_there() {
    let at_overview = AssessmentProgress::new().answer(Answer::Agree).jump(usize::MAX);
    let changed = at_overview.ask_role().choose_role(Some(Role::GoToMarket));
    assert!(changed.is_at_end());
    assert_eq!(changed.role(), Some(Role::GoToMarket));
}
