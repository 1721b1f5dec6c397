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
    match SavedTeams::default().save(&link, Day(20_000)) {
        Ok((teams, _)) => teams,
        Err(error) => panic!("the fixture's team {name:?} could not be saved: {error:?}"),
    }
}

/// The file `data` writes on `day`; a test fails here, loudly, if it cannot be written.
fn file_of(data: &DeviceData, day: Day) -> String {
    match data.to_file(day) {
        Ok(file) => file,
        Err(error) => panic!("the file could not be written: {error:?}"),
    }
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
    let file = file_of(&data, Day(20_002));
    assert!(file.contains("\"format\":\"culture-check-data\""));
    assert!(file.contains("\"saved_on\":\"2024-10-06\""));
    assert_eq!(DeviceData::from_file(&file), Ok(FileRead { data, problems: Vec::new() }));
}

#[test]
fn empty_parts_are_left_out_of_the_file() {
    let file = file_of(&DeviceData::default(), Day(0));
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
    let file = file_of(&with_working, Day(20_002));
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
    let file = file_of(&data, Day(20_002));
    assert!(file.contains("\"role\":\"product-engineering\""), "{file}");
    assert_eq!(DeviceData::from_file(&file).map(|read| read.data), Ok(data));
}

#[test]
fn a_file_written_before_the_part_of_the_company_was_asked_still_reads() {
    let file = file_of(&device(), Day(20_002));
    assert!(!file.contains("\"role\""), "{file}");
    let read = DeviceData::from_file(&file).map(|read| read.data.history.latest().map(|entry| entry.role));
    assert_eq!(read, Ok(Some(None)));
}

/// `data`'s file as JSON, for a test to change before reading it back.
fn file_json(data: &DeviceData) -> serde_json::Value {
    match serde_json::from_str(&file_of(data, Day(20_002))) {
        Ok(json) => json,
        Err(error) => panic!("a written file is not JSON: {error}"),
    }
}

/// Each item of the list at `pointer` in `file` written `times` times.
fn repeated(mut file: serde_json::Value, pointer: &str, times: usize) -> String {
    if let Some(serde_json::Value::Array(items)) = file.pointer_mut(pointer) {
        *items = items.iter().flat_map(|item| std::iter::repeat_n(item.clone(), times)).collect();
    }
    file.to_string()
}

fn read(text: &str) -> FileRead {
    DeviceData::from_file(text)
        .unwrap_or_else(|error| panic!("{error:?} reading {}", &text[..text.len().min(200)]))
}

#[test]
fn a_part_the_file_cannot_read_is_named_as_the_files_not_as_this_browsers_data() {
    let file = r#"{"format":"culture-check-data","version":1,"teams":{"schema":1,"data":"nonsense"}}"#;
    assert_eq!(read(file).problems, ["The file's teams could not be read, so it was left out."]);
}

#[test]
fn damage_inside_a_part_is_counted_as_the_files() {
    let mut file = file_json(&device());
    if let Some(serde_json::Value::Array(entries)) = file.pointer_mut("/assessment_history/data/entries") {
        entries.push(serde_json::json!({"id": 2, "day": "soon"}));
    }
    let read = read(&file.to_string());
    assert_eq!(read.problems, ["1 past result in the file was damaged, so it was left out."]);
    assert_eq!(read.data.history, device().history);
}

#[test]
fn no_problem_with_a_file_is_worded_as_a_problem_with_this_browser() {
    let losses = [
        Loss::Answers(2),
        Loss::HistoryEntries(1),
        Loss::SavedTeams(3),
        Loss::Place,
        Loss::Everything { what: "teams" },
        Loss::QuizAttemptUnreadable,
        Loss::QuizAttemptRestarted,
        Loss::QuizAttemptUpdated { dropped: 0, asked_again: 0, added: 0 },
        Loss::QuizAttemptUpdated { dropped: 1, asked_again: 2, added: 0 },
        Loss::QuizRecordUnreadable,
        Loss::QuizRecordRepaired,
        Loss::QuizScoreImpossible { right: 11, out_of: 10, most: 10 },
        Loss::QuizAttemptsImpossible(4_294_967_295),
    ];
    for loss in losses {
        let said = file_problem(&loss);
        assert!(said.contains("file"), "{said}");
        assert!(!said.to_lowercase().contains("your"), "{said}");
        assert!(!said.contains("starting fresh") && !said.contains("set aside"), "{said}");
    }
}

