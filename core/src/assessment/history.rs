//! Completed assessments, kept as a dated history. An entry keeps only its answers; its result is
//! recomputed from them, so a change in scoring shows in old entries too. Entries filed since the
//! time of day was kept carry it too; older ones have their day alone.

use super::reading::{change, ResultChange};
use super::salvage::{read_answers, read_u32};
use super::{Answers, AssessmentResult, Role};
use crate::content::assessment::{Pillar, PILLARS};
use crate::date::{Day, Moment, TimeOfDay};
use crate::stored::merge::three_way;
use crate::stored::{Loss, Read, StorageKey, Stored};
use crate::text::{lowercase_first, ordinal};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One completed assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// Unique within the history, for deleting and comparing.
    pub id: u32,
    pub day: Day,
    /// When in the day it was finished; none in entries stored before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeOfDay>,
    /// The content version the answers were given under.
    pub content_version: u32,
    pub answers: Answers,
    /// The part of the company the person said they work in; none if they skipped the question, and
    /// in entries stored before it was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

impl HistoryEntry {
    pub fn result(&self) -> AssessmentResult {
        AssessmentResult::of_edition(&self.answers, self.content_version)
    }
}

/// One measure across the history, oldest entry first: the overall score (`pillar` is `None`) or
/// one pillar's; `None` where an entry has too few answers for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    pub pillar: Option<&'static Pillar>,
    pub scores: Vec<Option<u8>>,
}

impl Trend {
    /// The first and the latest score, when there are at least two to compare.
    pub fn first_and_latest(&self) -> Option<(u8, u8)> {
        let mut scored = self.scores.iter().flatten();
        let first = *scored.next()?;
        let latest = *scored.last()?;
        Some((first, latest))
    }
}

