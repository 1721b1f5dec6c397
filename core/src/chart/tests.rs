use super::*;
use crate::content::assessment::PILLARS;
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
    let anchors: Vec<Anchor> =
        axis_labels(&["Up", "Right", "Down", "Left"]).iter().map(|l| l.anchor).collect();
    assert_eq!(anchors, [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]);
}

#[test]
fn labels_above_the_centre_grow_upwards_and_those_below_downwards() {
    let labels = axis_labels(&["Two words here and more", "", "Two words here and more", ""]);
    let (top, bottom) = (&labels[0], &labels[2]);
    assert!(top.lines.len() > 1);
    assert!(top.bounds.bottom < -RADIUS);
    assert!(bottom.bounds.top > RADIUS);
}

fn pillar_names() -> Vec<&'static str> {
    PILLARS.iter().map(|pillar| pillar.name).collect()
}

#[test]
fn the_pillar_labels_never_overlap_one_another() {
    let labels = axis_labels(&pillar_names());
    for (index, label) in labels.iter().enumerate() {
        for other in &labels[index + 1..] {
            assert!(!label.bounds.overlaps(&other.bounds), "{:?} overlaps {:?}", label.lines, other.lines);
        }
    }
}

#[test]
fn the_view_box_holds_every_label_and_the_outer_ring() {
    let labels = axis_labels(&pillar_names());
    let view = view_box(&labels);
    for label in &labels {
        assert!(view.left <= label.bounds.left && label.bounds.right <= view.right, "{:?}", label.lines);
        assert!(view.top <= label.bounds.top && label.bounds.bottom <= view.bottom, "{:?}", label.lines);
    }
    assert!(view.left <= -RADIUS - MARKER && view.bottom >= RADIUS + MARKER);
    assert_eq!(
        (view.left.fract(), view.top.fract(), view.right.fract(), view.bottom.fract()),
        (0.0, 0.0, 0.0, 0.0)
    );
}

#[test]
fn with_seven_pillars_the_rings_from_50_up_are_labelled_and_25_is_not() {
    let rings: Vec<u8> = ring_labels(7).into_iter().map(|(ring, _)| ring).collect();
    assert_eq!(rings, [50, 75, 100]);
}

#[test]
fn ring_labels_sit_between_the_last_axis_and_the_first() {
    for (_, at) in ring_labels(7) {
        assert!(at.x < 0.0 && at.y < 0.0);
    }
}

#[test]
fn a_single_bar_fills_its_row_and_two_share_it() {
    assert_eq!(bar_lane(0, 1, false), (0, 100));
    assert_eq!(bar_lane(0, 2, false), (0, 45));
    assert_eq!(bar_lane(1, 2, false), (50, 45));
}

#[test]
fn beside_a_band_a_bar_runs_through_the_middle() {
    assert_eq!(bar_lane(0, 1, true), (30, 40));
}

#[test]
fn a_span_runs_from_the_lower_to_the_higher_score_within_the_scale() {
    assert_eq!(span(30, 70), (30, 40));
    assert_eq!(span(70, 30), (30, 40));
    assert_eq!(span(90, 200), (90, 10));
    assert_eq!(span(50, 50), (50, 0));
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

#[test]
fn scores_over_time_spread_from_left_to_right_oldest_first() {
    let xs: Vec<f64> = (0..3).map(|index| trend_point(index, 3, 50).0).collect();
    assert_eq!(xs, [4.0, 45.0, 86.0]);
}

#[test]
fn a_single_score_over_time_sits_in_the_middle() {
    assert_eq!(trend_point(0, 1, 50).0, 45.0);
}

#[test]
fn higher_scores_over_time_sit_higher_and_the_scale_is_clamped() {
    assert!(trend_y(80) < trend_y(20));
    assert_eq!(trend_y(200), trend_y(100));
    assert!(trend_y(100) > 0.0 && trend_y(0) < TREND_HEIGHT);
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
    fn no_ring_label_covers_a_data_point(axes in 3usize..13, axis in 0usize..13, score in 0u8..=100) {
        let point = point(axis % axes, axes, f64::from(score));
        for (ring, at) in ring_labels(axes) {
            prop_assert!(!ring_label_bounds(ring, at).overlaps(&Rect::around(point, MARKER)));
        }
    }

    #[test]
    fn axis_labels_stay_clear_of_the_outer_ring(axes in 1usize..13, words in "[a-z]{1,12}( [a-z]{1,12}){0,5}") {
        let labels = vec![words.as_str(); axes];
        for label in axis_labels(&labels) {
            prop_assert!(label.bounds.distance_from_centre() > RADIUS + MARKER, "{:?}", label);
        }
    }

    #[test]
    fn wrapping_keeps_every_word_in_order(text in "[a-z ]{0,60}", width in 1usize..30) {
        let words: Vec<&str> = text.split_whitespace().collect();
        let lines = wrap_label(&text, width);
        let rejoined = lines.join(" ");
        prop_assert_eq!(rejoined.split_whitespace().collect::<Vec<_>>(), words);
    }
}
