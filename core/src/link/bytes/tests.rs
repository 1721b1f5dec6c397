use super::*;

#[test]
fn three_bit_codes_pack_most_significant_bit_first() {
    let mut out = Vec::new();
    pack([1, 2, 3], 3, &mut out);
    // 001 010 011 then seven zero bits.
    assert_eq!(out, vec![0b0010_1001, 0b1000_0000]);
}

#[test]
fn packed_codes_unpack_to_themselves() {
    let codes = vec![6, 0, 5, 1, 4, 2, 3, 6, 6];
    let mut out = Vec::new();
    pack(codes.iter().copied(), 3, &mut out);
    assert_eq!(out.len(), packed_len(codes.len(), 3));
    assert_eq!(unpack(&mut Reader::new(&out), codes.len(), 3), Ok(codes));
}

#[test]
fn filler_bits_that_are_set_are_refused() {
    assert_eq!(unpack(&mut Reader::new(&[0b0010_1001, 0b1000_0001]), 3, 3), Err(LinkError::LeftoverBits));
}

#[test]
fn reading_past_the_end_is_truncation() {
    let mut reader = Reader::new(&[7]);
    assert_eq!(reader.u16(), Err(LinkError::Truncated));
}
