//! Entry point: mount the app; nothing else.

fn main() {
    culture_check::start();
}
