//! The camera, for scanning QR codes in the team view: the back camera where there is one, shown in
//! a `<video>` the page provides, and its current frame as a picture to read. Refusals are values.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::picture::Picture;

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

    /// The video, to read at the frame on screen when it is read; `None` before the first frame has
    /// arrived.
    pub fn frame(&self) -> Option<Picture> {
        (self.video.video_width() > 0 && self.video.video_height() > 0)
            .then(|| Picture::video(self.video.clone()))
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
