//! Times the whole extraction, then each stage alone, on the seed article repeated N times
//! (profiling aid; `stages N extract` runs only the whole extraction).
use factcard_core::extract::*;
use std::time::Instant;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let seed = std::fs::read_to_string("tests/fixtures/seed/article.txt").unwrap_or_default();
    let text = vec![seed.as_str(); n].join("\n");
    let a = factcard_core::Article::from_text(&text);
    // `stages N extract`: only the whole extraction, as the card runs it (for callgrind).
    let options = factcard_core::Options {
        published: factcard_core::Date::new(2022, 11, 22),
        ..factcard_core::Options::default()
    };
    let t = Instant::now();
    let sheet = factcard_core::extract(&a, &options);
    println!("extract    {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    std::hint::black_box(&sheet);
    if std::env::args().nth(2).as_deref() == Some("extract") {
        return;
    }
    let t = Instant::now();
    let s = sentence::split(&a.paragraphs);
    println!("split      {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let p = person::people(&s);
    println!("people     {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let o = organization::organizations(&s, &p);
    println!("orgs       {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _e = date::events(&s, factcard_core::Date::new(2022, 11, 22));
    println!("dates      {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _f = figure::figures(&s);
    println!("figures    {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _q = quote::quotes_with(&s, &p, &o);
    println!("quotes     {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _so = source::sources(&s, &p, &o);
    println!("sources    {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
}
