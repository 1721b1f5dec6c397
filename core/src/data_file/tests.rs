use super::*;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::active_statements;
use crate::link::{encode_team, TeamLink};
use crate::quiz::Score;
use crate::stored::{StorageKey, Stored, NAMESPACE};

fn answers(value: Answer, how_many: usize) -> Answers {
    active_statements()
        .take(how_many)
        .fold(Answers::new(), |answers, statement| answers.with(statement.id, value))
}

fn team(name: &str) -> SavedTeams {
    let link = TeamLink { name: Some(name.to_owned()), members: Vec::new() };
    let _ = encode_team(&link);
    SavedTeams::default().save(&link, Day(20_000)).map(|(teams, _)| teams).unwrap_or_default()
}

fn device() -> DeviceData {
    DeviceData {
        progress: AssessmentProgress::new().answer(Answer::Agree),
        history: History::new().add(Day(20_000), 2, answers(Answer::Agree, 10)),
        quiz_progress: None,
        quiz_record: QuizRecord {
            best: Some(Score { right: 6, out_of: 10 }),
            attempts: 2,
            last: None,
            missed_last_time: Vec::new(),
            standing: None,
        },
        teams: team("Leadership"),
        set_aside: SetAside::default().with(SavedTeams::KEY, Day(20_001), "{not json"),
    }
}

#[test]
fn a_file_reads_back_as_it_was_written() {
    let data = device();
    let file = data.to_file(Day(20_002)).unwrap_or_default();
    assert!(file.contains("\"format\":\"culture-check-data\""));
    assert!(file.contains("\"saved_on\":\"2024-10-06\""));
    assert_eq!(DeviceData::from_file(&file), Ok(FileRead { data, problems: Vec::new() }));
}

#[test]
fn empty_parts_are_left_out_of_the_file() {
    let file = DeviceData::default().to_file(Day(0)).unwrap_or_default();
    for name in ["assessment_progress", "assessment_history", "quiz_record", "teams", "set_aside"] {
        assert!(!file.contains(name), "{name} in {file}");
    }
}

