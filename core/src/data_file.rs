//! Everything the site keeps in one browser (answers in progress, past results, the quiz, saved teams
//! and any damaged data set aside) as one versioned JSON file, to carry to another browser or keep as
//! a copy, and read back by merging: what is already on the device is never added twice nor
//! replaced. The format is documented in `docs/data-file.md`.
//!
//! ```
//! use culture_core::data_file::DeviceData;
//! use culture_core::date::Day;
//!
//! let file = DeviceData::default().to_file(Day(20_000)).unwrap_or_default();
//! let read = DeviceData::from_file(&file).map(|read| read.data);
//! assert_eq!(read, Ok(DeviceData::default()));
//! ```

use crate::assessment::{AssessmentProgress, History};
use crate::date::Day;
use crate::quiz::{QuizProgress, QuizRecord};
use crate::stored::{self, EachPart, GatherPart, LoadError, Loss, SaveError, SetAside, Stored};
use crate::team::{SavedTeams, WorkingTeam};
use crate::text::{counted, number_word, plural};
use serde_json::{Map, Value};

mod shallow;

/// What a data file says it is, so any JSON cannot pass for one.
pub const FORMAT: &str = "culture-check-data";
/// The version of the file's outer shape this build writes and reads. Each part inside carries its
/// own schema version, the one it has in local storage.
pub const VERSION: u32 = 1;
/// No file this site writes comes near this (browsers give a site about 5 MB of local storage).
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

crate::stored_things! {
    /// Everything one browser holds for the site: every stored thing, declared here once. The data
    /// file, "Forget everything" and the your-data page all go through this list.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct DeviceData {
        progress: AssessmentProgress,
        history: History,
        quiz_progress: QuizProgress,
        quiz_record: QuizRecord,
        teams: SavedTeams,
        set_aside: SetAside,
    }
}

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataFileError {
    TooLarge,
    NotJson,
    /// JSON, but not a Culture Check data file.
    NotOurs,
    /// Written by a newer version of the site.
    Newer {
        version: u32,
    },
}

impl DataFileError {
    pub fn message(&self) -> String {
        match self {
            DataFileError::TooLarge => {
                "That file is far larger than any Culture Check data file, so it was not read.".to_owned()
            }
            DataFileError::NotJson | DataFileError::NotOurs => "That file is not a Culture Check data file \
                (the kind “Download your data” saves), so nothing was added."
                .to_owned(),
            DataFileError::Newer { version } => format!(
                "That file was saved by a newer version of Culture Check (format {version}). Reload this page \
                 to get the newest version, then try again. Nothing was added."
            ),
        }
    }
}

/// A data file read back: what it holds, and a sentence for each part that could not be read whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRead {
    pub data: DeviceData,
    pub problems: Vec<String>,
}

/// What importing a file would do: the device's data with the file's merged in, and what that adds,
/// in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub merged: DeviceData,
    /// One line per kind of thing added ("2 past results"); empty when the file adds nothing.
    pub additions: Vec<String>,
    /// What the file holds that stays out, and why ("Your answers in progress here are kept…").
    pub kept_out: Vec<String>,
}

impl DeviceData {
    /// The name offered for the download: `culture-check-2026-11-23.json`.
    pub fn file_name(day: Day) -> String {
        format!("culture-check-{}.json", day.iso())
    }

    /// Whether there is nothing to keep.
    pub fn is_empty(&self) -> bool {
        *self == DeviceData::default()
    }

    /// The data file's text, saved on `day`: one member per line. Each part is the very envelope
    /// local storage holds ([`stored::seal`]), so the file needs no encoder of its own.
    pub fn to_file(&self, day: Day) -> Result<String, SaveError> {
        let members = vec![
            format!("\"format\":\"{FORMAT}\""),
            format!("\"version\":{VERSION}"),
            format!("\"saved_on\":\"{}\"", day.iso()),
        ];
        let mut parts = FileParts { members, failed: None };
        self.each_part(&mut parts);
        match parts.failed {
            Some(error) => Err(error),
            None => Ok(format!("{{\n{}\n}}\n", parts.members.join(",\n"))),
        }
    }

