//! The team view's core: many people's assessments merged into one summary, the pasting of result
//! links into a team (every link in the text, each checked on its own), and the teams a visitor saves
//! by name.
//!
//! ```
//! use culture_core::link::TeamLink;
//! use culture_core::team::{add_pasted, TeamSummary};
//!
//! let chat = "[10:41] Ben: morning!\n[10:42] Ana: https://example.org/#/r/EQEEICMFOXApy4FOXApy4FOXAACCYQ thanks";
//! let (team, report) = add_pasted(&TeamLink::default(), chat);
//! assert_eq!((report.added, report.problems.len()), (1, 0));
//! let summary = TeamSummary::of(&team);
//! assert_eq!(summary.people(), 1);
//! ```

mod agenda;
mod change;
mod compare;
mod disputes;
mod export;
mod focus;
mod groups;
mod paste;
mod saved;
mod screen;
mod summary;

#[cfg(test)]
mod tests;

pub use agenda::{Agenda, AgendaDispute, MINUTES_PER_PILLAR};
pub use change::{PillarMove, TeamChange};
pub use compare::{
    comparable_teams, earlier_team, overall_change, people_change, same_answers, views_change,
    EarlierTeamProblem, MIN_SPREAD_CHANGE,
};
pub use disputes::{StatementSpread, MIN_DISAGREEMENT, MIN_PEOPLE_FOR_BREAKDOWN, MOST_DISPUTED};
pub use export::{to_csv, to_markdown, ExportOptions};
pub use focus::{TeamFocus, FOCUS_ACTIONS, FOCUS_PILLARS};
pub use groups::{ByGroup, Group, GroupGap, GroupName, MINUTES_FOR_GROUP_GAP, MIN_GROUP_GAP, MIN_GROUP_SIZE};
pub use paste::{
    add_alike, add_from_pictures, add_pasted, PasteProblem, PasteReport, PasteSource, MAX_PASTE_LINES,
    MAX_PASTE_LINKS,
};
pub use saved::{SavedTeam, SavedTeams, TeamNameProblem, WorkingTeam};
pub use screen::{person_reference, Lead};
pub use summary::{GridRow, Member, PillarSpread, TeamSummary};
