//! Comparing the team on screen with an earlier session's team: which saved teams can be picked,
//! reading an earlier team from a pasted link, and the change put in words for a facilitator (see
//! [`TeamChange`](super::TeamChange) for what is compared).

use super::change::PillarMove;
use super::saved::{SavedTeam, SavedTeams};
use crate::link::{find_links, LinkContent, LinkError, TeamLink};
use crate::text::counted;

/// The smallest change in a pillar's spread (see [`PillarSpread::spread`](super::PillarSpread::spread))
/// called "more alike" or "further apart": one person moving one answer a step shifts it by a point
/// or two, which says nothing about the team.
pub const MIN_SPREAD_CHANGE: i16 = 5;

/// Whether two teams hold the same answers, whatever their names, the dates and names of their
/// results and their order: their pictures would be the same, so comparing them shows nothing. An
/// anonymised copy of a team holds the same answers as the team.
pub fn same_answers(first: &TeamLink, second: &TeamLink) -> bool {
    fn answers(team: &TeamLink) -> Vec<(u8, &[Option<crate::assessment::Answer>])> {
        let mut answers: Vec<_> =
            team.members.iter().map(|member| (member.content_version, member.answers.as_slice())).collect();
        answers.sort();
        answers
    }
    answers(first) == answers(second)
}

/// The saved teams the team on screen can be compared with, most recently saved first: every one that
/// reads and holds people, except one with the same answers as `on_screen`.
pub fn comparable_teams<'a>(saved: &'a SavedTeams, on_screen: &TeamLink) -> Vec<&'a SavedTeam> {
    saved
        .iter()
        .filter(|candidate| {
            candidate.team().is_some_and(|team| !team.members.is_empty() && !same_answers(&team, on_screen))
        })
        .collect()
}

/// Why a pasted earlier team cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EarlierTeamProblem {
    /// Nothing was pasted.
    Empty,
    /// The text holds no link.
    NoLink,
    /// The first link found does not read.
    Unreadable(LinkError),
    /// One person's result, not a team.
    PersonNotTeam,
    /// More than one different team link.
    SeveralTeams(usize),
    /// A team link with nobody in it.
    NoPeople,
    /// The same answers as the team on screen.
    SameAsOnScreen,
}

impl EarlierTeamProblem {
    /// A plain-words message for the facilitator.
    pub fn message(&self) -> String {
        match self {
            EarlierTeamProblem::Empty => "Paste the earlier team's link first.".to_owned(),
            EarlierTeamProblem::NoLink => {
                "No team link was found in what you pasted. Copy the earlier team's link (it contains \
                 #/team/) and paste it here."
                    .to_owned()
            }
            EarlierTeamProblem::Unreadable(error) => {
                format!("This link could not be read. {}", error.message())
            }
            EarlierTeamProblem::PersonNotTeam => {
                "This is one person's result, not a team link. Paste the link of the whole team from the \
                 earlier session (it contains #/team/)."
                    .to_owned()
            }
            EarlierTeamProblem::SeveralTeams(count) => {
                format!("This holds {count} team links. Paste only the one of the earlier session.")
            }
            EarlierTeamProblem::NoPeople => {
                "This team link has nobody in it, so there is nothing to compare.".to_owned()
            }
            EarlierTeamProblem::SameAsOnScreen => {
                "This team holds exactly the answers of the team on screen, so nothing has changed. Paste \
                 the link of an earlier session."
                    .to_owned()
            }
        }
    }
}

/// The earlier team in pasted text: the team link in it, with anything around it (see
/// [`find_links`]). The same team twice counts once; result links beside a team link are ignored.
pub fn earlier_team(pasted: &str, on_screen: &TeamLink) -> Result<TeamLink, EarlierTeamProblem> {
    if pasted.trim().is_empty() {
        return Err(EarlierTeamProblem::Empty);
    }
    let found = find_links(pasted);
    let mut teams: Vec<TeamLink> = Vec::new();
    for link in &found {
        if let Ok(LinkContent::Team(team)) = &link.content {
            if !teams.contains(team) {
                teams.push(team.clone());
            }
        }
    }
    let team = match teams.len() {
        0 => {
            return Err(match found.first().map(|link| &link.content) {
                None => EarlierTeamProblem::NoLink,
                Some(Err(error)) => EarlierTeamProblem::Unreadable(error.clone()),
                Some(Ok(LinkContent::Result(_))) => EarlierTeamProblem::PersonNotTeam,
                // Every team found was kept above.
                Some(Ok(LinkContent::Team(_))) => EarlierTeamProblem::NoLink,
            });
        }
        1 => teams.remove(0),
        count => return Err(EarlierTeamProblem::SeveralTeams(count)),
    };
    if team.members.is_empty() {
        return Err(EarlierTeamProblem::NoPeople);
    }
    if same_answers(&team, on_screen) {
        return Err(EarlierTeamProblem::SameAsOnScreen);
    }
    Ok(team)
}

/// How the team's overall score moved, in a sentence: "The average overall score went up 6 points,
/// from 46 to 52."
pub fn overall_change(before: Option<u8>, after: Option<u8>) -> String {
    let (Some(before), Some(after)) = (before, after) else {
        return "Too few answers on one side to compare the average overall score.".to_owned();
    };
    let points = |change: u8| counted(usize::from(change), "point", "points");
    match after.cmp(&before) {
        std::cmp::Ordering::Equal => format!("The average overall score stayed at {after}."),
        std::cmp::Ordering::Greater => {
            format!("The average overall score went up {}, from {before} to {after}.", points(after - before))
        }
        std::cmp::Ordering::Less => format!(
            "The average overall score went down {}, from {before} to {after}.",
            points(before - after)
        ),
    }
}

/// How many people took part each time: "3 people before, 4 now."
pub fn people_change(before: usize, after: usize) -> String {
    format!("{} before, {after} now.", counted(before, "person", "people"))
}

/// Whether people see a pillar more alike than before, in words: "More alike", "Further apart",
/// "About as before" (a change smaller than [`MIN_SPREAD_CHANGE`]), or "Too few to tell" when
/// either side has fewer than two scores.
pub fn views_change(pillar: &PillarMove) -> &'static str {
    match pillar.spread() {
        None => "Too few to tell",
        Some(change) if change <= -MIN_SPREAD_CHANGE => "More alike",
        Some(change) if change >= MIN_SPREAD_CHANGE => "Further apart",
        Some(_) => "About as before",
    }
}
