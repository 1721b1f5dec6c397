//! The camera, for scanning QR codes in the team view: the back camera where there is one, shown in
//! a `<video>` the page provides, and its current frame as greyscale pixels. Refusals are values.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::picture::{self, Greyscale};

/// Why the camera could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    /// This browser (or an insecure page) offers no camera access.
    Unsupported,
    /// The person or the browser said no, or there is no camera.
    Refused,
}

impl CameraProblem {
    pub fn message(self) -> &'static str {
        match self {
            CameraProblem::Unsupported => {
                "This browser does not offer its camera to web pages here. Add the results from a picture or \
                 by pasting their links instead."
            }
            CameraProblem::Refused => {
                "The camera could not be opened: it may be in use, missing, or not allowed for this site. \
                 Allow it in the browser's site settings, or add the results from a picture instead."
            }
        }
    }
}

/// A running camera, shown in its video element until [`Camera::stop`].
pub struct Camera {
    stream: web_sys::MediaStream,
    video: web_sys::HtmlVideoElement,
}

impl Camera {
    /// Asks for the camera (the back one, where there is a choice) and shows it in `video`.
    pub async fn start(video: web_sys::HtmlVideoElement) -> Result<Camera, CameraProblem> {
        let devices = web_sys::window()
            .and_then(|window| window.navigator().media_devices().ok())
            .ok_or(CameraProblem::Unsupported)?;
        let constraints = web_sys::MediaStreamConstraints::new();
        let facing = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&facing, &"facingMode".into(), &"environment".into());
        constraints.set_video(&facing);
        let asking =
            devices.get_user_media_with_constraints(&constraints).map_err(|_| CameraProblem::Unsupported)?;
        let stream: web_sys::MediaStream =
            JsFuture::from(asking).await.map_err(|_| CameraProblem::Refused)?.unchecked_into();
        video.set_src_object(Some(&stream));
        video.set_muted(true);
        if let Ok(playing) = video.play() {
            let _ = JsFuture::from(playing).await;
        }
        Ok(Camera { stream, video })
    }

    /// The frame on screen now, in greyscale, scaled down to at most `max_pixels`; `None` before the
    /// first frame has arrived.
    pub fn frame(&self, max_pixels: usize) -> Option<Greyscale> {
        let (width, height) = (f64::from(self.video.video_width()), f64::from(self.video.video_height()));
        picture::greyscale(width, height, max_pixels, |context, width, height| {
            context.draw_image_with_html_video_element_and_dw_and_dh(&self.video, 0.0, 0.0, width, height)
        })
    }

    /// Turns the camera off (its light goes out) and empties the video.
    pub fn stop(self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
        self.video.set_src_object(None);
    }
}
