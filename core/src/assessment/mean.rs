//! The one way an average is rounded.

/// The mean of scores in 0–100, rounded half up; `None` for no scores. Every average the site shows
/// (pillar, overall, the stage's bounds, a team's and a group's averages) rounds this one way.
pub fn rounded_mean(scores: impl IntoIterator<Item = u8>) -> Option<u8> {
    let (sum, count) =
        scores.into_iter().fold((0u32, 0u32), |(sum, count), score| (sum + u32::from(score), count + 1));
    (count > 0).then(|| u8::try_from((sum * 2 + count) / (count * 2)).unwrap_or(100))
}
