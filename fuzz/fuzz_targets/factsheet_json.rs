//! Arbitrary bytes → UTF-8-lossy text → `FactSheet::from_json`.
//! Checks: no panic; a sheet that reads has every sentence index, person index and span fitting,
//! only finite figures, and re-serialises to JSON that reads back as the same sheet.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/factcard-core/tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    invariants::json_checked(&String::from_utf8_lossy(data));
});
