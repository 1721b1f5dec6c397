//! How stable a reading is: the figures of a simulation, not a validation. Simulated respondents,
//! each with a true level per pillar, answer the assessment twice with random noise and "Don't know"
//! at realistic rates; the figures say how often the two answer sets get the same stage under the
//! old rule and under the current one. Nothing here was measured on real people: it shows what the
//! rule does with noisy answers, not whether the stages match real companies.
//!
//! The test beside this file reruns the simulation and fails if these figures differ from what it
//! computes, so they cannot drift from the rule or the content.

/// What the simulation did and found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SimulationSummary {
    /// Simulated respondents, each answering twice.
    pub respondents: u32,
    /// How often both answer sets got the same stage under the rule before this method: cut-points
    /// 0/30/50/65/80, unmeasured pillars left out of the mean and of the weakest-pillar rule.
    pub old_rule_consistency_percent: u8,
    /// How often both answer sets got the same reading (the same stage, the same "at least", or both
    /// not determined) under the current rule.
    pub new_rule_consistency_percent: u8,
    /// How often a statement is answered "Don't know", by pillar id.
    pub dont_know_rates: &'static [(&'static str, u8)],
    /// The answer noise model, in one plain sentence.
    pub noise: &'static str,
}

/// The published figures (see the module's note: a simulation, not a validation).
pub const SIMULATION: SimulationSummary = SimulationSummary {
    respondents: 2000,
    old_rule_consistency_percent: 76,
    new_rule_consistency_percent: 87,
    dont_know_rates: &[
        ("strategic-voice", 20),
        ("customer-empathy", 5),
        ("data-informed", 12),
        ("experimentation", 10),
        ("shared-quality", 8),
        ("outcomes", 12),
        ("leadership", 25),
    ],
    noise: "Each simulated respondent has a true level from 0 to 100, spread evenly between respondents, \
            each pillar strays from it by about 12 points, and each of six answers per pillar is that \
            pillar's level plus random noise of about 0.8 of a step on the five-point scale, rounded to the \
            nearest answer.",
};

#[cfg(test)]
mod tests;
