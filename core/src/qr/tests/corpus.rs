//! zxing's public photos of QR codes (core/tests/zxing-blackbox, Apache 2.0): none stops the reader
//! or keeps it long, and most are read.

use super::pictures::timed;
use std::path::{Path, PathBuf};

/// A corpus picture in greyscale: width, height and one byte a pixel.
fn greyscale(path: &Path) -> (usize, usize, Vec<u8>) {
    let file = std::fs::File::open(path).expect("the corpus picture exists");
    let mut decoder = png::Decoder::new(file);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("a PNG frame");
    let (width, height) = (info.width as usize, info.height as usize);
    let channels = info.color_type.samples();
    let luma = pixels[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|pixel| match pixel {
            [grey] | [grey, _] => *grey,
            [r, g, b, ..] => ((u32::from(*r) * 299 + u32::from(*g) * 587 + u32::from(*b) * 114) / 1000) as u8,
            [] => 0,
        })
        .collect();
    (width, height, luma)
}

fn corpus() -> Vec<(PathBuf, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/zxing-blackbox");
    let mut pictures: Vec<(PathBuf, String)> = std::fs::read_dir(&folder)
        .expect("the corpus folder exists")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "png"))
        .map(|path| {
            let expected =
                std::fs::read_to_string(path.with_extension("txt")).expect("each picture has its text");
            (path, expected)
        })
        .collect();
    pictures.sort();
    pictures
}

#[test]
fn the_picture_that_stopped_the_reader_now_gets_an_answer() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/zxing-blackbox/qrcode-6-7.png");
    let (width, height, luma) = greyscale(&path);
    // rqrr 0.11.0 panics here (WanzenBug/rqrr#54); the patched copy answers either way.
    let _ = timed(width, height, &luma);
}

#[test]
fn every_corpus_picture_gets_an_answer_in_time_and_most_are_read() {
    let pictures = corpus();
    assert!(pictures.len() >= 19, "{} pictures", pictures.len());
    let mut read_right = 0;
    for (path, expected) in &pictures {
        let (width, height, luma) = greyscale(path);
        if let Ok(texts) = timed(width, height, &luma) {
            assert!(
                texts.iter().all(|text| text == expected.trim_end_matches('\n') || text == expected),
                "{path:?}: {texts:?}"
            );
            read_right += 1;
        }
    }
    assert!(read_right * 2 >= pictures.len(), "{read_right} of {} read", pictures.len());
}
