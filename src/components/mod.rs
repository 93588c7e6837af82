//! The card's views, built with [`crate::dom`]. They only read a [`crate::state::CardModel`]; every grouping,
//! sorting and formatting happens in [`crate::state`].
//!
//! DOM contract (inside the host's open shadow root; browser tests rely on it):
//! - root `.fc-card` (`<section aria-label="Key facts">`), `.fc-card__headline`, `.fc-card__date`,
//!   `.fc-card__message` (empty, error and loading states);
//! - sections `[data-section="key-points|figures|timeline|people|quotes|sources"]`, present only
//!   when they have items;
//! - items `.fc-keypoint`; `.fc-figure` (`.fc-figure__value`, `.fc-figure__counts`);
//!   `.fc-event` (`.fc-event__date`, `.fc-event__text`); `.fc-person` (`.fc-person__name`,
//!   `.fc-person__role`); `.fc-quote` = one speaker's quotations (`.fc-quote__text` each,
//!   one `.fc-quote__speaker`); `.fc-source` (`.fc-source__name`, `.fc-source__status`);
//! - every item with a known source sentence carries it in `title` and its index in
//!   `data-sentence`, and holds a `.fc-prov` disclosure (`.fc-prov__toggle` with
//!   `aria-expanded`; `.fc-prov__body` with `.fc-prov__sentence`, `.fc-prov__show`,
//!   `.fc-prov__link` (a `#:~:text=` link) and `.fc-prov__copy`);
//! - sections are WAI-ARIA tabs: `[role=tablist]` of `[role=tab]#fc-tab-<slug>` buttons
//!   (`aria-selected`, roving `tabindex`, `aria-controls`), panels
//!   `[role=tabpanel]#fc-panel-<slug>[data-section]`, all but the selected one `hidden`;
//! - `.fc-card__toggle` collapses the card (`aria-expanded`), `.fc-card__more` expands a compact
//!   card; a person (`.fc-person__toggle`) opens `.fc-person__details` with `.fc-person__quote`s
//!   and `.fc-person__fact`s; comparable figures get a `.fc-chart` (`role=img`).
//!
//! Trusted Types: every element is made with `createElement` and filled with text nodes, so the
//! card assigns no HTML at all (tests/e2e/security.test.mjs checks it under
//! `require-trusted-types-for 'script'` with no policy).

mod card;
mod figures;
mod key_points;
mod people;
mod provenance;
mod quotes;
mod section;
mod sources;
mod timeline;

pub use card::card;
pub use figures::figures_view;
pub use key_points::key_points_view;
pub use people::people_view;
pub use provenance::fact_source;
pub use quotes::quotes_view;
pub use section::section;
pub use sources::sources_view;
pub use timeline::timeline_view;

use crate::dom::H;
use crate::i18n::Strings;
use crate::state::Provenance;

/// A fact's element `<tag class="class">`, with the sentence it came from (`source`) as its
/// `title` and that sentence's index as `data-sentence`, each when known. A fact without a known
/// sentence takes `fallback` as its `title`, when given.
fn fact_item(tag: &str, class: &str, source: &Provenance, fallback: Option<&str>) -> H {
    let title = source.tooltip().or_else(|| fallback.map(str::to_owned));
    H::new(tag, class)
        .attr_opt("title", title.as_deref())
        .sentence(source.sentence)
}

/// What every view of one card may need: the card's id (for its host and article map, see
/// [`crate::highlight`]) and its strings. [`card`] hands it down as an argument to each view
/// function.
#[derive(Debug, Clone, Copy)]
pub struct CardContext {
    /// The card's id in [`crate::highlight`]'s registry.
    pub id: usize,
    /// The card's UI strings.
    pub t: &'static Strings,
    /// Compact mode: only key points until the reader asks for more.
    pub compact: bool,
}
