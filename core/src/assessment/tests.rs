//! Properties of scoring and of reading stored data, over generated answers and generated JSON.

use super::*;
use crate::content::assessment::{statements_of, Statement, SLOT_COUNT, STATEMENTS};
use crate::stored::Stored;
use proptest::prelude::*;
use serde_json::Value;

fn any_answer() -> impl Strategy<Value = Answer> {
    proptest::sample::select(Answer::ALL.to_vec())
}

fn any_scale_answer() -> impl Strategy<Value = Answer> {
    proptest::sample::select(Answer::SCALE.to_vec())
}

/// Any answers to any statements, retired ones included.
fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(any_answer()), SLOT_COUNT)
        .prop_map(|slots| Answers::from_slots(&slots).value)
}

fn statement_where(reverse: bool) -> impl Strategy<Value = &'static Statement> {
    let matching: Vec<&'static Statement> = STATEMENTS.iter().filter(|s| s.reverse == reverse).collect();
    proptest::sample::select(matching)
}

/// Any JSON, nested a few levels, with keys that are sometimes statement ids and field names.
fn any_json() -> impl Strategy<Value = Value> {
    let keys = proptest::sample::select(vec![
        "answers".to_owned(),
        "current".to_owned(),
        "content_version".to_owned(),
        "entries".to_owned(),
        "day".to_owned(),
        "id".to_owned(),
        "product-at-strategy-table".to_owned(),
        "hiring-checks-curiosity".to_owned(),
        "unknown".to_owned(),
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..10).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(keys.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A pillar's score and the overall score of one result.
type Scores = (Option<u8>, Option<u8>);

/// The pillar and overall scores with a statement answered `lower`, then answered `higher`.
fn scores_for(answers: &Answers, statement: &Statement, lower: Answer, higher: Answer) -> (Scores, Scores) {
    let score = |answer: Answer| {
        let result = AssessmentResult::of(&answers.clone().with(statement.id, answer));
        let pillar = result.pillar(statement.pillar_id).and_then(|p| p.score.value());
        (pillar, result.overall)
    };
    (score(lower), score(higher))
}

proptest! {
    #[test]
    fn a_result_rests_on_the_statements_its_edition_asked(answers in any_answers(), edition in 0u32..8) {
        let result = AssessmentResult::of_edition(&answers, edition);
        for pillar in &result.pillars {
            let asked: Vec<&Statement> = statements_of(pillar.pillar)
                .filter(|s| s.asked_in(edition) || answers.get(s.id).is_some())
                .collect();
            prop_assert_eq!(pillar.asked, asked.len(), "{}", pillar.pillar.id);
            prop_assert!(pillar.scored + pillar.dont_know <= pillar.asked);
            let rows: Vec<&str> = result.answers_to(pillar.pillar).iter().map(|given| given.statement.id).collect();
            prop_assert_eq!(rows, asked.iter().map(|s| s.id).collect::<Vec<_>>());
        }
        // The edition says what was asked, never what the answers score.
        let today = AssessmentResult::of(&answers);
        prop_assert_eq!(result.overall, today.overall);
        prop_assert_eq!(&result.reading, &today.reading);
    }

    #[test]
    fn a_score_lies_between_the_lowest_and_highest_of_what_it_averages(answers in any_answers()) {
        let result = AssessmentResult::of(&answers);
        let within = |score: Option<u8>, averaged: &[u8]| {
            score.is_none_or(|score| averaged.iter().min() <= Some(&score) && Some(&score) <= averaged.iter().max())
        };
        for pillar in &result.pillars {
            let agreements: Vec<u8> =
                statements_of(pillar.pillar).filter_map(|s| agreement(s, answers.get(s.id)?)).collect();
            prop_assert!(within(pillar.score.value(), &agreements), "{}: {agreements:?}", pillar.pillar.id);
        }
        let scores: Vec<u8> = result.pillars.iter().filter_map(|pillar| pillar.score.value()).collect();
        prop_assert!(within(result.overall, &scores), "{:?} from {scores:?}", result.overall);
        // A stage needs the measured pillars an overall score needs, and sometimes more.
        prop_assert!(result.overall.is_some() || result.placement().is_none());
    }

    #[test]
    fn more_agreement_on_a_normal_statement_never_lowers_a_score(
        answers in any_answers(),
        statement in statement_where(false),
        (a, b) in (any_scale_answer(), any_scale_answer()),
    ) {
        let (lower, higher) = if a <= b { (a, b) } else { (b, a) };
        let ((pillar_low, overall_low), (pillar_high, overall_high)) = scores_for(&answers, statement, lower, higher);
        prop_assert!(pillar_high >= pillar_low);
        prop_assert!(overall_high >= overall_low);
    }

    #[test]
    fn more_agreement_on_a_reverse_statement_never_raises_a_score(
        answers in any_answers(),
        statement in statement_where(true),
        (a, b) in (any_scale_answer(), any_scale_answer()),
    ) {
        let (lower, higher) = if a <= b { (a, b) } else { (b, a) };
        let ((pillar_low, overall_low), (pillar_high, overall_high)) = scores_for(&answers, statement, lower, higher);
        prop_assert!(pillar_high <= pillar_low);
        prop_assert!(overall_high <= overall_low);
    }

    #[test]
    fn the_order_of_answering_is_irrelevant(
        pairs in proptest::collection::vec((proptest::sample::select(STATEMENTS.iter().collect::<Vec<_>>()), any_answer()), 0..40)
            .prop_map(|pairs| {
                // One answer per statement: the order of answering differs, not the final answers.
                let mut seen = std::collections::HashSet::new();
                pairs.into_iter().filter(|(s, _)| seen.insert(s.id)).collect::<Vec<_>>()
            })
            .prop_shuffle()
            .prop_flat_map(|pairs| (Just(pairs.clone()), Just(pairs).prop_shuffle())),
    ) {
        let (first_order, second_order) = pairs;
        let first: Answers = first_order.iter().map(|(s, answer)| (s.id, *answer)).collect();
        let second: Answers = second_order.iter().map(|(s, answer)| (s.id, *answer)).collect();
        prop_assert_eq!(AssessmentResult::of(&first), AssessmentResult::of(&second));
    }

    #[test]
    fn the_stage_never_exceeds_what_the_overall_score_reaches(answers in any_answers()) {
        if let Some(placement) = AssessmentResult::of(&answers).placement() {
            prop_assert!(placement.stage.index() <= placement.by_overall.index());
            prop_assert_eq!(placement.held_back_by.is_some(), placement.stage != placement.by_overall);
        }
    }

    #[test]
    fn dont_know_on_a_pillar_never_reads_higher_than_answering_it_at_the_unhealthy_end(
        answers in any_answers(),
        pillar in proptest::sample::select(crate::content::assessment::PILLARS.iter().collect::<Vec<_>>()),
    ) {
        let mut unknown = answers.clone();
        let mut unhealthy = answers.clone();
        for statement in statements_of(pillar).filter(|s| answers.get(s.id).is_some()) {
            unknown.insert(statement.id, Answer::DontKnow);
            unhealthy.insert(statement.id, if statement.reverse { Answer::StronglyAgree } else { Answer::StronglyDisagree });
        }
        let claimed = |answers: &Answers| AssessmentResult::of(answers).stage().map(|stage| stage.index());
        // `None` (not determined) sorts below every stage.
        prop_assert!(claimed(&unknown) <= claimed(&unhealthy), "{:?} above {:?}", claimed(&unknown), claimed(&unhealthy));
    }

    #[test]
    fn the_top_stage_needs_every_pillar_measured(answers in any_answers()) {
        let result = AssessmentResult::of(&answers);
        if result.stage().is_some_and(|stage| stage.next().is_none()) {
            prop_assert!(result.unmeasured().is_empty());
        }
    }

    #[test]
    fn agreement_stays_on_the_common_scale(statement in proptest::sample::select(STATEMENTS.iter().collect::<Vec<_>>()), answer in any_answer()) {
        let level = agreement(statement, answer);
        prop_assert!(level.is_none_or(|level| level <= 100 && level % 25 == 0));
        prop_assert_eq!(level.is_none(), answer == Answer::DontKnow);
    }

    #[test]
    fn answers_round_trip_through_slots(answers in any_answers()) {
        let read = Answers::from_slots(&answers.to_slots());
        prop_assert_eq!(read.value, answers);
        prop_assert!(read.losses.is_empty());
    }

    #[test]
    fn any_stored_progress_is_read_without_panicking(stored in any_json()) {
        let read = AssessmentProgress::salvage(stored);
        prop_assert!(read.value.current_index() <= read.value.total());
    }

    #[test]
    fn any_stored_history_is_read_without_panicking(stored in any_json()) {
        let read = History::salvage(stored);
        let ids: std::collections::HashSet<u32> = read.value.newest_first().map(|entry| entry.id).collect();
        prop_assert_eq!(ids.len(), read.value.len());
    }

    #[test]
    fn stored_progress_reads_back_whole(
        answers in proptest::collection::vec(any_answer(), 0..60),
        jump in 0usize..50,
    ) {
        let progress = answers.iter().fold(AssessmentProgress::new(), |p, &answer| p.answer(answer)).jump(jump);
        let stored = serde_json::to_value(&progress).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let read = AssessmentProgress::salvage(stored);
        prop_assert_eq!(read.value, progress);
        prop_assert!(read.losses.is_empty());
    }
}
