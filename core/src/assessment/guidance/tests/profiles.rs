//! Written respondent profiles and what their reading must and must not advise.
use super::super::*;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::{pillar, statements_of, Pillar, PILLARS};

/// How one pillar is answered: agreement (0–100) given to its statements that describe a healthy
/// practice, and to those that describe an obstacle (reverse-keyed).
#[derive(Clone, Copy)]
struct Answering {
    practices: u8,
    obstacles: u8,
}

const fn at(practices: u8, obstacles: u8) -> Answering {
    Answering { practices, obstacles }
}

fn answer_for(statement: &Statement, agreement: u8) -> Answer {
    let points = agreement / 25 + 1;
    Answer::from_points(if statement.reverse { 6 - points } else { points }).unwrap_or(Answer::DontKnow)
}

/// Every asked statement answered as `by_pillar` says for its pillar.
fn profile(by_pillar: impl Fn(&Pillar) -> Answering) -> Answers {
    PILLARS
        .iter()
        .flat_map(|pillar| {
            let answering = by_pillar(pillar);
            statements_of(pillar).filter(|s| !s.retired).map(move |s| {
                let agreement = if s.reverse { answering.obstacles } else { answering.practices };
                (s.id, answer_for(s, agreement))
            })
        })
        .collect()
}

fn lead(answers: &Answers) -> Vec<&'static Recommendation> {
    AssessmentResult::of(answers).guidance().first_actions().iter().map(|a| a.recommendation).collect()
}

#[test]
fn print_profiles() {
    let sales_led = profile(|p| match p.id {
        "strategic-voice" => at(25, 0),
        "customer-empathy" => at(25, 0),
        "experimentation" => at(0, 0),
        _ => at(75, 75),
    });
    let weak_leadership = profile(|p| if p.id == "leadership" { at(25, 0) } else { at(75, 75) });
    for (name, answers) in [("sales-led", sales_led), ("weak leadership", weak_leadership)] {
        let g = AssessmentResult::of(&answers).guidance();
        eprintln!(
            "{name}: lead {:?}",
            g.first_actions()
                .iter()
                .map(|a| (a.recommendation.pillar_id, a.recommendation.title))
                .collect::<Vec<_>>()
        );
        eprintln!("   more {:?}", g.more_actions().iter().map(|a| a.recommendation.id).collect::<Vec<_>>());
    }
    for weak in &PILLARS {
        let answers = profile(|p| if p.id == weak.id { at(25, 25) } else { at(100, 100) });
        eprintln!(
            "top but {}: lead {:?}",
            weak.id,
            lead(&answers).iter().map(|r| r.title).collect::<Vec<_>>()
        );
    }
    let _ = pillar("x");
}
