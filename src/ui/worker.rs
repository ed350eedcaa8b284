//! The reader's background jobs by name.

/// Which background job failed, for the message and for what the app gives up waiting on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Worker {
    Loader,
    Reader,
    Layout,
    Placer,
    Anchorer,
    Saver,
    Search,
    Views,
    Corrector,
}

impl Worker {
    pub fn label(self) -> &'static str {
        match self {
            Worker::Loader => "loader",
            Worker::Reader => "article reader",
            Worker::Layout => "layout",
            Worker::Placer => "notes placer",
            Worker::Anchorer => "notes anchorer",
            Worker::Saver => "reading-state saver",
            Worker::Search => "search",
            Worker::Views => "archive views",
            Worker::Corrector => "corrections writer",
        }
    }
}
