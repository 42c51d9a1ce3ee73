//! Reproducible fuzzing for the readers' tests: a small linear congruential generator, so a
//! failure found on generated text fails again the same way.

pub(crate) struct Lcg(pub(crate) u64);

impl Lcg {
    /// The next number below `bound` (0 when `bound` is 0).
    pub(crate) fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % bound.max(1)
    }
}
