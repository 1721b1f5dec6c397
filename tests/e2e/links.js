// Result links for the end-to-end tests: payloads pinned in core/src/shared_result/tests/pinned_results.rs,
// and a forger that frames any bytes with a valid check value (docs/result-links.md), so the tests can
// reach the checks that come after it.

/** Ana – Product, 23 November 2026: 46 overall, read as Mixed or undecided (held back by strategic voice). */
export const ANA = 'EQEEISM62NonWxtE62NonWxtAA9BbmEg4oCTIFByb2R1Y3Q4Mw';
/** Unlabelled, "Neither agree nor disagree" throughout: 50 everywhere, read as Mixed or undecided. */
export const UNDECIDED = 'EQEEISNtttttttttttttttttgABSBg';
/** Unlabelled, twelve statements answered: three pillars measured, stage not determined. */
export const PARTIAL = 'EQEEISO222220AAAAAAAAAAAAADVQQ';
/** Sam's quiz: 7 of 10. */
export const SAM_QUIZ = 'EgEEIAoK3UADU2Ft5zw';
/** The team "Leadership offsite" from the format's examples: 3 people. */
export const OFFSITE_TEAM = 'ExJMZWFkZXJzaGlwIG9mZnNpdGUDAQQgBQKR4gNBbmFSBgABBCEFAZHiA0Jlbqp7';

function crc16(bytes) {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The payload of exactly these bytes followed by their correct check value. */
export function forge(bytes) {
  const crc = crc16(bytes);
  const framed = Buffer.from([...bytes, crc >> 8, crc & 0xff]);
  return framed.toString('base64url');
}

/** The payload with one character changed to another of the alphabet (a typo). */
export function mistype(payload, at = 10) {
  const replacement = payload[at] === 'A' ? 'B' : 'A';
  return payload.slice(0, at) + replacement + payload.slice(at + 1);
}

/** How many slots content version 1 had (0–34): every link made with it carries exactly these. */
export const V1_SLOTS = 35;

/** An assessment payload: content version 1, 23 November 2026, one answer code (0–6) per slot. */
export function assessmentPayload(codes, label = '') {
  const packed = new Uint8Array(Math.ceil((codes.length * 3) / 8));
  codes.forEach((code, slot) => {
    for (let bit = 0; bit < 3; bit++) {
      if (code & (4 >> bit)) {
        const at = slot * 3 + bit;
        packed[at >> 3] |= 0x80 >> (at & 7);
      }
    }
  });
  const name = Buffer.from(label, 'utf8');
  return forge([0x11, 1, 0x04, 0x21, codes.length, ...packed, name.length, ...name]);
}

/** The link codes of the parts of the company (docs/result-links.md, format version 2). */
export const ROLE_CODES = { leadership: 1, 'product-engineering': 2, 'go-to-market': 3, 'operations-other': 4 };

/** An assessment payload in format version 2: as `assessmentPayload`, from part of the company `role`. */
export function assessmentPayloadFrom(role, codes, label = '') {
  const all = [ROLE_CODES[role], ...codes];
  const packed = new Uint8Array(Math.ceil((all.length * 3) / 8));
  all.forEach((code, position) => {
    for (let bit = 0; bit < 3; bit++) {
      if (code & (4 >> bit)) {
        const at = position * 3 + bit;
        packed[at >> 3] |= 0x80 >> (at & 7);
      }
    }
  });
  const name = Buffer.from(label, 'utf8');
  return forge([0x21, 1, 0x04, 0x21, codes.length, ...packed, name.length, ...name]);
}