    /// Reads a data file, keeping every part that reads (salvaged as local storage would be) and
    /// saying which could not.
    pub fn from_file(text: &str) -> Result<FileRead, DataFileError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(DataFileError::TooLarge);
        }
        let file = shallow::parse(text.trim_start_matches('\u{FEFF}')).map_err(|_| DataFileError::NotJson)?;
        let Some(file) = file.as_object() else {
            return Err(DataFileError::NotOurs);
        };
        if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(DataFileError::NotOurs);
        }
        match file.get("version").and_then(Value::as_u64) {
            Some(version) if version == u64::from(VERSION) => {}
            Some(version) if version > u64::from(VERSION) => {
                return Err(DataFileError::Newer { version: u32::try_from(version).unwrap_or(u32::MAX) });
            }
            _ => return Err(DataFileError::NotOurs),
        }
        let mut parts = PartsRead { file, problems: Vec::new() };
        let mut data = DeviceData::gather(&mut parts);
        // A result the file holds more than once is one result (saved teams and set-aside data are
        // read once each already).
        data.history = data.history.without_repeats();
        Ok(FileRead { data, problems: parts.problems })
    }

    /// This device's data with `file`'s merged in: past results, teams and set-aside data the device
    /// lacks are added (nothing twice), the better quiz score is kept, and answers or a quiz in
    /// progress come from the file only when none are in progress here.
    pub fn import(&self, file: &DeviceData) -> Import {
        let mut additions = Vec::new();
        let mut kept_out = Vec::new();

        let history = History::merge(&History::new(), self.history.clone(), file.history.clone());
        let new_results = history.len() - self.history.len();
        if new_results > 0 {
            additions.push(counted(new_results, "past result", "past results"));
        }
        let teams = SavedTeams::merge(&SavedTeams::default(), self.teams.clone(), file.teams.clone());
        let new_teams = teams.len() - self.teams.len();
        if new_teams > 0 {
            additions.push(counted(new_teams, "saved team", "saved teams"));
        }
        if self.teams.working().is_none() && teams.working().is_some() {
            additions.push("the team you were building".to_owned());
        }
        let set_aside = SetAside::merge(&SetAside::default(), self.set_aside.clone(), file.set_aside.clone());
        let new_set_aside = set_aside.len() - self.set_aside.len();
        if new_set_aside > 0 {
            additions.push(counted(new_set_aside, "piece of set-aside data", "pieces of set-aside data"));
        }

        let quiz_record = combined_record(&self.quiz_record, &file.quiz_record);
        if quiz_record != self.quiz_record {
            additions.push(match quiz_record.best {
                Some(best) if quiz_record.best != self.quiz_record.best => {
                    format!("your quiz record (best score {} of {})", best.right, best.out_of)
                }
                _ => "your quiz record".to_owned(),
            });
        }

        let progress = if file.progress.is_blank() {
            self.progress.clone()
        } else if self.progress.is_blank() {
            additions.push(format!(
                "answers in progress ({} of {} statements)",
                file.progress.answered_count(),
                file.progress.total()
            ));
            file.progress.clone()
        } else {
            if file.progress != self.progress {
                kept_out.push(
                    "The file's answers in progress: you have answers in progress here, and they are kept."
                        .to_owned(),
                );
            }
            self.progress.clone()
        };
        let quiz_progress = match (&self.quiz_progress, &file.quiz_progress) {
            (None, Some(_)) => {
                additions.push("a quiz in progress".to_owned());
                file.quiz_progress.clone()
            }
            (Some(ours), Some(theirs)) if ours != theirs => {
                kept_out.push(
                    "The file's quiz in progress: you have one in progress here, and it is kept.".to_owned(),
                );
                self.quiz_progress.clone()
            }
            _ => self.quiz_progress.clone(),
        };

        let merged = DeviceData { progress, history, quiz_progress, quiz_record, teams, set_aside };
        Import { merged, additions, kept_out }
    }

    /// What this device holds, one line per kind, in plain words: what "Forget everything" removes
    /// and what a download holds. Empty when there is nothing.
    pub fn summary(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if !self.progress.is_blank() {
            lines.push(format!(
                "answers in progress ({} of {} statements)",
                self.progress.answered_count(),
                self.progress.total()
            ));
        }
        if !self.history.is_empty() {
            lines.push(counted(self.history.len(), "past result", "past results"));
        }
        if self.quiz_progress.is_some() {
            lines.push("a quiz in progress".to_owned());
        }
        if self.quiz_record != QuizRecord::default() {
            lines.push(format!(
                "your quiz record ({} {})",
                number_word(self.quiz_record.attempts as usize),
                if self.quiz_record.attempts == 1 { "attempt" } else { "attempts" }
            ));
        }
        if !self.teams.is_empty() {
            lines.push(counted(self.teams.len(), "saved team", "saved teams"));
        }
        if let Some(team) = self.teams.working().and_then(WorkingTeam::team) {
            lines.push(format!(
                "the team you are building ({})",
                counted(team.members.len(), "person", "people")
            ));
        }
        if !self.set_aside.is_empty() {
            lines.push(counted(self.set_aside.len(), "piece of set-aside data", "pieces of set-aside data"));
        }
        lines
    }
}

/// The name of `T`'s part in a data file: its storage key without the namespace, in snake case.
pub fn part_name<T: Stored>() -> String {
    let key = T::KEY.as_str();
    let name = key.strip_prefix(stored::NAMESPACE).and_then(|rest| rest.strip_prefix('/')).unwrap_or(key);
    name.replace('-', "_")
}

