//! Merging markers that would overlap at the current zoom into clusters.

/// Smallest distance between two markers' centres in one lane, in pixels (24 px markers, 4 px
/// apart).
pub const MIN_GAP: f64 = 28.0;

/// What a lane draws at one place: a single event, or a cluster of several.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// One event: its position in time order and its x.
    Single {
        /// Position in the story's time order.
        pos: usize,
        /// Pixels from the track's left edge.
        x: f64,
    },
    /// Several events too close to tell apart.
    Cluster {
        /// Their positions in time order, earliest first.
        members: Vec<usize>,
        /// Where the cluster is drawn: at its first member.
        x: f64,
    },
}

impl Mark {
    /// Where the mark is drawn.
    pub fn x(&self) -> f64 {
        match self {
            Mark::Single { x, .. } | Mark::Cluster { x, .. } => *x,
        }
    }
}

/// Groups one lane's markers, given as `(position, x)` sorted by x. A new mark starts whenever
/// a marker is at least `gap` from the first marker of the current one (twice that after a
/// cluster, whose pill is wider), so drawn marks never overlap. Events in `alone` (the focused
/// or selected event) are never merged, so that they stay visible and reachable.
pub fn cluster(items: &[(usize, f64)], gap: f64, alone: &[usize]) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut start = f64::NEG_INFINITY;
    let flush = |current: &mut Vec<usize>, start: f64, out: &mut Vec<Mark>| match current.len() {
        0 => {}
        1 => out.push(Mark::Single {
            pos: current[0],
            x: start,
        }),
        _ => out.push(Mark::Cluster {
            members: std::mem::take(current),
            x: start,
        }),
    };
    let mut apart = Vec::new();
    for &(pos, x) in items {
        if alone.contains(&pos) {
            apart.push(Mark::Single { pos, x });
            continue;
        }
        if x - start >= spacing_after(current.len(), gap) || current.is_empty() {
            flush(&mut current, start, &mut out);
            current.clear();
            start = x;
        }
        current.push(pos);
    }
    flush(&mut current, start, &mut out);
    // At most two events stand apart (focus, selection): insert them in place instead of
    // sorting, which would compile a whole sort routine for `Mark`.
    for mark in apart {
        // A cluster that this event would cover (it was one of the cluster's members) is drawn
        // just after the event, so that its count stays visible.
        let x = mark.x();
        let covered = out
            .iter()
            .position(|m| matches!(m, Mark::Cluster { .. }) && (m.x() - x).abs() < gap);
        if let Some(Mark::Cluster { members, .. }) = covered.map(|i| out.remove(i)) {
            insert_by_x(
                &mut out,
                Mark::Cluster {
                    members,
                    x: x + gap,
                },
            );
        }
        insert_by_x(&mut out, mark);
    }
    keep_apart(out, gap, alone)
}

/// The events a mark stands for.
fn members_of(mark: Mark) -> Vec<usize> {
    match mark {
        Mark::Single { pos, .. } => vec![pos],
        Mark::Cluster { members, .. } => members,
    }
}

/// A mark moved to `x`.
fn moved(mark: Mark, x: f64) -> Mark {
    match mark {
        Mark::Single { pos, .. } => Mark::Single { pos, x },
        Mark::Cluster { members, .. } => Mark::Cluster { members, x },
    }
}

/// Restores the spacing that placing the events in `alone` can break (a cluster moved past a
/// focused event may land on the next one). A mark too close to the one before merges into it;
/// where either stands alone, the other one moves along to the right instead, so that the
/// focused and selected events always stay at their own time.
fn keep_apart(marks: Vec<Mark>, gap: f64, alone: &[usize]) -> Vec<Mark> {
    let is_alone = |m: &Mark| matches!(m, Mark::Single { pos, .. } if alone.contains(pos));
    let need_after = |m: &Mark| match m {
        Mark::Single { .. } => gap,
        Mark::Cluster { .. } => spacing_after(2, gap),
    };
    let mut out: Vec<Mark> = Vec::with_capacity(marks.len());
    for mark in marks {
        let Some(prev) = out.last() else {
            out.push(mark);
            continue;
        };
        let (prev_x, need) = (prev.x(), need_after(prev));
        if mark.x() - prev_x >= need {
            out.push(mark);
        } else if is_alone(prev) {
            out.push(moved(mark, prev_x + need));
        } else if is_alone(&mark) {
            // The mark before an event that stands alone moves past it. (With two events alone,
            // the focused and the selected one, the second may still have to give way.)
            let prev = out.pop().expect("checked above");
            let mark = match out.last() {
                Some(before) if is_alone(before) && mark.x() - before.x() < gap => {
                    moved(mark, before.x() + gap)
                }
                _ => mark,
            };
            let x = mark.x() + need_after(&mark);
            out.push(mark);
            out.push(moved(prev, x));
        } else {
            let prev = out.pop().expect("checked above");
            let mut members = members_of(prev);
            members.extend(members_of(mark));
            members.sort_unstable();
            out.push(Mark::Cluster { members, x: prev_x });
        }
    }
    out
}

