//! Entry point of the factcard WebAssembly module: sets the panic hook and starts the cards.
/// The heap allocator: TLSF in its build for size (rlsf), 2.2 KB brotli less than Rust's default
/// dlmalloc, for extraction about 5% slower in the browser (measured on the 13 fixture texts).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

fn main() {
    factcard::panic::set_hook();
    factcard::start();
}