/// Every completed assessment, oldest first (by day and time, then by the order they were added).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    entries: Vec<HistoryEntry>,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The id the next added entry will get.
    pub fn next_id(&self) -> u32 {
        self.entries.iter().map(|entry| entry.id.saturating_add(1)).max().unwrap_or(1)
    }

    /// The history with one more completed assessment, under [`next_id`](Self::next_id), finished
    /// at `when` (a day, or a day and its time).
    #[must_use]
    pub fn add(&self, when: impl Into<Moment>, content_version: u32, answers: Answers) -> History {
        self.add_with_role(when, content_version, answers, None)
    }

    /// [`add`](Self::add), with the part of the company the person gave (if any).
    #[must_use]
    pub fn add_with_role(
        &self,
        when: impl Into<Moment>,
        content_version: u32,
        answers: Answers,
        role: Option<Role>,
    ) -> History {
        let Moment { day, time } = when.into();
        let mut entries = self.entries.clone();
        entries.push(HistoryEntry { id: self.next_id(), day, time, content_version, answers, role });
        History::sorted(entries)
    }

    /// The history with the entry `id` replaced by these answers, filed as of `when` (a later look
    /// at the same assessment, not another one). When that entry is gone (deleted meanwhile, perhaps
    /// in another tab) the answers are added as a new one, so they are never lost.
    #[must_use]
    pub fn amend(&self, id: u32, when: impl Into<Moment>, content_version: u32, answers: Answers) -> History {
        self.amend_with_role(id, when, content_version, answers, None)
    }

    /// [`amend`](Self::amend), with the part of the company the person gave (if any).
    #[must_use]
    pub fn amend_with_role(
        &self,
        id: u32,
        when: impl Into<Moment>,
        content_version: u32,
        answers: Answers,
        role: Option<Role>,
    ) -> History {
        self.delete(id).add_with_role(when, content_version, answers, role)
    }

    /// The history without the entry with this id (unchanged if there is none).
    #[must_use]
    pub fn delete(&self, id: u32) -> History {
        History { entries: self.entries.iter().filter(|entry| entry.id != id).cloned().collect() }
    }

    /// Entries from the most recent back.
    pub fn newest_first(&self) -> impl Iterator<Item = &HistoryEntry> {
        self.oldest_first().rev()
    }

    /// Entries from the oldest on.
    pub fn oldest_first(&self) -> impl DoubleEndedIterator<Item = &HistoryEntry> {
        self.entries.iter()
    }

    /// The newest `listed` entries, newest first: what the history lists (see [`Listing`]).
    pub fn newest(&self, listed: usize) -> impl Iterator<Item = &HistoryEntry> {
        self.newest_first().take(listed)
    }

    pub fn latest(&self) -> Option<&HistoryEntry> {
        self.entries.last()
    }

    pub fn entry(&self, id: u32) -> Option<&HistoryEntry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// The entry just before this one in time.
    pub fn previous(&self, id: u32) -> Option<&HistoryEntry> {
        let position = self.entries.iter().position(|entry| entry.id == id)?;
        self.entries.get(position.checked_sub(1)?)
    }

    /// How the entry's result moved since the one before it; `None` for the first entry or an
    /// unknown id.
    pub fn change_since_previous(&self, id: u32) -> Option<ResultChange> {
        let entry = self.entry(id)?;
        let previous = self.previous(id)?;
        Some(change(&previous.result(), &entry.result()))
    }

    /// When an entry was finished, for people: its date and, where kept, its time. Entries that
    /// would read the same (the same day, and the same time or none) are numbered within their
    /// day, so no two read alike.
    pub fn when(&self, entry: &HistoryEntry) -> String {
        let mut when = entry.day.long();
        if let Some(time) = entry.time {
            when = format!("{when} at {}", time.hh_mm());
        }
        let that_day: Vec<&HistoryEntry> =
            self.entries.iter().filter(|other| other.day == entry.day).collect();
        let alike = that_day.iter().filter(|other| other.time == entry.time).count();
        if alike > 1 {
            let position = that_day.iter().position(|other| other.id == entry.id).map_or(0, |p| p + 1);
            when = format!("{when}, {position} of {} that day", that_day.len());
        }
        when
    }

    /// When an entry was finished, where room is short (the ends of a trend chart): "5 Dec 2026";
    /// with others that day, its time ("5 Dec 2026, 09:10") where every one of them has its own, or
    /// else its place in the day ("2nd on 5 Dec 2026"), so no two read alike.
    pub fn short_when(&self, entry: &HistoryEntry) -> String {
        let day = entry.day.short();
        let that_day: Vec<&HistoryEntry> =
            self.entries.iter().filter(|other| other.day == entry.day).collect();
        if that_day.len() < 2 {
            return day;
        }
        let own_time = entry.time.filter(|time| {
            that_day.iter().all(|other| other.id == entry.id || other.time.is_some_and(|t| t != *time))
        });
        match own_time {
            Some(time) => format!("{day}, {}", time.hh_mm()),
            None => {
                let position = that_day.iter().position(|other| other.id == entry.id).map_or(1, |p| p + 1);
                format!("{} on {day}", ordinal(position))
            }
        }
    }

    /// How the latest result compares with an earlier entry, for that entry's page: "Your latest
    /// result, on 23 November 2026, is 50: up 13, from Mixed or undecided to Becoming product-led."
    /// `None` for the latest entry itself and an entry not in the history.
    pub fn latest_compared(&self, entry: &HistoryEntry) -> Option<String> {
        let latest = self.latest().filter(|latest| latest.id != entry.id)?;
        self.entry(entry.id)?;
        let when = self.when(latest);
        let result = latest.result();
        let moved = change(&entry.result(), &result).describe_overall();
        Some(match result.overall {
            Some(overall) => {
                format!("Your latest result, on {when}, is {overall}: {}.", lowercase_first(&moved))
            }
            None => format!(
                "Your latest result, on {when}, has no overall score to compare; it reads {}.",
                result.reading.in_sentence()
            ),
        })
    }

    /// The overall score and then each pillar's, across every entry, oldest first.
    pub fn trends(&self) -> Vec<Trend> {
        let results: Vec<AssessmentResult> = self.entries.iter().map(HistoryEntry::result).collect();
        let overall = Trend { pillar: None, scores: results.iter().map(|result| result.overall).collect() };
        let pillars = PILLARS.iter().enumerate().map(|(index, pillar)| Trend {
            pillar: Some(pillar),
            scores: results
                .iter()
                .map(|result| result.pillars.get(index).and_then(|one| one.score.value()))
                .collect(),
        });
        std::iter::once(overall).chain(pillars).collect()
    }

    /// The history with each result once: an entry that is the same result as an earlier one (as
    /// [`Stored::merge`] tells them apart) is left out. A data file may hold a result several times;
    /// it adds one.
    #[must_use]
    pub fn without_repeats(&self) -> History {
        let mut entries: Vec<HistoryEntry> = Vec::with_capacity(self.entries.len());
        for entry in &self.entries {
            // Entries are in day order, so the same result can only stand among those of its day.
            let repeated = entries
                .iter()
                .rev()
                .take_while(|kept| kept.day == entry.day)
                .any(|kept| same_result(kept) == same_result(entry));
            if !repeated {
                entries.push(entry.clone());
            }
        }
        History { entries }
    }

    /// Entries kept in their order, a repeated id replaced by a fresh one.
    fn renumbered(mut entries: Vec<HistoryEntry>) -> History {
        let mut seen: Vec<u32> = Vec::with_capacity(entries.len());
        let mut next = entries.iter().map(|entry| entry.id.saturating_add(1)).max().unwrap_or(1);
        for entry in &mut entries {
            if entry.id == 0 || seen.contains(&entry.id) {
                entry.id = next;
                next = next.saturating_add(1);
            }
            seen.push(entry.id);
        }
        History::sorted(entries)
    }

    fn sorted(mut entries: Vec<HistoryEntry>) -> History {
        entries.sort_by_key(|entry| (entry.day, entry.time, entry.id));
        History { entries }
    }
}

