//! Handing freed memory back to the system between the phases of a long job.
//!
//! glibc keeps what a thread frees in that thread's arena for later use, and a phase that
//! allocates much on other threads (a first index build: extraction on every core, the
//! views' tally) leaves tens of megabytes resident but unused. A reader that then builds its
//! catalog would count both in its peak.

/// Returns the allocator's free memory to the system, where the platform allows it.
pub fn return_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of the allocator's own arenas; it reads
    // no pointer of ours and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
