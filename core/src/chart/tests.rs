use super::*;
use proptest::prelude::*;

#[test]
fn the_first_axis_points_straight_up() {
    assert_eq!(point(0, 7, 100.0), Point { x: 0.0, y: -RADIUS });
}

#[test]
fn axes_go_round_clockwise() {
    let second = point(1, 4, 100.0);
    assert_eq!(second, Point { x: RADIUS, y: 0.0 });
    assert_eq!(point(2, 4, 100.0), Point { x: 0.0, y: RADIUS });
}

#[test]
fn a_score_of_zero_sits_at_the_centre() {
    assert_eq!(point(3, 7, 0.0), Point { x: 0.0, y: 0.0 });
}

#[test]
fn scores_outside_the_scale_are_clamped() {
    assert_eq!(point(0, 5, 250.0), point(0, 5, 100.0));
    assert_eq!(point(0, 5, -3.0), point(0, 5, 0.0));
}

#[test]
fn a_polygon_lists_one_point_per_axis() {
    assert_eq!(polygon(&[Some(100), Some(50), None, Some(50)]), "0,-100 50,0 0,0 -50,0");
}

#[test]
fn labels_on_the_right_start_at_their_anchor_and_on_the_left_end_there() {
    assert_eq!(label_position(0, 4).1, Anchor::Middle);
    assert_eq!(label_position(1, 4).1, Anchor::Start);
    assert_eq!(label_position(3, 4).1, Anchor::End);
}

#[test]
fn labels_wrap_at_spaces_within_the_width() {
    assert_eq!(
        wrap_label("Customer empathy and user understanding", 16),
        ["Customer empathy", "and user", "understanding"]
    );
    assert_eq!(wrap_label("Outcomes", 4), ["Outcomes"]);
    assert!(wrap_label("   ", 10).is_empty());
}

#[test]
fn svg_numbers_have_at_most_two_decimals_and_no_trailing_zeros() {
    assert_eq!(svg_number(0.0), "0");
    assert_eq!(svg_number(-0.001), "0");
    assert_eq!(svg_number(100.0), "100");
    assert_eq!(svg_number(-30.9), "-30.9");
    assert_eq!(svg_number(95.105_7), "95.11");
    assert_eq!(svg_number(-0.5), "-0.5");
    assert_eq!(svg_number(3.05), "3.05");
    assert_eq!(svg_number(98.110_000_000_000_01), "98.11");
}

proptest! {
    #[test]
    fn svg_numbers_read_as_display_does_for_rounded_values(hundredths in -100_000i64..100_000) {
        let value = hundredths as f64 / 100.0;
        prop_assert_eq!(svg_number(value), format!("{}", round(value)));
    }

    #[test]
    fn every_point_lies_within_the_outer_ring(axis in 0usize..12, axes in 1usize..12, score in -500.0f64..500.0) {
        let at = point(axis, axes, score);
        prop_assert!((at.x * at.x + at.y * at.y).sqrt() <= RADIUS + 0.01);
    }

    #[test]
    fn wrapping_keeps_every_word_in_order(text in "[a-z ]{0,60}", width in 1usize..30) {
        let words: Vec<&str> = text.split_whitespace().collect();
        let lines = wrap_label(&text, width);
        let rejoined = lines.join(" ");
        prop_assert_eq!(rejoined.split_whitespace().collect::<Vec<_>>(), words);
    }
}
