//! Native extraction throughput and scaling benchmark (issue 5).
//!
//! `cargo run --release -p factcard-cli --example throughput -- [--json] FIXTURES_DIR`
//!
//! Measures, on one core: MB of article text extracted per second over the seed and corpus
//! articles, and the time and peak heap of one extraction of the seed repeated 1× to 100×, so a
//! reader can see that both grow linearly. A benchmark, not a test: it prints, it never fails on
//! a number.

use factcard_core::{extract, Article, Date, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live and peak heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: delegates every call to the system allocator and only updates counters.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "tests/fixtures".to_owned());
    let mut texts: Vec<(String, String)> = Vec::new();
    let seed = std::fs::read_to_string(format!("{dir}/seed/article.txt")).unwrap_or_default();
    texts.push(("seed".into(), seed.clone()));
    if let Ok(entries) = std::fs::read_dir(format!("{dir}/corpus")) {
        let mut names: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        names.sort();
        for p in names {
            if let Ok(t) = std::fs::read_to_string(p.join("article.txt")) {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                texts.push((name.unwrap_or_default(), t));
            }
        }
    }
    if seed.is_empty() {
        eprintln!("throughput: no seed article under {dir}/seed/article.txt");
        std::process::exit(1);
    }
    let options = Options {
        published: Date::parse_iso("2022-11-22"),
        ..Options::default()
    };
    let articles: Vec<Article> = texts.iter().map(|(_, t)| Article::from_text(t)).collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();

    // Throughput: repeat the whole set until at least 2 s have passed.
    let mut runs = 0u32;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) || runs < 3 {
        for a in &articles {
            let sheet = extract(a, &options);
            std::hint::black_box(&sheet);
        }
        runs += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb_per_s = (bytes as f64 * f64::from(runs)) / secs / 1e6;

    // Scaling: the seed repeated k times as one article.
    let mut scaling = Vec::new();
    for k in [1usize, 2, 5, 10, 20, 50, 100] {
        let text = vec![seed.as_str(); k].join("\n");
        let article = Article::from_text(&text);
        let reps = (200 / k).max(3);
        let mut best = f64::MAX;
        let mut peak = 0usize;
        for _ in 0..reps {
            let base = LIVE.load(Ordering::Relaxed);
            PEAK.store(base, Ordering::Relaxed);
            let t = Instant::now();
            let sheet = extract(&article, &options);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            peak = peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(base));
            std::hint::black_box(&sheet);
            drop(sheet);
            best = best.min(ms);
        }
        scaling.push((k, text.len(), best, peak));
    }

    if json {
        let rows: Vec<String> = scaling
            .iter()
            .map(|(k, b, ms, peak)| {
                format!(r#"{{"times":{k},"bytes":{b},"ms":{ms:.3},"peak_heap_bytes":{peak}}}"#)
            })
            .collect();
        println!(
            r#"{{"articles":{},"bytes":{bytes},"runs":{runs},"mb_per_s":{mb_per_s:.2},"scaling":[{}]}}"#,
            articles.len(),
            rows.join(",")
        );
        return;
    }
    println!(
        "native throughput: {mb_per_s:.2} MB/s over {} articles ({bytes} bytes) x {runs} runs",
        articles.len()
    );
    println!();
    println!(
        "{:>6} {:>10} {:>10} {:>10} {:>12} {:>11}  chart (time)",
        "times", "bytes", "ms", "us/KB", "peak heap", "heap/byte"
    );
    let max_ms = scaling.iter().map(|r| r.2).fold(0.0, f64::max).max(1e-9);
    for (k, b, ms, peak) in &scaling {
        let bar = "#".repeat(((ms / max_ms) * 40.0).round() as usize);
        println!(
            "{k:>5}x {b:>10} {ms:>10.3} {:>10.2} {:>12} {:>11.2}  {bar}",
            ms * 1e3 / (*b as f64 / 1024.0),
            peak,
            *peak as f64 / *b as f64
        );
    }
}
