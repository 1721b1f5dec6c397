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

/// A drawing as an image would show it: `scale` pixels per module, dark on light, with an `offset`
/// of light pixels around it (the rest of a screenshot).
fn rendered(text: &str, scale: usize, offset: usize) -> (usize, Vec<u8>) {
    let drawing = draw(text).expect("the text fits a code");
    let dark = painted(&drawing.path);
    let modules = usize::try_from(drawing.size).expect("a positive size");
    let side = modules * scale + 2 * offset;
    let luma = (0..side * side)
        .map(|index| {
            let (x, y) = (index % side, index / side);
            let module = |pixel: usize| pixel.checked_sub(offset).map(|inside| inside / scale);
            match (module(x), module(y)) {
                (Some(mx), Some(my)) if mx < modules && my < modules => {
                    let (mx, my) = (i32::try_from(mx).unwrap_or(0), i32::try_from(my).unwrap_or(0));
                    if dark.contains(&(mx, my)) {
                        20
                    } else {
                        235
                    }
                }
                _ => 235,
            }
        })
        .collect();
    (side, luma)
}

#[test]
fn a_drawn_code_reads_back_as_its_text() {
    let link = "https://example.org/culture-check/#/r/EQEEISM62NonWxtE62NonWxtAA9BbmEg4oCTIFByb2R1Y3Q4Mw";
    let (side, luma) = rendered(link, 4, 37);
    assert_eq!(read(side, side, &luma), Ok(vec![link.to_owned()]));
}

#[test]
fn an_image_without_a_code_or_with_the_wrong_size_is_told_not_read() {
    assert_eq!(read(40, 30, &[235; 1200]), Err(QrReadError::NoCode));
    assert_eq!(read(40, 30, &[235; 1199]), Err(QrReadError::BadImage));
    assert_eq!(read(0, 30, &[]), Err(QrReadError::BadImage));
    assert_eq!(read(usize::MAX, 2, &[]), Err(QrReadError::BadImage));
    assert_eq!(read(5_000, 5_000, &[]), Err(QrReadError::BadImage));
}

#[test]
fn each_chosen_picture_is_reported_by_its_file_name_with_what_it_held() {
    let two = Ok(vec!["a".to_owned(), "b".to_owned()]);
    assert_eq!(picture_outcome("team.png", &two), "\u{201c}team.png\u{201d}: 2 QR codes read.");
    assert_eq!(
        picture_outcome("ana.png", &Ok(vec!["a".to_owned()])),
        "\u{201c}ana.png\u{201d}: 1 QR code read."
    );
}

#[test]
fn a_picture_that_held_no_code_is_reported_with_the_reason() {
    let line = picture_outcome("blank.png", &Err(QrReadError::NoCode));
    assert!(
        line.starts_with("\u{201c}blank.png\u{201d}: No QR code could be read in this picture."),
        "{line}"
    );
}

#[test]
fn every_error_goes_by_a_name_the_reader_sends_back() {
    for error in [QrReadError::NoCode, QrReadError::BadImage, QrReadError::TooSlow, QrReadError::Failed] {
        assert_eq!(QrReadError::from_name(error.name()), Some(error));
    }
    assert_eq!(QrReadError::from_name("on fire"), None);
}

#[test]
fn no_message_carries_a_run_of_spaces() {
    for error in [QrReadError::NoCode, QrReadError::BadImage, QrReadError::TooSlow, QrReadError::Failed] {
        assert!(!error.message().contains("  "), "{:?}", error.message());
        assert!(error.message().contains("picture"), "{:?}", error.message());
    }
}

mod corpus;
mod fuzz;
mod pictures;

#[test]
fn a_camera_frame_without_a_code_says_nothing_and_a_frame_that_failed_says_it_was_skipped() {
    assert_eq!(QrReadError::NoCode.frame_message(), None);
    for error in [QrReadError::TooSlow, QrReadError::Failed] {
        let message = error.frame_message().expect("a message");
        assert!(
            message.contains("picture") && message.contains("skipped") && !message.contains("  "),
            "{message}"
        );
    }
}

#[test]
fn a_picture_larger_than_its_budget_is_drawn_smaller_and_one_that_fits_as_it_is() {
    let (width, height) = size_within(6000, 4000, MAX_READ_PIXELS);
    assert_eq!((width, height), (5016, 3344));
    assert!(width as usize * height as usize <= MAX_READ_PIXELS);
    assert_eq!(size_within(640, 480, FRAME_PIXELS), (640, 480));
    assert_eq!(size_within(0, 0, 10), (0, 0));
}

#[test]
fn a_skipped_frame_is_said_at_once_and_stays_said_long_enough_to_read() {
    let failed = Some(QrReadError::Failed);
    let shown = QrReadError::frame_notice(None, failed, 1_000.0);
    assert_eq!(shown, Some((QrReadError::Failed, 1_000.0)));
    // A quiet frame soon after leaves the words up; one after the time to read them clears them.
    assert_eq!(QrReadError::frame_notice(shown, None, 1_500.0), shown);
    assert_eq!(
        QrReadError::frame_notice(shown, Some(QrReadError::NoCode), 1_000.0 + FRAME_MESSAGE_SHOWN_MS),
        None
    );
    // Another skipped frame says so anew.
    assert_eq!(
        QrReadError::frame_notice(shown, Some(QrReadError::TooSlow), 2_000.0),
        Some((QrReadError::TooSlow, 2_000.0))
    );
}
