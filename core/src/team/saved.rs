//! Teams the visitor keeps by name in this browser, to reopen, rename and delete. Each keeps its team
//! link's payload, so a saved team is exactly what its link would show, checked the same way.

use crate::date::Day;
use crate::link::{decode_team, encode_team, sanitize_label, TeamLink};
use crate::stored::merge::three_way;
use crate::stored::{Loss, Read, StorageKey, Stored};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One saved team.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedTeam {
    /// Unique among the saved teams.
    pub id: u32,
    /// As the person typed it, cleaned like every label.
    pub name: String,
    /// The team link's payload (the text after `#/team/`), the name included.
    pub link: String,
    /// When it was last saved.
    pub saved_on: Day,
}

impl SavedTeam {
    /// The team, read back from its link; `None` only if the stored link was damaged.
    pub fn team(&self) -> Option<TeamLink> {
        decode_team(&self.link).ok()
    }

    /// How many people the team holds.
    pub fn people(&self) -> usize {
        self.team().map_or(0, |team| team.members.len())
    }
}

/// Why a name cannot be used for a saved team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamNameProblem {
    /// Nothing but spaces or invisible characters.
    Empty,
    /// Another saved team already has this name.
    Taken(String),
}

impl TeamNameProblem {
    pub fn message(&self) -> String {
        match self {
            TeamNameProblem::Empty => {
                "Give the team a name first: it is how you will find it again.".to_owned()
            }
            TeamNameProblem::Taken(name) => {
                format!("Another saved team is already called “{name}”. Choose a different name.")
            }
        }
    }
}

/// Every saved team, most recently saved first.
/// The team being built in the team view, kept on the device until it is saved under a name or
/// cleared, so leaving the team view (or the site) never loses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingTeam {
    /// The team link's payload, the name as typed (cleaned) included.
    pub link: String,
}

