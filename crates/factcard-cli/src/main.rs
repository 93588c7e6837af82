//! `factcard-cli`: the command-line face of factcard-core. Starts things only; see `lib.rs`.
fn main() {
    std::process::exit(factcard_cli::run(std::env::args().skip(1).collect()));
}
