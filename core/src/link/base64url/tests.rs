use super::*;

#[test]
fn the_rfc_4648_examples_encode_without_padding() {
    let examples = [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")];
    for (plain, text) in examples {
        assert_eq!(encode(plain.as_bytes()), text);
        assert_eq!(decode(text), Ok(plain.as_bytes().to_vec()));
    }
}

#[test]
fn the_two_url_safe_characters_stand_for_62_and_63() {
    assert_eq!(encode(&[0xFB, 0xFF]), "-_8");
}

#[test]
fn set_unused_bits_in_the_last_character_are_refused() {
    assert_eq!(decode("Zh"), Err(LinkError::CheckFailed));
}
