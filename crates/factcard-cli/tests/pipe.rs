//! The command line as a shell pipeline runs it.

use std::process::{Command, Stdio};

/// `factcard-cli extract … | head -1` closes the pipe before the JSON is written: the command
/// stops quietly with status 0 instead of panicking on the broken pipe.
#[test]
fn a_closed_pipe_is_not_a_panic() {
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/seed/article.txt"
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_factcard-cli"))
        .args(["extract", "--published", "2022-11-22", article])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the factcard-cli binary starts");
    // Close our end of the pipe before the command writes to it.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("the command ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
