//! The core's store over the real local storage of headless Chromium (`browser::storage::LocalStorage`,
//! which only moves strings): round trips, the versioned envelope, every kind of damaged data a
//! visitor's browser might hold, what today's site has stored reading exactly as before, and data
//! from a newer version of the site left untouched. The decisions themselves are tested natively in
//! `culture_core::stored::store`.
#![cfg(target_arch = "wasm32")]

use culture_check::browser::storage::{self, LocalStorage};
use culture_check::ui::notices::Notices;
use culture_check::ui::stored::Store;
use culture_core::assessment::{Answer, AssessmentProgress, History};
use culture_core::content::quiz;
use culture_core::date::Day;
use culture_core::quiz::{QuizProgress, QuizRecord, Score};
use culture_core::stored::{self, LoadError, Loss, Read, SaveError, SetAside, StorageKey, Stored};
use culture_core::team::SavedTeams;
use leptos::prelude::Owner;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A statement of content version 1, as history entries of that version hold it.
const STATEMENT: &str = "product-at-strategy-table";

fn history() -> History {
    let answers = [(STATEMENT, Answer::Agree)].into_iter().collect();
    History::new().add(Day(20_779), 1, answers)
}

const TODAY: Day = Day(20_780);

/// What storage holds for `T`, read as the core reads it.
fn load<T: Stored>() -> Result<Read<T>, LoadError> {
    stored::read::<T>(storage::read_text(T::KEY)?.as_deref())
}

/// Saves `value` as a page that has read nothing yet would.
fn save<T: Stored>(value: &T) -> Result<T, SaveError> {
    stored::Store::new(LocalStorage).save(value, TODAY).map_err(|not_kept| not_kept.error)
}

fn clear(key: StorageKey) {
    let _ = storage::remove(key);
}

fn raw(key: StorageKey) -> Option<String> {
    storage::read_text(key).expect("storage is available")
}

fn plant(key: StorageKey, text: &str) {
    storage::write_text(key, text).expect("raw writes work");
}

/// Plants `text`, expects it to load as `expected`, and expects saving that value to write `text`
/// again byte for byte: the stored shape has not changed.
fn reads_as_before<T: Stored + std::fmt::Debug>(text: &str, expected: T) {
    plant(T::KEY, text);
    let read = load::<T>().expect("today's data loads");
    assert_eq!(read.losses, [], "{text}");
    assert_eq!(read.value, expected);
    // A page that has read it saves it back.
    let mut page = stored::Store::new(LocalStorage);
    let _ = page.load::<T>(TODAY);
    page.save(&read.value, TODAY).expect("saving works");
    assert_eq!(raw(T::KEY).as_deref(), Some(text));
    clear(T::KEY);
}

#[wasm_bindgen_test]
fn local_storage_is_available_in_a_normal_browser() {
    assert!(storage::is_available());
}

#[wasm_bindgen_test]
fn a_saved_value_loads_back_unchanged() {
    save(&history()).expect("saving works");
    assert_eq!(load::<History>().map(|read| read.value), Ok(history()));
    clear(History::KEY);
}

#[wasm_bindgen_test]
fn values_are_stored_under_namespaced_keys_in_a_versioned_envelope() {
    save(&history()).expect("saving works");
    let raw = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .and_then(|local| local.get_item("culture-check/assessment-history").ok().flatten())
        .expect("the value sits under the namespaced key");
    let envelope: serde_json::Value = serde_json::from_str(&raw).expect("the envelope is JSON");
    assert_eq!(envelope["schema"], 1);
    assert_eq!(envelope["data"]["entries"][0]["answers"][STATEMENT], 4);
    clear(History::KEY);
}

#[wasm_bindgen_test]
fn a_missing_value_is_reported_as_missing() {
    clear(SavedTeams::KEY);
    assert_eq!(load::<SavedTeams>(), Err(LoadError::Missing));
}

#[wasm_bindgen_test]
fn text_that_is_not_json_is_reported_as_unreadable() {
    plant(AssessmentProgress::KEY, "{not json at all");
    assert_eq!(load::<AssessmentProgress>(), Err(LoadError::Unreadable));
    clear(AssessmentProgress::KEY);
}

