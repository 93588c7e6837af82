//! The card's Leptos views. They only read a [`crate::state::CardModel`]; every grouping,
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
//!   `data-sentence`.

mod card;
mod figures;
mod key_points;
mod people;
mod quotes;
mod section;
mod sources;
mod timeline;

pub use card::Card;
pub use figures::Figures;
pub use key_points::KeyPoints;
pub use people::People;
pub use quotes::Quotes;
pub use section::Section;
pub use sources::Sources;
pub use timeline::Timeline;
