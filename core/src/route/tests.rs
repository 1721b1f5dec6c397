use super::*;

#[test]
fn empty_and_root_fragments_lead_home() {
    for fragment in ["", "#", "#/", "/"] {
        assert_eq!(Route::parse(fragment), Route::Home, "{fragment:?}");
    }
}

#[test]
fn known_paths_parse_with_or_without_trailing_slash() {
    assert_eq!(Route::parse("#/quiz"), Route::Quiz);
    assert_eq!(Route::parse("#/quiz/"), Route::Quiz);
    assert_eq!(Route::parse("#/your-data"), Route::YourData);
    assert_eq!(Route::parse("#/method"), Route::Method);
    assert_eq!(Route::parse("#/assessment"), Route::Assessment);
    assert_eq!(Route::parse("#/assessment/results"), Route::AssessmentResults);
    assert_eq!(Route::parse("#/history"), Route::History(None));
    assert_eq!(Route::parse("#/team"), Route::Team(None));
}

#[test]
fn payload_routes_keep_their_payload() {
    assert_eq!(Route::parse("#/r/AbC-_1"), Route::SharedResult("AbC-_1".into()));
    assert_eq!(Route::parse("#/team/xyz"), Route::Team(Some("xyz".into())));
    assert_eq!(Route::parse("#/join/xyz"), Route::Join("xyz".into()));
    assert_eq!(Route::parse("#/join/"), Route::NotFound("/join/".into()));
    assert_eq!(Route::parse("#/history/3"), Route::History(Some("3".into())));
    assert_eq!(Route::parse("#/history/"), Route::History(None));
}

#[test]
fn a_result_route_without_payload_is_not_found() {
    assert_eq!(Route::parse("#/r/"), Route::NotFound("/r/".into()));
}

#[test]
fn unknown_and_malformed_fragments_are_not_found() {
    for fragment in ["#/nope", "#quizz", "#/quiz?x=1", "#%%%", "#/../etc", "#\u{0}"] {
        assert!(matches!(Route::parse(fragment), Route::NotFound(_)), "{fragment:?}");
    }
}

#[test]
fn every_route_round_trips_through_its_href() {
    let routes = [
        Route::Home,
        Route::Assessment,
        Route::AssessmentResults,
        Route::History(None),
        Route::History(Some("3".into())),
        Route::Quiz,
        Route::YourData,
        Route::Method,
        Route::SharedResult("abc".into()),
        Route::Team(None),
        Route::Team(Some("t1".into())),
        Route::Join("TGVhZA".into()),
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.href()), route);
    }
}

#[test]
fn the_longest_link_a_writer_makes_fits_under_the_cap() {
    let team = format!("#/team/{}", "A".repeat(crate::link::MAX_PAYLOAD_CHARS));
    assert_eq!(Route::parse(&team), Route::Team(Some("A".repeat(crate::link::MAX_PAYLOAD_CHARS))));
}

#[test]
fn enormous_fragments_are_cut_at_the_cap() {
    let huge = format!("#/r/{}", "é".repeat(MAX_FRAGMENT_CHARS * 2));
    match Route::parse(&huge) {
        Route::SharedResult(payload) => assert!(payload.chars().count() < MAX_FRAGMENT_CHARS),
        other => panic!("expected a shared result, got {other:?}"),
    }
}

#[test]
fn every_route_has_a_distinct_title() {
    let titles: std::collections::HashSet<String> = [
        Route::Home,
        Route::Assessment,
        Route::AssessmentResults,
        Route::History(None),
        Route::History(Some(String::new())),
        Route::Quiz,
        Route::YourData,
        Route::Method,
        Route::SharedResult(String::new()),
        Route::Team(None),
        Route::NotFound(String::new()),
    ]
    .iter()
    .map(Route::title)
    .collect();
    assert_eq!(titles.len(), 11);
}
