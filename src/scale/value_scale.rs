//! The vertical scale of the influx chart: logarithmic for values that grow by multiples, and
//! compact labels for large counts ("3.4M"), formatted with integer arithmetic.

/// The base-10 logarithm. `f64::log10` is libm's, with its own tables in the wasm; this uses the
/// float's binary exponent and a short series, accurate to about 1e-9, plenty for placing
/// points on a chart.
pub fn log10(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return f64::NAN;
    }
    // x = m · 2^e with m in [1, 2): log10 x = (e · ln 2 + ln m) / ln 10.
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    // ln m = 2 atanh(s) with s = (m - 1) / (m + 1), s in [0, 1/3).
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let (mut term, mut sum, mut k) = (s, 0.0, 1.0);
    while term.abs() > 1e-17 {
        sum += term / k;
        term *= s2;
        k += 2.0;
    }
    (e as f64 * std::f64::consts::LN_2 + 2.0 * sum) / std::f64::consts::LN_10
}

/// 10 to an integer power, by multiplication (no libm).
pub fn ten_to(exponent: i32) -> f64 {
    let mut v = 1.0;
    for _ in 0..exponent.unsigned_abs() {
        v *= 10.0;
    }
    if exponent < 0 {
        1.0 / v
    } else {
        v
    }
}

/// Maps values between `min` and `max` (both above zero) to a height in percent, 0 at the top
/// (the largest value) to 100 at the bottom, on a logarithmic scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogScale {
    /// Smallest value shown (a power of ten at or below the data).
    pub min: f64,
    /// Largest value shown (a power of ten at or above the data).
    pub max: f64,
}

impl LogScale {
    /// A scale from the power of ten at or below the smallest value to the one at or above the
    /// largest. Values at or below zero are ignored; an empty list gives 1 to 10.
    pub fn for_values(values: impl IntoIterator<Item = f64>) -> LogScale {
        let (lo, hi) = values
            .into_iter()
            .filter(|v| v.is_finite() && *v > 0.0)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        if !lo.is_finite() {
            return LogScale {
                min: 1.0,
                max: 10.0,
            };
        }
        let min = ten_to((log10(lo) + 1e-9).floor() as i32);
        let max = ten_to((log10(hi) - 1e-9).ceil() as i32).max(min * 10.0);
        LogScale { min, max }
    }

    /// Percent from the top (0) to the bottom (100) for `value`, clamped to the scale.
    pub fn y(&self, value: f64) -> f64 {
        let v = value.clamp(self.min, self.max);
        100.0 * (1.0 - (log10(v) - log10(self.min)) / (log10(self.max) - log10(self.min)))
    }

    /// The powers of ten from `min` to `max`, for grid lines.
    pub fn ticks(&self) -> Vec<f64> {
        let from = log10(self.min).round() as i32;
        let to = log10(self.max).round() as i32;
        (from..=to).map(ten_to).collect()
    }
}

/// A count as readers say it: "950", "700K", "3.4M", "32.5M", "1.2B". One decimal for values
/// under a hundred units of their suffix, none above.
pub fn compact(value: f64) -> String {
    let v = value.abs().round() as u64;
    let sign = if value < 0.0 { "-" } else { "" };
    let (unit, suffix) = match v {
        0..=999 => return format!("{sign}{v}"),
        // Values that would round up to "1000K" move to the next unit.
        1_000..=999_499 => (1_000, "K"),
        999_500..=999_499_999 => (1_000_000, "M"),
        _ => (1_000_000_000, "B"),
    };
    let tenths = (v * 10 + unit / 2) / unit;
    if tenths >= 1000 || tenths.is_multiple_of(10) {
        format!("{sign}{}{suffix}", (tenths + 5) / 10)
    } else {
        format!("{sign}{}.{}{suffix}", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_scale_spans_whole_powers_of_ten() {
        let s = LogScale::for_values([300_000.0, 3_400_000.0, 32_500_000.0]);
        assert_eq!((s.min, s.max), (100_000.0, 100_000_000.0));
        assert_eq!(s.y(100_000_000.0), 0.0);
        assert_eq!(s.y(100_000.0), 100.0);
        assert!((s.y(1_000_000.0) - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.ticks(), vec![1e5, 1e6, 1e7, 1e8]);
        // Out-of-range values are clamped, not drawn off the chart.
        assert_eq!(s.y(1.0), 100.0);
    }

    #[test]
    fn log_scale_ignores_unusable_values() {
        assert_eq!(
            LogScale::for_values([]),
            LogScale {
                min: 1.0,
                max: 10.0
            }
        );
        let s = LogScale::for_values([0.0, -5.0, f64::NAN, 50.0]);
        assert_eq!((s.min, s.max), (10.0, 100.0));
        let one = LogScale::for_values([1000.0]);
        assert_eq!((one.min, one.max), (1000.0, 10_000.0));
    }

    #[test]
    fn log10_matches_the_standard_library() {
        for x in [
            1e-5, 0.3, 1.0, 2.0, 9.99, 10.0, 300_000.0, 3.4e6, 32.5e6, 1e8, 1.7e300,
        ] {
            assert!((log10(x) - x.log10()).abs() < 1e-9, "{x}");
        }
        assert!(log10(0.0).is_nan() && log10(-1.0).is_nan());
        assert_eq!(ten_to(3), 1000.0);
        assert_eq!(ten_to(-2), 0.01);
        assert_eq!(ten_to(0), 1.0);
    }

    #[test]
    fn compact_numbers() {
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(300_000.0), "300K");
        assert_eq!(compact(700_000.0), "700K");
        assert_eq!(compact(3_400_000.0), "3.4M");
        assert_eq!(compact(32_500_000.0), "32.5M");
        assert_eq!(compact(14_900_000.0), "14.9M");
        assert_eq!(compact(106_800_000.0), "107M");
        assert_eq!(compact(999_999.0), "1M");
        assert_eq!(compact(999_400.0), "999K");
        assert_eq!(compact(1_250_000_000.0), "1.3B");
        assert_eq!(compact(-2_000.0), "-2K");
    }
}
