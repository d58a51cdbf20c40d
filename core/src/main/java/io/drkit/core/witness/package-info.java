/**
 * The witness protocol: how two regions that cannot see each other never both act alone. A third party, the witness
 * (a strongly consistent store in a third region), holds an epoch that only grows, which region may act alone, and a
 * lease version per region that each renewal bumps. A region acts while its lease (renewed at the witness, or vouched
 * for by its peer) lasts on its own monotonic clock; a region takes over only through a compare-and-set at the
 * witness that bumps the epoch, after watching the other's lease version stand still for longer than any lease the
 * other can hold. Durations are compared only on one clock each, so clock skew does not matter, only the rates'
 * drift, bounded by {@link io.drkit.core.witness.LeaseTerms#drift()}. The argument is in docs/split-brain.md.
 */
package io.drkit.core.witness;
