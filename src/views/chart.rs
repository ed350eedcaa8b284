//! Text charts of counts, for the command line and the reader alike.

/// The largest of `counts`, at least 1 (what a chart's bars are scaled to).
pub fn largest(counts: impl IntoIterator<Item = u64>) -> u64 {
    counts.into_iter().max().unwrap_or(0).max(1)
}

/// A bar of `█` for `count` on a chart whose largest count `most` is `width` long; any count
/// above zero shows.
pub fn bar(count: u64, most: u64, width: u64) -> String {
    "█".repeat((count * width).div_ceil(most.max(1)) as usize)
}

/// One character per count, its height in eighths of the largest: blank for none.
pub fn sparkline(counts: &[u64]) -> String {
    const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let most = largest(counts.iter().copied());
    counts
        .iter()
        .map(|&n| match n {
            0 => ' ',
            n => LEVELS[((n * 8).div_ceil(most) as usize).clamp(1, 8) - 1],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_sparklines_scale_to_the_largest_count() {
        assert_eq!(largest([]), 1);
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 1000, 4), "█", "any count shows");
        assert_eq!(bar(0, 10, 4), "");
        assert_eq!(sparkline(&[0, 1, 8, 4]), " ▁█▄");
    }
}