/// The room a mark of `members` events needs before the next mark: a marker's `gap`, or twice
/// that for a cluster, whose pill also holds its count.
fn spacing_after(members: usize, gap: f64) -> f64 {
    if members > 1 {
        2.0 * gap
    } else {
        gap
    }
}

/// Inserts `mark` before the first mark to its right (no sort routine for `Mark` needed).
fn insert_by_x(out: &mut Vec<Mark>, mark: Mark) {
    let at = out
        .iter()
        .position(|m| m.x() > mark.x())
        .unwrap_or(out.len());
    out.insert(at, mark);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn far_apart_markers_stay_single() {
        let marks = cluster(&[(0, 0.0), (1, 30.0), (2, 100.0)], 28.0, &[]);
        assert_eq!(
            marks,
            vec![
                Mark::Single { pos: 0, x: 0.0 },
                Mark::Single { pos: 1, x: 30.0 },
                Mark::Single { pos: 2, x: 100.0 }
            ]
        );
    }

    #[test]
    fn close_markers_merge_and_marks_stay_apart() {
        let items: Vec<(usize, f64)> = (0..10).map(|i| (i, i as f64 * 10.0)).collect();
        let marks = cluster(&items, 28.0, &[]);
        assert_eq!(
            marks,
            vec![
                Mark::Cluster {
                    members: vec![0, 1, 2, 3, 4, 5],
                    x: 0.0
                },
                Mark::Cluster {
                    members: vec![6, 7, 8, 9],
                    x: 60.0
                },
            ]
        );
        // A cluster's pill is wider than a marker: the next mark keeps twice the gap.
        assert!(marks[1].x() - marks[0].x() >= 56.0);
        // Every event is in exactly one mark.
        let count: usize = marks
            .iter()
            .map(|m| match m {
                Mark::Single { .. } => 1,
                Mark::Cluster { members, .. } => members.len(),
            })
            .sum();
        assert_eq!(count, 10);
    }

    #[test]
    fn the_focused_event_is_never_merged() {
        let marks = cluster(&[(0, 0.0), (1, 5.0), (2, 10.0)], 28.0, &[1]);
        assert_eq!(
            marks,
            vec![
                Mark::Single { pos: 1, x: 5.0 },
                Mark::Cluster {
                    members: vec![0, 2],
                    x: 33.0
                },
            ]
        );
    }

    #[test]
    fn a_cluster_under_a_focused_event_moves_past_it() {
        let marks = cluster(&[(0, 50.0), (1, 50.0), (2, 50.0), (3, 200.0)], 28.0, &[0]);
        assert_eq!(
            marks,
            vec![
                Mark::Single { pos: 0, x: 50.0 },
                Mark::Cluster {
                    members: vec![1, 2],
                    x: 78.0
                },
                Mark::Single { pos: 3, x: 200.0 },
            ]
        );
    }

    #[test]
    fn a_moved_cluster_merges_with_the_next_instead_of_covering_it() {
        let items = [(0, 50.0), (1, 50.0), (2, 60.0), (3, 85.0), (4, 90.0)];
        let marks = cluster(&items, 28.0, &[0]);
        assert_eq!(
            marks,
            vec![
                Mark::Single { pos: 0, x: 50.0 },
                Mark::Cluster {
                    members: vec![1, 2, 3, 4],
                    x: 78.0
                },
            ]
        );
    }

    #[test]
    fn a_focused_event_next_to_a_single_one_pushes_it_along() {
        let marks = cluster(&[(0, 0.0), (1, 10.0), (2, 200.0)], 28.0, &[0]);
        assert_eq!(
            marks,
            vec![
                Mark::Single { pos: 0, x: 0.0 },
                Mark::Single { pos: 1, x: 28.0 },
                Mark::Single { pos: 2, x: 200.0 },
            ]
        );
    }

    #[test]
    fn a_focused_event_keeps_its_place_and_the_one_before_moves_past_it() {
        let marks = cluster(&[(0, 0.0), (1, 10.0)], 28.0, &[1]);
        assert_eq!(
            marks,
            vec![
                Mark::Single { pos: 1, x: 10.0 },
                Mark::Single { pos: 0, x: 38.0 },
            ]
        );
    }

    #[test]
    fn identical_times_merge() {
        let marks = cluster(&[(0, 50.0), (1, 50.0)], 28.0, &[]);
        assert_eq!(
            marks,
            vec![Mark::Cluster {
                members: vec![0, 1],
                x: 50.0
            }]
        );
        assert!(cluster(&[], 28.0, &[]).is_empty());
    }
}
