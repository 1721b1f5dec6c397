use super::*;

#[test]
fn the_standard_check_string_gives_the_catalogued_value() {
    assert_eq!(crc16(b"123456789"), 0x29B1);
}

#[test]
fn nothing_checks_to_the_initial_value() {
    assert_eq!(crc16(&[]), 0xFFFF);
}
