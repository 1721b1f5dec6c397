//! The check value: CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no
//! final XOR). It catches every error confined to 16 consecutive bits, so every single mistyped
//! character, and all but 1 in 65,536 other corruptions.

/// The CRC of `bytes`. Bitwise rather than table-driven: links are a few hundred bytes at most.
pub(super) fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { crc << 1 ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_check_string_gives_the_catalogued_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    #[test]
    fn nothing_checks_to_the_initial_value() {
        assert_eq!(crc16(&[]), 0xFFFF);
    }
}