#[wasm_bindgen_test]
fn json_from_another_app_is_reported_as_foreign() {
    plant(History::KEY, r#"{"theme":"dark"}"#);
    assert_eq!(load::<History>(), Err(LoadError::Foreign));
    clear(History::KEY);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_of_the_site_is_not_misread() {
    plant(QuizProgress::KEY, r#"{"schema":99,"data":{"future":true}}"#);
    assert_eq!(load::<QuizProgress>(), Err(LoadError::NewerSchema { found: 99 }));
    clear(QuizProgress::KEY);
}

#[wasm_bindgen_test]
fn an_envelope_whose_data_has_the_wrong_shape_is_salvaged_as_far_as_it_goes() {
    plant(QuizRecord::KEY, r#"{"schema":1,"data":{"best":"lots","attempts":2}}"#);
    let read = load::<QuizRecord>().expect("the envelope itself is sound");
    assert_eq!((read.value.attempts, read.losses), (2, vec![Loss::QuizRecordRepaired]));
    clear(QuizRecord::KEY);
}

#[wasm_bindgen_test]
fn saving_never_writes_over_data_from_a_newer_version() {
    let newer = r#"{"schema":2,"data":{"entries":"in a shape only the future knows"}}"#;
    plant(History::KEY, newer);
    assert_eq!(save(&history()), Err(SaveError::NewerSchema));
    assert_eq!(raw(History::KEY).as_deref(), Some(newer));
    clear(History::KEY);
}

#[wasm_bindgen_test]
fn saving_a_blank_value_removes_its_key() {
    plant(QuizProgress::KEY, r#"{"schema":1,"data":{}}"#);
    save::<QuizProgress>(&None).expect("removing works");
    assert_eq!(raw(QuizProgress::KEY), None);
    let mut page = stored::Store::new(LocalStorage);
    page.save(&AssessmentProgress::new().answer(Answer::Agree), TODAY).expect("saving works");
    page.save(&AssessmentProgress::new(), TODAY).expect("removing works");
    assert_eq!(raw(AssessmentProgress::KEY), None);
}

#[wasm_bindgen_test]
fn removing_a_value_forgets_it() {
    save(&history()).expect("saving works");
    clear(History::KEY);
    assert_eq!(raw(History::KEY), None);
}

#[wasm_bindgen_test]
fn filling_storage_beyond_its_quota_is_reported_as_full() {
    let key = SavedTeams::KEY;
    // Chromium allows about 5 MB per origin; 6 million characters cannot fit.
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(storage::write_text(key, &huge), Err(SaveError::Full));
    assert_eq!(raw(key), None, "a refused write leaves nothing half-written");
}

#[wasm_bindgen_test]
fn todays_saved_progress_reads_as_before() {
    let version = culture_core::assessment::CONTENT_VERSION;
    let first = AssessmentProgress::new().statement_at(0).expect("the assessment asks statements").id;
    let text = format!(
        r#"{{"schema":1,"data":{{"content_version":{version},"answers":{{"{first}":4}},"current":1,"asking_role":false}}}}"#
    );
    reads_as_before(&text, AssessmentProgress::new().answer(Answer::Agree));
}

#[wasm_bindgen_test]
fn todays_saved_history_reads_as_before() {
    let text = format!(
        r#"{{"schema":1,"data":{{"entries":[{{"id":1,"day":20779,"content_version":1,"answers":{{"{STATEMENT}":4}}}}]}}}}"#
    );
    reads_as_before(&text, history());
}

#[wasm_bindgen_test]
fn todays_saved_quiz_record_reads_as_before() {
    let text = r#"{"schema":1,"data":{"best":{"right":8,"out_of":10},"attempts":3,"last":{"right":7,"out_of":10},"missed_last_time":["five-pillars"]}}"#;
    let score = |right| Some(Score { right, out_of: 10 });
    let record = QuizRecord {
        best: score(8),
        attempts: 3,
        last: score(7),
        missed_last_time: vec!["five-pillars".to_owned()],
        standing: None,
    };
    reads_as_before(text, record);
}

#[wasm_bindgen_test]
fn todays_saved_quiz_attempt_reads_as_before() {
    let question = quiz::question("five-pillars").expect("the quiz asks about the five pillars");
    let options: Vec<String> = question.options.iter().map(|option| format!("\"{}\"", option.id)).collect();
    let text = format!(
        r#"{{"schema":1,"data":{{"content_version":{},"kind":"retry_missed","questions":[{{"question":"five-pillars","options":[{}],"answer":null}}],"current":"five-pillars","selected":"{}","recorded":false}}}}"#,
        quiz::CONTENT_VERSION,
        options.join(","),
        question.options[0].id,
    );
    plant(QuizProgress::KEY, &text);
    let read = load::<QuizProgress>().expect("today's attempt loads");
    assert_eq!(read.losses, []);
    let attempt = read.value.expect("an attempt to resume");
    let step = attempt.current().expect("a question on screen");
    assert_eq!(
        (step.question.id, step.selected.map(|option| option.id)),
        ("five-pillars", Some(question.options[0].id))
    );
    save(&Some(attempt)).expect("saving works");
    assert_eq!(raw(QuizProgress::KEY), Some(text));
    clear(QuizProgress::KEY);
}

#[wasm_bindgen_test]
fn todays_saved_teams_read_as_before() {
    // The team link pinned in the link tests, saved as today's team view saves it.
    let text = r#"{"schema":1,"data":{"teams":[{"id":1,"name":"Leadership offsite","link":"ExJMZWFkZXJzaGlwIG9mZnNpdGUDAQQgBQKR4gNBbmFSBgABBCEFAZHiA0Jlbqp7","saved_on":20779}]}}"#;
    plant(SavedTeams::KEY, text);
    let read = load::<SavedTeams>().expect("today's teams load");
    assert_eq!(read.losses, []);
    let team = read.value.get(1).expect("the team is there");
    assert_eq!((team.name.as_str(), team.people(), team.saved_on), ("Leadership offsite", 3, Day(20_779)));
    save(&read.value).expect("saving works");
    assert_eq!(raw(SavedTeams::KEY).as_deref(), Some(text));
    clear(SavedTeams::KEY);
}

#[wasm_bindgen_test]
fn screens_tell_about_newer_data_and_work_from_memory_without_writing_it() {
    let owner = Owner::new();
    owner.set();
    let notices = Notices::provide();
    let store = Store::provide(notices);
    let newer = r#"{"schema":7,"data":{"teams":"from the future"}}"#;
    plant(SavedTeams::KEY, newer);

    let loaded = store.load::<SavedTeams>();
    assert!(loaded.is_empty());
    let told = notices.messages();
    assert!(
        told.iter().any(|message| message.contains("newer version") && message.contains("untouched")),
        "{told:?}"
    );

    let (teams, _) = loaded
        .save(&culture_core::link::TeamLink { name: Some("Ops".to_owned()), members: vec![] }, Day(1))
        .expect("a named team");
    let _ = store.save_or_tell(&teams);
    assert_eq!(raw(SavedTeams::KEY).as_deref(), Some(newer), "the newer data is untouched");
    assert_eq!(store.peek::<SavedTeams>(), teams, "the visit goes on with what it saved");
    assert_eq!(notices.messages(), told, "saving over held data is not news");
    clear(SavedTeams::KEY);
}

#[wasm_bindgen_test]
fn a_save_merges_what_another_tab_wrote_since_this_page_read() {
    clear(History::KEY);
    assert_eq!(load::<History>(), Err(LoadError::Missing));
    // Another tab files a result; this page has not heard of it.
    plant(History::KEY, &stored::seal(&history()).expect("seals"));
    let ours = History::new().add(Day(20_780), 2, [(STATEMENT, Answer::Disagree)].into_iter().collect());
    let mut page = stored::Store::new(LocalStorage);
    let merged = page.save(&ours, TODAY).expect("saving works");
    assert_eq!(merged.len(), 2);
    assert_eq!(load::<History>().map(|read| read.value), Ok(merged.clone()));
    // Now this page has written what is stored: the next save is taken as it is.
    assert_eq!(page.save(&merged, TODAY), Ok(merged.clone()));
    // Another tab forgets everything; this page, not having heard, files one more result: what the
    // other tab removed is not written back, and the new result is kept.
    <gloo_storage::LocalStorage as gloo_storage::Storage>::delete(History::KEY.as_str());
    let more = merged.add(Day(20_781), 2, [(STATEMENT, Answer::Neutral)].into_iter().collect());
    let kept = page.save(&more, TODAY).expect("saving works");
    assert_eq!(kept.newest_first().map(|entry| entry.day).collect::<Vec<_>>(), [Day(20_781)]);
    clear(History::KEY);
}

#[wasm_bindgen_test]
fn damaged_text_is_set_aside_before_a_save_writes_over_it() {
    clear(SetAside::KEY);
    plant(History::KEY, "{\"schema\":1,\"data\":{\"entr");
    save(&history()).expect("saving works");
    assert_eq!(load::<History>().map(|read| read.value), Ok(history()));
    let kept = load::<SetAside>().expect("set-aside data reads").value;
    assert!(kept.holds(History::KEY, "{\"schema\":1,\"data\":{\"entr"), "{kept:?}");
    // Set aside once, however often it is met.
    plant(History::KEY, "{\"schema\":1,\"data\":{\"entr");
    let _ = stored::Store::new(LocalStorage).load::<History>(TODAY);
    assert_eq!(load::<SetAside>().map(|read| read.value.len()), Ok(1));
    clear(History::KEY);
    clear(SetAside::KEY);
}

#[wasm_bindgen_test]
fn a_page_shown_before_its_storage_code_takes_what_is_stored_or_saves_what_was_done_meanwhile() {
    use leptos::prelude::{GetUntracked, RwSignal};
    // `Store::take_up` keeps the signal in step with an effect, which needs the executor.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    let store = Store::provide(Notices::provide());
    clear(History::KEY);
    clear(AssessmentProgress::KEY);

    // Nothing done meanwhile: the signal takes what is stored.
    plant(History::KEY, &stored::seal(&history()).expect("seals"));
    assert!(store.holds::<History>());
    let shown = RwSignal::new(History::default());
    store.take_up(shown);
    assert_eq!(shown.get_untracked(), history());

    // Answered meanwhile (the first statement), while another tab answered the second: both are
    // kept, at this page's place.
    assert!(!store.holds::<AssessmentProgress>());
    let theirs = AssessmentProgress::new().jump(1).answer(Answer::Agree);
    plant(AssessmentProgress::KEY, &stored::seal(&theirs).expect("seals"));
    let answered = RwSignal::new(AssessmentProgress::new().skip_role().answer(Answer::Disagree));
    store.take_up(answered);
    let kept = load::<AssessmentProgress>().expect("saved").value;
    assert_eq!(kept, answered.get_untracked(), "the signal shows what was saved");
    assert_eq!(kept.answered_count(), 2, "{kept:?}");
    assert_eq!(kept.current_index(), 1);
    clear(History::KEY);
    clear(AssessmentProgress::KEY);
}
