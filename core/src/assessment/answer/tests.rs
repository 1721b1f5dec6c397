use super::*;

#[test]
fn the_labels_follow_the_agreement_scale() {
    let labels: Vec<&str> = Answer::ALL.iter().map(|answer| answer.label()).collect();
    assert_eq!(
        labels,
        [
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
            "Don't know"
        ]
    );
}

#[test]
fn each_answer_reads_as_something_the_respondent_did() {
    let phrases: Vec<&str> = Answer::ALL.iter().map(|answer| answer.verb_phrase()).collect();
    assert_eq!(
        phrases,
        [
            "strongly disagreed with",
            "disagreed with",
            "neither agreed nor disagreed with",
            "agreed with",
            "strongly agreed with",
            "did not know about"
        ]
    );
}

#[test]
fn keys_one_to_five_answer_the_scale_and_zero_answers_dont_know() {
    let keys: Vec<char> = Answer::ALL.iter().map(|answer| answer.key()).collect();
    assert_eq!(keys, ['1', '2', '3', '4', '5', '0']);
    for answer in Answer::ALL {
        assert_eq!(Answer::from_key(&answer.key().to_string()), Some(answer));
    }
}

#[test]
fn other_keys_give_no_answer() {
    for key in ["6", "9", "a", "", "10", "-1", "Enter", " 1"] {
        assert_eq!(Answer::from_key(key), None, "{key:?}");
    }
}

#[test]
fn codes_are_pinned_forever() {
    let codes: Vec<u8> = Answer::ALL.iter().map(|answer| answer.code()).collect();
    assert_eq!(codes, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn every_code_reads_back_and_the_rest_read_as_nothing() {
    for answer in Answer::ALL {
        assert_eq!(Answer::from_code(answer.code()), Some(answer));
    }
    assert!([0, 7, 8, 255].iter().all(|&code| Answer::from_code(code).is_none()));
}

#[test]
fn dont_know_has_no_points_and_is_not_scored() {
    assert_eq!(Answer::DontKnow.points(), None);
    assert!(!Answer::DontKnow.is_scored());
    assert_eq!(Answer::StronglyAgree.points(), Some(5));
    assert_eq!(Answer::from_points(0), None);
    assert_eq!(Answer::from_points(6), None);
}

#[test]
fn an_answer_is_stored_as_its_code() {
    assert_eq!(serde_json::to_string(&Answer::Agree).ok().as_deref(), Some("4"));
    assert_eq!(serde_json::from_str::<Answer>("6").ok(), Some(Answer::DontKnow));
    assert!(serde_json::from_str::<Answer>("9").is_err());
    assert!(serde_json::from_str::<Answer>("\"agree\"").is_err());
}