#[test]
fn the_same_result_three_times_in_one_file_adds_one() {
    let file = repeated(file_json(&device()), "/assessment_history/data/entries", 3);
    let import = DeviceData::default().import(&read(&file).data);
    assert_eq!(import.merged.history.len(), 1);
    assert_eq!(import.additions[0], "1 past result");
}

#[test]
fn the_same_team_three_times_in_one_file_adds_one_and_is_not_called_damaged() {
    let file = repeated(file_json(&device()), "/teams/data/teams", 3);
    let read = read(&file);
    assert_eq!(read.problems, Vec::<String>::new());
    assert_eq!(DeviceData::default().import(&read.data).additions[1], "1 saved team");
}

#[test]
fn the_same_set_aside_text_three_times_in_one_file_adds_one() {
    let file = repeated(file_json(&device()), "/set_aside/data/items", 3);
    assert_eq!(DeviceData::default().import(&read(&file).data).additions[2], "1 piece of set-aside data");
}

#[test]
fn two_results_alike_but_on_different_days_both_count() {
    let answers = answers(Answer::Agree, 10);
    let history = History::new().add(Day(20_000), 2, answers.clone()).add(Day(20_001), 2, answers);
    let data = DeviceData { history, ..DeviceData::default() };
    assert_eq!(read(&file_of(&data, Day(20_002))).data.history.len(), 2);
}

#[test]
fn a_quiz_record_no_one_could_have_is_refused_with_its_reason() {
    let mut file = file_json(&device());
    file["quiz_record"]["data"]["best"] =
        serde_json::json!({"right": 4_294_967_295_u64, "out_of": 4_294_967_295_u64});
    file["quiz_record"]["data"]["attempts"] = serde_json::json!(4_294_967_295_u64);
    let read = read(&file.to_string());
    assert_eq!(
        read.problems,
        [
            "The file's quiz record gave a score of 4294967295 out of 4294967295, though the quiz asks ten \
             questions, so that figure was left out.",
            "The file's quiz record counted 4294967295 attempts, more than anyone could make, so that figure \
             was left out.",
        ]
    );
    assert_eq!(read.data.quiz_record, QuizRecord::default());
    assert!(DeviceData::default().import(&read.data).additions.iter().all(|line| !line.contains("quiz")));
}

/// A JSON array nested `depth` deep.
fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn an_extra_member_nested_200_deep_is_ignored_wherever_it_stands() {
    let mut file = file_json(&device());
    let deep: serde_json::Value = serde_json::Value::String("DEEP".to_owned());
    file["extra"] = deep.clone();
    file["teams"]["extra"] = deep.clone();
    file["assessment_history"]["data"]["entries"][0]["extra"] = deep;
    let text = file.to_string().replace("\"DEEP\"", &nested(200));
    assert_eq!(DeviceData::from_file(&text), Ok(FileRead { data: device(), problems: Vec::new() }));
}

#[test]
fn a_file_nested_as_deep_as_its_size_allows_is_still_read() {
    let mut file = file_json(&device());
    file["extra"] = serde_json::Value::String("DEEP".to_owned());
    let room = MAX_FILE_BYTES - file.to_string().len();
    let text = file.to_string().replace("\"DEEP\"", &nested(room / 2));
    assert!(text.len() <= MAX_FILE_BYTES);
    assert_eq!(read(&text).data, device());
}

#[test]
fn a_part_nested_past_the_formats_depth_is_left_out_and_the_rest_read() {
    let mut file = file_json(&device());
    file["assessment_history"] = serde_json::Value::String("DEEP".to_owned());
    let read = read(&file.to_string().replace("\"DEEP\"", &nested(200)));
    assert_eq!(read.problems, ["The file's assessment history could not be read, so it was left out."]);
    assert_eq!(read.data, DeviceData { history: History::new(), ..device() });
}

#[test]
fn nothing_the_format_defines_is_nested_deep_enough_to_be_cut() {
    let quiz = crate::quiz::QuizAttempt::full(&QuizRecord::default(), 7).select_at(1).set_sure(true);
    let data = DeviceData { quiz_progress: Some(quiz), ..device() };
    assert_eq!(read(&file_of(&data, Day(20_002))).data, data);
}

#[test]
fn every_stored_thing_has_a_namespaced_key_of_its_own() {
    let keys: std::collections::HashSet<StorageKey> = DeviceData::KEYS.iter().copied().collect();
    assert_eq!(keys.len(), DeviceData::KEYS.len());
    assert!(keys.iter().all(|key| key.as_str().starts_with(&format!("{NAMESPACE}/"))));
}
