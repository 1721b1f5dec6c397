//! What the team view puts first, and how it names one person when names are hidden.
//!
//! - **What leads.** With nobody in the team there is nothing to sum up, so the tools that add people
//!   (the invite, the paste box, pictures of QR codes) open unfolded at the top. Once a team holds
//!   people, it opens on its summary: the tools fold into one "Add people" line above it. A team
//!   growing from nobody keeps them unfolded, since the person is still adding.
//! - **Naming a person.** A removal names its person with their place and overall score, so "Remove"
//!   beside "Person 3" says whom it takes out; with names shown, their name stands for the place.

use super::Member;

/// Which part of the team view comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// The ways to add people, unfolded: the team is empty.
    Tools,
    /// The team's summary, with the ways to add people folded above it.
    Summary,
}

impl Lead {
    /// What leads when a team with this many people is opened (a link, a saved team, a new team).
    pub fn on_opening(people: usize) -> Lead {
        if people == 0 {
            Lead::Tools
        } else {
            Lead::Summary
        }
    }

    /// Whether the tools that add people start unfolded.
    pub fn tools_unfolded(self) -> bool {
        self == Lead::Tools
    }
}

/// One person as a removal names them: "Person 3 (46)" by their place in the team (0-based
/// `position`), or their own name when `names_shown`, with their overall score; a person with too few
/// answers for one is "Person 3 (no overall score)".
pub fn person_reference(member: &Member, position: usize, names_shown: bool) -> String {
    let who = if names_shown { member.name.clone() } else { format!("Person {}", position + 1) };
    match member.result().overall {
        Some(overall) => format!("{who} ({overall})"),
        None => format!("{who} (no overall score)"),
    }
}
