use super::*;

fn one(scores: &[Option<u8>]) -> Series {
    Series { name: "Yours".to_owned(), scores: scores.to_vec() }
}

#[test]
fn the_radar_draws_every_ring_spoke_and_label() {
    let drawing = radar(&["Up", "Right", "Down"], &[one(&[Some(50), None, Some(100)])], None);
    assert_eq!(drawing.markup.matches("<polygon").count(), RINGS.len() + 1);
    assert_eq!(drawing.markup.matches("<line").count(), 3);
    assert_eq!(drawing.markup.matches("<tspan").count(), 3);
    assert!(drawing.markup.contains(">Right</tspan>"));
}

#[test]
fn the_radar_marks_only_scored_pillars() {
    let drawing = radar(&["Up", "Right", "Down"], &[one(&[Some(50), None, Some(100)])], None);
    assert_eq!(drawing.markup.matches("<circle").count(), 2);
}

#[test]
fn a_second_series_has_square_markers_and_its_own_class() {
    let series = [one(&[Some(50), Some(50), Some(50)]), one(&[Some(20), Some(20), Some(20)])];
    let drawing = radar(&["Up", "Right", "Down"], &series, None);
    assert!(drawing.markup.contains("<g class=\"series-2\""));
    assert_eq!(drawing.markup.matches("<rect").count(), 3);
    assert!(drawing.markup.contains("stroke-dasharray=\"6 4\""));
}

#[test]
fn the_radar_draws_a_band_when_given_one() {
    let band = Band { low: vec![10, 20, 30], high: vec![60, 70, 80] };
    let drawing = radar(&["Up", "Right", "Down"], &[one(&[Some(50), Some(50), Some(50)])], Some(&band));
    assert_eq!(drawing.markup.matches("<path").count(), 1);
}

#[test]
fn the_radar_is_sized_to_its_view_box() {
    let drawing = radar(&["Up", "Right", "Down"], &[], None);
    let view_box: Vec<&str> = drawing.view_box.split(' ').collect();
    assert_eq!(view_box[2], drawing.width);
    assert_eq!(view_box[3], drawing.height);
}

#[test]
fn every_group_and_text_is_closed() {
    let series = [one(&[Some(50), Some(50), Some(50)]), one(&[Some(20), None, Some(20)])];
    let markup = radar(&["Up", "Right", "Down"], &series, None).markup;
    assert_eq!(markup.matches("<g ").count(), markup.matches("</g>").count());
    assert_eq!(markup.matches("<text ").count(), markup.matches("</text>").count());
}

#[test]
fn label_text_is_escaped() {
    let markup = radar(&["R&D <b>"], &[], None).markup;
    assert!(markup.contains("R&amp;D &lt;b>"));
    assert!(!markup.contains("<b>"));
}

/// The bars drawn over the track, each as its paint and place.
fn drawn(markup: &str) -> Vec<&str> {
    markup.split("<rect ").skip(2).map(|rect| rect.trim_end_matches("/>")).collect()
}

#[test]
fn a_bar_runs_from_zero_to_its_score() {
    assert_eq!(
        drawn(&bars(&[Some(50)], None)),
        ["class=\"series-1\" fill=\"currentColor\" y=\"0%\" width=\"50%\" height=\"100%\""]
    );
}

#[test]
fn a_pillar_without_a_score_has_only_its_track() {
    assert!(drawn(&bars(&[None], None)).is_empty());
    assert_eq!(drawn(&bars(&[None, Some(40)], None)).len(), 1);
}

#[test]
fn two_series_get_a_bar_each_one_above_the_other_the_second_dashed() {
    let markup = bars(&[Some(50), Some(70)], None);
    let bars = drawn(&markup);
    assert!(bars[0].ends_with("y=\"0%\" width=\"50%\" height=\"45%\""));
    assert!(bars[1].starts_with("class=\"series-2\""));
    assert!(bars[1].contains("stroke-dasharray"));
    assert!(bars[1].ends_with("y=\"50%\" width=\"70%\" height=\"45%\""));
}

#[test]
fn a_band_spans_from_lowest_to_highest_behind_the_bar() {
    let markup = bars(&[Some(50)], Some((30, 80)));
    let bars = drawn(&markup);
    assert!(bars[0].ends_with("x=\"30%\" width=\"50%\" height=\"100%\""));
    assert!(bars[1].ends_with("y=\"30%\" width=\"50%\" height=\"40%\""));
}

#[test]
fn swatches_show_each_series_marker_shape() {
    assert!(swatch(0).contains("<circle"));
    assert!(swatch(1).contains("<g class=\"series-2\" fill=\"currentColor\"><rect"));
}

#[test]
fn a_trend_joins_each_pair_of_scores_and_marks_each_score() {
    let markup = trend(&[Some(40), Some(50), Some(70)], "4 Oct 2024", "5 Jan 2025");
    let line = markup.split("class=\"series-1\"").nth(1).expect("the scores' group");
    assert_eq!(line.matches("<line").count(), 2);
    assert_eq!(line.matches("<circle").count(), 3);
}

#[test]
fn a_missing_score_leaves_a_gap_in_the_trend() {
    let markup = trend(&[Some(40), None, Some(70)], "a", "b");
    let line = markup.split("class=\"series-1\"").nth(1).expect("the scores' group");
    assert_eq!(line.matches("<line").count(), 0);
    assert_eq!(line.matches("<circle").count(), 2);
}

#[test]
fn a_trend_shows_its_scale_and_its_first_and_latest_dates() {
    let markup = trend(&[Some(40), Some(70)], "4 Oct 2024", "R&D day");
    for text in [">0</text>", ">50</text>", ">100</text>", ">4 Oct 2024</text>", ">R&amp;D day</text>"] {
        assert!(markup.contains(text), "{text}");
    }
}
