//! The actions' wording: usable in a company that sells through a sales team, and a why for each.

use crate::content::assessment::{pillar, RECOMMENDATIONS};
use std::collections::HashSet;

/// Words that only make sense where people sign up and use the product on their own.
const SELF_SERVE_ONLY: [&str; 5] = ["activat", "in-app", "a/b", "trial user", "self-serve"];

#[test]
fn no_action_assumes_a_self_serve_product() {
    for recommendation in &RECOMMENDATIONS {
        let text = format!("{} {} {}", recommendation.title(), recommendation.action(), recommendation.why())
            .to_lowercase();
        for word in SELF_SERVE_ONLY {
            assert!(!text.contains(word), "{} says {word:?}", recommendation.id);
        }
    }
}

#[test]
fn every_why_is_its_own() {
    let whys: HashSet<&str> = RECOMMENDATIONS.iter().map(|r| r.why()).collect();
    assert_eq!(whys.len(), RECOMMENDATIONS.len(), "two actions give the same why");
    for recommendation in &RECOMMENDATIONS {
        let pillar_why = pillar(recommendation.pillar_id).map(|p| p.why());
        assert_ne!(Some(recommendation.why()), pillar_why, "{} repeats its pillar's why", recommendation.id);
    }
}