#[test]
fn anything_else_is_refused_with_a_reason() {
    assert_eq!(DeviceData::from_file("hello"), Err(DataFileError::NotJson));
    assert_eq!(DeviceData::from_file("[1, 2]"), Err(DataFileError::NotOurs));
    assert_eq!(DeviceData::from_file(r#"{"format":"other","version":1}"#), Err(DataFileError::NotOurs));
    assert_eq!(DeviceData::from_file(r#"{"format":"culture-check-data"}"#), Err(DataFileError::NotOurs));
    assert_eq!(
        DeviceData::from_file(r#"{"format":"culture-check-data","version":7}"#),
        Err(DataFileError::Newer { version: 7 })
    );
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(DeviceData::from_file(&huge), Err(DataFileError::TooLarge));
    assert!(DataFileError::Newer { version: 7 }.message().contains("format 7"));
}

#[test]
fn a_damaged_part_is_left_out_and_the_rest_is_read() {
    let file = r#"{"format":"culture-check-data","version":1,
        "teams":{"schema":1,"data":"nonsense"},
        "quiz_record":{"schema":9,"data":{}},
        "assessment_history":{"schema":1,"data":{"entries":[]}}}"#;
    let read = DeviceData::from_file(file);
    let Ok(read) = read else { panic!("{read:?}") };
    assert_eq!(read.data, DeviceData::default());
    assert_eq!(read.problems.len(), 2, "{:?}", read.problems);
    assert!(read.problems.iter().any(|problem| problem.contains("newer version")));
}

#[test]
fn importing_onto_an_empty_device_adds_everything() {
    let file = device();
    let import = DeviceData::default().import(&file);
    assert_eq!(import.merged, file);
    assert_eq!(
        import.additions,
        vec![
            "1 past result",
            "1 saved team",
            "1 piece of set-aside data",
            "your quiz record (best score 6 of 10)",
            "answers in progress (1 of 42 statements)",
        ]
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let data = device();
    let import = data.import(&data);
    assert_eq!(import.merged, data);
    assert!(import.additions.is_empty());
    assert!(import.kept_out.is_empty());
}

#[test]
fn importing_merges_without_replacing_what_is_here() {
    let here = device();
    let file = DeviceData {
        history: here.history.add(Day(20_005), 2, answers(Answer::Disagree, 12)),
        teams: team("Leadership").merge_for_test(team("Product")),
        progress: AssessmentProgress::new().answer(Answer::Disagree),
        quiz_record: QuizRecord {
            best: Some(Score { right: 9, out_of: 10 }),
            attempts: 1,
            ..QuizRecord::default()
        },
        ..DeviceData::default()
    };
    let import = here.import(&file);
    assert_eq!(import.merged.history.len(), 2);
    assert_eq!(import.merged.teams.len(), 2);
    assert_eq!(import.merged.progress, here.progress);
    assert_eq!(import.merged.quiz_record.best, Some(Score { right: 9, out_of: 10 }));
    assert_eq!(import.merged.quiz_record.attempts, 2);
    assert_eq!(
        import.additions,
        vec!["1 past result", "1 saved team", "your quiz record (best score 9 of 10)"]
    );
    assert_eq!(import.kept_out.len(), 1);
}

#[test]
fn the_summary_names_every_kind_of_thing_held() {
    assert!(DeviceData::default().summary().is_empty());
    assert_eq!(
        device().summary(),
        vec![
            "answers in progress (1 of 42 statements)",
            "1 past result",
            "your quiz record (two attempts)",
            "1 saved team",
            "1 piece of set-aside data",
        ]
    );
}

#[test]
fn parts_are_named_after_their_storage_keys() {
    assert_eq!(part_name::<History>(), "assessment_history");
    assert_eq!(part_name::<SetAside>(), "set_aside");
    assert_eq!(DeviceData::file_name(Day(20_002)), "culture-check-2024-10-06.json");
}

impl SavedTeams {
    fn merge_for_test(self, other: SavedTeams) -> SavedTeams {
        SavedTeams::merge(&SavedTeams::default(), self, other)
    }
}

#[test]
fn the_team_being_built_travels_in_the_file_and_is_named_in_the_summary() {
    let building = TeamLink { name: Some("Offsite".to_owned()), members: Vec::new() };
    let with_working = DeviceData { teams: device().teams.with_working(&building), ..device() };
    let file = with_working.to_file(Day(20_002)).unwrap_or_default();
    let read = DeviceData::from_file(&file).expect("reads");
    assert_eq!(read.data.teams.working(), with_working.teams.working());
    assert!(with_working.summary().contains(&"the team you are building (0 people)".to_owned()));
    // Imported where none is being built, it is named among what the file adds.
    let import = device().import(&read.data);
    assert_eq!(import.merged.teams.working(), with_working.teams.working());
    assert!(import.additions.contains(&"the team you were building".to_owned()), "{:?}", import.additions);
}

#[test]
fn the_part_of_the_company_travels_in_the_file_with_progress_and_past_results() {
    let role = Some(crate::assessment::Role::ProductEngineering);
    let data = DeviceData {
        progress: AssessmentProgress::new().choose_role(role).answer(Answer::Agree),
        history: History::new().add_with_role(Day(20_000), 2, answers(Answer::Agree, 10), role),
        ..DeviceData::default()
    };
    let file = data.to_file(Day(20_002)).unwrap_or_default();
    assert!(file.contains("\"role\":\"product-engineering\""), "{file}");
    assert_eq!(DeviceData::from_file(&file).map(|read| read.data), Ok(data));
}

#[test]
fn a_file_written_before_the_part_of_the_company_was_asked_still_reads() {
    let file = device().to_file(Day(20_002)).unwrap_or_default();
    assert!(!file.contains("\"role\""), "{file}");
    let read = DeviceData::from_file(&file).map(|read| read.data.history.latest().map(|entry| entry.role));
    assert_eq!(read, Ok(Some(None)));
}

#[test]
fn every_stored_thing_has_a_namespaced_key_of_its_own() {
    let keys: std::collections::HashSet<StorageKey> = DeviceData::KEYS.iter().copied().collect();
    assert_eq!(keys.len(), DeviceData::KEYS.len());
    assert!(keys.iter().all(|key| key.as_str().starts_with(&format!("{NAMESPACE}/"))));
}
