//! One section of the card as a tab panel.

use crate::dom::H;
use crate::state::SectionId;

/// The (empty) tab panel of section `id`, labelled by its tab (`#fc-tab-<slug>`), hidden
/// unless `selected`. Its list is added when the section is first shown (see [`super::card`]).
pub fn section(id: SectionId, selected: bool) -> H {
    H::new("section", id.panel_class())
        .attr("data-section", id.slug())
        .attr("role", "tabpanel")
        .attr("id", id.panel_id())
        .attr("aria-labelledby", id.tab_id())
        .attr("tabindex", "0")
        .flag("hidden", !selected)
}
