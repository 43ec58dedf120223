//! Quick exit by keyboard: Escape pressed three times in quick succession (CLINICAL.md section 6).

/// How close together the presses must be, in milliseconds.
pub const WINDOW_MS: f64 = 1500.0;
const PRESSES: usize = 3;

/// Counts Escape presses; any other key starts the count again.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct EscapeCounter {
    presses: Vec<f64>,
}

impl EscapeCounter {
    /// Records a key press at `at_ms` and says whether it completes a quick exit.
    pub fn press(&mut self, key: &str, at_ms: f64) -> bool {
        if key != "Escape" {
            self.presses.clear();
            return false;
        }
        self.presses.retain(|&t| at_ms - t <= WINDOW_MS);
        self.presses.push(at_ms);
        if self.presses.len() >= PRESSES {
            self.presses.clear();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_quick_escapes_exit() {
        let mut c = EscapeCounter::default();
        assert!(!c.press("Escape", 0.0));
        assert!(!c.press("Escape", 300.0));
        assert!(c.press("Escape", 600.0));
        // The count starts again after an exit.
        assert!(!c.press("Escape", 700.0));
    }

    #[test]
    fn slow_escapes_do_not_exit() {
        let mut c = EscapeCounter::default();
        assert!(!c.press("Escape", 0.0));
        assert!(!c.press("Escape", 1000.0));
        assert!(!c.press("Escape", 2000.0)); // the first press is now too old
        assert!(c.press("Escape", 2400.0));
    }

    #[test]
    fn another_key_resets_the_count() {
        let mut c = EscapeCounter::default();
        assert!(!c.press("Escape", 0.0));
        assert!(!c.press("Escape", 100.0));
        assert!(!c.press("a", 200.0));
        assert!(!c.press("Escape", 300.0));
    }
}
