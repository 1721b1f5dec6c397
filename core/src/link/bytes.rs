//! Reading and writing the link's bytes: a cursor that reports running out as truncation, and packing
//! small codes (3-bit answers, 1-bit quiz marks) most significant bit first.

use super::LinkError;

/// A cursor over a link's body. Every read that runs past the end is [`LinkError::Truncated`].
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    pub(super) fn byte(&mut self) -> Result<u8, LinkError> {
        Ok(self.take(1)?[0])
    }

    /// A big-endian two-byte number.
    pub(super) fn u16(&mut self) -> Result<u16, LinkError> {
        let pair = self.take(2)?;
        Ok(u16::from_be_bytes([pair[0], pair[1]]))
    }

    /// The next `count` bytes; `take` never hands out fewer than asked.
    pub(super) fn take(&mut self, count: usize) -> Result<&'a [u8], LinkError> {
        if count > self.bytes.len() {
            return Err(LinkError::Truncated);
        }
        let (taken, rest) = self.bytes.split_at(count);
        self.bytes = rest;
        Ok(taken)
    }

    /// Ends the reading: bytes left over mean the link is not what its header says.
    pub(super) fn finish(self) -> Result<(), LinkError> {
        match self.bytes.len() {
            0 => Ok(()),
            count => Err(LinkError::TrailingBytes { count }),
        }
    }
}

/// How many bytes `count` codes of `width` bits take.
pub(super) fn packed_len(count: usize, width: u32) -> usize {
    (count * width as usize).div_ceil(8)
}

/// Packs codes of `width` bits (each below `1 << width`) into bytes, zero bits filling the last byte.
pub(super) fn pack(codes: impl IntoIterator<Item = u8>, width: u32, out: &mut Vec<u8>) {
    let mut pending = 0u32;
    let mut pending_bits = 0;
    for code in codes {
        pending = pending << width | u32::from(code) & ((1 << width) - 1);
        pending_bits += width;
        while pending_bits >= 8 {
            pending_bits -= 8;
            out.push((pending >> pending_bits) as u8);
        }
        pending &= (1 << pending_bits) - 1;
    }
    if pending_bits > 0 {
        out.push((pending << (8 - pending_bits)) as u8);
    }
}

/// Unpacks `count` codes of `width` bits; the filler bits after them must be zero.
pub(super) fn unpack(reader: &mut Reader, count: usize, width: u32) -> Result<Vec<u8>, LinkError> {
    let packed = reader.take(packed_len(count, width))?;
    let mut codes = Vec::with_capacity(count);
    let mut pending = 0u32;
    let mut pending_bits = 0;
    let mut bytes = packed.iter();
    while codes.len() < count {
        if pending_bits < width {
            let byte = bytes.next().ok_or(LinkError::Truncated)?;
            pending = pending << 8 | u32::from(*byte);
            pending_bits += 8;
        }
        pending_bits -= width;
        codes.push((pending >> pending_bits) as u8);
        pending &= (1 << pending_bits) - 1;
    }
    if pending != 0 {
        return Err(LinkError::LeftoverBits);
    }
    Ok(codes)
}

#[cfg(test)]
mod tests;
