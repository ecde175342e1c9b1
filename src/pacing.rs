//! How fast the page's cards are mounted: a pure function of the times the page measured, so it is
//! tested natively (`cargo test`). `page.rs` measures (`Date.now()`), asks, and schedules what this
//! says.
//!
//! Cards are mounted in slices, so a page of a hundred cards never blocks the reader for long: the
//! page's first card alone (the next frame shows it), then as many per task as fit in
//! `TASK_BUDGET_MS` at the pace the cards before them were rendered. Yew renders the cards a task
//! mounts in the microtasks that end it, all at once (its scheduler does not yield between first
//! renders), so the slice size is what keeps each task short; and each slice waits until the last
//! one's cards have rendered, or a slice that did not wait would pile their renders into one task.

/// How long one task may spend mounting and rendering cards before it yields to the browser (it
/// mounts at least one). Slices this short keep every task, with the layout that follows it, under
/// the 50 ms a reader starts to notice.
pub const TASK_BUDGET_MS: f64 = 30.0;
/// How long cards may be rendered without the page drawing a frame: a reader scrolling meanwhile
/// sees a few frames late, not a frozen page.
pub const FRAME_INTERVAL_MS: f64 = 100.0;

/// The page's mounting so far: the last slice, and the last frame the page drew meanwhile. Times
/// are milliseconds (`Date.now()`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pacing {
    /// The last slice.
    slice: Slice,
    /// When the page last finished a frame while cards were being mounted; `None` before the first.
    last_frame: Option<f64>,
}

/// The cards one task mounted, and their renders.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Slice {
    /// When the task began.
    began: f64,
    /// How many cards it mounted.
    mounted: usize,
    /// When the last of them was first rendered.
    rendered: f64,
    /// How many of them are still to render (or leave the page first).
    unrendered: usize,
    /// None of them drew over a server card: they skip layout while off screen, so no frame is
    /// needed between them and the next slice.
    all_from_scratch: bool,
}

/// When the next slice runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextSlice {
    /// In a task straight after, ahead of the page's rendering: a frame in between would only delay
    /// cards nobody can see yet.
    Straight,
    /// After the next frame, which lays out what was drawn (and shows the page's first card).
    AfterFrame,
}

impl Default for Pacing {
    fn default() -> Self {
        Self {
            slice: Slice { began: 0.0, mounted: 0, rendered: 0.0, unrendered: 0, all_from_scratch: true },
            last_frame: None,
        }
    }
}

impl Pacing {
    /// How many cards the next slice may mount: as many as fit in the budget at the last slice's
    /// pace per card, and at least one. With no pace yet, one.
    pub fn slice_size(&self) -> usize {
        let Slice { began, mounted, rendered, .. } = self.slice;
        let per_card =
            if mounted > 0 && rendered > began { (rendered - began) / mounted as f64 } else { TASK_BUDGET_MS };
        ((TASK_BUDGET_MS / per_card) as usize).max(1)
    }

    /// A slice began at `began` and mounted `mounted` cards (`all_from_scratch`: none over server
    /// markup). True when none is left to render, so the next slice may be scheduled at once.
    pub fn mounted(&mut self, began: f64, mounted: usize, all_from_scratch: bool) -> bool {
        self.slice = Slice { began, mounted, rendered: began, unrendered: mounted, all_from_scratch };
        mounted == 0
    }

    /// One card of the slice rendered (or left the page before it could) at `now`. True when it was
    /// the slice's last, so the next slice may be scheduled.
    pub fn rendered_one(&mut self, now: f64) -> bool {
        let unrendered = self.slice.unrendered.saturating_sub(1);
        self.slice = Slice { rendered: now, unrendered, ..self.slice };
        unrendered == 0
    }

    /// The page drew a frame, finished at `now`.
    pub fn framed(&mut self, now: f64) {
        self.last_frame = Some(now);
    }

    /// When the slice after the last one runs, at `now`. Before the page has drawn a frame (the
    /// page's first card was just mounted), it waits for one, so the reader sees that card; cards
    /// drawn over server markup wait for one too (the browser lays them out again); so does every
    /// slice once `FRAME_INTERVAL_MS` have passed without a frame.
    pub fn next_slice(&self, now: f64) -> NextSlice {
        match self.last_frame {
            Some(last_frame) if self.slice.all_from_scratch && now - last_frame < FRAME_INTERVAL_MS => {
                NextSlice::Straight
            }
            _ => NextSlice::AfterFrame,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_slice_is_one_card_and_the_next_follow_the_pace() {
        let mut pacing = Pacing::default();
        assert_eq!(pacing.slice_size(), 1);
        // One card took 10 ms from the slice's start to its render: three fit in the budget.
        assert!(!pacing.mounted(1000.0, 1, true));
        assert!(pacing.rendered_one(1010.0));
        assert_eq!(pacing.slice_size(), 3);
        // Four cards in 20 ms: 5 ms each, six fit.
        pacing.mounted(2000.0, 4, true);
        for at in [2005.0, 2010.0, 2015.0] {
            assert!(!pacing.rendered_one(at), "the slice waits for all its cards");
        }
        assert!(pacing.rendered_one(2020.0));
        assert_eq!(pacing.slice_size(), 6);
    }

    #[test]
    fn a_slow_card_still_lets_one_through() {
        let mut pacing = Pacing::default();
        pacing.mounted(0.0, 2, true);
        pacing.rendered_one(100.0);
        pacing.rendered_one(400.0);
        assert_eq!(pacing.slice_size(), 1);
    }

    #[test]
    fn a_slice_that_mounted_nothing_is_done_at_once() {
        let mut pacing = Pacing::default();
        assert!(pacing.mounted(5.0, 0, true));
        assert_eq!(pacing.slice_size(), 1);
    }

    #[test]
    fn the_pages_first_card_waits_for_a_frame() {
        let mut pacing = Pacing::default();
        pacing.mounted(0.0, 1, true);
        pacing.rendered_one(8.0);
        assert_eq!(pacing.next_slice(9.0), NextSlice::AfterFrame);
        // And any slice before the page's first frame.
        pacing.mounted(10.0, 4, true);
        assert_eq!(pacing.next_slice(11.0), NextSlice::AfterFrame);
    }

    #[test]
    fn cards_drawn_from_scratch_go_straight_on_until_a_frame_is_due() {
        let mut pacing = Pacing::default();
        pacing.framed(100.0);
        pacing.mounted(100.0, 3, true);
        pacing.rendered_one(130.0);
        assert_eq!(pacing.next_slice(130.0), NextSlice::Straight);
        assert_eq!(pacing.next_slice(199.0), NextSlice::Straight);
        assert_eq!(pacing.next_slice(200.0), NextSlice::AfterFrame, "a frame at least every 100 ms");
    }

    #[test]
    fn cards_drawn_over_server_markup_wait_for_a_frame() {
        let mut pacing = Pacing::default();
        pacing.framed(100.0);
        pacing.mounted(100.0, 3, false);
        assert_eq!(pacing.next_slice(110.0), NextSlice::AfterFrame);
    }
}
