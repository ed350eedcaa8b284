//! Copies the write-ahead log into the index file on a thread of its own while a large refresh
//! writes, instead of at the commits of the one writing thread: in a build of 100,000
//! articles that thread is the slowest part, and the checkpoints were a sixth of its work.
//!
//! SQLite starts the log afresh only when a write begins after everything in it was copied.
//! A checkpoint running beside the writer rarely finishes in such a gap, so once the log
//! passes [`LOG_LIMIT`] frames the writer waits for one that copies everything (most of it
//! already copied meanwhile) before its next transaction: the log stays bounded.

use rusqlite::Connection;
use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Log frames (pages; 4 KB each) past which the writer waits for a complete checkpoint.
const LOG_LIMIT: i64 = 16_384;

pub(super) struct Checkpointer {
    requests: Option<mpsc::SyncSender<Request>>,
    answers: mpsc::Receiver<Checkpointed>,
    thread: Option<JoinHandle<()>>,
    /// The log's length at the last checkpoint, in frames.
    log_frames: i64,
    log_limit: i64,
}

#[derive(Clone, Copy)]
enum Request {
    /// Copy what the log holds; the writer goes on.
    Copy,
    /// Copy everything and answer: the writer waits.
    CopyAll,
}

struct Checkpointed {
    log_frames: i64,
    copied_frames: i64,
    /// Whether it answers [`Request::CopyAll`].
    waited_for: bool,
}

impl Checkpointer {
    /// Starts the thread on a connection of its own; `None` if the index cannot be opened
    /// again (the writer's own automatic checkpoints then go on as before).
    pub(super) fn start(index_path: &Path) -> Option<Self> {
        Self::with_limit(index_path, LOG_LIMIT)
    }

    fn with_limit(index_path: &Path, log_limit: i64) -> Option<Self> {
        let connection = Connection::open(index_path).ok()?;
        connection.busy_timeout(Duration::from_secs(5)).ok()?;
        let (requests, received) = mpsc::sync_channel::<Request>(1);
        let (answer, answers) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("index checkpoint".into())
            .spawn(move || {
                for request in received {
                    let waited_for = matches!(request, Request::CopyAll);
                    let reply = checkpoint(&connection).unwrap_or(Checkpointed {
                        log_frames: 0,
                        copied_frames: 0,
                        waited_for,
                    });
                    let reply = Checkpointed {
                        waited_for,
                        ..reply
                    };
                    // The writer reads the log's length to know when to wait.
                    if (waited_for || reply.log_frames > log_limit) && answer.send(reply).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(Checkpointer {
            requests: Some(requests),
            answers,
            thread: Some(thread),
            log_frames: 0,
            log_limit,
        })
    }

    /// After a commit: copy it in the background; if the log has grown past its limit, first
    /// wait until everything in it is copied, so that the next transaction starts it afresh.
    pub(super) fn committed(&mut self) {
        while let Ok(answer) = self.answers.try_recv() {
            self.note(&answer);
        }
        let Some(requests) = &self.requests else {
            return;
        };
        if self.log_frames > self.log_limit {
            if requests.send(Request::CopyAll).is_err() {
                return;
            }
            // Answers to earlier copies may come first.
            while let Ok(answer) = self.answers.recv() {
                self.note(&answer);
                if answer.waited_for {
                    break;
                }
            }
        } else {
            // Full: a copy is already waiting to run, and it will copy this commit too.
            let _ = requests.try_send(Request::Copy);
        }
    }
}

impl Checkpointer {
    /// A copy made while the writer went on says only how long the log has grown: the writer
    /// has committed more since, so the log does not start afresh. A full copy the writer
    /// waited for does, unless a reader still reads an older state of the log (not all
    /// copied); then the writer waits again after its next commit, as SQLite's own
    /// checkpoints would.
    fn note(&mut self, answer: &Checkpointed) {
        let all_copied = answer.copied_frames >= answer.log_frames;
        self.log_frames = if answer.waited_for && all_copied {
            0
        } else {
            answer.log_frames
        };
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.requests.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn checkpoint(connection: &Connection) -> rusqlite::Result<Checkpointed> {
    connection.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        Ok(Checkpointed {
            log_frames: row.get(1)?,
            copied_frames: row.get(2)?,
            waited_for: false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The write-ahead log's size after `transactions` commits of a few pages each.
    fn log_bytes_after(
        transactions: usize,
        checkpointer: impl Fn(&Path) -> Option<Checkpointer>,
    ) -> u64 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        let writer = Connection::open(&path).unwrap();
        writer
            .execute_batch(
                "PRAGMA journal_mode = wal; PRAGMA wal_autocheckpoint = 0;
                 CREATE TABLE t (x BLOB);",
            )
            .unwrap();
        let mut checkpointer = checkpointer(&path);
        for _ in 0..transactions {
            writer
                .execute("INSERT INTO t VALUES (zeroblob(6000))", [])
                .unwrap();
            if let Some(checkpointer) = checkpointer.as_mut() {
                checkpointer.committed();
                // Extraction gives the real writer such pauses; without them a loaded machine
                // may not run the checkpoint thread at all for a while.
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        drop(checkpointer);
        std::fs::metadata(dir.path().join("index.sqlite-wal"))
            .unwrap()
            .len()
    }

    #[test]
    fn the_log_stays_bounded_while_the_writer_checkpoints_nothing_itself() {
        let unbounded = log_bytes_after(300, |_| None);
        let bounded = log_bytes_after(300, |path| Checkpointer::with_limit(path, 40));
        // 300 commits of two or three pages each. The writer learns the log's length from
        // the checkpoints, a few commits late (more on a loaded machine), so the log passes
        // the limit of 40 frames by some; unbounded it would reach 900.
        assert!(bounded * 4 < unbounded, "{bounded} of {unbounded}");
    }
}
