//! The reader against random pictures: whatever the pixels, an answer in time and never a panic; and
//! drawn codes, turned, inverted or laid on transparency, read back.

use super::pictures::{as_rgba, finder_grid, in_perspective, timed, timed_rgba, LINK};
use super::rendered;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn random_pixels_get_an_answer_and_never_a_panic(
        width in 1_usize..400,
        height in 1_usize..400,
        seed in any::<u64>(),
    ) {
        let mut state = seed | 1;
        let luma: Vec<u8> = (0..width * height)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 56) as u8
            })
            .collect();
        let _ = timed(width, height, &luma);
    }

    #[test]
    fn random_rgba_bytes_get_an_answer_and_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..20_000), width in 1_usize..100) {
        let height = bytes.len() / 4 / width;
        let _ = timed_rgba(width, height, &bytes[..width * height * 4]);
    }

    #[test]
    fn sheets_of_finder_squares_get_an_answer_and_never_a_panic(side in 100_usize..700, module in 2_usize..12) {
        let _ = timed(side, side, &finder_grid(side, module));
    }

    // A slight tilt: each corner up to 12 px off a 360 px square. Stronger distortions (25–40 px) are
    // not all read yet; the next property holds them to an answer in time and no panic.
    #[test]
    fn a_code_at_any_moderate_angle_reads_back(jitter in proptest::array::uniform8(-12.0_f64..12.0)) {
        let (side, luma) = rendered(LINK, 4, 0);
        let corners = [
            (60.0 + jitter[0], 60.0 + jitter[1]),
            (420.0 + jitter[2], 60.0 + jitter[3]),
            (420.0 + jitter[4], 420.0 + jitter[5]),
            (60.0 + jitter[6], 420.0 + jitter[7]),
        ];
        let seen = in_perspective(&luma, side, corners, 480, 480);
        prop_assert_eq!(timed(480, 480, &seen), Ok(vec![LINK.to_owned()]));
    }

    #[test]
    fn any_perspective_at_all_gets_an_answer_and_never_a_panic(corners in proptest::array::uniform8(-200.0_f64..700.0)) {
        let (side, luma) = rendered(LINK, 3, 0);
        let corners = [(corners[0], corners[1]), (corners[2], corners[3]), (corners[4], corners[5]), (corners[6], corners[7])];
        let _ = timed(480, 480, &in_perspective(&luma, side, corners, 480, 480));
    }

    #[test]
    fn a_code_inverted_or_on_transparency_reads_back(scale in 2_usize..7, offset in 0_usize..40, light_on_clear in any::<bool>()) {
        let (side, luma) = rendered(LINK, scale, offset);
        let inverted: Vec<u8> = luma.iter().map(|grey| 255 - grey).collect();
        prop_assert_eq!(timed(side, side, &inverted), Ok(vec![LINK.to_owned()]));
        let rgba = if light_on_clear {
            as_rgba(&luma, |grey| if grey < 128 { 0 } else { 255 })
        } else {
            as_rgba(&luma, |grey| if grey < 128 { 255 } else { 0 })
        };
        prop_assert_eq!(timed_rgba(side, side, &rgba), Ok(vec![LINK.to_owned()]));
    }
}
