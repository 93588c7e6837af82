//! Entry point of the factcard WebAssembly module: sets the panic hook and starts the cards.
fn main() {
    factcard::panic::set_hook();
    factcard::start();
}
