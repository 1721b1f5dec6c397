use super::*;

/// A stored thing of the simplest shape, salvaged all or nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Counter {
    count: u32,
}

impl Stored for Counter {
    const KEY: StorageKey = StorageKey::new("culture-check/counter");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "counter";

    fn salvage(data: Value) -> Read<Counter> {
        match Counter::deserialize(data) {
            Ok(counter) => Read::new(counter),
            Err(_) => Read::new(Counter::default()).with_loss(Loss::Everything { what: Self::NOUN }),
        }
    }

    fn merge(_base: &Counter, ours: Counter, _theirs: Counter) -> Counter {
        ours
    }
}

fn read_counter(stored: &str) -> Result<Read<Counter>, LoadError> {
    read::<Counter>(Some(stored))
}

#[test]
fn a_sealed_value_reads_back_whole() {
    let sealed = seal(&Counter { count: 7 }).unwrap_or_default();
    assert_eq!(read_counter(&sealed), Ok(Read::new(Counter { count: 7 })));
}

#[test]
fn the_envelope_records_the_schema_version() {
    let sealed = seal(&Counter { count: 1 }).unwrap_or_default();
    assert_eq!(sealed, r#"{"schema":1,"data":{"count":1}}"#);
}

#[test]
fn nothing_stored_is_missing() {
    assert_eq!(read::<Counter>(None), Err(LoadError::Missing));
}

#[test]
fn text_that_is_not_json_is_unreadable() {
    for garbage in ["", "{", "not json", "{\"schema\":1,\"data\":", "\u{fffd}\u{0}"] {
        assert_eq!(read_counter(garbage), Err(LoadError::Unreadable), "{garbage:?}");
    }
}

#[test]
fn json_without_the_envelope_is_foreign() {
    for foreign in ["42", "[]", "{}", r#"{"count":1}"#, r#"{"schema":"1","data":{}}"#] {
        assert_eq!(read_counter(foreign), Err(LoadError::Foreign), "{foreign:?}");
    }
}

#[test]
fn an_envelope_from_an_older_schema_is_foreign() {
    assert_eq!(read_counter(r#"{"schema":0,"data":{"count":1}}"#), Err(LoadError::Foreign));
}

#[test]
fn an_envelope_with_the_wrong_shape_inside_is_salvaged_by_the_type() {
    let read = read_counter(r#"{"schema":1,"data":{"count":"seven"}}"#);
    assert_eq!(read.map(|read| read.losses), Ok(vec![Loss::Everything { what: "counter" }]));
}

#[test]
fn an_envelope_from_a_newer_version_says_so() {
    assert_eq!(read_counter(r#"{"schema":2,"data":{}}"#), Err(LoadError::NewerSchema { found: 2 }));
}

#[test]
fn only_data_from_a_newer_version_is_held_untouched() {
    assert!(holds_newer::<Counter>(Some(r#"{"schema":2,"data":{"count":1}}"#)));
    for other in [None, Some(""), Some("{}"), Some(r#"{"schema":1,"data":{"count":1}}"#)] {
        assert!(!holds_newer::<Counter>(other), "{other:?}");
    }
}

#[test]
fn only_a_missing_value_goes_unmentioned() {
    assert!(!LoadError::Missing.is_worth_telling());
    assert!(LoadError::Unreadable.is_worth_telling());
    assert!(LoadError::Unavailable.message("quiz").contains("quiz"));
}

#[test]
fn a_whole_value_has_no_message() {
    let read = Read::new(()).with_loss(Loss::Answers(0));
    assert!(read.is_whole());
    assert_eq!(read.message(), None);
}

#[test]
fn dropped_answers_are_counted_in_words() {
    let read = Read::new(()).with_loss(Loss::Answers(2));
    assert_eq!(
        read.message().as_deref(),
        Some("2 saved answers no longer matched the questions and were dropped.")
    );
}

#[test]
fn one_dropped_thing_is_singular() {
    assert_eq!(Loss::Answers(1).message(), "1 saved answer no longer matched the questions and was dropped.");
    assert_eq!(Loss::HistoryEntries(1).message(), "1 saved result was damaged and could not be kept.");
    assert_eq!(Loss::SavedTeams(1).message(), "1 saved team was damaged and could not be kept.");
    assert_eq!(Loss::SavedTeams(2).message(), "2 saved teams were damaged and could not be kept.");
}

#[test]
fn losses_of_the_same_kind_add_up_into_one_sentence() {
    let read = Read::new(()).with_loss(Loss::Answers(1)).with_loss(Loss::Place).with_loss(Loss::Answers(2));
    assert_eq!(read.losses, [Loss::Answers(3), Loss::Place]);
    let message = read.message().unwrap_or_default();
    assert!(message.starts_with("3 saved answers") && message.ends_with("not answered."), "{message}");
}

#[test]
fn losing_everything_names_what_was_lost() {
    let message = Loss::Everything { what: "assessment history" }.message();
    assert!(message.contains("assessment history") && message.contains("starting fresh"), "{message}");
}

#[test]
fn quiz_changes_are_counted_in_plain_words() {
    let one = Loss::QuizAttemptUpdated { dropped: 1, asked_again: 1, added: 1 }.message();
    let many = Loss::QuizAttemptUpdated { dropped: 0, asked_again: 2, added: 0 }.message();
    assert!(one.contains("1 question no longer in the quiz was taken out"), "{one}");
    assert!(one.contains("1 answer no longer fits") && one.contains("1 new question was added"), "{one}");
    assert!(many.contains("2 answers no longer fit and will be asked again"), "{many}");
}
