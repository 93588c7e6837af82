//! Entry point of the factcard WebAssembly module: sets the panic hook and starts the cards.
fn main() {
    console_error_panic_hook::set_once();
    factcard::start();
}
