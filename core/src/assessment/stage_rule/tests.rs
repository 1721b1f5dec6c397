use super::*;
use crate::content::assessment::{stage, PILLARS};

/// Every pillar at `score`, `None` where a pillar was not measured.
fn scores(values: [Option<u8>; 7]) -> Vec<(&'static Pillar, Option<u8>)> {
    PILLARS.iter().zip(values).collect()
}

fn id(stage: Option<&'static Stage>) -> Option<&'static str> {
    stage.map(|stage| stage.id)
}

#[test]
fn every_pillar_measured_gives_one_stage() {
    let reading = StageReading::of(&scores([Some(70); 7]));
    assert_eq!(id(reading.stage()), Some("becoming-product-led"));
    assert!(matches!(reading, StageReading::Placed(_)));
}

#[test]
fn each_threshold_sits_halfway_between_two_answers() {
    let thresholds: Vec<u8> = STAGES.iter().map(|stage| stage.from_score).collect();
    // 37.5, 62.5 and 87.5 rounded up: halfway between Disagree, Neither, Agree and Strongly agree.
    assert_eq!(thresholds, [0, 38, 63, 88]);
}

#[test]
fn an_unmeasured_pillar_that_could_lift_the_stage_by_one_reads_at_least() {
    let reading =
        StageReading::of(&scores([Some(60), Some(60), Some(60), Some(60), Some(60), Some(60), None]));
    let StageReading::AtLeast { placement, could_be } = &reading else { panic!("{reading:?}") };
    assert_eq!(placement.stage.id, "mixed-or-undecided");
    assert_eq!(could_be.id, "becoming-product-led");
    assert_eq!(reading.label(), "At least Mixed or undecided");
}

#[test]
fn an_unmeasured_pillar_that_could_move_it_by_two_leaves_it_not_determined() {
    let strong = Some(95);
    let reading = StageReading::of(&scores([strong, strong, None, strong, strong, strong, strong]));
    let expected = Undetermined::Between {
        lowest: stage("mixed-or-undecided").expect("a stage"),
        highest: stage("being-product-led").expect("a stage"),
    };
    assert_eq!(reading, StageReading::NotDetermined(expected));
    assert_eq!(reading.label(), "Stage not determined");
}

#[test]
fn an_unmeasured_pillar_that_cannot_change_the_stage_leaves_it_standing() {
    let weak = Some(10);
    let reading = StageReading::of(&scores([weak, weak, weak, weak, weak, weak, None]));
    assert_eq!(id(reading.stage()), Some("not-yet-product-led"));
    assert!(matches!(reading, StageReading::Placed(_)));
}

#[test]
fn too_few_measured_pillars_give_no_stage() {
    let reading = StageReading::of(&scores([Some(80), Some(80), Some(80), None, None, None, None]));
    assert_eq!(reading, StageReading::NotDetermined(Undetermined::TooFewMeasured { measured: 3, needed: 4 }));
}

#[test]
fn the_top_stage_needs_every_pillar_at_least_where_the_stage_below_starts() {
    let reading = StageReading::of(&scores([
        Some(100),
        Some(100),
        Some(100),
        Some(100),
        Some(100),
        Some(100),
        Some(60),
    ]));
    let placement = reading.placement().expect("a stage");
    assert_eq!(placement.by_overall.id, "being-product-led");
    assert_eq!(placement.stage.id, "becoming-product-led");
    assert_eq!(placement.held_back_by.map(|pillar| pillar.id), Some(PILLARS[6].id));
}

#[test]
fn the_floor_of_a_stage_is_where_the_stage_below_starts() {
    assert_eq!(pillar_floor(&STAGES[0]), 0);
    assert_eq!(pillar_floor(&STAGES[2]), STAGES[1].from_score);
}
