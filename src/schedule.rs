//! When the page's cards are mounted: in a task of their own soon, ahead of the page's rendering,
//! or after the next frame. Timers and frames are gloo's handles, which cancel when dropped; each
//! kind has one slot here, which holds the handle until it has run (the page schedules one task of
//! each kind at a time). `scheduler.postTask` has no gloo crate, so it is wrapped here too.

use std::cell::RefCell;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;

thread_local! {
    static TIMEOUT: RefCell<Option<Timeout>> = const { RefCell::new(None) };
    static FRAME: RefCell<Option<AnimationFrame>> = const { RefCell::new(None) };
}

/// Runs `task` in a task of its own, after those already queued.
pub fn soon(task: fn()) {
    let timeout = Timeout::new(0, move || {
        // Its handle has done its work; a new one may take the slot (and `task` may schedule it).
        TIMEOUT.with(|slot| slot.borrow_mut().take());
        task();
    });
    TIMEOUT.with(|slot| slot.replace(Some(timeout)));
}

/// Runs `task` in a task of its own after the browser's next frame, so what was just rendered is
/// laid out in that frame. A hidden tab draws no frames, so there it simply runs `soon`.
pub fn after_next_frame(task: fn()) {
    let hidden = web_sys::window().and_then(|window| window.document()).is_none_or(|document| document.hidden());
    if hidden {
        return soon(task);
    }
    let frame = request_animation_frame(move |_| {
        FRAME.with(|slot| slot.borrow_mut().take());
        soon(task);
    });
    FRAME.with(|slot| slot.replace(Some(frame)));
}

#[wasm_bindgen]
extern "C" {
    /// `scheduler.postTask` (Chromium 94, Firefox 142); a browser without it throws.
    #[wasm_bindgen(js_namespace = scheduler, js_name = postTask, catch)]
    fn post_task(task: &JsValue, options: &JsValue) -> Result<JsValue, JsValue>;
}

/// Runs `task` in a task of its own, ahead of the page's rendering and its other tasks where the
/// browser has a task scheduler (`user-blocking` priority), else `soon`. Unlike a chain of
/// `setTimeout(0)`, a chain of these is never clamped to 4 ms a step.
pub fn first(task: fn()) {
    let has_post_task = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into())
        .and_then(|scheduler| js_sys::Reflect::get(&scheduler, &"postTask".into()))
        .is_ok_and(|post_task| post_task.is_function());
    if !has_post_task {
        return soon(task);
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"priority".into(), &"user-blocking".into());
    // Freed once it has run.
    if post_task(&Closure::once_into_js(task), &options).is_err() {
        soon(task);
    }
}
