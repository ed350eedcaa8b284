//! Containing a panic met while reading one untrusted file, so that a bug triggered by one
//! article costs only that article: the archive goes on loading, and the reader's terminal is
//! left as it is rather than torn down by a panic hook.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static CONTAINING: Cell<bool> = const { Cell::new(false) };
    static PANIC_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `work`; a panic inside it becomes an error naming the panic's message and place
/// instead of unwinding further or printing to the terminal.
pub fn contain_panic<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    install_quiet_hook();
    let was_containing = CONTAINING.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    CONTAINING.set(was_containing);
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        match PANIC_LOCATION.take() {
            Some(location) => format!("{message} at {location}"),
            None => message,
        }
    })
}

/// Whether a panic on this thread now would be contained: a panic hook that restores the
/// terminal must leave it alone then, as the program goes on.
pub fn panic_is_contained() -> bool {
    CONTAINING.get()
}

/// Wraps the current panic hook so that contained panics only record where they happened.
fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if panic_is_contained() {
                let location = info.location().map(|l| l.to_string());
                PANIC_LOCATION.set(location);
            } else {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contained_panic_becomes_an_error_with_its_message_and_place() {
        let error = contain_panic(|| -> u8 { panic!("bad input {}", 7) }).unwrap_err();
        assert!(error.starts_with("bad input 7 at "), "{error}");
        assert!(error.contains("contain.rs"), "{error}");
        assert!(!panic_is_contained(), "containment ends with the work");
        assert_eq!(contain_panic(|| 5), Ok(5));
    }
}
