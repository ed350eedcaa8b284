//! Handing freed memory back to the system between the phases of a long job.
//!
//! The allocator (mimalloc, `src/lib.rs`) keeps freed pages for a while for later use, and a
//! phase that allocates much (a first index build: extraction on every core, the views'
//! tally) leaves megabytes resident but unused. A reader that then builds its catalog would
//! count both in its peak.

/// Returns the allocator's free memory to the system.
pub fn return_freed_memory() {
    // SAFETY: mi_collect only frees and releases the allocator's own unused pages; it reads no
    // pointer of ours and may be called from any thread at any time.
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
}
