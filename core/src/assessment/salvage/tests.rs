use super::*;

#[test]
fn stored_answers_keep_the_valid_and_count_the_rest() {
    let stored = serde_json::json!({
        "product-at-strategy-table": 4,
        "no-such-statement": 4,
        "product-shapes-markets": 9,
        "deals-override-roadmap": "agree",
        "roadmap-names-the-problem": -1,
        "product-takes-orders": 6,
    });
    let (answers, dropped) = read_answers(&stored, |_| true).expect("an object");
    assert_eq!(answers.len(), 2);
    assert_eq!(answers.get("product-takes-orders"), Some(Answer::DontKnow));
    assert_eq!(dropped, 4);
}

#[test]
fn stored_answers_that_are_not_an_object_are_not_read() {
    assert_eq!(read_answers(&serde_json::json!([4, 5]), |_| true), None);
}