impl Stored for History {
    const KEY: StorageKey = StorageKey::new("culture-check/assessment-history");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "assessment history";

    /// Reads the history from the stored envelope's loose JSON. Entries missing their day,
    /// content version or answers (half-written or damaged) are dropped and counted, as are answers
    /// to statements the content does not have and values that are not answers. Answers to retired
    /// statements stay: they still score. An entry left without a single answer is dropped. A
    /// missing or repeated id is replaced by a fresh one.
    fn salvage(stored: Value) -> Read<History> {
        let Some(stored_entries) = stored.get("entries").and_then(Value::as_array) else {
            return Read::new(History::new()).with_loss(Loss::Everything { what: Self::NOUN });
        };
        let mut entries: Vec<HistoryEntry> = Vec::new();
        let mut dropped_entries = 0;
        let mut dropped_answers = 0;
        for stored_entry in stored_entries {
            let Some((entry, dropped)) = read_entry(stored_entry) else {
                dropped_entries += 1;
                continue;
            };
            dropped_answers += dropped;
            entries.push(entry);
        }
        Read::new(History::renumbered(entries))
            .with_loss(Loss::HistoryEntries(dropped_entries))
            .with_loss(Loss::Answers(dropped_answers))
    }

    /// Entries are the same when their day, content version and answers are: two tabs that each
    /// finished an assessment keep both, and one entry is never filed twice.
    fn merge(base: &History, ours: History, theirs: History) -> History {
        History::renumbered(three_way(&base.entries, ours.entries, theirs.entries, same_result))
    }

    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}

/// What makes two entries the same result: the day, the content version and the answers (the time
/// of day and the part of the company are details of one result).
fn same_result(entry: &HistoryEntry) -> (Day, u32, Answers) {
    (entry.day, entry.content_version, entry.answers.clone())
}

/// One stored entry and how many of its answers were dropped, or `None` when it cannot be kept.
/// Id 0 stands for "none usable", to be numbered afresh.
fn read_entry(stored: &Value) -> Option<(HistoryEntry, usize)> {
    let object = stored.as_object()?;
    let day = Day(read_u32(object, "day")?);
    // Older entries have no time, and a damaged one costs only the time.
    let time = read_u32(object, "time").and_then(TimeOfDay::from_minutes);
    let content_version = read_u32(object, "content_version")?;
    let (answers, dropped) = read_answers(object.get("answers")?, |_| true)?;
    if answers.is_empty() {
        return None;
    }
    let id = read_u32(object, "id").unwrap_or(0);
    // Older entries have none, and a damaged one costs only the part of the company.
    let role = object.get("role").and_then(Value::as_str).and_then(Role::from_id);
    Some((HistoryEntry { id, day, time, content_version, answers, role }, dropped))
}

/// How much of a long history is listed: the newest [`Listing::AT_ONCE`] results at first, and as
/// many more each time the person asks. Storage holds thousands of results, and listing them all
/// would take seconds on a phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listing {
    listed: usize,
}

impl Default for Listing {
    fn default() -> Listing {
        Listing { listed: Listing::AT_ONCE }
    }
}

impl Listing {
    /// How many results are listed at first, and how many more each request adds.
    pub const AT_ONCE: usize = 50;

    /// How many of the newest results are listed.
    pub fn listed(self) -> usize {
        self.listed
    }

    /// Lists the next [`Listing::AT_ONCE`] older results too.
    #[must_use]
    pub fn more(self) -> Listing {
        Listing { listed: self.listed.saturating_add(Listing::AT_ONCE) }
    }

    /// The button that lists more of `history`, in words ("Show 50 older results", "Show the 7 older
    /// results", "Show the older result"), or `None` when every result is listed.
    pub fn show_more(self, history: &History) -> Option<String> {
        match history.len().saturating_sub(self.listed) {
            0 => None,
            1 => Some("Show the older result".to_owned()),
            older if older <= Listing::AT_ONCE => Some(format!("Show the {older} older results")),
            _ => Some(format!("Show {} older results", Listing::AT_ONCE)),
        }
    }

    /// What is listed of `history`, when that is not all of it: "The newest 50 of 6000 results."
    pub fn summary(self, history: &History) -> Option<String> {
        (history.len() > self.listed)
            .then(|| format!("The newest {} of {} results.", self.listed, history.len()))
    }
}

#[cfg(test)]
mod tests;
