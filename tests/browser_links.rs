//! The address and the saved teams against headless Chromium: replacing the route in place (no new
//! history entry, no `hashchange`), full URLs for share links, and saved teams through real local
//! storage, damaged entries included.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use culture_check::browser::location;
use culture_check::browser::storage::{self, LocalStorage};
use culture_core::assessment::Answer;
use culture_core::date::Day;
use culture_core::link::{decode_team, AssessmentLink, TeamLink};
use culture_core::route::Route;
use culture_core::stored::{self, Stored};
use culture_core::team::SavedTeams;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// Waits for the browser's task queue, so events fired by earlier calls have been delivered.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn replacing_the_route_changes_the_address_without_a_history_entry_or_hashchange() {
    let fired = Rc::new(Cell::new(false));
    let flag = fired.clone();
    let listener = Closure::<dyn Fn()>::new(move || flag.set(true));
    window()
        .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
        .expect("listening");
    let entries = window().history().and_then(|history| history.length()).expect("a history");

    location::replace(&Route::Team(Some("EwAB".to_owned())));
    next_task().await;

    assert_eq!(location::current_route(), Route::Team(Some("EwAB".to_owned())));
    assert_eq!(window().history().and_then(|history| history.length()), Ok(entries));
    assert!(!fired.get(), "a replaced route must not look like navigation");
    let _ = window().remove_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
    location::replace(&Route::Home);
}

#[wasm_bindgen_test]
fn a_share_url_is_this_page_with_the_route_in_its_fragment() {
    let url = location::absolute_url(&Route::SharedResult("EQEAAAAA-2U".to_owned()));
    let here = window().location();
    let page = format!("{}{}", here.origin().unwrap_or_default(), here.pathname().unwrap_or_default());
    assert_eq!(url, format!("{page}#/r/EQEAAAAA-2U"));
}

fn team(name: &str) -> TeamLink {
    let member = AssessmentLink {
        content_version: 1,
        day: Day(20_779),
        answers: vec![Some(Answer::Agree); 35],
        label: Some("Ana".to_owned()),
        role: None,
    };
    TeamLink { name: Some(name.to_owned()), members: vec![member] }
}

#[wasm_bindgen_test]
fn saved_teams_round_trip_through_local_storage() {
    let _ = storage::remove(SavedTeams::KEY);
    let (teams, id) = SavedTeams::default().save(&team("Ops"), Day(20_779)).expect("a named team");
    stored::Store::new(LocalStorage).save(&teams, Day(20_779)).expect("saving works");
    let read = stored::read::<SavedTeams>(storage::read_text(SavedTeams::KEY).ok().flatten().as_deref())
        .expect("stored");
    assert!(read.is_whole());
    let saved = read.value.get(id).expect("the team is there");
    assert_eq!(decode_team(&saved.link), Ok(team("Ops")));
    let _ = storage::remove(SavedTeams::KEY);
}

#[wasm_bindgen_test]
fn a_damaged_saved_team_is_dropped_and_the_rest_kept() {
    let (teams, _) = SavedTeams::default().save(&team("Ops"), Day(20_779)).expect("a named team");
    let good = serde_json::to_value(teams.iter().next().expect("one team")).expect("serializable");
    let stored = serde_json::json!({ "schema": 1, "data": { "teams": [good, { "id": 9, "name": "Bad", "link": "!!", "saved_on": 1 }] } });
    storage::write_text(SavedTeams::KEY, &stored.to_string()).expect("planting works");
    let read = stored::read::<SavedTeams>(storage::read_text(SavedTeams::KEY).ok().flatten().as_deref())
        .expect("stored");
    assert_eq!(read.value.len(), 1);
    assert!(read.message().is_some_and(|message| message.contains("1 saved team was damaged")));
    let _ = storage::remove(SavedTeams::KEY);
}