impl WorkingTeam {
    /// The team, read back from its link; `None` only if the stored link was damaged.
    pub fn team(&self) -> Option<TeamLink> {
        decode_team(&self.link).ok()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedTeams {
    teams: Vec<SavedTeam>,
    /// Stored beside the saved teams (one key, one data-file part); absent before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    working: Option<WorkingTeam>,
}

impl SavedTeams {
    /// The team being built, if there is one.
    pub fn working(&self) -> Option<&WorkingTeam> {
        self.working.as_ref()
    }

    /// These teams with `team` as the one being built (none, for an empty unnamed team).
    #[must_use]
    pub fn with_working(&self, team: &TeamLink) -> SavedTeams {
        let working = (!team.members.is_empty() || team.name.is_some())
            .then(|| encode_team(team).ok())
            .flatten()
            .map(|link| WorkingTeam { link });
        SavedTeams { working, ..self.clone() }
    }

    /// Whether `team` holds anything not kept under a name: not empty, and not exactly a saved team.
    pub fn is_unsaved(&self, team: &TeamLink) -> bool {
        if team.members.is_empty() {
            return false;
        }
        let link = encode_team(team).unwrap_or_default();
        !self.teams.iter().any(|saved| saved.link == link)
    }

    /// Keeps the team being built under a name of its own before another takes its place: its own
    /// name if it has one, numbered if a different team has it, or else `fallback`. Returns the name
    /// it was saved under; nothing changes when no team is being built or it is saved as it is.
    #[must_use]
    pub fn keeping_working(&self, fallback: &str, day: Day) -> (SavedTeams, Option<String>) {
        let Some(team) = self.working.as_ref().and_then(WorkingTeam::team) else {
            return (self.clone(), None);
        };
        if !self.is_unsaved(&team) {
            return (self.clone(), None);
        }
        let wanted = team.name.clone().unwrap_or_else(|| fallback.to_owned());
        let name = std::iter::once(wanted.clone())
            .chain((2..).map(|n| numbered(&wanted, n)))
            .find(|name| self.named(name).is_none())
            .unwrap_or(wanted);
        let named = TeamLink { name: Some(name.clone()), members: team.members };
        match self.save(&named, day) {
            Ok((teams, _)) => (teams, Some(name)),
            Err(_) => (self.clone(), None),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &SavedTeam> {
        self.teams.iter()
    }

    pub fn len(&self) -> usize {
        self.teams.len()
    }

    pub fn is_empty(&self) -> bool {
        self.teams.is_empty()
    }

    pub fn get(&self, id: u32) -> Option<&SavedTeam> {
        self.teams.iter().find(|team| team.id == id)
    }

    /// The saved team with this name, if any.
    pub fn named(&self, name: &str) -> Option<&SavedTeam> {
        let name = sanitize_label(name)?;
        self.teams.iter().find(|team| team.name == name)
    }

    /// Saves `team` under its name: a team already saved under that name is replaced (saving again
    /// after adding people), anything else is added. Returns the new list and the saved team's id.
    pub fn save(&self, team: &TeamLink, day: Day) -> Result<(SavedTeams, u32), TeamNameProblem> {
        let name = team.name.as_deref().and_then(sanitize_label).ok_or(TeamNameProblem::Empty)?;
        let team = TeamLink { name: Some(name.clone()), members: team.members.clone() };
        // The team view never lets a team grow past what a link holds.
        let link = encode_team(&team).unwrap_or_default();
        let id = self.named(&name).map_or_else(|| self.next_id(), |existing| existing.id);
        let mut teams: Vec<SavedTeam> = self.teams.iter().filter(|saved| saved.id != id).cloned().collect();
        teams.insert(0, SavedTeam { id, name, link, saved_on: day });
        Ok((SavedTeams { teams, working: self.working.clone() }, id))
    }

    /// Gives a saved team a new name (its link carries the name, so the link changes too).
    pub fn rename(&self, id: u32, new_name: &str) -> Result<SavedTeams, TeamNameProblem> {
        let name = sanitize_label(new_name).ok_or(TeamNameProblem::Empty)?;
        if self.teams.iter().any(|saved| saved.id != id && saved.name == name) {
            return Err(TeamNameProblem::Taken(name));
        }
        let teams = self
            .teams
            .iter()
            .map(|saved| {
                if saved.id != id {
                    return saved.clone();
                }
                let members = saved.team().map(|team| team.members).unwrap_or_default();
                let renamed = TeamLink { name: Some(name.clone()), members };
                SavedTeam {
                    name: name.clone(),
                    link: encode_team(&renamed).unwrap_or_default(),
                    ..saved.clone()
                }
            })
            .collect();
        Ok(SavedTeams { teams, working: self.working.clone() })
    }

    /// The list without the team with this id (unchanged if there is none).
    #[must_use]
    pub fn delete(&self, id: u32) -> SavedTeams {
        SavedTeams {
            teams: self.teams.iter().filter(|saved| saved.id != id).cloned().collect(),
            working: self.working.clone(),
        }
    }

    /// Teams kept in their order, each with an id and a name of its own: a repeated id gets a fresh
    /// one, a repeated name a number ("Leadership (2)").
    fn distinct(mut teams: Vec<SavedTeam>, working: Option<WorkingTeam>) -> SavedTeams {
        let mut next = teams.iter().map(|team| team.id.saturating_add(1)).max().unwrap_or(1);
        for index in 0..teams.len() {
            let (earlier, rest) = teams.split_at_mut(index);
            let Some(team) = rest.first_mut() else { break };
            if earlier.iter().any(|kept| kept.id == team.id) {
                team.id = next;
                next = next.saturating_add(1);
            }
            if earlier.iter().any(|kept| kept.name == team.name) {
                let free = (2..)
                    .map(|n| numbered(&team.name, n))
                    .find(|name| !earlier.iter().any(|kept| kept.name == *name));
                if let Some(name) = free {
                    let members = team.team().map(|link| link.members).unwrap_or_default();
                    team.link =
                        encode_team(&TeamLink { name: Some(name.clone()), members }).unwrap_or_default();
                    team.name = name;
                }
            }
        }
        SavedTeams { teams, working }
    }

    fn next_id(&self) -> u32 {
        self.teams.iter().map(|saved| saved.id.saturating_add(1)).max().unwrap_or(1)
    }
}

/// `name` with " (n)" after it, cut so the whole stays a valid label.
pub(super) fn numbered(name: &str, n: u32) -> String {
    let suffix = format!(" ({n})");
    let room = crate::link::MAX_LABEL_CHARS.saturating_sub(suffix.chars().count());
    let stem: String = name.chars().take(room).collect();
    format!("{}{suffix}", stem.trim_end())
}

/// The team being built after two tabs changed it: the changed side's when only one did; when both
/// did, one team with everyone either tab added and without anyone one tab removed and the other
/// left, under our name if we renamed it. Should the two together outgrow a team link (far beyond a
/// workshop), ours stays as it is.
fn merge_working(
    base: Option<&WorkingTeam>,
    ours: Option<WorkingTeam>,
    theirs: Option<WorkingTeam>,
) -> Option<WorkingTeam> {
    if ours.as_ref() == base {
        return theirs;
    }
    if theirs.as_ref() == base || theirs == ours {
        return ours;
    }
    let team = |working: Option<&WorkingTeam>| working.and_then(WorkingTeam::team).unwrap_or_default();
    let (base_team, our_team, their_team) = (team(base), team(ours.as_ref()), team(theirs.as_ref()));
    let members = three_way(&base_team.members, our_team.members, their_team.members, Clone::clone);
    let name = if our_team.name == base_team.name { their_team.name } else { our_team.name };
    let merged = TeamLink { name, members };
    if merged.members.is_empty() && merged.name.is_none() {
        return None;
    }
    encode_team(&merged).ok().map(|link| WorkingTeam { link }).or(ours)
}

impl Stored for SavedTeams {
    const KEY: StorageKey = StorageKey::new("culture-check/teams");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "teams";

    /// Reads the saved teams from the loose JSON that `the stored envelope holds. A team whose link no
    /// longer reads, whose name is empty or unclean, or whose id repeats an earlier one is dropped and
    /// counted; the rest are kept, a team repeated whole once. A name an older cleaner let through is kept cleaned, when that is
    /// the name its link opens with.
    fn salvage(stored: Value) -> Read<SavedTeams> {
        let Some(entries) = stored.get("teams").and_then(Value::as_array) else {
            return Read::new(SavedTeams::default()).with_loss(Loss::Everything { what: Self::NOUN });
        };
        let mut teams: Vec<SavedTeam> = Vec::new();
        let mut dropped = 0;
        for entry in entries {
            let readable = SavedTeam::deserialize(entry).ok().and_then(|saved| {
                // A name saved by an older cleaner (before letters were composed) is kept as
                // its link now opens with it.
                let name = sanitize_label(&saved.name)?;
                let opens_as = saved.team()?.name;
                (name == saved.name || opens_as.as_deref() == Some(name.as_str()))
                    .then_some(SavedTeam { name, ..saved })
            });
            match readable {
                // The same team again (a data file may repeat one) is kept once; nothing is lost.
                Some(saved)
                    if teams.iter().any(|kept| kept.name == saved.name && kept.link == saved.link) => {}
                Some(saved) if !teams.iter().any(|kept| kept.id == saved.id || kept.name == saved.name) => {
                    teams.push(saved);
                }
                _ => dropped += 1,
            }
        }
        // A team being built whose link no longer reads is dropped like a damaged saved team.
        let working = stored
            .get("working")
            .filter(|working| !working.is_null())
            .map(|working| WorkingTeam::deserialize(working).ok().filter(|working| working.team().is_some()));
        if matches!(working, Some(None)) {
            dropped += 1;
        }
        Read::new(SavedTeams { teams, working: working.flatten() }).with_loss(Loss::SavedTeams(dropped))
    }

    /// A team is the same when its name and link are: a team saved in either tab is kept, and one
    /// both saved under one name with different people keeps both, the later renamed. The team being
    /// built is one across tabs: see [`merge_working`].
    fn merge(base: &SavedTeams, ours: SavedTeams, theirs: SavedTeams) -> SavedTeams {
        let same = |team: &SavedTeam| (team.name.clone(), team.link.clone());
        let working = merge_working(base.working.as_ref(), ours.working, theirs.working);
        SavedTeams::distinct(three_way(&base.teams, ours.teams, theirs.teams, same), working)
    }

    fn is_blank(&self) -> bool {
        self.is_empty() && self.working.is_none()
    }
}
