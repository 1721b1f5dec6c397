use super::*;
use std::collections::HashSet;

/// The modules a drawing's path paints, read back from its `M{x},{y}h{run}v1h-{run}z` rectangles.
fn painted(path: &str) -> HashSet<(i32, i32)> {
    let number = |text: &str| text.parse::<i32>().expect("the path holds whole numbers");
    path.split_terminator('z')
        .flat_map(|rectangle| {
            let (corner, rest) = rectangle.trim_start_matches('M').split_once('h').expect("a run");
            let (x, y) = corner.split_once(',').expect("a corner");
            let run = rest.split_once('v').expect("one module high").0;
            let (x, y) = (number(x), number(y));
            (x..x + number(run)).map(move |x| (x, y))
        })
        .collect()
}

#[test]
fn the_drawing_paints_exactly_the_dark_modules_inside_a_quiet_zone() {
    let link = "https://example.org/culture-check/#/r/AQEAAGhHk3Y";
    let code = QrCode::encode_text(link, QrCodeEcc::Medium).expect("short links fit");
    let drawing = draw(link).expect("short links fit");
    assert_eq!(drawing.size, code.size() + 2 * QUIET_ZONE);
    let dark: HashSet<(i32, i32)> = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .filter(|&(x, y)| code.get_module(x, y))
        .map(|(x, y)| (x + QUIET_ZONE, y + QUIET_ZONE))
        .collect();
    assert_eq!(painted(&drawing.path), dark);
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
