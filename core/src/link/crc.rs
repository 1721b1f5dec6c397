//! The check value: CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no
//! final XOR). It catches every error confined to 16 consecutive bits, so every single mistyped
//! character, and all but 1 in 65,536 other corruptions.

/// The CRC of `bytes`. Bitwise rather than table-driven: even the longest team link (about 11,000
/// bytes) takes well under a millisecond, and a table would add 512 bytes to the download.
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
mod tests;
