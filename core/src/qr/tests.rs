use super::*;

#[test]
fn a_link_becomes_a_square_drawing_with_a_quiet_zone() {
    let drawing = draw("https://example.org/culture-check/#/r/AQEAAGhHk3Y").expect("short links fit");
    // Version 3 (29 modules) or so for a link this long, plus 4 modules of quiet zone each side.
    assert!(drawing.size >= 21 + 8);
    assert!(drawing.path.starts_with("M4,4h7v1h-7z"), "the top-left finder pattern opens the path");
}

#[test]
fn the_same_text_always_draws_the_same_code() {
    assert_eq!(draw("culture"), draw("culture"));
    assert_ne!(draw("culture"), draw("Culture"));
}

#[test]
fn text_too_long_for_any_code_gives_none_instead_of_failing() {
    assert_eq!(draw(&"x".repeat(5000)), None);
}
