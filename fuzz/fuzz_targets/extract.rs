//! Arbitrary bytes → an article (UTF-8-lossy text split into paragraphs) and options (a
//! publication date and a key-point limit taken from the first bytes) → `extract`.
//! Checks: no panic, every index and span fits, the sheet validates and round-trips through JSON
//! unchanged, and a second run gives the same sheet.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/factcard-core/tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let (article, options) = invariants::article_and_options(data);
    invariants::extract_checked(&article, &options);
});