/// The file's members as they are written, and the first part that could not be.
struct FileParts {
    members: Vec<String>,
    failed: Option<SaveError>,
}

impl EachPart for FileParts {
    /// Adds `value` to the file's members under its part name, unless there is nothing in it.
    fn part<T: Stored>(&mut self, value: &T) {
        if value.is_blank() {
            return;
        }
        match stored::seal(value) {
            Ok(sealed) => self.members.push(format!("\"{}\":{sealed}", part_name::<T>())),
            Err(error) => self.failed = self.failed.take().or(Some(error)),
        }
    }
}

/// A file's parts as they are read, and what could not be.
struct PartsRead<'a> {
    file: &'a Map<String, Value>,
    problems: Vec<String>,
}

impl GatherPart for PartsRead<'_> {
    fn part<T: Stored>(&mut self) -> T {
        read_part(self.file, &mut self.problems)
    }
}

/// Reads `T`'s part of a file (empty when the file has none), noting what could not be read.
fn read_part<T: Stored>(file: &Map<String, Value>, problems: &mut Vec<String>) -> T {
    let Some(envelope) = file.get(&part_name::<T>()) else {
        return T::default();
    };
    match stored::read_value::<T>(envelope.clone()) {
        Ok(read) => {
            problems.extend(read.losses.iter().map(file_problem));
            read.value
        }
        Err(LoadError::NewerSchema { .. }) => {
            problems.push(format!(
                "The file's {} was saved by a newer version of Culture Check, so it was left out.",
                T::NOUN
            ));
            T::default()
        }
        Err(_) => {
            problems.push(format!("The file's {} could not be read, so it was left out.", T::NOUN));
            T::default()
        }
    }
}

/// What was lost reading part of a file, said of the file: this browser's own data is untouched.
fn file_problem(loss: &Loss) -> String {
    let damaged = |what: String, count: usize| {
        format!(
            "{what} in the file {} damaged, so {} left out.",
            plural(count, "was", "were"),
            plural(count, "it was", "they were"),
        )
    };
    match *loss {
        Loss::Answers(count) => format!(
            "{} in the file no longer {} the questions, so {} left out.",
            counted(count, "answer", "answers"),
            plural(count, "matches", "match"),
            plural(count, "it was", "they were"),
        ),
        Loss::HistoryEntries(count) => damaged(counted(count, "past result", "past results"), count),
        Loss::SavedTeams(count) => damaged(counted(count, "team", "teams"), count),
        Loss::SetAsideItems(count) => {
            damaged(format!("{} of set-aside data", counted(count, "piece", "pieces")), count)
        }
        Loss::Place => {
            "The file's place in the assessment pointed nowhere, so its answers in progress carry on \
            from the first statement they leave unanswered."
                .to_owned()
        }
        Loss::Everything { what } => format!("The file's {what} could not be read, so it was left out."),
        Loss::QuizAttemptUnreadable => {
            "The file's quiz in progress could not be read, so it was left out.".to_owned()
        }
        Loss::QuizAttemptRestarted => {
            "None of the file's quiz in progress fits the quiz as it is now, so it was left out.".to_owned()
        }
        Loss::QuizAttemptUpdated { dropped: 0, asked_again: 0, added: 0 } => {
            "The file's quiz in progress was saved with an earlier edition of the quiz; its answers still \
             apply."
                .to_owned()
        }
        Loss::QuizAttemptUpdated { .. } => {
            "The quiz has changed since the file was saved, so the file's quiz \
            in progress was fitted to the questions asked now."
                .to_owned()
        }
        Loss::QuizRecordUnreadable => {
            "The file's quiz record could not be read, so it was left out.".to_owned()
        }
        Loss::QuizRecordRepaired => {
            "Part of the file's quiz record was damaged, so that part was left out.".to_owned()
        }
        Loss::QuizScoreImpossible { .. } | Loss::QuizAttemptsImpossible(_) => format!(
            "The file's quiz record {}, so that figure was left out.",
            loss.impossibility().unwrap_or_default()
        ),
    }
}

/// The quiz record after an import: the better best score, the larger count of attempts (the same
/// attempts may be in both), and the last attempt of whichever has attempts, this device's first.
fn combined_record(ours: &QuizRecord, file: &QuizRecord) -> QuizRecord {
    let best = match (ours.best, file.best) {
        (Some(ours), Some(file)) if file.beats(&ours) => Some(file),
        (ours, file) => ours.or(file),
    };
    let attempts = ours.attempts.max(file.attempts);
    let latest = if ours.attempts > 0 { ours } else { file };
    QuizRecord { best, attempts, ..latest.clone() }
}

#[cfg(test)]
mod tests;
