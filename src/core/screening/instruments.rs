//! Scoring of the standard instruments, with their published cut-offs (CLINICAL.md section 3).

use super::answers::Answers;
use super::questionnaire::{question, Instrument};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Negative,
    /// At or above the published cut-off: worth a closer look.
    Positive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub instrument: Instrument,
    pub total: u8,
    pub max: u8,
    /// The cut-off applied: a total at or above it is positive.
    pub cutoff: u8,
    pub band: Band,
}

/// The instrument's score, or None when it was not asked or an item was not answered
/// (a partial score would understate risk).
pub fn score(instrument: Instrument, a: &Answers) -> Option<Score> {
    let (items, max, cutoff): (&[&str], u8, u8) = match instrument {
        // AUDIT-C: 4+ for men, 3+ for women; unknown sex takes the more careful 3.
        Instrument::AuditC => (
            &["audit-1", "audit-2", "audit-3"],
            12,
            if a.chose("audit-sex", "men") { 4 } else { 3 },
        ),
        Instrument::Phq2 => (&["phq-1", "phq-2"], 6, 3),
        Instrument::Gad2 => (&["gad-1", "gad-2"], 6, 3),
        // One item on its own has no published band: any answer above "not at all" is a crisis
        // answer (rules.rs), never a score.
        Instrument::Phq9Item9 => return None,
    };
    let first = question(items[0])?;
    if !a.asks(first) {
        return None;
    }
    let mut total = 0;
    for id in items {
        let q = question(id)?;
        if !a.asks(q) {
            // AUDIT-C items 2 and 3 are skipped for "never" and then score 0.
            continue;
        }
        let chosen = a.given(id).first()?;
        if chosen == "prefer-not" {
            return None;
        }
        total += q.option(chosen)?.points;
    }
    let band = if total >= cutoff {
        Band::Positive
    } else {
        Band::Negative
    };
    Some(Score {
        instrument,
        total,
        max,
        cutoff,
        band,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let mut a = Answers::default();
        for (q, o) in pairs {
            a.answer(q, &[o]).unwrap();
        }
        a
    }

    fn audit(sex: &str, items: [&str; 3]) -> Option<Score> {
        score(
            Instrument::AuditC,
            &answers(&[
                ("substances", "alcohol"),
                ("audit-sex", sex),
                ("audit-1", items[0]),
                ("audit-2", items[1]),
                ("audit-3", items[2]),
            ]),
        )
    }

    #[test]
    fn audit_c_vectors_with_both_cut_offs() {
        // 2 + 1 + 0 = 3: positive for women, negative for men.
        let three = ["2-4-a-month", "3-4", "never"];
        assert_eq!(
            audit("women", three).map(|s| (s.total, s.band)),
            Some((3, Band::Positive))
        );
        assert_eq!(
            audit("men", three).map(|s| (s.total, s.band)),
            Some((3, Band::Negative))
        );
        // Prefer not to say takes the careful cut-off.
        assert_eq!(
            audit("prefer-not", three).map(|s| (s.cutoff, s.band)),
            Some((3, Band::Positive))
        );
        // 4 + 4 + 4 = 12, the maximum.
        assert_eq!(
            audit("men", ["4-plus-a-week", "10-plus", "daily"]).map(|s| (s.total, s.max, s.band)),
            Some((12, 12, Band::Positive))
        );
        // 1 + 0 + 0 = 1.
        assert_eq!(
            audit("women", ["monthly-or-less", "1-2", "never"]).map(|s| s.total),
            Some(1)
        );
        // 3 + 0 + 1 = 4: positive for men too.
        assert_eq!(
            audit("men", ["2-3-a-week", "1-2", "less-than-monthly"]).map(|s| (s.total, s.band)),
            Some((4, Band::Positive))
        );
    }

    #[test]
    fn audit_c_never_drinking_scores_zero_without_items_two_and_three() {
        let a = answers(&[
            ("substances", "alcohol"),
            ("audit-sex", "women"),
            ("audit-1", "never"),
        ]);
        assert_eq!(
            score(Instrument::AuditC, &a).map(|s| (s.total, s.band)),
            Some((0, Band::Negative))
        );
    }

    #[test]
    fn audit_c_is_not_scored_for_people_who_do_not_drink_or_skip_an_item() {
        assert_eq!(
            score(
                Instrument::AuditC,
                &answers(&[("substances", "cannabis"), ("audit-1", "4-plus-a-week")])
            ),
            None
        );
        assert_eq!(audit("men", ["2-3-a-week", "prefer-not", "never"]), None);
        let unfinished = answers(&[("substances", "alcohol"), ("audit-1", "2-3-a-week")]);
        assert_eq!(score(Instrument::AuditC, &unfinished), None);
    }

    #[test]
    fn phq_2_and_gad_2_vectors() {
        let s = |i, a: &str, b: &str, qa, qb| {
            score(i, &answers(&[(qa, a), (qb, b)])).map(|s| (s.total, s.band))
        };
        assert_eq!(
            s(
                Instrument::Phq2,
                "not-at-all",
                "not-at-all",
                "phq-1",
                "phq-2"
            ),
            Some((0, Band::Negative))
        );
        assert_eq!(
            s(
                Instrument::Phq2,
                "several-days",
                "more-than-half",
                "phq-1",
                "phq-2"
            ),
            Some((3, Band::Positive))
        );
        assert_eq!(
            s(
                Instrument::Phq2,
                "nearly-every-day",
                "nearly-every-day",
                "phq-1",
                "phq-2"
            ),
            Some((6, Band::Positive))
        );
        assert_eq!(
            s(
                Instrument::Gad2,
                "several-days",
                "several-days",
                "gad-1",
                "gad-2"
            ),
            Some((2, Band::Negative))
        );
        assert_eq!(
            s(
                Instrument::Gad2,
                "more-than-half",
                "several-days",
                "gad-1",
                "gad-2"
            ),
            Some((3, Band::Positive))
        );
        assert_eq!(
            s(
                Instrument::Gad2,
                "prefer-not",
                "several-days",
                "gad-1",
                "gad-2"
            ),
            None
        );
    }
}
